"""Cancel, SAFETY failures, retry, delete from Runway, expiring output URLs — through the engine."""

from __future__ import annotations

import pytest

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.engine import EngineRefused
from runway_desktop.core.running.tasks import OutputState, TaskState

CATALOGUE = load_catalogue()


def speech(text: str = "Hello from the simulator."):
    return build_request(CATALOGUE.get("text_to_speech", "eleven_multilingual_v2"),
                         {"promptText": text, "voice": "Maya"})


def video(duration: int = 2):
    return build_request(CATALOGUE.get("text_to_video", "gen4.5"),
                         {"promptText": "slow clouds", "ratio": "1280:720", "duration": duration})


async def test_cancel_a_running_task_ends_cancelled_at_runway(rig):
    rig.server.config.speed = 5.0  # long enough to be caught running
    engine = await rig.engine()
    task = await engine.submit(video(), {})
    await engine.wait_for(task.id, lambda t: t.state is TaskState.RUNNING, timeout=30)
    cancelled = await engine.cancel(task.id)
    assert cancelled.state is TaskState.CANCELLED
    stats = await rig.stats()
    assert stats["deletes"] == 1 and stats["tasks"]["CANCELLED"] == 1
    with pytest.raises(EngineRefused, match="Only pending, throttled or running"):
        await engine.cancel(task.id)


async def test_a_queued_task_is_cancelled_locally_without_any_request(rig):
    engine = await rig.engine(max_submitting=1)
    rig.server.config.speed = 5.0
    first = await engine.submit(video(), {})
    second = await engine.submit(video(), {})  # waits for the only submission slot
    assert engine.get(second.id).state is TaskState.QUEUED
    cancelled = await engine.cancel(second.id)
    assert cancelled.state is TaskState.CANCELLED and "nothing was spent" in cancelled.error
    await engine.wait_for(first.id, lambda t: t.state is not TaskState.SUBMITTING, timeout=30)
    stats = await rig.stats()
    assert stats["creates"] == 1


async def test_safety_failure_is_reported_with_its_code_and_never_retried(rig):
    await rig.faults("safety=1,seed=3")
    engine = await rig.engine()
    task = await engine.submit(speech(), {})
    done = await engine.wait_until_settled(task.id, timeout=60)
    assert done.state is TaskState.FAILED
    assert done.failure_code.startswith("SAFETY.") and done.failure
    assert done.is_safety_failure
    # Nothing re-submits it behind the user's back.
    stats = await rig.stats()
    assert stats["creates"] == 1
    # A retry is the user's explicit choice and makes a new task.
    await rig.faults("")
    again = await engine.retry(task.id)
    assert again.id != task.id and again.retry_of == task.id and again.body == task.body
    assert (await engine.wait_until_settled(again.id, timeout=60)).state is TaskState.SUCCEEDED


async def test_delete_from_runway_only_after_outputs_are_saved(rig):
    engine = await rig.engine()
    task = await engine.submit(speech(), {})
    with pytest.raises(EngineRefused):
        await engine.delete_from_runway(task.id)  # still live
    done = await engine.wait_until_settled(task.id, timeout=60)
    assert done.all_outputs_saved
    deleted = await engine.delete_from_runway(task.id)
    assert deleted.runway_deleted
    assert (await rig.stats())["deletes"] == 1


async def test_an_output_url_that_expires_before_the_download_is_refreshed(rig):
    engine = await rig.engine()

    expired = []

    def expire_links(event):
        # The moment Runway first reports success (before the download starts), the URLs go stale.
        if isinstance(event, ev.TaskChanged) and event.task.state is TaskState.SUCCEEDED and not expired:
            expired.append(True)
            rig.clock.advance(3600)

    engine.events.subscribe(expire_links)
    task = await engine.submit(speech(), {})
    done = await engine.wait_until_settled(task.id, timeout=60)
    assert done.state is TaskState.SUCCEEDED
    assert all(o.state is OutputState.SAVED for o in done.outputs)
    stats = await rig.stats()
    # One download answered 403 (expired), the task was fetched again, the fresh link worked.
    assert stats["requests"]["download"] == 2


async def test_max_live_holds_extra_tasks_locally_until_a_slot_frees(rig):
    engine = await rig.engine(max_live=2)
    most_live = []

    def count(event):
        if isinstance(event, ev.TaskChanged):
            live = [t for t in engine.tasks if t.state.is_live_at_runway or t.state is TaskState.SUBMITTING]
            most_live.append(len(live))

    engine.events.subscribe(count)
    tasks = [await engine.submit(speech(f"Line {i}."), {}) for i in range(5)]
    for task in tasks:
        assert (await engine.wait_until_settled(task.id, timeout=60)).state is TaskState.SUCCEEDED
    assert max(most_live) == 2
    assert (await rig.stats())["creates"] == 5
