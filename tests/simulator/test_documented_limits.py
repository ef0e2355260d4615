"""Limits Runway documents but the SDK types omit, hints that lead somewhere, and lenient shape checks."""

from __future__ import annotations

import httpx
import pytest
from sim_media import HEADERS, data_uri, eventually, png_bytes, write_audio, write_mp4

I2V = {"model": "gen4_turbo", "promptImage": "https://example.com/frame.png", "ratio": "960:960"}
I2V_45 = {"model": "gen4.5", "promptText": "a lighthouse", "ratio": "1280:720", "duration": 5}


async def refused(api: httpx.AsyncClient, endpoint: str, body: object) -> str:
    response = await api.post(f"/v1/{endpoint}", json=body)
    assert response.status_code == 400, response.text
    return response.json()["error"]


@pytest.mark.parametrize("seconds", [-5, 0, 1, 11, 1000])
async def test_gen4_turbo_duration_outside_2_to_10_is_refused(api, seconds) -> None:
    error = await refused(api, "image_to_video", {**I2V, "duration": seconds})
    assert error == f"duration: must be between 2 and 10, got {seconds}"


async def test_gen4_turbo_duration_inside_the_range_is_accepted(api) -> None:
    for seconds in (2, 10):
        assert (await api.post("/v1/image_to_video", json={**I2V, "duration": seconds})).status_code == 200


async def test_an_empty_prompt_image_list_is_refused(api) -> None:
    error = await refused(api, "image_to_video", {**I2V_45, "promptImage": []})
    assert error == "promptImage: needs at least 1 item(s), got 0"


async def test_a_keyframe_after_the_end_of_the_input_video_is_refused(api, tmp_path) -> None:
    video = data_uri(write_mp4(tmp_path / "clip.mp4", 2.0).read_bytes(), "video/mp4")
    image = data_uri(png_bytes(), "image/png")
    body = {"model": "aleph2", "videoUri": video, "keyframes": [{"seconds": 999, "uri": image}]}
    error = await refused(api, "video_to_video", body)
    assert error.startswith("keyframes[0].seconds: is 999 s, but the input video (videoUri) lasts 2.0 s")
    inside = {**body, "keyframes": [{"seconds": 1.5, "uri": image}]}
    assert (await api.post("/v1/video_to_video", json=inside)).status_code == 200


@pytest.mark.parametrize(("seconds", "accepted"), [(2.0, False), (4.5, False), (5.0, True), (301.0, False)])
async def test_voice_isolation_needs_more_than_4_6_s_and_at_most_5_minutes(
    api, tmp_path, seconds, accepted
) -> None:
    audio = write_audio(tmp_path / "speech.mp3", seconds, codec="libmp3lame", rate=8000).read_bytes()
    body = {"model": "eleven_voice_isolation", "audioUri": data_uri(audio, "audio/mpeg")}
    response = await api.post("/v1/voice_isolation", json=body)
    if accepted:
        assert response.status_code == 200, response.text
        return
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error.startswith(f"audioUri: the audio lasts {seconds:.1f} s;")
    assert error.endswith("it must last more than 4.6 s and at most 300 s for eleven_voice_isolation")


async def test_text_only_image_to_video_points_to_text_to_video(api) -> None:
    error = await refused(api, "image_to_video", I2V_45)
    assert error.startswith("promptImage: required")
    assert "/v1/text_to_video, which also serves gen4.5" in error
    text_only = {"model": "gen4_turbo", "promptText": "x", "ratio": "960:960"}
    turbo = await refused(api, "image_to_video", text_only)
    assert "gen4_turbo animates an image; for a video from text alone use /v1/text_to_video" in turbo


@pytest.mark.parametrize(
    ("endpoint", "body", "field", "meant"),
    [
        (
            "video_to_video",
            {"model": "aleph2", "videoUri": "https://example.com/a.mp4",
             "references": [{"type": "image", "uri": "https://example.com/a.png"}]},
            "references",
            "keyframes",
        ),
        ("text_to_video", {"model": "gen4.5", "promptTxt": "x", "ratio": "1280:720", "duration": 5},
         "promptTxt", "did you mean 'promptText'?"),
        ("text_to_video", {**I2V_45, "promptImage": "https://example.com/a.png"},
         "promptImage", "gen4.5 takes it on /v1/image_to_video"),
    ],
)
async def test_an_unknown_field_names_the_closest_accepted_one(api, endpoint, body, field, meant) -> None:
    response = await api.post(f"/v1/{endpoint}", json=body)
    assert response.status_code == 400
    issue = next(i for i in response.json()["issues"] if i["path"] == [field])
    hint = meant if " " in meant else f"did you mean '{meant}'?"
    assert hint in issue["message"], issue["message"]


@pytest.fixture
async def lenient(start_sim):
    server = await start_sim(lenient=True)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as client:
        yield client


@pytest.mark.parametrize(
    ("endpoint", "body", "error"),
    [
        (
            "character_performance",
            {"model": "act_two", "character": "x",
             "reference": {"type": "video", "uri": "https://example.com/r.mp4"}},
            "character: expected an object, received string",
        ),
        (
            "text_to_speech",
            {"model": "eleven_multilingual_v2", "promptText": "hello", "voice": "Maya"},
            "voice: expected an object, received string",
        ),
        (
            "text_to_image",
            {"model": "gen4_image", "promptText": "x", "ratio": "1280:720", "referenceImages": "notalist"},
            "referenceImages: expected an array, received string",
        ),
        ("text_to_video", {**I2V_45, "model": "gen4.5", "duration": "5"},
         "duration: expected an integer, received string"),
        ("text_to_video", {**I2V_45, "ratio": 1280}, "ratio: expected a string, received integer"),
        ("text_to_video", {**I2V_45, "contentModeration": {"level": "low"}}, "contentModeration.level:"),
        ("text_to_video", {**I2V_45, "extra": 1}, "extra: unknown field"),
    ],
)
async def test_lenient_mode_refuses_broken_shapes(lenient, endpoint, body, error) -> None:
    response = await lenient.post(f"/v1/{endpoint}", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"].startswith(error), response.json()["error"]


async def test_lenient_mode_does_not_check_semantics(lenient) -> None:
    for endpoint, body in (
        ("text_to_video", {**I2V_45, "ratio": "ratio", "duration": 11}),
        ("image_to_video", {**I2V, "duration": 1}),
        ("text_to_image", {"model": "gen4_image", "promptText": "@nobody", "ratio": "1:1",
                           "referenceImages": [{"uri": "uri", "tag": "x"}]}),
    ):
        response = await lenient.post(f"/v1/{endpoint}", json=body)
        assert response.status_code == 200, response.text
    usage = await lenient.post(
        "/v1/organization/usage", json={"startDate": "2026-01-01", "beforeDate": "2026-01-01"}
    )
    assert usage.status_code == 200, usage.text
    assert usage.json()["results"] == []
    shape = await lenient.post("/v1/organization/usage", json={"startDate": 5})
    assert shape.status_code == 400


async def test_lenient_request_the_renderer_cannot_honour_fails_plainly(lenient) -> None:
    body = {
        "model": "eleven_multilingual_v2",
        "promptText": "word " * 20_000,
        "voice": {"type": "runway-preset", "presetId": "Maya"},
    }
    created = await lenient.post("/v1/text_to_speech", json=body)
    assert created.status_code == 200, created.text
    task_id = created.json()["id"]

    async def done():
        task = (await lenient.get(f"/v1/tasks/{task_id}")).json()
        return task if task["status"] in ("SUCCEEDED", "FAILED") else None

    task = await eventually(done)
    assert task["status"] == "FAILED"
    plain = "The output could not be generated from this request; you have not been charged."
    assert task["failure"] == plain
    assert task["cost"] == {"credits": 0}
