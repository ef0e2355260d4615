"""Backoff with full jitter and the server's Retry-After wishes, observed through the injected sleep."""

from __future__ import annotations

import email.utils
import random
import time

import httpx
import pytest
from scripted_server import Reply

from runway_desktop.api import RateLimitError, RetryPolicy, ServerError
from runway_desktop.api.retry import retry_after_seconds

TASK = {"id": "t-1", "status": "RUNNING", "progress": 0.5}


def test_full_jitter_stays_between_zero_and_the_capped_exponential():
    policy = RetryPolicy(max_attempts=5, base=0.5, cap=8.0)
    rng = random.Random(7)
    for retries in range(8):
        ceiling = min(8.0, 0.5 * 2**retries)
        delays = [policy.backoff(retries, rng) for _ in range(400)]
        assert all(0.0 <= d <= ceiling for d in delays)
        # Full jitter spreads over the whole range, not just its top quarter.
        assert min(delays) < ceiling * 0.1 and max(delays) > ceiling * 0.9


def test_policy_rejects_nonsense():
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="negative"):
        RetryPolicy(base=-1)


def test_retry_after_forms():
    assert retry_after_seconds(httpx.Headers({"retry-after": "3"})) == 3.0
    assert retry_after_seconds(httpx.Headers({"retry-after": "1.5"})) == 1.5
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "250", "retry-after": "9"})) == 0.25
    assert retry_after_seconds(httpx.Headers({"retry-after": "soon"})) is None
    assert retry_after_seconds(httpx.Headers({})) is None
    now = time.time()
    stamp = email.utils.formatdate(now + 30, usegmt=True)
    assert 28.0 <= retry_after_seconds(httpx.Headers({"retry-after": stamp}), now=now) <= 30.0


async def test_429_retry_after_seconds_is_honoured(server, client, sleep):
    server.script("GET", "/v1/tasks/t-1", Reply(429, {"error": "Too many requests"}, {"Retry-After": "7"}),
                  Reply(200, TASK))
    task = await client.retrieve("t-1")
    assert task.progress == 0.5
    assert sleep.delays == [7.0]


async def test_429_retry_after_http_date_is_honoured(server, client, sleep):
    stamp = email.utils.formatdate(time.time() + 20, usegmt=True)
    server.script("GET", "/v1/tasks/t-1", Reply(429, {"error": "slow down"}, {"Retry-After": stamp}),
                  Reply(200, TASK))
    await client.retrieve("t-1")
    assert len(sleep.delays) == 1 and 17.0 <= sleep.delays[0] <= 20.0


async def test_retry_after_ms_wins_over_retry_after(server, client, sleep):
    server.script("GET", "/v1/organization", Reply(503, {"error": "busy"}, {"retry-after-ms": "1500",
                                                                            "Retry-After": "30"}),
                  Reply(200, {"creditBalance": 5}))
    assert (await client.organization()).credit_balance == 5
    assert sleep.delays == [1.5]


@pytest.mark.parametrize("wish", ["0", "-3", "nan", "tomorrow", "Mon, 01 Jan 1990 00:00:00 GMT"])
async def test_unreasonable_waits_fall_back_to_jittered_backoff(server, make_client, sleep, wish):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=3, base=0.5, cap=8.0))
    server.script("GET", "/v1/tasks/t-1", *[Reply(429, {"error": "x"}, {"Retry-After": wish})] * 2,
                  Reply(200, TASK))
    await client.retrieve("t-1")
    assert len(sleep.delays) == 2
    assert 0 <= sleep.delays[0] <= 0.5 and 0 <= sleep.delays[1] <= 1.0


@pytest.mark.parametrize("wish", ["600", "999999", "inf", "1e400", "Fri, 31 Dec 9999 23:59:59 GMT"])
async def test_huge_waits_are_clamped_to_the_policy_limit(server, make_client, sleep, wish):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=3, max_retry_after=60.0))
    server.script("GET", "/v1/tasks/t-1", *[Reply(429, {"error": "x"}, {"Retry-After": wish})] * 2,
                  Reply(200, TASK))
    await client.retrieve("t-1")
    assert sleep.delays == [60.0, 60.0]


async def test_a_rate_limit_error_never_carries_an_endless_wait(server, make_client):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=1))
    server.always("GET", "/v1/tasks/t-1", Reply(429, {"error": "Too many"}, {"Retry-After": "inf"}))
    with pytest.raises(RateLimitError, match="try again in 60 s") as caught:
        await client.retrieve("t-1")
    assert caught.value.retry_after == 60.0


async def test_backoff_grows_and_attempts_are_capped(server, make_client, sleep):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=4, base=1.0, cap=3.0),
                         rng=random.Random(1))
    server.always("GET", "/v1/tasks/t-1", Reply(500, {"error": "boom"}))
    with pytest.raises(ServerError) as caught:
        await client.retrieve("t-1")
    assert caught.value.status == 500 and caught.value.server_message == "boom"
    assert len(server.seen("GET")) == 4
    assert [d <= c for d, c in zip(sleep.delays, [1.0, 2.0, 3.0], strict=True)] == [True] * 3


async def test_x_should_retry_false_stops_retries(server, client, sleep):
    server.script("GET", "/v1/tasks/t-1", Reply(503, {"error": "no"}, {"x-should-retry": "false"}))
    with pytest.raises(ServerError):
        await client.retrieve("t-1")
    assert len(server.seen()) == 1 and sleep.delays == []


async def test_x_should_retry_true_retries_a_read_that_would_not_be(server, client, sleep):
    server.script("GET", "/v1/tasks/t-1", Reply(400, {"error": "transient"}, {"x-should-retry": "true"}),
                  Reply(200, TASK))
    assert (await client.retrieve("t-1")).id == "t-1"
    assert len(server.seen()) == 2


async def test_rate_limit_error_after_exhaustion_carries_retry_after(server, make_client):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=2))
    server.always("GET", "/v1/tasks/t-1", Reply(429, {"error": "Too many"}, {"Retry-After": "120"}))
    with pytest.raises(RateLimitError) as caught:
        await client.retrieve("t-1")
    assert caught.value.retry_after == 60.0 and not caught.value.daily_limit  # 120 s asked, clamped
    assert len(server.seen()) == 2


async def test_daily_limit_is_recognised_and_not_hammered(server, client, sleep):
    server.always("POST", "/v1/text_to_image",
                  Reply(429, {"error": "Your daily task limit has been reached."}))
    with pytest.raises(RateLimitError) as caught:
        await client.create("text_to_image", {"model": "gen4_image", "promptText": "a", "ratio": "1920:1080"})
    assert caught.value.daily_limit
    assert "daily" in caught.value.user_message
    assert len(server.seen()) == 1 and sleep.delays == []
