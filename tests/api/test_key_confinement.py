"""The key goes to the API base URL and nowhere else: not storage, not outputs, not logs or errors."""

from __future__ import annotations

import logging

import pytest
from scripted_server import KEY, Reply, closed_port, drop

from runway_desktop.api import (
    API_VERSION,
    NetworkError,
    RetryPolicy,
    RunwayClient,
    RunwayError,
)


async def test_api_calls_carry_key_version_and_user_agent(server, client):
    server.script("GET", "/v1/organization", Reply(200, {"creditBalance": 10}))
    await client.organization()
    (seen,) = server.seen()
    assert seen.headers["Authorization"] == f"Bearer {KEY}"
    assert seen.headers["X-Runway-Version"] == API_VERSION == "2024-11-06"
    assert seen.headers["User-Agent"].startswith("RunwayDesktop/")
    assert seen.headers["Accept"] == "application/json"


async def test_storage_and_output_hosts_get_no_key_and_no_version(server, client, tmp_path):
    media = tmp_path / "photo.jpg"
    media.write_bytes(b"\xff\xd8\xff" + bytes(4000))
    ticket = {"runwayUri": "runway://p", "uploadUrl": f"{server.url}/st/p", "fields": {"key": "p"}}
    server.script("POST", "/v1/uploads", Reply(200, ticket))
    server.script("POST", "/st/p", Reply(204))
    server.script("GET", "/out/o.png", Reply(302, headers={"Location": "/cdn/o.png"}))
    server.script("GET", "/cdn/o.png", Reply(200, body=b"png bytes"))
    await client.upload(media)
    await client.download(f"{server.url}/out/o.png?sig=abc", tmp_path / "o.png.part")

    ticket, storage, output, redirected = server.seen()
    assert ticket.headers["Authorization"] == f"Bearer {KEY}"
    for request in (storage, output, redirected):
        assert "Authorization" not in request.headers, request.path
        assert "X-Runway-Version" not in request.headers, request.path
        assert KEY not in str(request.headers)
    assert (tmp_path / "o.png.part").read_bytes() == b"png bytes"


@pytest.mark.parametrize("url", ["http://api.dev.runwayml.com", "http://192.168.1.20:8080", "ftp://127.0.0.1",
                                 "api.dev.runwayml.com", "https://user:pw@api.dev.runwayml.com", ""])
def test_unsafe_or_malformed_base_urls_are_refused(url):
    with pytest.raises(ValueError, match="base URL"):
        RunwayClient(KEY, url)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://api.dev.runwayml.com/", "https://api.dev.runwayml.com"),
    ("http://127.0.0.1:8000/", "http://127.0.0.1:8000"),
    ("http://127.5.6.7:8000", "http://127.5.6.7:8000"),
    ("http://localhost:8000/runway/", "http://localhost:8000/runway"),
    ("http://[::1]:8000", "http://[::1]:8000"),
])
def test_https_and_loopback_http_are_accepted(url, expected):
    assert RunwayClient(KEY, url).base_url == expected


async def test_a_path_prefix_and_trailing_slash_reach_the_right_path(server, make_client):
    client = make_client(server.url + "/prefix/")
    server.script("GET", "/prefix/v1/tasks/t-1", Reply(200, {"id": "t-1", "status": "PENDING"}))
    assert (await client.retrieve("t-1")).id == "t-1"
    assert [r.path for r in server.seen()] == ["/prefix/v1/tasks/t-1"]


async def test_the_key_never_reaches_errors_or_logs(server, make_client, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    client = make_client(server.url, retry=RetryPolicy(max_attempts=2))
    echo = {"error": f"Invalid API key {KEY}", "issues": [{"path": ["key"], "message": f"Bearer {KEY}"}]}
    server.script("GET", "/v1/tasks/a", Reply(401, echo))
    server.script("GET", "/v1/tasks/b", Reply(400, echo))
    server.script("POST", "/v1/text_to_video", drop())
    server.script("GET", "/v1/tasks/c", Reply(500, body=f"Authorization: Bearer {KEY}".encode()),
                  Reply(503, body=KEY.encode()))
    raised: list[RunwayError] = []
    for call in (client.retrieve("a"), client.retrieve("b"), client.create("text_to_video", {"x": 1}),
                 client.retrieve("c"), client.download(f"{server.url}/missing", tmp_path / "m")):
        with pytest.raises(RunwayError) as caught:
            await call
        raised.append(caught.value)
    unreachable = make_client(f"http://127.0.0.1:{closed_port()}", retry=RetryPolicy(max_attempts=1))
    with pytest.raises(NetworkError) as caught:
        await unreachable.organization()
    raised.append(caught.value)

    for error in raised:
        for text in (str(error), repr(error), error.user_message, str(error.server_message), str(error.body),
                     repr(getattr(error, "cause", None))):
            assert KEY not in text, type(error).__name__
    assert raised[0].server_message == "Invalid API key key_…REDACTED"
    assert KEY not in repr(client) and KEY not in caplog.text
    assert "GET /v1/tasks/a -> 401 (attempt 1)" in caplog.text


async def test_environment_proxies_are_used_for_remote_hosts_but_never_for_loopback(server, refusing_proxy,
                                                                                   sleep):
    first_lines = refusing_proxy
    remote = RunwayClient(KEY, "https://api.example.test", retry=RetryPolicy(max_attempts=1), sleep=sleep)
    with pytest.raises(NetworkError, match=r"proxy settings \(HTTPS_PROXY is set\)"):
        await remote.organization()
    await remote.aclose()
    assert first_lines == [b"CONNECT api.example.test:443 HTTP/1.1\r\n"]

    server.script("GET", "/v1/organization", Reply(200, {"creditBalance": 3}))
    async with RunwayClient(KEY, server.url, sleep=sleep) as local:
        assert (await local.organization()).credit_balance == 3
    assert len(first_lines) == 1 and len(server.seen()) == 1

