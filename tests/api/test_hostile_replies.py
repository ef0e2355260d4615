"""API replies from a misbehaving server end as typed errors with a sentence, in bounded time.

Endless, huge, slow, unreadable, misshapen, redirected or unknown answers to a task GET, the
organization, usage, an upload ticket or a create; a create is never sent twice once it may
have been accepted.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import time

import pytest
from hostile_server import (
    endless,
    garbage,
    gzip_bomb,
    json_text,
    redirect,
    respond,
    respond_raw,
    silence,
    trickle,
    trickle_headers,
)

from runway_desktop.api import (
    AuthenticationError,
    BadRequestError,
    NetworkError,
    OutcomeUnknownError,
    ReplyTooLarge,
    ReplyTooSlow,
    ReplyUnreadable,
    RetryPolicy,
    UnexpectedRedirect,
    UnexpectedStatus,
    UnsafeUrlError,
    WireLimits,
)

TASK = "/v1/tasks/t-1"
BODY = {"model": "gen4.5", "promptText": "a lighthouse", "ratio": "1280:720", "duration": 5}
FAST = WireLimits(json_max_bytes=256 * 1024, reply_seconds=1.0)


@pytest.fixture
def hostile_client(hostile, make_client):
    def make(**kwargs):
        kwargs.setdefault("limits", FAST)
        kwargs.setdefault("retry", RetryPolicy(max_attempts=2))
        return make_client(hostile.url, **kwargs)

    return make


async def _bounded(awaitable, within: float = 15.0):
    """Await with a hard limit, so a regression fails instead of hanging the suite."""
    started = time.monotonic()
    try:
        return await asyncio.wait_for(awaitable, within)
    finally:
        assert time.monotonic() - started < within


@pytest.mark.parametrize("behaviour", [
    endless(), endless(chunked=True), respond(200, b"[" + b"1," * 400_000 + b"1]"),
    respond(200, b"{}", {"Content-Type": "application/json"}, length=10**12, close=True),
    gzip_bomb(50 * 1024 * 1024),
], ids=["endless", "endless-chunked", "huge", "announced-huge", "gzip-bomb"])
async def test_a_task_reply_of_unbounded_size_is_cut_off_and_not_fetched_again(hostile, hostile_client,
                                                                                behaviour):
    hostile.on(TASK, behaviour)
    with pytest.raises(ReplyTooLarge, match=r"answer about task t-1 was far too large") as caught:
        await _bounded(hostile_client().retrieve("t-1"))
    assert caught.value.limit == FAST.json_max_bytes and "try again later" in caught.value.user_message
    assert hostile.hits[TASK] == 1


@pytest.mark.parametrize("behaviour",
                         [trickle(0.05, prefix=b'{"id": "t-1", '), trickle_headers(0.05), silence()],
                         ids=["body-1-byte-at-a-time", "headers-1-byte-at-a-time", "silence"])
async def test_a_reply_that_never_finishes_ends_after_the_exchange_deadline(hostile, hostile_client,
                                                                            behaviour):
    hostile.on(TASK, behaviour)
    started = time.monotonic()
    with pytest.raises(ReplyTooSlow,
                       match=r"Runway \(127\.0\.0\.1\) did not finish sending an answer within 1 s"):
        await _bounded(hostile_client().retrieve("t-1"))
    assert hostile.hits[TASK] == 2  # a read may be tried again, a bounded number of times
    assert time.monotonic() - started < 6


@pytest.mark.parametrize(("behaviour", "words"), [
    (respond(200, b"<!DOCTYPE html><html><body>Sign in to the proxy</body></html>",
             {"Content-Type": "text/html"}), "was a web page"),
    (respond(200, b"<html>no type</html>"), "was a web page"),
    (json_text(200, '{"id": "t-1", "status": '), "was not valid JSON"),
    (json_text(200, ""), "was empty"),
    (respond(200, b"\xff\xfe\x00garbage"), "was not valid JSON"),
    (json_text(200, "[" * 100_000 + "]" * 100_000), "was not valid JSON"),
    (json_text(200, '["t-1", "SUCCEEDED"]'), "not the object the API sends (it was a list)"),
    (json_text(200, '"SUCCEEDED"'), "not the object the API sends (it was a string)"),
    (json_text(200, "null"), "not the object the API sends (it was null)"),
    (json_text(200, '{"id": "t-1"}'), "held no status"),
    (json_text(200, '{"id": "t-1", "status": 7}'), "held no status"),
    (json_text(200, '{"id": "t-2", "status": "SUCCEEDED", "output": []}'), "about another task"),
], ids=["html", "html-untyped", "cut-json", "empty", "binary", "deep-nesting", "list", "string", "null",
        "no-status", "status-not-text", "other-task"])
async def test_an_unreadable_or_misshapen_task_reply_is_a_typed_error(hostile, hostile_client, behaviour,
                                                                      words):
    hostile.on(TASK, behaviour)
    with pytest.raises(ReplyUnreadable) as caught:
        await _bounded(hostile_client().retrieve("t-1"))
    assert words in caught.value.user_message
    assert "check" in caught.value.user_message  # a next step
    assert hostile.hits[TASK] == 1


@pytest.mark.parametrize(("behaviour", "kind", "words"), [
    (redirect("https://login.example.test/sso"), UnexpectedRedirect, "answered with a redirect (HTTP 302)"),
    (redirect("/v1/tasks/t-2", 301), UnexpectedRedirect, "a proxy or login page may be in the way"),
    (json_text(401, '{"error": "Invalid API key"}'), AuthenticationError, "rejected the API key"),
    (json_text(400, '{"error": "id: Invalid uuid"}'), BadRequestError, "Runway rejected the value of id"),
    (json_text(418, "{}"), UnexpectedStatus, "unexpected HTTP status 418"),
    (json_text(299, "{}"), ReplyUnreadable, "held no status"),
    (respond(999, b"?"), UnexpectedStatus, "unexpected HTTP status 999"),
])
async def test_redirects_and_refusals_on_a_read_are_typed_and_not_followed(hostile, hostile_client, behaviour,
                                                                          kind, words):
    hostile.on(TASK, behaviour)
    hostile.on("/v1/tasks/t-2", json_text(200, '{"id": "t-2", "status": "PENDING"}'))
    with pytest.raises(kind) as caught:
        await _bounded(hostile_client().retrieve("t-1"))
    assert words in caught.value.user_message
    assert hostile.hits[TASK] == 1 and hostile.hits["/v1/tasks/t-2"] == 0


@pytest.mark.parametrize("behaviour", [
    garbage(), respond(200, b'{"id": "t-1", "status": "PENDING"}', {"Content-Type": "application/json"},
                       length=5000, close=True),
    respond_raw(b"HTTP/1.1 200 OK\r\n" + b"X-Flood: a\r\n" * 50_000),
    respond_raw(b"HTTP/1.1 200 OK\r\nX-Endless: " + b"a" * 2_000_000),
], ids=["not-http", "lying-content-length", "header-flood", "endless-header"])
async def test_a_broken_answer_to_a_read_is_retried_a_bounded_number_of_times(hostile, hostile_client,
                                                                              behaviour):
    hostile.on(TASK, behaviour)
    with pytest.raises(NetworkError, match=r"Could not reach Runway \(127\.0\.0\.1\)"):
        await _bounded(hostile_client(retry=RetryPolicy(max_attempts=3)).retrieve("t-1"))
    assert hostile.hits[TASK] == 3


@pytest.mark.parametrize(("behaviour", "words"), [
    (endless(), "its answer could not be read"),
    (respond(200, b"<html>proxy</html>", {"Content-Type": "text/html"}), "its answer could not be read"),
    (json_text(200, "[]"), "held no task id"),
    (json_text(200, json.dumps({"id": "x" * 100_000})), "held no usable task id"),
    (json_text(200, json.dumps({"id": "../../etc/passwd"})), "held no usable task id"),
    (trickle(0.05, prefix=b'{"id": '), "did not answer in time"),
    (silence(), "did not answer in time"),
    (garbage(), "connection to Runway was lost"),
], ids=["endless", "html", "list", "huge-id", "path-id", "trickle", "silence", "not-http"])
async def test_a_create_whose_answer_cannot_be_used_is_outcome_unknown_and_sent_once(
        hostile, hostile_client, behaviour, words):
    hostile.on("/v1/image_to_video", behaviour)
    with pytest.raises(OutcomeUnknownError) as caught:
        await _bounded(hostile_client(retry=RetryPolicy(max_attempts=5)).create("image_to_video", BODY))
    assert words in caught.value.user_message
    assert "a duplicate would be billed" in caught.value.user_message
    assert hostile.hits["/v1/image_to_video"] == 1


async def test_a_redirected_create_is_refused_and_not_sent_again_or_followed(hostile, hostile_client):
    hostile.on("/v1/image_to_video", redirect("/elsewhere", 307))
    with pytest.raises(UnexpectedRedirect):
        await _bounded(hostile_client(retry=RetryPolicy(max_attempts=5)).create("image_to_video", BODY))
    assert hostile.hits["/v1/image_to_video"] == 1 and hostile.hits["/elsewhere"] == 0


@pytest.mark.parametrize("call", ["organization", "usage"])
async def test_account_replies_are_bounded_and_checked_too(hostile, hostile_client, call):
    path = {"organization": "/v1/organization", "usage": "/v1/organization/usage"}[call]
    client = hostile_client()
    hostile.on(path, endless())
    with pytest.raises(ReplyTooLarge, match="far too large"):
        await _bounded(getattr(client, call)())
    hostile.on(path, json_text(200, '"creditBalance"'))
    with pytest.raises(ReplyUnreadable, match="it was a string"):
        await _bounded(getattr(client, call)())


@pytest.mark.parametrize(("upload_url", "words"), [
    ("file:///etc/passwd", "a file: address"),
    ("ftp://storage.example.test/up", "a ftp: address"),
    ("http://storage.example.test/up", "a http: address"),
    ("https://storage.example.test/up\r\nX-Injected: 1", "control characters"),
])
async def test_an_upload_ticket_with_an_unsafe_address_is_refused_before_sending_the_file(
        hostile, hostile_client, tmp_path, upload_url, words):
    client = hostile_client()
    media = tmp_path / "clip.mp4"
    media.write_bytes(bytes(2048))
    ticket = {"runwayUri": "runway://x", "uploadUrl": upload_url}
    hostile.on("/v1/uploads", json_text(200, json.dumps(ticket)))
    with pytest.raises(UnsafeUrlError, match=words):
        await _bounded(client.upload(media))
    assert list(hostile.hits) == ["/v1/uploads"]


async def test_a_compressed_reply_is_read(hostile, hostile_client):
    packed = gzip.compress(json.dumps({"id": "t-1", "status": "RUNNING", "progress": 0.5}).encode())
    hostile.on(TASK, respond(200, packed, {"Content-Type": "application/json", "Content-Encoding": "gzip"}))
    snapshot = await _bounded(hostile_client().retrieve("t-1"))
    assert snapshot.progress == 0.5


@pytest.mark.parametrize(("encoding", "body", "words"), [
    ("br", b"\x1b\x00\x00", "an encoding this app does not read (br)"),
    ("gzip, gzip", b"\x1f\x8b", "an encoding this app does not read"),
    ("gzip", b"\x1f\x8b\x08\x00garbage-not-deflate", "a body that does not decode"),
])
async def test_a_reply_in_an_unreadable_encoding_is_a_typed_error(hostile, hostile_client, encoding, body,
                                                                  words):
    hostile.on(TASK, respond(200, body, {"Content-Type": "application/json", "Content-Encoding": encoding}))
    with pytest.raises(ReplyUnreadable, match=re.escape(words)):
        await _bounded(hostile_client().retrieve("t-1"))


async def test_a_compressed_error_page_of_unbounded_size_is_read_only_in_part(hostile, hostile_client):
    hostile.on(TASK, gzip_bomb(64 * 1024 * 1024, "text/html", status=401))
    with pytest.raises(AuthenticationError) as caught:
        await _bounded(hostile_client().retrieve("t-1"))
    assert 0 < len(caught.value.body) <= 2000  # kept as (truncated) text, never inflated whole


async def test_a_task_listing_more_outputs_than_any_task_has_is_refused(hostile, hostile_client):
    outputs = [f"https://c.test/{n}" for n in range(1_000)]
    hostile.on(TASK, json_text(200, json.dumps({"id": "t-1", "status": "SUCCEEDED", "output": outputs})))
    with pytest.raises(ReplyUnreadable, match="listed 1,000 outputs"):
        await _bounded(hostile_client().retrieve("t-1"))


async def test_a_task_reply_s_texts_are_clipped_and_its_progress_kept_in_range(hostile, hostile_client):
    reply = {"id": "t-1", "status": "FAILED", "failure": "x" * 200_000, "failureCode": "C" * 5000,
             "progress": 1e308}
    hostile.on(TASK, json_text(200, json.dumps(reply)))
    snapshot = await _bounded(hostile_client().retrieve("t-1"))
    assert len(snapshot.failure) == 2000 and snapshot.failure.endswith("…")
    assert len(snapshot.failure_code) == 100
    assert snapshot.progress == 1.0
