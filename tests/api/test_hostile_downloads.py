"""Output downloads from a misbehaving host end as typed errors in bounded time, on both download paths.

The thread path (the standard library, the default) and the httpx path (an injected transport, as
for SOCKS proxies) share one set of caps: size per kind, stall interval, a deadline that grows with
the bytes received, checked redirect targets, no documents saved as media.
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from hostile_server import endless, gzip_bomb, redirect, respond, respond_raw, stall_after, trickle

from runway_desktop.api import (
    NetworkError,
    OutputIncomplete,
    OutputNotMedia,
    OutputStalled,
    OutputTooLarge,
    OutputTooSlow,
    ReplyTooSlow,
    RetryPolicy,
    RunwayError,
    ServerError,
    UnexpectedRedirect,
    UnsafeUrlError,
    WireLimits,
)

KB = 1024
MB = 1 << 20
LIMITS = WireLimits(output_caps={"image": 1 * MB, "video": 4 * MB, "audio": 2 * MB}, stall_seconds=0.5,
                    download_floor_seconds=1.0, download_min_rate=256 * KB, reply_seconds=1.0)
CHUNK = 64 * KB


@pytest.fixture(params=["thread", "httpx"])
def fetcher(request, hostile, make_client):
    """A client for each download path; retries up to three attempts."""

    def make(**kwargs):
        kwargs.setdefault("limits", LIMITS)
        kwargs.setdefault("retry", RetryPolicy(max_attempts=3))
        if request.param == "httpx":
            kwargs["transport"] = httpx.AsyncHTTPTransport()
        return make_client(hostile.url, **kwargs)

    return make


async def _download(client, url, dest, **kwargs):
    """The download, failing the test (not hanging it) past 15 s."""
    started = time.monotonic()
    try:
        return await asyncio.wait_for(client.download(url, dest, chunk_size=CHUNK, **kwargs), 15)
    finally:
        assert time.monotonic() - started < 15


@pytest.mark.parametrize(("kind", "cap"), [("image", 1 * MB), ("audio", 2 * MB), (None, 4 * MB)])
async def test_an_endless_body_stops_at_the_cap_for_its_kind(hostile, fetcher, tmp_path, kind, cap):
    url = hostile.on("/out/o", endless("image/png", piece=bytes(64 * KB)))
    dest = tmp_path / "o.part"
    with pytest.raises(OutputTooLarge, match="far beyond any real output") as caught:
        await _download(fetcher(), url, dest, kind=kind)
    assert caught.value.limit == cap
    assert not dest.exists()  # no half file is left behind
    assert hostile.hits["/out/o"] == 1  # not fetched again


async def test_a_compressed_body_is_capped_by_what_it_expands_to(hostile, fetcher, tmp_path, request):
    url = hostile.on("/out/bomb.png", gzip_bomb(64 * MB, "image/png"))
    dest = tmp_path / "bomb.part"
    if request.node.callspec.params["fetcher"] == "httpx":  # httpx inflates it: never past the cap
        with pytest.raises(OutputTooLarge):
            await _download(fetcher(), url, dest, kind="image")
        assert not dest.exists()
    else:  # the standard library asks for no encoding and saves the bytes as sent (verifying refuses them)
        assert await _download(fetcher(), url, dest, kind="image") == dest.stat().st_size < 1 * MB


async def test_a_body_announced_beyond_the_cap_is_not_read_at_all(hostile, fetcher, tmp_path):
    url = hostile.on("/out/big.mp4", respond(200, b"", {"Content-Type": "video/mp4"}, length=10**12,
                                             close=True))
    with pytest.raises(OutputTooLarge, match=r"is 931\.3 GB, far beyond any real output \(at most 4 MB"):
        await _download(fetcher(), url, tmp_path / "big.part", kind="video")
    assert hostile.hits["/out/big.mp4"] == 1


async def test_a_host_sending_one_byte_at_a_time_is_stopped_by_the_deadline(hostile, fetcher, tmp_path):
    url = hostile.on("/out/slow.mp4", trickle(0.05, content_type="video/mp4"))
    started = time.monotonic()
    with pytest.raises(OutputTooSlow, match=r"was far too slow .* so it was stopped\. Try the download"):
        await _download(fetcher(), url, tmp_path / "slow.part")
    assert time.monotonic() - started < 5  # the floor (1 s) plus the slack for one buffer
    assert hostile.hits["/out/slow.mp4"] == 1  # too slow is not tried again


async def test_an_error_page_sent_one_byte_at_a_time_ends_in_bounded_time(hostile, fetcher, tmp_path):
    url = hostile.on("/out/busy.mp4", trickle(0.05, content_type="text/html", status=503))
    started = time.monotonic()
    with pytest.raises(RunwayError) as caught:
        await _download(fetcher(retry=RetryPolicy(max_attempts=2)), url, tmp_path / "busy.part")
    assert isinstance(caught.value, ServerError | ReplyTooSlow)  # the thread path reads what came in time
    assert time.monotonic() - started < 8


async def test_a_host_that_goes_silent_is_a_stall_after_the_allowed_attempts(hostile, fetcher, tmp_path):
    url = hostile.on("/out/half.mp4", stall_after(bytes(512 * KB)))
    with pytest.raises(OutputStalled, match=r"stopped: no data arrived for 0\.5 s\. Try the download again"):
        await _download(fetcher(), url, tmp_path / "half.part")
    assert not (tmp_path / "half.part").exists()
    assert hostile.hits["/out/half.mp4"] == 3


@pytest.mark.parametrize("body", [bytes(200 * KB), b""], ids=["cut-short", "nothing"])
async def test_a_content_length_the_body_does_not_match_is_incomplete_after_the_allowed_attempts(
        hostile, fetcher, tmp_path, body):
    url = hostile.on("/out/short.wav", respond(200, body, {"Content-Type": "audio/wav"}, length=400 * KB,
                                               close=True))
    with pytest.raises(OutputIncomplete, match=r"ended early on every attempt \(.* of 400 kB|of 409,600"):
        await _download(fetcher(), url, tmp_path / "short.part")
    assert hostile.hits["/out/short.wav"] == 3


@pytest.mark.parametrize("answer", [b"HTTP/1.1 200 OK\r\n" + b"X-Flood: a\r\n" * 50_000,
                                    b"HTTP/1.1 200 OK\r\nX-Endless: " + b"a" * 2_000_000,
                                    b"\x00\xffnot http\r\n\r\n"],
                         ids=["header-flood", "endless-header", "garbage"])
async def test_headers_that_are_not_http_end_as_a_network_error(hostile, fetcher, tmp_path, answer):
    url = hostile.on("/out/h.mp4", respond_raw(answer))
    with pytest.raises(NetworkError, match=r"Could not reach the output host \(127\.0\.0\.1\)"):
        await _download(fetcher(), url, tmp_path / "h.part")
    assert hostile.hits["/out/h.mp4"] == 3


@pytest.mark.parametrize(("content_type", "body"), [
    ("text/html; charset=utf-8", b"<html><body>Please sign in to continue</body></html>"),
    ("application/json", b'{"error": "expired"}'),
    ("text/plain", b"AccessDenied"),
])
async def test_a_document_served_as_an_output_is_not_saved(hostile, fetcher, tmp_path, content_type, body):
    url = hostile.on("/out/result.mp4", respond(200, body, {"Content-Type": content_type}))
    with pytest.raises(OutputNotMedia, match=r"sent a document .* instead of the media file"):
        await _download(fetcher(), url, tmp_path / "r.part")
    assert hostile.hits["/out/result.mp4"] == 1


@pytest.mark.parametrize("target", [
    "file:///etc/passwd", "ftp://files.example.test/o.mp4", "data:video/mp4;base64,AAAA",
    "http://cdn.example.test/o.mp4", "gopher://x/", "https://user:pw@cdn.example.test/o.mp4",
])
async def test_a_redirect_to_an_unsafe_address_is_not_followed(hostile, fetcher, tmp_path, target):
    url = hostile.on("/out/r.mp4", redirect(target))
    with pytest.raises(UnsafeUrlError, match=r"was not fetched|only https"):
        await _download(fetcher(), url, tmp_path / "r.part")
    assert hostile.hits["/out/r.mp4"] == 1


async def test_a_redirect_loop_ends_as_a_typed_error(hostile, fetcher, tmp_path):
    url = hostile.on("/out/loop.mp4", redirect("/out/loop.mp4"))
    with pytest.raises(UnexpectedRedirect, match="redirected too"):
        await _download(fetcher(retry=RetryPolicy(max_attempts=1)), url, tmp_path / "loop.part")
    assert hostile.hits["/out/loop.mp4"] <= 21


async def test_a_redirect_to_a_loopback_file_is_followed_on_the_simulator(hostile, fetcher, tmp_path):
    url = hostile.on("/out/a.png", redirect("/files/a.png", 307))
    hostile.on("/files/a.png", respond(200, b"\x89PNG" + bytes(100), {"Content-Type": "image/png"}))
    assert await _download(fetcher(), url, tmp_path / "a.part") == 104


async def test_an_address_with_non_ascii_characters_is_sent_percent_encoded(hostile, fetcher, tmp_path):
    hostile.on("/out/%C3%A9t%C3%A9.png", respond(200, b"\x89PNG" + bytes(60), {"Content-Type": "image/png"}))
    assert await _download(fetcher(), f"{hostile.url}/out/été.png", tmp_path / "e.part") == 64


@pytest.mark.parametrize("wish", ["999999", "inf", "-5", "soon", "Fri, 31 Dec 9999 23:59:59 GMT"])
async def test_retry_after_from_an_output_host_is_clamped(hostile, fetcher, sleep, tmp_path, wish):
    url = hostile.on("/out/busy.png", respond(503, b"busy", {"Retry-After": wish}))
    with pytest.raises(Exception, match="HTTP 503"):
        await _download(fetcher(retry=RetryPolicy(max_attempts=3, max_retry_after=60.0)), url,
                        tmp_path / "b.part")
    assert len(sleep.delays) == 2 and all(0 <= delay <= 60.0 for delay in sleep.delays)
