"""Uploads and downloads stream between disk and socket: exact bytes, honest progress, bounded memory."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

from scripted_server import Reply, drop

MB = 1 << 20


def _random_file(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as out:
        remaining = size
        while remaining:
            chunk = os.urandom(min(MB, remaining))
            digest.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
    return digest.hexdigest()


def _ticket(server, name: str) -> dict:
    return {"runwayUri": f"runway://uploads/{name}", "uploadUrl": f"{server.url}/bucket",
            "fields": {"key": f"uploads/{name}", "Content-Type": "video/mp4", "policy": "cG9saWN5",
                       "x-amz-signature": "5ig"}}


async def test_a_30_mb_upload_streams_from_disk_fields_first(server, client, tmp_path):
    size = 30 * MB + 123
    media = tmp_path / "take 1.mp4"
    expected = _random_file(media, size)
    server.script("POST", "/v1/uploads", Reply(200, _ticket(server, "take1")))
    server.script("POST", "/bucket", Reply(204))
    progress: list[tuple[int, int]] = []

    tracemalloc.start()
    try:
        uri = await client.upload(media, progress=lambda sent, total: progress.append((sent, total)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert uri == "runway://uploads/take1"
    ticket_request, storage = server.seen()
    assert ticket_request.json() == {"filename": "take 1.mp4", "type": "ephemeral"}
    assert [p["name"] for p in storage.parts] == ["key", "Content-Type", "policy", "x-amz-signature", "file"]
    assert storage.parts[0]["value"] == "uploads/take1"
    file_part = storage.parts[-1]
    assert (file_part["filename"], file_part["content_type"]) == ("take 1.mp4", "video/mp4")
    assert (file_part["size"], file_part["sha256"]) == (size, expected)
    assert int(storage.headers["Content-Length"]) > size
    assert "Transfer-Encoding" not in storage.headers
    assert progress[-1] == (size, size)
    assert [sent for sent, _ in progress] == sorted(sent for sent, _ in progress)
    assert len(progress) >= 30
    assert peak < 8 * MB, f"peak traced memory {peak / MB:.1f} MB for a {size / MB:.0f} MB upload"


async def test_upload_filename_and_mime_can_be_given(server, client, tmp_path):
    media = tmp_path / "blob"
    media.write_bytes(bytes(600))
    server.script("POST", "/v1/uploads", Reply(200, _ticket(server, "b")))
    server.script("POST", "/bucket", Reply(201))
    await client.upload(media, filename='odd "name".wav', mime="audio/wav")
    ticket_request, storage = server.seen()
    assert ticket_request.json()["filename"] == 'odd "name".wav'
    assert storage.parts[-1]["content_type"] == "audio/wav"
    assert storage.parts[-1]["size"] == 600


async def test_a_storage_post_dropped_midway_is_sent_again_whole(server, client, tmp_path):
    media = tmp_path / "still.png"
    expected = _random_file(media, 3 * MB)
    server.script("POST", "/v1/uploads", Reply(200, _ticket(server, "s")))
    server.script("POST", "/bucket", drop(), Reply(204))
    assert await client.upload(media) == "runway://uploads/s"
    attempts = server.seen("POST", "/bucket")
    assert len(attempts) == 2
    assert attempts[1].parts[-1]["sha256"] == expected


async def test_a_download_streams_to_disk_with_progress(server, client, tmp_path):
    payload = os.urandom(5 * MB + 7)
    server.script("GET", "/outputs/video.mp4",
                  Reply(200, body=payload, headers={"Content-Type": "video/mp4"}))
    dest = tmp_path / "video.mp4.part"
    progress: list[tuple[int, int | None]] = []
    written = await client.download(f"{server.url}/outputs/video.mp4?X-Sig=abc", dest,
                                    progress=lambda done, total: progress.append((done, total)),
                                    chunk_size=MB)
    assert written == len(payload) == dest.stat().st_size
    assert hashlib.sha256(dest.read_bytes()).digest() == hashlib.sha256(payload).digest()
    assert progress[-1] == (len(payload), len(payload))
    # Reports are coalesced while the loop is busy (on a loaded machine the whole body can arrive
    # between two turns of the loop), so their number varies; they only ever grow.
    assert progress and [done for done, _ in progress] == sorted(done for done, _ in progress)


async def test_a_download_cut_short_starts_over_and_leaves_no_stale_bytes(server, client, tmp_path):
    payload = os.urandom(2 * MB)
    server.script("GET", "/outputs/a.png", Reply(200, body=payload, action="truncate"),
                  Reply(200, body=payload))
    dest = tmp_path / "a.png.part"
    assert await client.download(f"{server.url}/outputs/a.png", dest) == len(payload)
    assert dest.read_bytes() == payload
    assert len(server.seen("GET", "/outputs/a.png")) == 2
