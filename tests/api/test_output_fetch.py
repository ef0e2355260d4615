"""Outputs are fetched on a thread of their own: progress on the loop, prompt cancel, proxies, disk errors."""

from __future__ import annotations

import asyncio
import errno
import os
import threading
from pathlib import Path

import httpx
import pytest
from scripted_server import KEY, Reply

from runway_desktop.api import ApiTimeoutError, NetworkError, RetryPolicy, RunwayClient
from runway_desktop.api.output_fetch import direct_proxies

MB = 1 << 20


def _download_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "output download"]


async def _until(condition, within: float = 10.0) -> None:
    """Wait for `condition` by polling the loop; fail after `within` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        assert loop.time() < deadline, "the condition did not come true in time"
        await asyncio.sleep(0.01)


async def test_progress_is_delivered_on_the_event_loop_thread_and_ends_at_the_total(server, client, tmp_path):
    payload = os.urandom(6 * MB + 5)
    server.script("GET", "/out/v.mp4", Reply(200, body=payload))
    seen: list[tuple[int, int | None, int]] = []
    written = await client.download(f"{server.url}/out/v.mp4", tmp_path / "v.mp4.part",
                                    progress=lambda done, total: seen.append((done, total,
                                                                              threading.get_ident())))
    assert written == len(payload) and (tmp_path / "v.mp4.part").read_bytes() == payload
    assert {thread for *_, thread in seen} == {threading.get_ident()}
    assert [done for done, *_ in seen] == sorted(done for done, *_ in seen)
    assert seen[-1][:2] == (len(payload), len(payload))


async def test_cancelling_a_stalled_download_ends_its_thread_without_waiting_for_the_timeout(
        server, make_client, tmp_path):
    client = make_client(server.url, timeout=httpx.Timeout(60.0))
    server.script("GET", "/out/slow.mp4", Reply(200, body=os.urandom(4 * MB), action="stall"))
    progress: list[int] = []
    download = asyncio.ensure_future(client.download(f"{server.url}/out/slow.mp4", tmp_path / "slow.part",
                                                     progress=lambda done, _total: progress.append(done)))
    await _until(lambda: progress and progress[-1] >= 2 * MB)  # half the body came, then silence
    assert _download_threads()
    download.cancel()
    with pytest.raises(asyncio.CancelledError):
        await download
    await _until(lambda: not _download_threads())  # far sooner than the 60 s read timeout


async def test_a_body_cut_off_by_the_host_is_fetched_again(server, client, tmp_path):
    payload = os.urandom(3 * MB)
    server.script("GET", "/out/a.wav", Reply(200, body=payload, action="truncate"), Reply(200, body=payload))
    assert await client.download(f"{server.url}/out/a.wav", tmp_path / "a.part") == len(payload)
    assert len(server.seen("GET", "/out/a.wav")) == 2


async def test_a_host_that_never_answers_is_a_timeout_after_the_allowed_attempts(server, make_client,
                                                                                 tmp_path):
    client = make_client(server.url, timeout=httpx.Timeout(0.3), retry=RetryPolicy(max_attempts=2))
    server.always("GET", "/out/late.png", Reply(200, body=b"late", action="sleep", delay=30))
    with pytest.raises(ApiTimeoutError, match=r"output host .* did not answer in time"):
        await client.download(f"{server.url}/out/late.png", tmp_path / "late.part")
    assert len(server.seen("GET", "/out/late.png")) == 2


async def test_a_full_disk_is_raised_as_the_disk_error_and_not_retried_as_a_network_fault(server, client):
    server.always("GET", "/out/big.mp4", Reply(200, body=os.urandom(2 * MB)))
    with pytest.raises(OSError) as caught:
        await client.download(f"{server.url}/out/big.mp4", Path("/dev/full"))
    assert caught.value.errno == errno.ENOSPC
    assert len(server.seen("GET", "/out/big.mp4")) == 1


async def test_server_errors_from_the_output_host_are_retried_with_its_retry_after(server, client, sleep,
                                                                                  tmp_path):
    server.script("GET", "/out/o.png", Reply(503, body=b"busy", headers={"Retry-After": "2"}),
                  Reply(200, body=b"png"))
    assert await client.download(f"{server.url}/out/o.png", tmp_path / "o.part") == 3
    assert sleep.delays == [2.0]


async def test_remote_output_hosts_go_through_the_environment_proxy_and_loopback_never_does(
        server, refusing_proxy, sleep, tmp_path):
    first_lines = refusing_proxy
    async with RunwayClient(KEY, server.url, retry=RetryPolicy(max_attempts=1), sleep=sleep) as client:
        with pytest.raises(NetworkError, match=r"output host \(cdn\.example\.test\).*HTTPS_PROXY is set"):
            await client.download("https://cdn.example.test/out/o.png?sig=1", tmp_path / "remote.part")
        assert len(first_lines) == 1 and first_lines[0].startswith(b"CONNECT cdn.example.test:443 HTTP/")
        server.script("GET", "/out/local.png", Reply(200, body=b"local"))
        assert await client.download(f"{server.url}/out/local.png", tmp_path / "local.part") == 5
    assert len(first_lines) == 1


def test_proxy_choice_for_output_hosts():
    http, socks = "http://proxy:3128", "socks5://proxy:1080"
    assert direct_proxies("http://127.0.0.1:9/o.png", {"https": http, "http": http}) == {}
    assert direct_proxies("https://cdn.test/o.png", {"https": http}) == {"https": http}
    assert direct_proxies("https://cdn.test/o.png", {"all": http}) == {"http": http, "https": http}
    assert direct_proxies("https://cdn.test/o.png", {}) == {}
    assert direct_proxies("https://cdn.test/o.png", {"all": socks}) is None  # left to httpx and socksio
