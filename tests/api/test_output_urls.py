"""Addresses and ids from a reply are checked before use: a typed error with a sentence, no request made."""

from __future__ import annotations

import pytest

from runway_desktop.api import InvalidTaskIdError, UnsafeUrlError, check_output_url, check_task_id

REMOTE_API = "https://api.dev.runwayml.com"
SIM_API = "http://127.0.0.1:8765"


@pytest.mark.parametrize("url", [
    "https://dnznrvs05pmza.cloudfront.net/abc/output.mp4?_jwt=eyJhbGciOi",
    "https://cdn.example.test:8443/o.png",
    "https://[2001:db8::1]/o.png",
])
def test_https_addresses_are_accepted(url):
    assert check_output_url(url, REMOTE_API) == url


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765/files/o.mp4", "http://localhost:1/o", "http://[::1]:9/o"])
def test_plain_http_is_accepted_only_on_loopback_while_the_api_is_the_simulator(url):
    assert check_output_url(url, SIM_API) == url
    with pytest.raises(UnsafeUrlError):
        check_output_url(url, REMOTE_API)


@pytest.mark.parametrize(("url", "reason", "words"), [
    ("", "empty", "no usable address"),
    (None, "empty", "no usable address"),
    (["https://x"], "empty", "no usable address"),
    ("file:///etc/passwd", "scheme file", "a file: address"),
    ("data:image/png;base64,iVBORw0KGgo=", "scheme data", "a data: address"),
    ("ftp://files.example.test/o.mp4", "scheme ftp", "a ftp: address"),
    ("javascript:alert(1)", "scheme javascript", "a javascript: address"),
    ("//cdn.example.test/o.mp4", "scheme missing", "an address without a scheme"),
    ("http://cdn.example.test/o.mp4", "scheme http", "only https:// addresses are fetched"),
    ("https://cdn.example.test/o\x00.mp4", "control characters", "control characters"),
    ("https://cdn.example.test/o.mp4\r\nSet-Cookie: a=b", "control characters", "control characters"),
    ("https://cdn.example.test/o .mp4", "control characters", "spaces"),
    ("https://cdn.example.test/\u202eexe.mp4", "control characters", "control characters"),
    ("https://cdn.example.test/" + "a" * 9000, "too long", "9,025 characters long"),
    ("https:///o.mp4", "no host", "without a host"),
    ("https://[::1/o.mp4", "malformed", "not a valid URL"),
    ("https://cdn.example.test:99999/o.mp4", "malformed", "not a valid URL"),
    ("https://me:secret@cdn.example.test/o.mp4", "credentials", "holds credentials"),
    ("https://127.0.0.1/o.mp4", "local host", "on this computer or its local network"),
    ("https://169.254.169.254/latest/meta-data", "local host", "on this computer"),
    ("https://localhost/o.mp4", "local host", "on this computer"),
    ("https://127.1/o.mp4", "local host", "on this computer"),
    ("https://2130706433/o.mp4", "local host", "on this computer"),
    ("https://0x7f.0.0.1/o.mp4", "local host", "on this computer"),
    ("https://[::ffff:127.0.0.1]/o.mp4", "local host", "on this computer"),
    ("https://[::ffff:169.254.169.254]/o.mp4", "local host", "on this computer"),
    ("https://0.0.0.0/o.mp4", "local host", "on this computer"),
])
def test_unsafe_output_addresses_are_refused_with_a_sentence(url, reason, words):
    with pytest.raises(UnsafeUrlError) as caught:
        check_output_url(url, REMOTE_API)
    assert caught.value.reason == reason
    assert words in caught.value.user_message
    assert "\x00" not in caught.value.user_message and "\n" not in caught.value.user_message
    assert len(caught.value.user_message) < 400  # a sentence, not the whole hostile address


def test_an_unsafe_address_is_also_a_value_error_for_callers_that_expect_one():
    with pytest.raises(ValueError, match="only https"):
        check_output_url("ftp://x/o.mp4")


async def test_the_client_checks_an_output_address_before_any_request(server, client, tmp_path):
    for url in ("file:///etc/passwd", f"{server.url}/o\r\n.mp4", "http://cdn.example.test/o.mp4"):
        with pytest.raises(UnsafeUrlError):
            await client.download(url, tmp_path / "o.part")
    assert server.seen() == [] and not (tmp_path / "o.part").exists()


@pytest.mark.parametrize("task_id", ["7f6d8f7c-5f0b-4b55-9a2c-1d3e0c4f9a10", "t-1", "task_42.v2", " t-1 "])
def test_sane_task_ids_are_accepted(task_id):
    assert check_task_id(task_id) == task_id.strip()


@pytest.mark.parametrize(("task_id", "words"), [
    ("", "non-empty string"),
    (None, "non-empty string"),
    (42, "non-empty string"),
    ("x" * 100_000, "100,000 characters long"),
    ("../../etc/passwd", "characters a Runway task id cannot have"),
    ("a/b", "characters a Runway task id cannot have"),
    ("a\x00b", "characters a Runway task id cannot have"),
    ("a\r\nb", "characters a Runway task id cannot have"),
    (".hidden", "characters a Runway task id cannot have"),
    ("t 1", "characters a Runway task id cannot have"),
])
def test_unsafe_task_ids_are_refused_with_a_sentence(task_id, words):
    with pytest.raises(InvalidTaskIdError) as caught:
        check_task_id(task_id)
    assert words in caught.value.user_message
    assert len(caught.value.user_message) < 300


async def test_the_client_checks_a_task_id_before_any_request(server, client):
    for call in (client.retrieve, client.delete):
        with pytest.raises(InvalidTaskIdError, match="100,000 characters"):
            await call("x" * 100_000)
    assert server.seen() == []
