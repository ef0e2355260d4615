"""Submitting, cancelling and the ids Runway answers with: every outcome recorded, none overwritten."""

from __future__ import annotations

import asyncio

import pytest
from fakes.client import Gate, ScriptedClient, snapshot

from runway_desktop.api.errors import (
    AuthenticationError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
)
from runway_desktop.api.models import CreatedTask
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.config import EngineRefused
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.states import Action, NextStep, TaskState, actions_for
from runway_desktop.core.storage.store import Store

SPEC = load_catalogue().get("text_to_image", "gen4_image")
OUT = "https://cdn.example.test/o.png"


def request(prompt: str = "a red fox"):
    return build_request(SPEC, {"promptText": prompt, "ratio": "1024:1024"})


async def submitted(fake, create_reply) -> object:
    fake.client.push("create", create_reply)
    task = await fake.engine.submit(request(), {})
    return await fake.engine.wait_for(
        task.id, lambda t: t.state not in (TaskState.QUEUED, TaskState.SUBMITTING), timeout=10)


async def test_an_id_runway_gives_twice_never_replaces_the_first_task(fake, png_bytes):
    fake.client.push("retrieve", snapshot("SUCCEEDED", OUT)).push("download", png_bytes)
    first = await fake.submit("rw-same", prompt="the first fox")
    first = await fake.settled(first.id)
    fake.client.push("retrieve", snapshot("SUCCEEDED", OUT)).push("download", png_bytes)
    second = await fake.submit("rw-same", prompt="the second fox")
    second = await fake.settled(second.id)

    stored = await fake.stored()
    assert set(stored) == {first.id, second.id}
    assert stored[first.id] == first and first.attention is None  # the paid first task is untouched
    assert second.attention.action is NextStep.CHECK_AT_RUNWAY and "the first fox" in second.attention.reason
    assert second.state is TaskState.SUCCEEDED and second.all_outputs_saved  # flagged, not held back
    assert any("already recorded" in m for m in fake.errors())
    assert fake.engine.get("rw-same").id == first.id


async def test_an_unusable_id_is_stated_and_never_polled(fake):
    task = await submitted(fake, CreatedTask(id="x" * 100_000))
    assert task.state is TaskState.NEEDS_ATTENTION and task.runway_id is None
    assert "100,000 characters" in task.attention.reason
    assert task.attention.action is NextStep.CHECK_AT_RUNWAY
    assert Action.RETRY in actions_for(task) and Action.CANCEL not in actions_for(task)
    assert fake.client.count("retrieve") == 0


@pytest.mark.parametrize(
    ("reply", "state", "words"),
    [
        (ValueError("'bad' is not a Runway endpoint name"), TaskState.FAILED, "nothing was submitted"),
        (RateLimitError("Runway is limiting requests right now.", status=429), TaskState.FAILED, "limiting"),
        (OutcomeUnknownError(), TaskState.UNKNOWN, "unknown whether"),
        (RuntimeError("socket exploded"), TaskState.UNKNOWN, "check your Runway tasks"),
    ],
)
async def test_a_failed_create_is_recorded_with_its_reason(fake, reply, state, words):
    task = await submitted(fake, reply)
    assert task.state is state and words in task.error
    assert (await fake.stored())[task.id].state is state
    assert fake.client.count("create") == 1  # never re-sent on its own


async def test_an_input_that_cannot_be_sent_fails_locally(fake, tmp_path):
    from media_factory import make_png

    from runway_desktop.core.intake import inspect as intake
    from runway_desktop.core.intake.media import MediaValue

    png = make_png(tmp_path / "ref.png", 64, 64)
    spec = load_catalogue().get("text_to_image", "gen4_image_turbo")
    value = MediaValue(path=str(png), info=intake.inspect_file(png), tag="fox")
    built = build_request(spec, {"promptText": "@fox", "ratio": "1280:720", "referenceImages": [value]})
    png.unlink()
    task = await fake.engine.submit(built, {})
    done = await fake.settled(task.id)
    assert done.state is TaskState.FAILED and "nothing was submitted" in done.failure
    assert fake.client.count("create") == 0


async def test_cancel_that_runway_does_not_confirm_leaves_the_task_as_it_is(fake):
    fake.client.always("retrieve", snapshot("RUNNING", progress=0.2))
    task = await fake.submit()
    fake.client.push("delete", ServerError(status=500))
    with pytest.raises(EngineRefused, match="did not confirm the cancel"):
        await fake.engine.cancel(task.id)
    assert fake.engine.get(task.id).state.is_live_at_runway


async def test_a_task_needing_attention_can_be_cancelled_at_runway(fake):
    fake.client.push("retrieve", AuthenticationError(status=401)).push("delete", None)
    task = await fake.submit()
    await fake.engine.wait_for(task.id, lambda t: t.state is TaskState.NEEDS_ATTENTION, timeout=10)
    cancelled = await fake.engine.cancel(task.id)
    assert cancelled.state is TaskState.CANCELLED and cancelled.attention is None
    assert fake.client.calls[-1] == ("delete", "rw-1")


async def test_cancel_while_submitting_cancels_once_the_id_is_known(fake):
    gate = Gate(then=CreatedTask(id="rw-1"))
    fake.client.push("create", gate).push("delete", None)
    task = await fake.engine.submit(request(), {})
    await asyncio.wait_for(gate.entered.wait(), 10)
    assert (await fake.engine.cancel(task.id)).state is TaskState.SUBMITTING
    gate.opened.set()
    done = await fake.settled(task.id)
    assert done.state is TaskState.CANCELLED and done.runway_id == "rw-1"
    assert fake.client.count("delete") == 1


async def test_actions_that_do_not_apply_are_refused_with_the_reason(fake):
    fake.client.always("retrieve", snapshot("RUNNING", progress=0.2))
    task = await fake.submit()
    await fake.engine.wait_for(task.id, lambda t: t.state is TaskState.RUNNING, timeout=10)
    for action in (fake.engine.retry, fake.engine.remove, fake.engine.download_again,
                   fake.engine.check_again, fake.engine.delete_from_runway):
        with pytest.raises(EngineRefused, match="running"):
            await action(task.id)
    with pytest.raises(EngineRefused, match="no task"):
        await fake.engine.cancel("nope")


async def test_a_restart_rechecks_a_task_whose_key_was_rejected(fake, tmp_path, png_bytes):
    fake.client.push("retrieve", AuthenticationError(status=401))
    task = await fake.submit()
    await fake.engine.wait_for(task.id, lambda t: t.state is TaskState.NEEDS_ATTENTION, timeout=10)
    await fake.engine.close()

    store = Store(fake.data_dir / "tasks.sqlite3")
    await store.open()
    client = ScriptedClient().push("retrieve", snapshot("SUCCEEDED", OUT)).push("download", png_bytes)
    again = Engine(client, store, fake.engine.downloads.library, load_catalogue(), config=fake.engine.config,
                   redactor=fake.engine.redactor)
    await again.start()
    try:
        done = await again.wait_until_settled(task.id, timeout=10)
        assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved and done.attention is None
    finally:
        await again.close()
        await store.close()
