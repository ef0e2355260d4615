"""Every answer to a task GET ends in a stated condition: polled on, finished, or needing attention."""

from __future__ import annotations

import asyncio

from fakes.client import Gate, ScriptedClient, snapshot

from runway_desktop.api.errors import (
    AuthenticationError,
    BadRequestError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    RateLimitError,
    RunwayError,
    ServerError,
)
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.states import Action, NextStep, TaskState, actions_for

OUT = "https://cdn.example.test/out/0.png?sig=abc"


async def wait_attention(fake, task_id):
    return await fake.engine.wait_for(task_id, lambda t: t.state is TaskState.NEEDS_ATTENTION, timeout=10)


async def test_a_task_is_polled_through_its_states_to_a_saved_output(fake, png_bytes):
    fake.client.push("retrieve", snapshot("PENDING"), snapshot("THROTTLED"),
                     snapshot("RUNNING", progress=0.5), snapshot("SUCCEEDED", OUT))
    fake.client.push("download", png_bytes)
    task = await fake.submit()
    done = await fake.settled(task.id)
    assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved and done.progress == 1.0
    assert done.outputs[0].path.endswith(".png") and done.attention is None
    seen = [e.task.state for e in fake.events if isinstance(e, ev.TaskChanged) and e.task.id == task.id]
    for state in (TaskState.SUBMITTING, TaskState.PENDING, TaskState.THROTTLED, TaskState.RUNNING,
                  TaskState.SUCCEEDED):
        assert state in seen


async def test_a_rejected_key_needs_attention_at_once_and_a_new_key_resumes_the_task(fake, png_bytes):
    fake.client.push("retrieve", AuthenticationError(status=401))
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert flagged.attention.action is NextStep.REENTER_KEY and "API key" in flagged.attention.reason
    assert {Action.REENTER_KEY, Action.CHECK_AGAIN, Action.CANCEL} <= actions_for(flagged)
    assert fake.client.count("retrieve") == 1  # not retried with a key that cannot work
    assert (await fake.stored())[task.id].state is TaskState.NEEDS_ATTENTION

    fresh = ScriptedClient().push("retrieve", snapshot("SUCCEEDED", OUT)).push("download", png_bytes)
    await fake.engine.attach_client(fresh, key="key_" + "f" * 32)
    done = await fake.settled(task.id)
    assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved
    assert done.attention is None and done.error is None


async def test_a_bad_request_on_get_needs_attention_without_retrying(fake):
    fake.client.push("retrieve", BadRequestError("Runway rejected the request.", status=400))
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert flagged.attention.action is NextStep.CONTACT_SUPPORT
    assert fake.client.count("retrieve") == 1


async def test_unreadable_replies_are_retried_a_bounded_number_of_times(fake):
    fake.client.always("retrieve", InvalidResponseError(status=200))
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert "could not be read" in flagged.attention.reason and "tried 3 times" in flagged.attention.reason
    assert fake.client.count("retrieve") == 3
    assert any("Checking again" in m for m in fake.errors())  # each retry was said, not silent


async def test_a_redirect_or_odd_status_ends_in_attention(fake):
    fake.client.always("retrieve", RunwayError("Runway answered with HTTP status 302.", status=302))
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert "302" in flagged.attention.reason


async def test_a_lost_connection_recovers_when_it_comes_back(fake, png_bytes):
    fake.client.push("retrieve", NetworkError(), ServerError(status=503), snapshot("SUCCEEDED", OUT))
    fake.client.push("download", png_bytes)
    task = await fake.submit()
    done = await fake.settled(task.id)
    assert done.state is TaskState.SUCCEEDED and done.attention is None


async def test_a_connection_that_stays_down_says_check_the_connection(fake):
    fake.client.always("retrieve", NetworkError())
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert flagged.attention.action is NextStep.CHECK_CONNECTION


async def test_an_unknown_status_is_polled_a_bounded_number_of_times(fake):
    fake.client.always("retrieve", snapshot("DREAMING"))
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert "DREAMING" in flagged.attention.reason
    assert fake.client.count("retrieve") == 3


async def test_a_task_that_never_finishes_needs_attention(fake):
    def late(_task_id):
        fake.clock.advance(7200)
        return snapshot("RUNNING", progress=0.1)

    fake.client.always("retrieve", late)
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert "has not finished" in flagged.attention.reason and flagged.attention.action is NextStep.CHECK_AGAIN


async def test_success_without_output_is_stated_and_checking_again_fetches_it(fake, png_bytes):
    fake.client.push("retrieve", snapshot("SUCCEEDED"))
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert "no output" in flagged.attention.reason
    fake.client.push("retrieve", snapshot("SUCCEEDED", OUT)).push("download", png_bytes)
    await fake.engine.check_again(task.id)
    done = await fake.settled(task.id)
    assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved and done.attention is None


async def test_a_task_runway_no_longer_knows_fails(fake):
    fake.client.push("retrieve", NotFoundError(status=404))
    task = await fake.submit()
    done = await fake.settled(task.id)
    assert done.state is TaskState.FAILED and done.failure_code == "NOT_FOUND"


async def test_a_failed_task_keeps_runways_reason(fake):
    fake.client.push("retrieve", snapshot("FAILED", failure="Content moderated", failure_code="SAFETY.INPUT"))
    task = await fake.submit()
    done = await fake.settled(task.id)
    assert done.state is TaskState.FAILED and done.is_safety_failure and done.failure == "Content moderated"
    assert Action.RETRY in actions_for(done)


async def test_an_exception_nobody_planned_for_is_stated_not_a_traceback(fake):
    fake.client.always("retrieve", ValueError("Invalid non-printable ASCII character in URL"))
    task = await fake.submit()
    flagged = await wait_attention(fake, task.id)
    assert "ValueError" in flagged.attention.reason and fake.client.count("retrieve") == 1


async def test_retry_after_on_one_task_never_stalls_the_others(fake, png_bytes):
    fake.client.always("retrieve", lambda runway_id: RateLimitError(status=429, retry_after=999999.0)
                       if runway_id == "rw-slow" else snapshot("SUCCEEDED", OUT, runway_id=runway_id))
    fake.client.always("download", png_bytes)
    slow = await fake.submit("rw-slow")
    quick = [await fake.submit(f"rw-{i}", prompt=f"fox {i}") for i in range(3)]
    for task in quick:
        assert (await fake.settled(task.id)).state is TaskState.SUCCEEDED
    assert fake.engine.get(slow.id).state is TaskState.PENDING
    assert any("Checking again in 60 s" in m for m in fake.errors())  # clamped, not 999999 s


async def test_a_late_poll_never_revives_a_cancelled_task(fake):
    gate = Gate(then=snapshot("RUNNING", progress=0.5))
    fake.client.push("retrieve", gate).push("delete", None)
    task = await fake.submit()
    await asyncio.wait_for(gate.entered.wait(), 10)
    await fake.engine.cancel(task.id)
    polls = [t for t in asyncio.all_tasks() if t.get_name().startswith("poll ")]
    gate.opened.set()
    await asyncio.wait(polls, timeout=10)  # the poll that was out has come back
    assert fake.engine.get(task.id).state is TaskState.CANCELLED
    assert (await fake.stored())[task.id].state is TaskState.CANCELLED

