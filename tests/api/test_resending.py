"""Reads and deletes are retried; a billable create is re-sent only when Runway cannot have accepted it."""

from __future__ import annotations

import httpx
import pytest
from scripted_server import KEY, Reply, closed_port, drop

from runway_desktop.api import (
    ApiTimeoutError,
    BadRequestError,
    NetworkError,
    OutcomeUnknownError,
    RetryPolicy,
    RunwayClient,
    ServerError,
)

TASK = {"id": "t-1", "status": "SUCCEEDED", "output": ["https://o/1.png"], "cost": {"credits": 5}}
BODY = {"model": "gen4.5", "promptText": "a lighthouse at dusk", "ratio": "1280:720", "duration": 5}
CREATED = {"id": "new-task", "estimatedCost": {"credits": 60}}


@pytest.mark.parametrize("failure", [Reply(500, {"error": "x"}), Reply(502), Reply(503), Reply(504), drop(),
                                     Reply(408), Reply(409, {"error": "conflict"})])
async def test_a_read_is_retried_until_it_succeeds(server, client, sleep, failure):
    server.script("GET", "/v1/tasks/t-1", failure, failure, Reply(200, TASK))
    task = await client.retrieve("t-1")
    assert task.outputs == ("https://o/1.png",)
    assert len(server.seen("GET", "/v1/tasks/t-1")) == 3
    assert len(sleep.delays) == 2


async def test_a_read_that_times_out_is_retried(server, make_client):
    client = make_client(server.url, timeout=httpx.Timeout(5.0, read=0.2))
    server.script("GET", "/v1/tasks/t-1", Reply(200, TASK, action="sleep", delay=3.0))
    server.always("GET", "/v1/tasks/t-1", Reply(200, TASK))
    assert (await client.retrieve("t-1")).id == "t-1"
    assert len(server.seen()) >= 2


async def test_a_read_that_keeps_timing_out_is_a_timeout_error(server, make_client):
    client = make_client(server.url, timeout=httpx.Timeout(5.0, read=0.1), retry=RetryPolicy(max_attempts=2))
    server.always("GET", "/v1/tasks/t-1", Reply(200, TASK, action="sleep", delay=3.0))
    with pytest.raises(ApiTimeoutError, match="did not answer in time"):
        await client.retrieve("t-1")
    assert len(server.seen()) == 2


async def test_a_delete_is_retried(server, client):
    server.script("DELETE", "/v1/tasks/t-1", Reply(502), drop(), Reply(204))
    await client.delete("t-1")
    deletes = server.seen("DELETE")
    assert len(deletes) == 3
    assert deletes[0].headers["Accept"] == "*/*"


async def test_a_rejected_read_is_not_retried(server, client, sleep):
    server.script("GET", "/v1/tasks/t-1", Reply(400, {"error": "id: Invalid uuid"}))
    with pytest.raises(BadRequestError):
        await client.retrieve("t-1")
    assert len(server.seen()) == 1 and sleep.delays == []


async def test_an_unreachable_server_is_a_network_error_after_retries(make_client, sleep):
    client = make_client(f"http://127.0.0.1:{closed_port()}", retry=RetryPolicy(max_attempts=3))
    with pytest.raises(NetworkError, match="Could not reach Runway"):
        await client.organization()
    assert len(sleep.delays) == 2


@pytest.mark.parametrize("status", [429, 502, 503])
async def test_a_create_turned_away_is_sent_again(server, client, sleep, status):
    server.script("POST", "/v1/text_to_video", Reply(status, {"error": "busy"}), Reply(200, CREATED))
    created = await client.create("text_to_video", BODY)
    assert (created.id, created.estimated_credits) == ("new-task", 60)
    posts = server.seen("POST", "/v1/text_to_video")
    assert len(posts) == 2 and posts[0].json() == posts[1].json() == BODY
    assert len(sleep.delays) == 1


async def test_a_create_turned_away_every_time_is_a_server_error_not_unknown(server, make_client):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=3))
    server.always("POST", "/v1/text_to_video", Reply(503, {"error": "shedding load"}))
    with pytest.raises(ServerError) as caught:
        await client.create("text_to_video", BODY)
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert len(server.seen()) == 3


async def test_a_create_to_a_closed_port_is_sent_again_and_then_a_network_error(make_client, sleep):
    client = make_client(f"http://127.0.0.1:{closed_port()}", retry=RetryPolicy(max_attempts=3))
    with pytest.raises(NetworkError) as caught:
        await client.create("text_to_video", BODY)
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert len(sleep.delays) == 2


async def test_a_create_is_sent_again_after_refused_connections_once_the_server_is_up(server, sleep):
    # Two refused connections, then the real server: a transport that re-points after two failures.
    calls = []

    class FlakyConnect(httpx.AsyncHTTPTransport):
        async def handle_async_request(self, request):
            calls.append(request.url.port)
            if len(calls) <= 2:
                request.url = request.url.copy_with(port=closed_port())
            return await super().handle_async_request(request)

    server.script("POST", "/v1/text_to_video", Reply(200, CREATED))
    async with RunwayClient(KEY, server.url, transport=FlakyConnect(), sleep=sleep) as client:
        assert (await client.create("text_to_video", BODY)).id == "new-task"
    assert len(calls) == 3 and len(server.seen()) == 1


@pytest.mark.parametrize("failure", [Reply(500, {"error": "Internal error"}), Reply(504), Reply(507), drop()])
async def test_a_create_that_may_have_been_accepted_is_never_sent_again(server, client, sleep, failure):
    server.script("POST", "/v1/text_to_video", failure, Reply(200, CREATED))
    with pytest.raises(OutcomeUnknownError) as caught:
        await client.create("text_to_video", BODY)
    assert len(server.seen("POST", "/v1/text_to_video")) == 1
    assert sleep.delays == []
    assert "duplicate would be billed" in caught.value.user_message
    assert caught.value.cause is not None


async def test_a_create_whose_answer_is_late_is_outcome_unknown(server, make_client, sleep):
    client = make_client(server.url, timeout=httpx.Timeout(5.0, read=0.2))
    server.script("POST", "/v1/text_to_video", Reply(200, CREATED, action="sleep", delay=3.0),
                  Reply(200, CREATED))
    with pytest.raises(OutcomeUnknownError) as caught:
        await client.create("text_to_video", BODY)
    assert isinstance(caught.value.cause, ApiTimeoutError)
    assert len(server.seen()) == 1 and sleep.delays == []


async def test_a_create_answered_without_an_id_is_outcome_unknown(server, client):
    server.script("POST", "/v1/text_to_video", Reply(200, {"status": "ok"}))
    with pytest.raises(OutcomeUnknownError):
        await client.create("text_to_video", BODY)
    assert len(server.seen()) == 1


async def test_a_create_with_x_should_retry_false_on_503_is_not_sent_again(server, client):
    server.script("POST", "/v1/text_to_video", Reply(503, {"error": "no"}, {"x-should-retry": "false"}))
    with pytest.raises(ServerError):
        await client.create("text_to_video", BODY)
    assert len(server.seen()) == 1


async def test_x_should_retry_true_cannot_make_a_create_500_safe(server, client):
    server.script("POST", "/v1/text_to_video", Reply(500, {"error": "x"}, {"x-should-retry": "true"}),
                  Reply(200, CREATED))
    with pytest.raises(OutcomeUnknownError):
        await client.create("text_to_video", BODY)
    assert len(server.seen()) == 1


async def test_upload_tickets_are_retried_because_they_create_nothing_billable(server, client, tmp_path):
    media = tmp_path / "still.png"
    media.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(1024))
    upload_url = f"{server.url}/storage/abc"
    ticket = {"runwayUri": "runway://abc", "uploadUrl": upload_url, "fields": {"key": "abc"}}
    server.script("POST", "/v1/uploads", drop(), Reply(500), Reply(200, ticket))
    server.script("POST", "/storage/abc", Reply(503), Reply(204))
    assert await client.upload(media) == "runway://abc"
    assert len(server.seen("POST", "/v1/uploads")) == 3
    assert len(server.seen("POST", "/storage/abc")) == 2
