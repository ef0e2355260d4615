"""Strict validation answers 400 naming the field and the reason; --lenient accepts placeholders."""

from __future__ import annotations

import httpx
import pytest
from sim_media import HEADERS, data_uri, image_bytes, png_bytes, write_audio

T2V = {"model": "gen4.5", "promptText": "a lighthouse", "ratio": "1280:720", "duration": 2}
I2V = {"model": "gen4_turbo", "promptImage": "https://example.com/frame.png", "ratio": "960:960"}
T2I = {
    "model": "gen4_image_turbo",
    "promptText": "@hero",
    "ratio": "720:720",
    "referenceImages": [{"uri": "https://example.com/hero.png", "tag": "hero"}],
}


async def rejected(api: httpx.AsyncClient, endpoint: str, body: object) -> dict:
    response = await api.post(f"/v1/{endpoint}", json=body)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    payload = response.json()
    assert payload["issues"], payload
    first = payload["issues"][0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["path"]).lstrip(".")
    assert payload["error"] == (f"{where}: {first['message']}" if where else first["message"])
    return payload


@pytest.mark.parametrize(
    ("endpoint", "body", "starts", "contains"),
    [
        (
            "video_to_video",
            {"model": "gen4_aleph", "videoUri": "https://example.com/a.mp4"},
            "model:",
            "use 'aleph2'",
        ),
        ("text_to_video", {**T2V, "model": "veo3"}, "model:", "use 'veo3.1'"),
        ("text_to_video", {**T2V, "model": "gen4_turbo"}, "model:", "served by /v1/image_to_video"),
        ("text_to_video", {**T2V, "model": "nope"}, "model:", "accepts: gen4.5, veo3.1"),
        ("text_to_video", {**T2V, "negativePrompt": "x"}, "negativePrompt:", "unknown field"),
        ("text_to_video", {k: v for k, v in T2V.items() if k != "duration"}, "duration:", "required"),
        ("text_to_video", {**T2V, "ratio": "1920:1080"}, "ratio:", "expected '1280:720' | '720:1280'"),
        ("text_to_video", {**T2V, "duration": 11}, "duration:", "between 2 and 10, got 11"),
        ("text_to_video", {**T2V, "duration": "5"}, "duration:", "expected an integer, received string"),
        ("text_to_video", {**T2V, "seed": -1}, "seed:", "between 0 and 4294967295"),
        ("text_to_video", {**T2V, "promptText": "   "}, "promptText:", "non-empty"),
        (
            "text_to_video",
            {**T2V, "promptText": "é" * 1001},
            "promptText:",
            "1001 characters long (UTF-16 code units)",
        ),
        ("text_to_video", {**T2V, "promptText": "🎬" * 501}, "promptText:", "1002 characters long"),
        (
            "text_to_video",
            {**T2V, "contentModeration": {"publicFigureThreshold": "high"}},
            "contentModeration.publicFigureThreshold:",
            "'auto' | 'low'",
        ),
        (
            "text_to_video",
            {**T2V, "contentModeration": {"level": "low"}},
            "contentModeration.level:",
            "unrecognized key",
        ),
        ("text_to_video", [T2V], "request body must be a JSON object", ""),
        ("image_to_video", {**I2V, "promptImage": "http://example.com/a.png"}, "promptImage:", "HTTPS"),
        (
            "image_to_video",
            {**I2V, "promptImage": "https://192.168.1.4/a.png"},
            "promptImage:",
            "not an IP address",
        ),
        (
            "image_to_video",
            {**I2V, "promptImage": "https://[::1]/a.png"},
            "promptImage:",
            "not an IP address",
        ),
        (
            "image_to_video",
            {**I2V, "promptImage": "https://example.com/" + "a" * 2048},
            "promptImage:",
            "limit is 2048",
        ),
        (
            "image_to_video",
            {**I2V, "promptImage": "ftp://example.com/a.png"},
            "promptImage:",
            "must be an HTTPS URL",
        ),
        (
            "image_to_video",
            {**I2V, "promptImage": [{"uri": "https://example.com/a.png", "position": "last"}]},
            "promptImage[0].position:",
            "'first'",
        ),
        (
            "image_to_video",
            {
                **I2V,
                "model": "veo3.1",
                "ratio": "1280:720",
                "promptImage": [{"uri": "https://example.com/a.png", "position": "last"}],
            },
            "promptImage:",
            "needs a 'first' frame",
        ),
        ("image_to_video", {**I2V, "promptImage": 5}, "promptImage:", "expected a string or an array"),
        ("text_to_image", {**T2I, "referenceImages": []}, "referenceImages:", "at least 1"),
        (
            "text_to_image",
            {**T2I, "referenceImages": [{"uri": "https://example.com/a.png"}] * 4},
            "referenceImages:",
            "at most 3",
        ),
        (
            "text_to_image",
            {**T2I, "referenceImages": [{"uri": "https://example.com/a.png", "tag": "ab"}]},
            "referenceImages[0].tag:",
            "3-16 characters",
        ),
        (
            "text_to_image",
            {**T2I, "referenceImages": [{"uri": "https://example.com/a.png", "tag": "1hero"}]},
            "referenceImages[0].tag:",
            "start with a letter",
        ),
        (
            "text_to_image",
            {**T2I, "referenceImages": [{"uri": "https://example.com/a.png", "tag": "my-hero"}]},
            "referenceImages[0].tag:",
            "underscores",
        ),
        (
            "text_to_speech",
            {
                "model": "eleven_multilingual_v2",
                "promptText": "hi",
                "voice": {"type": "runway-preset", "preset_id": "Maya"},
            },
            "voice.presetId:",
            "required",
        ),
        (
            "text_to_speech",
            {
                "model": "eleven_multilingual_v2",
                "promptText": "hi",
                "voice": {"type": "runway-preset", "presetId": "Nobody"},
            },
            "voice.presetId:",
            "'Maya'",
        ),
        (
            "voice_dubbing",
            {"model": "eleven_voice_dubbing", "audioUri": "https://example.com/a.mp3", "targetLang": "xx"},
            "targetLang:",
            "'en'",
        ),
        (
            "sound_effect",
            {"model": "eleven_text_to_sound_v2", "promptText": "boom", "duration": 31},
            "duration:",
            "between 0.5 and 30",
        ),
        (
            "character_performance",
            {
                "model": "act_two",
                "character": {"type": "audio", "uri": "https://example.com/a"},
                "reference": {"type": "video", "uri": "https://example.com/b.mp4"},
            },
            "character.type:",
            "'image' | 'video'",
        ),
        (
            "video_to_video",
            {"model": "aleph2", "videoUri": "runway://ephemeral/nothing/x.mp4"},
            "videoUri:",
            "not an upload known to this server",
        ),
    ],
)
async def test_strict_validation_names_field_and_reason(api, endpoint, body, starts, contains) -> None:
    payload = await rejected(api, endpoint, body)
    assert payload["error"].startswith(starts), payload["error"]
    assert contains in payload["error"], payload["error"]


async def test_every_issue_is_listed(api) -> None:
    payload = await rejected(api, "text_to_video", {"model": "gen4.5", "ratio": "1:1", "duration": 0, "x": 1})
    paths = [issue["path"] for issue in payload["issues"]]
    assert ["x"] in paths and ["ratio"] in paths and ["duration"] in paths and ["promptText"] in paths
    assert {issue["code"] for issue in payload["issues"]} >= {
        "unrecognized_keys",
        "invalid_enum_value",
        "too_small",
    }


@pytest.mark.parametrize(
    ("mime", "data", "contains"),
    [
        ("image/gif", image_bytes("GIF"), "GIF images are not supported"),
        ("image/png", image_bytes("GIF"), "the data is GIF, not PNG"),
        ("image/png", image_bytes("JPEG"), "the data is JPEG, not PNG"),
        ("image/bmp", image_bytes("BMP"), "image/bmp is not supported"),
        ("video/mp4", png_bytes(), "expects an image, but the data URI is video/mp4"),
        ("image/png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, "could not be decoded"),
    ],
)
async def test_data_uri_media_type_and_content_must_fit(api, mime, data, contains) -> None:
    payload = await rejected(api, "image_to_video", {**I2V, "promptImage": data_uri(data, mime)})
    assert payload["error"].startswith("promptImage:")
    assert contains in payload["error"], payload["error"]


async def test_data_uri_limit_is_5_mib_of_base64_text(api) -> None:
    limit = 5 * 1024 * 1024
    # 4 MB of file becomes 5.3 MB of base64: over the limit, although the file itself is not.
    big = png_bytes() + b"\0" * 4_000_000
    payload = await rejected(api, "image_to_video", {**I2V, "promptImage": data_uri(big, "image/png")})
    assert f"the limit is 5.0 MB ({limit} characters of base64" in payload["error"]
    # Just under the limit as text is accepted.
    fits = png_bytes() + b"\0" * (limit * 3 // 4 - 4096)
    ok = await api.post("/v1/image_to_video", json={**I2V, "promptImage": data_uri(fits, "image/png")})
    assert ok.status_code == 200, ok.text
    for bad in ("data:image/png,abc", "data:;base64,AAAA", "data:image/png;base64,@@@@"):
        payload = await rejected(api, "image_to_video", {**I2V, "promptImage": bad})
        assert payload["error"].startswith("promptImage: data URI")


async def test_audio_field_takes_audio_only(api, tmp_path) -> None:
    wav = write_audio(tmp_path / "a.wav", 5.0).read_bytes()
    body = {"model": "eleven_voice_isolation", "audioUri": data_uri(wav, "audio/wav")}
    assert (await api.post("/v1/voice_isolation", json=body)).status_code == 200
    payload = await rejected(api, "voice_isolation", {**body, "audioUri": data_uri(png_bytes(), "image/png")})
    assert "expects an audio file" in payload["error"]
    payload = await rejected(api, "voice_isolation", {**body, "audioUri": data_uri(wav, "audio/mpeg")})
    expected = "data URI declares audio/mpeg but the data is WAV (audio), which does not match audio/mpeg"
    assert payload["error"] == f"audioUri: {expected}"


async def test_act_two_reference_must_last_3_to_30_seconds(api, tmp_path) -> None:
    from sim_media import write_mp4

    short = write_mp4(tmp_path / "short.mp4", 2.0).read_bytes()
    body = {
        "model": "act_two",
        "character": {"type": "image", "uri": data_uri(png_bytes(), "image/png")},
        "reference": {"type": "video", "uri": data_uri(short, "video/mp4")},
    }
    payload = await rejected(api, "character_performance", body)
    assert payload["error"] == "reference.uri: the video lasts 2.0 s; it must last 3 to 30 s for act_two"


async def test_lenient_mode_accepts_placeholders(start_sim) -> None:
    server = await start_sim(lenient=True)
    placeholders = [
        (
            "image_to_video",
            {"model": "gen4_turbo", "promptImage": "https://example.com/x.png", "ratio": "ratio"},
        ),
        (
            "video_to_video",
            {"model": "aleph2", "videoUri": "https://example.com/x.mp4", "ratio": "ratio", "seed": 0},
        ),
        (
            "text_to_speech",
            {
                "model": "eleven_multilingual_v2",
                "promptText": "promptText",
                "voice": {"presetId": "Maya", "type": "runway-preset"},
            },
        ),
        (
            "text_to_image",
            {
                "model": "gen4_image_turbo",
                "promptText": "x",
                "ratio": "ratio",
                "referenceImages": [{"uri": "uri"}],
            },
        ),
    ]
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS) as api:
        for endpoint, body in placeholders:
            response = await api.post(f"/v1/{endpoint}", json=body)
            assert response.status_code == 200, response.text
            assert set(response.json()) == {"id", "estimatedCost"}
        for body, message in (
            (["x"], "JSON object"),
            ({"ratio": "1:1"}, "model:"),
            ({"model": "gen4_aleph"}, "aleph2"),
        ):
            response = await api.post("/v1/video_to_video", json=body)
            assert response.status_code == 400
            assert message in response.json()["error"]


async def test_invalid_json_is_a_400(api) -> None:
    response = await api.post(
        "/v1/text_to_video", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("Request body is not valid JSON")
