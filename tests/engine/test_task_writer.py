"""The one writer: concurrent changes to one task never lose an update; one event per change."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from runway_desktop.core.running import events as ev
from runway_desktop.core.running.redaction import Redactor
from runway_desktop.core.running.states import OutputState, TaskState
from runway_desktop.core.running.tasks import OutputFile, TaskRecord
from runway_desktop.core.running.writer import TaskWriter
from runway_desktop.core.storage.store import Store


@pytest.fixture
async def writer(tmp_path):
    store = Store(tmp_path / "t.sqlite3")
    await store.open()
    bus = ev.EventBus()
    w = TaskWriter(store, bus, Redactor())
    w.seen = []
    bus.subscribe(w.seen.append)
    yield w
    await store.close()


def running(outputs: int = 0) -> TaskRecord:
    return TaskRecord(id="t1", endpoint="text_to_image", model="m", tab="image", state=TaskState.RUNNING,
                      body={}, runway_id="rw-1", progress=0.1,
                      outputs=tuple(OutputFile(i, url=f"https://c/{i}") for i in range(outputs)))


async def test_parallel_changes_to_one_task_all_land(writer):
    await writer.add(running(outputs=8).evolve(state=TaskState.SUCCEEDED))

    async def save(index: int) -> None:
        await asyncio.sleep(0)  # interleave the eight changes

        def change(task: TaskRecord) -> TaskRecord:
            outputs = tuple(dataclasses.replace(o, state=OutputState.SAVED, path=f"/x/{index}")
                            if o.index == index else o for o in task.outputs)
            return task.evolve(outputs=outputs)

        await writer.mutate("t1", change)

    await asyncio.gather(*(save(i) for i in range(8)))
    assert writer.get("t1").all_outputs_saved
    assert (await writer.store.get("t1")).all_outputs_saved


async def test_each_change_is_announced_once_with_its_kind(writer):
    await writer.add(running())
    await writer.mutate("t1", lambda t: t.evolve(progress=0.5, updated_at=9.0))
    await writer.mutate("t1", lambda t: t.evolve(state=TaskState.SUCCEEDED, progress=1.0))
    await writer.mutate("t1", lambda t: t)  # no change: nothing stored, nothing announced
    kinds = [type(e).__name__ for e in writer.seen]
    assert kinds == ["TaskAdded", "TaskProgress", "TaskChanged"]
    progress = writer.seen[1]
    assert progress.task_id == "t1" and progress.progress == 0.5


async def test_an_illegal_move_is_dropped_and_a_removed_task_is_left_alone(writer):
    await writer.add(running().evolve(state=TaskState.CANCELLED))
    same = await writer.mutate("t1", lambda t: t.evolve(state=TaskState.RUNNING))
    assert same.state is TaskState.CANCELLED and (await writer.store.get("t1")).state is TaskState.CANCELLED
    assert await writer.remove("t1") and not await writer.remove("t1")
    assert await writer.mutate("t1", lambda t: t.evolve(progress=0.9)) is None
    assert await writer.store.get("t1") is None
    assert isinstance(writer.seen[-1], ev.TaskRemoved)


async def test_the_oldest_holder_answers_for_a_runway_id(writer):
    await writer.add(running().evolve(id="new", created_at=20.0))
    await writer.add(running().evolve(id="old", created_at=10.0))
    assert writer.get("rw-1").id == "old"
    assert [t.id for t in writer.holders_of("rw-1", besides="new")] == ["old"]
