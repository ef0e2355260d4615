"""build_request's rules for text, literals, numbers, seeds, voices, JSON and unknown keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from request_samples import media, model

from runway_desktop.core.requests.build import build_request
from runway_desktop.core.requests.text_rules import utf16_length

# --- text ---------------------------------------------------------------------------------------


def test_prompt_over_the_limit_says_how_long_and_how_counted():
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x" * 1012, "ratio": "1280:720", "duration": 5}
    )
    assert built.blocking_reason == (
        "Prompt is 1,012 characters long; gen4.5 allows at most 1,000 (counted in UTF-16 code units)."
    )


@given(st.text())
def test_utf16_length_counts_code_units(text):
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2


_CHARS = st.characters(blacklist_categories=("Cs",), max_codepoint=0x1F9FF)


@given(st.text(_CHARS, max_size=1100), st.sampled_from(["a", "é", "😀", "𝄞"]))
def test_prompt_limit_is_exact_in_utf16_units(text, extra):
    spec = model("gen4.5", "text_to_video")
    while utf16_length(text) > 1000:
        text = text[:-1]
    text += "a" * (1000 - utf16_length(text))
    base = {"ratio": "1280:720", "duration": 5}
    assert build_request(spec, {**base, "promptText": text}).ok
    if not text.strip():
        return
    over = build_request(spec, {**base, "promptText": text + extra})
    assert over.errors[0].field == "promptText"


def test_astral_characters_count_twice_against_the_limit():
    spec = model("gen4.5", "text_to_video")
    base = {"ratio": "1280:720", "duration": 5}
    assert build_request(spec, {**base, "promptText": "a" * 998 + "😀"}).ok
    too_long = "a" * 999 + "😀"  # 1,000 characters to Python, 1,001 code units to Runway
    assert len(too_long) == 1000
    assert "is 1,001 characters long" in build_request(spec, {**base, "promptText": too_long}).blocking_reason


def test_whitespace_only_prompt_is_empty_but_real_prompts_are_sent_unstripped():
    spec = model("gen4.5", "text_to_video")
    base = {"ratio": "1280:720", "duration": 5}
    assert build_request(spec, {**base, "promptText": "  \n "}).blocking_reason == "Prompt is required."
    assert build_request(spec, {**base, "promptText": "  hi  "}).body["promptText"] == "  hi  "
    optional = build_request(
        model("veo3.1", "image_to_video"), {"promptImage": media(), "ratio": "1280:720", "promptText": "   "}
    )
    assert optional.ok and "promptText" not in optional.body


# --- literals and numbers ------------------------------------------------------------------------


def test_ratio_must_be_one_of_the_choices():
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1:1", "duration": 5}
    )
    assert built.blocking_reason == "Ratio must be one of 1280:720, 720:1280."


def test_a_long_choice_list_is_shortened():
    built = build_request(model("gemini_image3.1_flash"), {"promptText": "x", "ratio": "1:1"})
    assert built.blocking_reason.startswith("Ratio must be one of 512:512, 416:624,")
    assert built.blocking_reason.endswith("(56 in all).")


def test_open_ratio_accepts_a_free_form_size():
    built = build_request(model("seedream5_lite"), {"promptText": "x", "ratio": "2000:2000"})
    assert built.ok and built.body["ratio"] == "2000:2000"


@pytest.mark.parametrize("raw", ["8", 8, 8.0, " 8 "])
def test_duration_literal_accepts_its_text_form(raw):
    built = build_request(
        model("veo3.1", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": raw}
    )
    assert built.ok and built.body["duration"] == 8 and type(built.body["duration"]) is int


def test_duration_literal_outside_the_choices():
    built = build_request(
        model("veo3.1", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": "5"}
    )
    assert built.blocking_reason == "Duration must be one of 4, 6, 8."


def test_string_literals_are_kept_as_strings():
    built = build_request(model("enhance_frame_rate"), {"videoUri": media("video"), "targetFramerate": 24})
    assert built.body["targetFramerate"] == "24"


@pytest.mark.parametrize("raw", [11, 1, "abc", 2.5, "2.5", True, [5]])
def test_duration_range(raw):
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": raw}
    )
    assert built.blocking_reason == "Duration must be a whole number from 2 to 10."


@pytest.mark.parametrize(("raw", "wire"), [("10", 10), (2, 2), ("10.0", 10), (7.0, 7)])
def test_duration_whole_numbers_in_any_form(raw, wire):
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": raw}
    )
    assert built.ok and built.body["duration"] == wire and type(built.body["duration"]) is int


def test_integer_with_a_literal_alternative():
    spec = model("gemini_omni_flash_1.1", "text_to_video")
    assert build_request(spec, {"promptText": "x", "duration": "Auto"}).body["duration"] == "auto"
    assert build_request(spec, {"promptText": "x", "duration": "4"}).body["duration"] == 4
    assert build_request(spec, {"promptText": "x", "duration": "forever"}).blocking_reason == (
        "Duration must be a whole number from 3 to 10, or auto."
    )


@pytest.mark.parametrize(
    ("raw", "ok"), [("1.1", True), (0.7, True), (1.2, True), (2, False), ("nan", False), ("fast", False)]
)
def test_number_range(raw, ok):
    built = build_request(model("eleven_v3"), {"promptText": "x", "voice": "Maya", "speed": raw})
    assert built.ok == ok
    if not ok:
        assert built.blocking_reason == "Speed must be a number from 0.7 to 1.2."


@pytest.mark.parametrize(
    ("raw", "wire"), [("yes", True), ("0", False), ("TRUE", True), (False, False), (1, True)]
)
def test_boolean_forms(raw, wire):
    built = build_request(
        model("veo3.1", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "audio": raw}
    )
    assert built.body["audio"] is wire


def test_boolean_rejects_other_text():
    built = build_request(
        model("veo3.1", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "audio": "maybe"}
    )
    assert built.blocking_reason == "Audio must be true or false (yes/no, 1/0 also work)."


@pytest.mark.parametrize(
    ("raw", "wire"),
    [(None, None), ("random", None), ("", None), ("42", 42), (0, 0), (4294967295, 4294967295)],
)
def test_seed_is_a_number_or_random(raw, wire):
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": 5, "seed": raw}
    )
    assert built.ok and built.body.get("seed") == wire


@pytest.mark.parametrize("raw", [4294967296, -1, "lucky", 1.5])
def test_seed_out_of_range(raw):
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": 5, "seed": raw}
    )
    assert built.blocking_reason == "Seed must be a whole number from 0 to 4,294,967,295, or random."


def test_voice_is_sent_as_a_preset_object():
    spec = model("eleven_multilingual_v2")
    assert build_request(spec, {"promptText": "x", "voice": "maya"}).body["voice"] == {
        "type": "runway-preset",
        "presetId": "Maya",
    }
    assert build_request(spec, {"promptText": "x", "voice": "Bob"}).blocking_reason.startswith(
        "Voice must be one of the preset voices: Maya, Arjun,"
    )


def test_moderation_is_sent_as_an_object():
    spec = model("gen4.5", "text_to_video")
    base = {"promptText": "x", "ratio": "1280:720", "duration": 5}
    assert build_request(spec, {**base, "contentModeration": "low"}).body["contentModeration"] == {
        "publicFigureThreshold": "low"
    }
    assert build_request(spec, {**base, "contentModeration": "high"}).blocking_reason == (
        "Content moderation must be one of auto, low."
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            "{bad",
            "Provider settings is not valid JSON: Expecting property name enclosed in double quotes "
            "(line 1, column 2).",
        ),
        ("[1]", "Provider settings must be a JSON object."),
        ('{"multiPrompt": [{"prompt": "a"}]}', "Provider settings: multiPrompt[0] needs 'duration'."),
        ('{"shotType": "wild"}', "Provider settings: shotType must be one of intelligence, customize."),
    ],
)
def test_json_settings_are_parsed_and_checked(raw, message):
    built = build_request(
        model("kling3.0_pro", "text_to_video"), {"ratio": "1920:1080", "providerSettings": raw}
    )
    assert built.blocking_reason == message


def test_json_settings_from_text_or_objects():
    spec = model("kling3.0_pro", "text_to_video")
    text = '{"shotType": "customize", "multiPrompt": [{"prompt": "a", "duration": 5}]}'
    built = build_request(spec, {"ratio": "1920:1080", "providerSettings": text})
    assert built.ok and built.body["providerSettings"]["multiPrompt"][0]["duration"] == 5
    colors = build_request(
        model("recraft_v4_1_flash"), {"promptText": "x", "ratio": "1024:1024", "colors": ["#FF8800"]}
    )
    assert colors.body["colors"] == ["#FF8800"]


def test_language_codes():
    spec = model("eleven_v3")
    assert build_request(spec, {"promptText": "x", "voice": "Maya", "languageCode": "pt-BR"}).ok
    assert (
        build_request(
            spec, {"promptText": "x", "voice": "Maya", "languageCode": "Portuguese!"}
        ).blocking_reason
        == "Language must be a language code such as en or pt-BR; "
        "'Portuguese!' is not one."
    )
    dub = build_request(model("eleven_voice_dubbing"), {"audioUri": media("audio"), "targetLang": "xx"})
    assert dub.blocking_reason.startswith("Target language must be one of en, hi, pt,")


def test_unknown_keys_are_named_with_a_suggestion():
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "durration": 5}
    )
    assert built.errors[0].field == "durration"
    assert (
        built.errors[0].message == "gen4.5 (text_to_video) has no field 'durration'; did you mean 'duration'?"
    )
    assert "Duration is required." in [e.message for e in built.errors]
    odd = build_request(model("eleven_voice_isolation"), {"audioUri": media("audio"), "zzz": 1})
    assert (
        odd.blocking_reason
        == "eleven_voice_isolation (voice_isolation) has no field 'zzz'. Its fields are: audioUri."
    )


def test_the_model_key_is_accepted_only_for_the_same_model():
    spec = model("eleven_voice_isolation")
    assert build_request(spec, {"model": "eleven_voice_isolation", "audioUri": media("audio")}).ok
    assert not build_request(spec, {"model": "gen4.5", "audioUri": media("audio")}).ok


def test_option_that_applies_only_with_another_value():
    spec = model("gen4.5", "text_to_video")
    base = {"promptText": "x", "ratio": "1280:720", "duration": 5, "proresProfile": "422"}
    assert build_request(spec, base).blocking_reason == (
        "ProRes profile applies only when Output format is prores or hdr_prores; "
        "change Output format or clear ProRes profile."
    )
    assert build_request(spec, {**base, "outputFormat": "hdr_prores"}).ok
