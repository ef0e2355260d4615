"""Ephemeral uploads: POST /v1/uploads, the presigned storage POST, size limits and runway:// expiry."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx
import pytest
from sim_media import HEADERS, png_bytes, write_mp4

from runway_desktop.simulator.config import SimConfig

ALEPH = {"model": "aleph2", "promptText": "snow"}


async def announce(api: httpx.AsyncClient, filename: str) -> dict:
    response = await api.post("/v1/uploads", json={"filename": filename, "type": "ephemeral"})
    assert response.status_code == 200, response.text
    return response.json()


async def store(started: dict, content: bytes, filename: str, mime: str) -> httpx.Response:
    """The presigned POST as the SDK sends it: no auth, the fields in order, then the file last."""
    async with httpx.AsyncClient(timeout=30) as storage:
        return await storage.post(
            started["uploadUrl"], data=started["fields"], files={"file": (filename, content, mime)}
        )


async def upload(api: httpx.AsyncClient, content: bytes, filename: str, mime: str) -> str:
    started = await announce(api, filename)
    response = await store(started, content, filename, mime)
    assert response.status_code == 204, response.text
    return started["runwayUri"]


async def test_upload_flow_gives_a_usable_runway_uri(api, tmp_path) -> None:
    started = await announce(api, "clip.mp4")
    assert set(started) == {"runwayUri", "uploadUrl", "fields"}
    assert started["runwayUri"].startswith("runway://")
    assert started["uploadUrl"].startswith(api.base_url.scheme + "://")
    assert all(isinstance(v, str) for v in started["fields"].values())
    response = await store(
        started, write_mp4(tmp_path / "clip.mp4", 1.0).read_bytes(), "clip.mp4", "video/mp4"
    )
    assert response.status_code == 204
    created = await api.post("/v1/video_to_video", json={**ALEPH, "videoUri": started["runwayUri"]})
    assert created.status_code == 200, created.text
    stats = (await api.get("/_sim/stats")).json()
    assert stats["uploads"] == 1 and stats["uploads_stored"] == 1


async def test_upload_request_is_validated(api) -> None:
    response = await api.post("/v1/uploads", json={"filename": "a.png", "type": "permanent"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("type: expected 'ephemeral'")
    response = await api.post("/v1/uploads", json={"type": "ephemeral"})
    assert response.json()["error"].startswith("filename: required")


async def test_upload_smaller_than_512_bytes_is_rejected(api) -> None:
    started = await announce(api, "tiny.png")
    response = await store(started, b"\x89PNG\r\n\x1a\n" + b"\0" * 500, "tiny.png", "image/png")
    assert response.status_code == 400
    assert "<Code>EntityTooSmall</Code>" in response.text
    assert "<MinSizeAllowed>512</MinSizeAllowed>" in response.text
    check = await api.post(
        "/v1/image_upscale",
        json={"model": "magnific_precision_upscaler_v2", "imageUri": started["runwayUri"]},
    )
    assert "never reached storage" in check.json()["error"]


async def test_upload_larger_than_the_cap_is_rejected_while_streaming(start_sim) -> None:
    server = await start_sim(upload_max_bytes=64 * 1024)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS) as api:
        started = await announce(api, "big.png")
        response = await store(started, png_bytes() + b"\0" * (64 * 1024), "big.png", "image/png")
        assert response.status_code == 400
        assert "<Code>EntityTooLarge</Code>" in response.text
        assert "<MaxSizeAllowed>65536</MaxSizeAllowed>" in response.text
        exact = await store(
            await announce(api, "ok.png"), png_bytes() + b"\0" * (60 * 1024), "ok.png", "image/png"
        )
        assert exact.status_code == 204


async def test_default_cap_is_200_mb_and_judged_before_the_body(api) -> None:
    assert SimConfig().upload_max_bytes == 200 * 1024 * 1024
    started = await announce(api, "huge.mp4")
    url = urlsplit(started["uploadUrl"])
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    head = (
        f"POST {url.path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\n"
        f"Content-Length: {201 * 1024 * 1024 + 2 * 1024 * 1024}\r\nExpect: 100-continue\r\n\r\n"
    )
    writer.write(head.encode())
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(4096), 5)
    writer.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer
    assert b"EntityTooLarge" in answer


async def test_storage_post_needs_a_valid_signature_and_a_file(api) -> None:
    started = await announce(api, "a.png")
    forged = {**started, "fields": {**started["fields"], "x-amz-signature": "0" * 64}}
    response = await store(forged, png_bytes() + b"\0" * 600, "a.png", "image/png")
    assert response.status_code == 403 and "SignatureDoesNotMatch" in response.text
    other_key = {**started, "fields": {**started["fields"], "key": "ephemeral/other/a.png"}}
    response = await store(other_key, png_bytes() + b"\0" * 600, "a.png", "image/png")
    assert response.status_code == 403 and "AccessDenied" in response.text
    async with httpx.AsyncClient() as storage:
        response = await storage.post(
            started["uploadUrl"], data=started["fields"], files={"other": ("a", b"x")}
        )
    assert response.status_code == 400 and "exactly one file" in response.text


async def test_runway_uri_expires_after_its_lifetime(start_sim, clock, tmp_path) -> None:
    server = await start_sim(upload_ttl=600)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS) as api:
        uri = await upload(api, write_mp4(tmp_path / "v.mp4", 1.0).read_bytes(), "v.mp4", "video/mp4")
        clock.advance(599)
        assert (await api.post("/v1/video_to_video", json={**ALEPH, "videoUri": uri})).status_code == 200
        clock.advance(2)
        response = await api.post("/v1/video_to_video", json={**ALEPH, "videoUri": uri})
    assert response.status_code == 400
    assert response.json()["error"].startswith(f"videoUri: {uri} has expired")


async def test_uploaded_kind_must_fit_the_field(api, tmp_path) -> None:
    image = await upload(api, png_bytes(80, 60) + b"\0" * 600, "still.png", "image/png")
    response = await api.post("/v1/video_to_video", json={**ALEPH, "videoUri": image})
    assert response.status_code == 400
    assert "is PNG (an image), but this field expects a video" in response.json()["error"]
    video = await upload(api, write_mp4(tmp_path / "v.mp4", 1.0).read_bytes(), "v.mp4", "video/mp4")
    body = {"model": "gen4_turbo", "promptImage": video, "ratio": "960:960"}
    response = await api.post("/v1/image_to_video", json=body)
    assert "expects an image" in response.json()["error"]


@pytest.mark.parametrize("name", ["../../etc/passwd", "weird name ü.png"])
async def test_filenames_cannot_escape_storage(api, name) -> None:
    started = await announce(api, name)
    assert ".." not in started["runwayUri"].split("/", 3)[-1]
    assert " " not in started["runwayUri"]
