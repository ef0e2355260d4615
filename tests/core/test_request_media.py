"""build_request's media slots: kinds, positions, list lengths, URLs, tags, subjects and keyframes."""

from __future__ import annotations

import pytest
from request_samples import media, model

from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.requests.build import build_request

# --- media --------------------------------------------------------------------------------------


def _i2v(model_id: str, images, **values):
    return build_request(
        model(model_id, "image_to_video"),
        {"promptImage": images, "ratio": "1280:720", "promptText": "x", "duration": 5, **values},
    )


def test_a_single_first_frame_is_sent_as_a_bare_marker():
    built = _i2v("gen4.5", media())
    assert built.ok and built.body["promptImage"] == {"$media": 0}
    assert built.media == (media(),)


def test_media_kind_must_match_the_slot():
    assert (
        _i2v("gen4.5", media("video")).blocking_reason
        == "Prompt image needs an image; 'clip.mp4' is a video."
    )
    act = build_request(model("act_two"), {"character": media("audio"), "reference": media("video")})
    assert act.blocking_reason == "Character needs an image or a video; 'voice.mp3' is an audio file."


def test_required_media_missing():
    assert _i2v("gen4.5", None).blocking_reason == "Prompt image needs an image."
    assert _i2v("gen4.5", []).blocking_reason == "Prompt image needs an image."


def test_first_only_model_rejects_a_last_frame():
    built = _i2v("gen4.5", [media(position="last")])
    assert built.blocking_reason == "Prompt image position must be first; 'a.png' is set to 'last'."
    two = _i2v("gen4.5", [media(), media(name="b.png")])
    assert two.blocking_reason == "Prompt image takes at most 1 image (first frame); 2 given."


def test_first_and_last_frames_get_default_positions():
    built = build_request(
        model("veo3.1", "image_to_video"),
        {"promptImage": [media(), media(name="b.png")], "ratio": "1280:720"},
    )
    assert built.ok
    assert built.body["promptImage"] == [
        {"uri": {"$media": 0}, "position": "first"},
        {"uri": {"$media": 1}, "position": "last"},
    ]


def test_explicit_positions_fill_the_free_ones():
    built = build_request(
        model("veo3.1", "image_to_video"),
        {"promptImage": [media(), media(name="b.png", position="first")], "ratio": "1280:720"},
    )
    assert [item["position"] for item in built.body["promptImage"]] == ["last", "first"]


def test_duplicate_positions_and_a_lone_last_frame():
    spec = model("veo3.1", "image_to_video")
    twice = build_request(
        spec,
        {
            "promptImage": [media(position="first"), media(name="b.png", position="first")],
            "ratio": "1280:720",
        },
    )
    assert twice.blocking_reason == "Prompt image has 2 first frames; use one."
    lone = build_request(spec, {"promptImage": [media(position="last")], "ratio": "1280:720"})
    assert lone.blocking_reason == (
        "Prompt image has a last frame but no first frame; a last frame requires a first frame."
    )


def test_keyframe_and_reference_modes_cannot_be_mixed():
    spec = model("seedance2", "image_to_video")
    mixed = build_request(spec, {"promptImage": [media(position="first"), media(name="b.png")]})
    assert mixed.blocking_reason == (
        "Prompt image mixes frames (first/last) with reference images (no position); use one or the other."
    )
    references = build_request(spec, {"promptImage": [media(), media(name="b.png")]})
    assert references.ok and references.body["promptImage"] == [
        {"uri": {"$media": 0}},
        {"uri": {"$media": 1}},
    ]
    single = build_request(spec, {"promptImage": media()})
    assert single.body["promptImage"] == {"$media": 0}


def test_optional_positioned_references_stay_a_list():
    built = build_request(
        model("klingO3_pro", "image_to_video"), {"promptImage": media(), "references": [media(name="r.png")]}
    )
    assert built.ok and built.body["references"] == [{"uri": {"$media": 1}}]


def test_list_lengths():
    turbo = model("gen4_image_turbo")
    assert (
        build_request(turbo, {"promptText": "x", "ratio": "1024:1024", "referenceImages": []}).blocking_reason
        == "Reference images needs 1 to 3 images; 0 given."
    )
    four = [media(name=f"{n}.png") for n in range(4)]
    assert (
        build_request(
            turbo, {"promptText": "x", "ratio": "1024:1024", "referenceImages": four}
        ).blocking_reason
        == "Reference images needs 1 to 3 images; 4 given."
    )
    assert (
        build_request(
            model("gen4_image"), {"promptText": "x", "ratio": "1024:1024", "referenceImages": four}
        ).blocking_reason
        == "Reference images needs 1 to 3 images; 4 given."
    )


def test_a_single_slot_takes_one_file():
    built = build_request(model("aleph2"), {"videoUri": [media("video"), media("video", "b.mp4")]})
    assert built.blocking_reason == "Video takes one video; 2 given."
    assert build_request(model("aleph2"), {"videoUri": [media("video")]}).body["videoUri"] == {"$media": 0}


def test_urls_are_written_directly_and_need_no_marker():
    built = _i2v("gen4.5", MediaValue(url="https://cdn.example.com/cat.png"))
    assert built.ok and built.body["promptImage"] == "https://cdn.example.com/cat.png" and built.media == ()
    assert _i2v("gen4.5", "runway://upload/abc").body["promptImage"] == "runway://upload/abc"
    assert _i2v("gen4.5", "http://example.com/cat.png").blocking_reason == (
        "Prompt image: 'http://example.com/cat.png' must be an https:// URL; Runway fetches only HTTPS."
    )
    assert _i2v("gen4.5", "https://example.com/song.mp3").blocking_reason == (
        "Prompt image needs an image; 'https://example.com/song.mp3' is an audio file."
    )
    assert _i2v("gen4.5", 42).blocking_reason == "Prompt image needs an image (a file or an https:// URL)."
    assert _i2v("gen4.5", MediaValue()).blocking_reason == "Prompt image has an entry with no file or URL."


def test_the_same_file_twice_is_one_media_entry():
    logo = media(name="logo.png")
    built = build_request(
        model("gen4_image"),
        {
            "promptText": "x",
            "ratio": "1024:1024",
            "referenceImages": [logo, MediaValue(path=logo.path, tag="again")],
        },
    )
    assert built.ok and len(built.media) == 1
    assert [item["uri"] for item in built.body["referenceImages"]] == [{"$media": 0}, {"$media": 0}]


def test_typed_media():
    act = build_request(model("act_two"), {"character": media("image"), "reference": media("video")})
    assert act.body["character"] == {"type": "image", "uri": {"$media": 0}}
    assert act.body["reference"] == {"type": "video", "uri": {"$media": 1}}
    unsure = build_request(
        model("act_two"), {"character": "https://example.com/face", "reference": media("video")}
    )
    assert unsure.blocking_reason.startswith(
        "Character: cannot tell whether 'https://example.com/face' is an image or a video"
    )
    voice = build_request(model("seed_audio", "text_to_speech"), {"promptText": "x", "voice": media("audio")})
    assert voice.body["voice"] == {"type": "reference-audio", "audioUri": {"$media": 0}}
    sts = build_request(model("eleven_multilingual_sts_v2"), {"media": media("video"), "voice": "Maya"})
    assert sts.body["media"] == {"type": "video", "uri": {"$media": 0}}


def test_list_item_forms():
    hailuo = build_request(
        model("hailuo3", "text_to_video"),
        {"promptText": "x", "referenceAudio": [media("audio")], "references": [media()]},
    )
    assert hailuo.body["referenceAudio"] == [{"type": "audio", "uri": {"$media": 0}}]
    assert hailuo.body["references"] == [{"uri": {"$media": 1}}]
    sfx = build_request(
        model("seed_audio", "sound_effect"), {"promptText": "x", "referenceAudios": [media("audio")]}
    )
    assert sfx.body["referenceAudios"] == [{"$media": 0}]


# --- tags, subjects and mentions ----------------------------------------------------------------


def _refs(*images, spec="gen4_image", prompt="x"):
    return build_request(
        model(spec), {"promptText": prompt, "ratio": "1024:1024", "referenceImages": list(images)}
    )


@pytest.mark.parametrize("tag", ["ab", "1abc", "a-bc", "abcdefghijklmnopq", "ça_va"])
def test_bad_tags(tag):
    assert _refs(media(tag=tag)).blocking_reason == (
        f"Tag '{tag}' must be 3–16 characters, start with a letter, "
        "and use only letters, digits and underscores."
    )


def test_tags_are_written_and_must_be_unique():
    built = _refs(media(tag="@cat"), media(name="b.png", tag="dog_2"), prompt="@cat meets @dog_2")
    assert built.ok and built.warnings == ()
    assert built.body["referenceImages"] == [
        {"uri": {"$media": 0}, "tag": "cat"},
        {"uri": {"$media": 1}, "tag": "dog_2"},
    ]
    twice = _refs(media(tag="cat"), media(name="b.png", tag="Cat"))
    assert (
        twice.blocking_reason
        == "Tag 'Cat' is used by more than one reference image; each tag must be unique."
    )


def test_mentions_without_a_tagged_image_warn_but_do_not_block():
    built = _refs(media(tag="cat"), prompt="@cat and @dog, mail me@example.com")
    assert built.ok
    assert [w.message for w in built.warnings] == [
        "Prompt text mentions @dog, but no reference image is tagged 'dog'."
    ]


def test_subjects_where_the_slot_has_them():
    human = _refs(media(tag="anna", subject="human"), spec="gemini_image3.1_flash")
    assert human.body["referenceImages"] == [{"uri": {"$media": 0}, "tag": "anna", "subject": "human"}]
    assert _refs(media(subject="alien"), spec="gemini_image3.1_flash").blocking_reason == (
        "Reference images: the subject of 'a.png' must be object or human."
    )
    ignored = _refs(media(subject="human"))
    assert ignored.ok and "subject" not in ignored.body["referenceImages"][0]
    assert ignored.warnings[0].message == (
        "Reference images: gen4_image does not use subjects here; the subject of 'a.png' is ignored."
    )


# --- keyframes ----------------------------------------------------------------------------------


def _aleph(keyframes, seconds: float = 5.0):
    video = MediaValue(
        path="/data/clip.mp4",
        info=MediaInfo(path="/data/clip.mp4", kind="video", mime="video/mp4", size=9999, duration=seconds),
    )
    return build_request(model("aleph2"), {"videoUri": video, "keyframes": keyframes})


def test_keyframes_are_written_with_time_uri_and_range():
    built = _aleph(
        [
            {"seconds": "1.5", "media": media(), "range": {"start_seconds": 1, "end_seconds": 3}},
            {"at": 0.9, "media": media(name="b.png"), "range": {"start_seconds": 4, "end_seconds": 5}},
        ]
    )
    assert built.ok, built.errors
    assert built.body["keyframes"] == [
        {"seconds": 1.5, "uri": {"$media": 1}, "range": {"start_seconds": 1, "end_seconds": 3}},
        {"at": 0.9, "uri": {"$media": 2}, "range": {"start_seconds": 4, "end_seconds": 5}},
    ]


@pytest.mark.parametrize(
    ("keyframes", "message"),
    [
        ([{"seconds": 1, "at": 0.5, "media": media()}], "Keyframe 1 has both seconds and at; give one."),
        (
            [{"media": media()}],
            "Keyframe 1 needs a time: seconds from the start, or at (a fraction from 0 to 1).",
        ),
        ([{"at": 1.5, "media": media()}], "Keyframe 1: at must be a fraction from 0 to 1."),
        ([{"seconds": 9, "media": media()}], "Keyframe 1 is at 9 s, but the input video is 5 s long."),
        ([{"seconds": 1}], "Keyframe 1 needs one image."),
        ([{"seconds": 1, "media": media("video")}], "Keyframes needs an image; 'clip.mp4' is a video."),
        (
            [
                {"seconds": 1, "media": media(), "range": {"start_seconds": 1, "end_seconds": 3}},
                {"seconds": 4, "media": media()},
            ],
            "Keyframes: either every keyframe has a range or none does.",
        ),
        (
            [{"seconds": 4, "media": media(), "range": {"start_seconds": 1, "end_seconds": 3}}],
            "Keyframe 1 is at 4 s, outside its range 1–3 s; a keyframe must fall within its range.",
        ),
        (
            [{"seconds": 1, "media": media(), "range": {"start_seconds": 3, "end_seconds": 1}}],
            "Keyframe 1: range needs whole-second start_seconds and end_seconds, with start before end.",
        ),
        (
            [{"seconds": 1, "media": media(), "when": 2}],
            "Keyframe 1 has unknown keys 'when'; use seconds or at, media and range.",
        ),
        (
            [{"seconds": n, "media": media()} for n in range(6)],
            "Keyframes needs 1 to 5 keyframes; 6 given.",
        ),
    ],
)
def test_keyframe_rules(keyframes, message):
    assert _aleph(keyframes).blocking_reason == message


def test_messages_do_not_quote_a_whole_data_uri_or_an_overlong_url():
    data = "data:audio/mpeg;base64," + "A" * 100_000
    assert _i2v("gen4.5", data).blocking_reason == (
        "Prompt image needs an image; 'data:audio/mpeg;base64,…' is an audio file."
    )
    long_url = "https://example.com/" + "a" * 2100 + ".png"
    assert _i2v("gen4.5", long_url).blocking_reason == (
        "Prompt image: the URL is 2,124 characters; Runway accepts at most 2,048."
    )
    assert _i2v("gen4.5", "data:image/png;base64,AAAA").body["promptImage"] == "data:image/png;base64,AAAA"
