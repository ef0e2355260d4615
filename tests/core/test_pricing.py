"""Cost quotes from the catalogue's published prices, for each priced seed model and the unknowns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runway_desktop.core.catalogue.pricing import CREDIT_DOLLARS, quote
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.requests.build import build_request, resolve_model

CATALOGUE = load_catalogue()


def model(model_id: str, endpoint: str | None = None):
    return resolve_model(CATALOGUE, model_id, endpoint)


def recording(kind: str, seconds: float | None) -> MediaValue:
    path = f"/data/input.{'mp4' if kind == 'video' else 'wav'}"
    return MediaValue(
        path=path, info=MediaInfo(path=path, kind=kind, mime=f"{kind}/x", size=9999, duration=seconds)
    )


def test_a_credit_is_a_cent():
    assert CREDIT_DOLLARS == 0.01


@given(st.integers(2, 10))
def test_gen45_costs_12_credits_per_second(seconds):
    built = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": str(seconds)}
    )
    assert built.quote.known
    assert built.quote.credits == 12 * seconds
    assert built.quote.dollars == pytest.approx(0.12 * seconds)


def test_gen45_detail_reads_as_a_sum():
    built = build_request(model("gen4.5", "image_to_video"), {"duration": 10})
    assert built.quote.detail == "12 credits/s × 10 s = 120 credits ($1.20)"


def test_gen45_without_a_duration_is_not_yet_known():
    q = quote(model("gen4.5", "text_to_video"), {})
    assert not q.known and q.credits is None and q.dollars is None
    assert q.detail == "12 credits/s; the total depends on the duration."


def test_veo31_uses_its_default_8_seconds_when_duration_is_omitted():
    q = quote(model("veo3.1", "text_to_video"), {"promptText": "x"})
    assert q.known and q.credits == 320 and q.dollars == 3.2
    assert q.detail == "40 credits/s (with audio) × 8 s (default) = 320 credits ($3.20)"
    assert quote(model("veo3.1", "image_to_video"), {"duration": 4}).credits == 160
    assert quote(model("veo3.1_fast", "text_to_video"), {}).credits == 120


@pytest.mark.parametrize(
    ("ratio", "credits"),
    [
        ("1280:720", 5),
        ("720:1280", 5),
        ("720:720", 5),
        ("960:720", 5),
        ("1920:1080", 8),
        ("1024:1024", 8),
        ("1360:768", 8),
    ],
)
def test_gen4_image_is_priced_by_pixel_tier(ratio, credits):
    q = build_request(model("gen4_image"), {"promptText": "x", "ratio": ratio}).quote
    assert q.known and q.credits == credits


def test_gen4_image_detail_and_missing_ratio():
    assert quote(model("gen4_image"), {"ratio": "1280:720"}).detail == (
        "5 credits/image at 1280×720 × 1 image = 5 credits ($0.05)"
    )
    unknown = quote(model("gen4_image"), {})
    assert not unknown.known and unknown.detail == "The price per image depends on the ratio; choose one."


def test_flat_image_price_times_output_count():
    assert quote(model("gen4_image_turbo"), {"ratio": "1920:1080"}).credits == 2
    assert quote(model("gemini_2.5_flash"), {"ratio": "1024:1024"}).credits == 5


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("a" * 50, 1),
        ("a" * 51, 2),
        ("a" * 1000, 20),
        ("😀" * 25, 1),
        ("😀" * 26, 2),
        ("", 0),
    ],
)
def test_speech_costs_1_credit_per_50_utf16_units(text, credits):
    q = quote(model("eleven_multilingual_v2"), {"promptText": text})
    assert q.known and q.credits == credits


def test_speech_detail():
    assert quote(model("eleven_multilingual_v2"), {"promptText": "a" * 120}).detail == (
        "1 credit per 50 characters × 120 characters = 3 credits ($0.03)"
    )


def test_voice_isolation_depends_on_the_input_until_it_is_inspected():
    spec = model("eleven_voice_isolation")
    unknown = build_request(spec, {"audioUri": "https://example.com/speech.wav"}).quote
    assert not unknown.known and unknown.credits is None
    assert unknown.detail == "1 credit per 6 s of input; the total follows once the input is chosen."
    assert not build_request(spec, {"audioUri": recording("audio", None)}).quote.known


@pytest.mark.parametrize(("seconds", "credits"), [(6, 1), (6.01, 2), (12, 2), (13, 3), (0.5, 1), (60, 10)])
def test_voice_isolation_costs_1_credit_per_started_6_seconds(seconds, credits):
    q = build_request(model("eleven_voice_isolation"), {"audioUri": recording("audio", seconds)}).quote
    assert q.known and q.credits == credits and q.dollars == pytest.approx(credits / 100)


def test_input_length_from_media_infos_when_the_body_holds_a_marker():
    info = recording("audio", 13).info
    q = quote(model("eleven_voice_isolation"), {"audioUri": {"$media": 0}}, {"audioUri": info})
    assert q.credits == 3 and q.detail == "1 credit per 6 s of input × 13 s = 3 credits ($0.03)"


def test_act_two_is_billed_by_the_reference_video():
    built = build_request(
        model("act_two"), {"character": recording("video", 2.0), "reference": recording("video", 7.5)}
    )
    assert built.quote.credits == 40  # 5 credits/s × 8 started seconds


def test_sound_effect_duration_is_chosen_by_the_model_unless_given():
    spec = model("eleven_text_to_sound_v2")
    assert not quote(spec, {"promptText": "rain"}).known
    assert quote(spec, {"promptText": "rain", "duration": "10"}).credits == 2


def test_a_duration_chosen_by_the_model_is_not_priced():
    q = quote(model("gen4.5", "text_to_video"), {"duration": "auto"})
    assert not q.known and "depends on the duration the model chooses" in q.detail


@pytest.mark.parametrize("spec", [m for m in CATALOGUE.models if not m.price.known], ids=lambda m: m.key[1])
def test_unpublished_prices_say_so(spec):
    q = quote(spec, {})
    assert (q.known, q.credits, q.dollars) == (False, None, None)
    assert (
        q.detail == f"Runway does not publish a price for {spec.id}; the estimate appears after submitting."
    )


def test_every_model_gets_a_quote_with_a_detail():
    for spec in CATALOGUE.models:
        q = quote(spec, {})
        assert q.detail and (q.credits is None) == (not q.known)
