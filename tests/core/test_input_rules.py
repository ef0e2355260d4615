"""Model-specific input rules: each refusal names the file, the model and the limit."""

from __future__ import annotations

import pytest
from media_factory import make_mp4, make_png, make_wav

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.inspect import IntakeError, inspect_file
from runway_desktop.core.intake.media import MediaInfo
from runway_desktop.core.intake.rules import RULES, check_for_field, check_slot

CATALOGUE = load_catalogue()


def _field(endpoint: str, model_id: str, name: str):
    model = CATALOGUE.get(endpoint, model_id)
    assert model is not None
    spec = model.field(name)
    assert spec is not None
    return model, spec


def _info(name: str, kind: str, duration: float | None = None, w: int | None = None, h: int | None = None):
    return MediaInfo(f"/media/{name}", kind, "application/x-test", 1000, w, h, duration)


def test_act_two_reference_must_last_3_to_30_seconds(tmp_path):
    model, reference = _field("character_performance", "act_two", "reference")
    short = inspect_file(make_mp4(tmp_path / "dance.mp4", seconds=2))
    with pytest.raises(IntakeError) as caught:
        check_for_field(short, model, reference)
    assert caught.value.code == "rule"
    assert str(caught.value) == "'dance.mp4' is 2.0 s long; Act-Two's reference video must be 3–30 s."
    check_for_field(inspect_file(make_mp4(tmp_path / "take2.mp4", seconds=4)), model, reference)
    with pytest.raises(IntakeError, match=r"'long\.mp4' is 31\.0 s long"):
        check_for_field(_info("long.mp4", "video", 31.0), model, reference)
    # Just under the limit must not read as "3.0 s long; … must be 3–30 s".
    with pytest.raises(IntakeError, match=r"is 2\.96 s long"):
        check_for_field(_info("edge.mp4", "video", 2.96), model, reference)


def test_act_two_character_video_is_checked_for_kind_only(tmp_path):
    model, character = _field("character_performance", "act_two", "character")
    check_for_field(inspect_file(make_mp4(tmp_path / "face.mp4", seconds=1)), model, character)
    check_for_field(inspect_file(make_png(tmp_path / "face.png")), model, character)
    with pytest.raises(IntakeError) as caught:
        check_for_field(inspect_file(make_wav(tmp_path / "voice.wav", 1)), model, character)
    assert str(caught.value) == "'voice.wav' is audio, but Character takes an image or a video."


def test_a_file_of_the_wrong_kind_is_refused(tmp_path):
    model, prompt_image = _field("image_to_video", "gen4.5", "promptImage")
    with pytest.raises(IntakeError) as caught:
        check_for_field(inspect_file(make_mp4(tmp_path / "clip.mp4")), model, prompt_image)
    assert caught.value.code == "wrong-kind"
    assert str(caught.value) == "'clip.mp4' is a video, but Prompt image takes an image."


def test_image_size_and_shape_rules():
    h3, h3_image = _field("image_to_video", "h3_max", "promptImage")
    with pytest.raises(IntakeError) as caught:
        check_for_field(_info("thumb.png", "image", w=255, h=400), h3, h3_image)
    assert str(caught.value) == (
        "'thumb.png' is 255×400 pixels; H3 Max's prompt images must be at least 256 pixels on both sides."
    )
    check_for_field(_info("ok.png", "image", w=256, h=256), h3, h3_image)

    grok, grok_image = _field("image_to_video", "grok_imagine_1_5", "promptImage")
    for w, h in [(400, 1000), (2500, 1000), (1000, 1000)]:
        check_for_field(_info("fine.png", "image", w=w, h=h), grok, grok_image)
    for w, h in [(399, 1000), (2501, 1000)]:
        with pytest.raises(IntakeError, match=r"Grok Imagine 1\.5's prompt image must have a width / height"):
            check_for_field(_info("odd.png", "image", w=w, h=h), grok, grok_image)


def test_combined_reference_limits():
    model, videos = _field("text_to_video", "seedance2", "referenceVideos")
    with pytest.raises(IntakeError) as caught:
        check_for_field(_info("ref.mp4", "video", 16.0), model, videos)
    assert str(caught.value) == (
        "'ref.mp4' is 16.0 s long; Seedance 2's reference videos must last at most 15 s together, "
        "so no single one can be longer."
    )
    check_slot([_info("a.mp4", "video", 7.0), _info("b.mp4", "video", 8.0)], model, videos)
    with pytest.raises(IntakeError) as caught:
        check_slot([_info("a.mp4", "video", 7.0), _info("b.mp4", "video", 8.5)], model, videos)
    assert str(caught.value) == (
        "'a.mp4', 'b.mp4' last 15.5 s together; "
        "Seedance 2's reference videos must last at most 15 s together."
    )
    model, audio = _field("video_to_video", "seedance2_5", "referenceAudio")
    check_for_field(_info("take.wav", "audio", 29.9), model, audio)
    with pytest.raises(IntakeError, match="must last less than 30 s"):
        check_for_field(_info("take.wav", "audio", 30.0), model, audio)


def test_every_rule_names_a_real_field_of_the_right_kind():
    for (model_id, field_name), rules in RULES.items():
        fields = [
            m.field(field_name)
            for m in CATALOGUE.models
            if (model_id == "*" or m.id == model_id) and m.field(field_name)
        ]
        assert fields, (model_id, field_name)
        for rule in rules:
            assert any(rule.kind in f.media for f in fields), (model_id, field_name, rule.kind)
