"""Limits Runway documents but the SDK types omit, refused by request building before anything is sent."""

from __future__ import annotations

import pytest
from request_samples import media, model

from runway_desktop.core.catalogue.pricing import quote
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.requests.build import build_request

FRAME = "https://example.com/frame.png"


def recording(seconds: float) -> MediaValue:
    info = MediaInfo(path="/data/speech.wav", kind="audio", mime="audio/wav", size=9999, duration=seconds)
    return MediaValue(path="/data/speech.wav", info=info)


@pytest.mark.parametrize("seconds", [-5, 0, 1, 11, 1000])
def test_gen4_turbo_duration_must_be_2_to_10(seconds):
    values = {"promptImage": FRAME, "ratio": "960:960", "duration": seconds}
    built = build_request(model("gen4_turbo"), values)
    assert not built.ok
    assert built.errors[0].field == "duration"
    assert built.blocking_reason == "Duration must be a whole number from 2 to 10."


def test_gen4_turbo_duration_inside_the_range_is_sent():
    built = build_request(model("gen4_turbo"), {"promptImage": FRAME, "ratio": "960:960", "duration": 10})
    assert built.ok and built.body["duration"] == 10


def test_an_empty_prompt_image_list_is_not_an_image():
    built = build_request(
        model("gen4.5", "image_to_video"),
        {"promptImage": [], "promptText": "x", "ratio": "1280:720", "duration": 5},
    )
    assert built.blocking_reason == "Prompt image needs an image."


@pytest.mark.parametrize(
    ("seconds", "ok"), [(2.0, False), (4.5, False), (4.7, True), (300.0, True), (301.0, False)]
)
def test_voice_isolation_audio_length(seconds, ok):
    built = build_request(model("eleven_voice_isolation"), {"audioUri": recording(seconds)})
    assert built.ok is ok
    if not ok:
        assert built.errors[0].field == "audioUri"
        assert built.blocking_reason == (
            f"Audio lasts {seconds:.1f} s; it must last more than 4.6 s and at most 300 s for "
            "eleven_voice_isolation (Runway's documented limit)."
        )


def test_a_keyframe_beyond_the_input_video_is_refused():
    video = MediaValue(
        path="/data/clip.mp4",
        info=MediaInfo(path="/data/clip.mp4", kind="video", mime="video/mp4", size=9999, duration=4.0),
    )
    keyframes = [{"seconds": 999, "media": media()}]
    built = build_request(model("aleph2"), {"videoUri": video, "keyframes": keyframes})
    assert built.blocking_reason == "Keyframe 1 is at 999 s, but the input video is 4 s long."


def test_an_unknown_field_names_the_field_it_most_likely_means():
    built = build_request(model("aleph2"), {"videoUri": media("video"), "references": [media()]})
    assert built.errors[0].field == "references"
    assert "did you mean 'keyframes'?" in built.errors[0].message


@pytest.mark.parametrize(
    ("model_id", "endpoint", "values", "headline"),
    [
        ("act_two", None, {}, "5 credits/s of input"),
        ("aleph2", None, {}, "15 credits/s of input"),
        ("eleven_voice_isolation", None, {}, "1 credit per 6 s of input"),
        ("eleven_voice_dubbing", None, {}, "1 credit per 2 s of input"),
        ("eleven_multilingual_sts_v2", None, {}, "1 credit per 2 s of input"),
        ("eleven_text_to_sound_v2", None, {"promptText": "rain"}, None),
        ("veo3.1", "text_to_video", {"promptText": "x", "audio": False}, "160 credits · $1.60"),
        ("veo3.1", "text_to_video", {"promptText": "x"}, "320 credits · $3.20"),
        ("kling3.0_pro", "text_to_video", {"promptText": "x"}, "Price not published"),
    ],
)
def test_a_published_rate_never_reads_as_price_not_published(model_id, endpoint, values, headline):
    q = quote(model(model_id, endpoint), values)
    if headline is None:
        assert q.published and q.headline != "Price not published"
    else:
        assert q.headline == headline
    assert q.published is (headline != "Price not published")
