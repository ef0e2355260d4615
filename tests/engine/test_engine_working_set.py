"""A long history stays on disk: the engine holds the unfinished work, today's spend and the newest tasks."""

from __future__ import annotations

import dataclasses

from fakes.client import ScriptedClient, snapshot

from runway_desktop.api.models import CreatedTask
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.groups import Group
from runway_desktop.core.running.lineage_reads import lineage_records
from runway_desktop.core.running.states import TaskState
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord
from runway_desktop.core.storage.store import Store
from runway_desktop.core.storage.working_set import start_of_utc_day

OUT = "https://cdn.example.test/o.png"
OLD = 5_000
TODAY = 300
NEWEST = 100


def record(task_id: str, state: TaskState, created: float, **changes) -> TaskRecord:
    return TaskRecord(id=task_id, endpoint="text_to_image", model="gen4_image", tab="image", state=state,
                      body={"model": "gen4_image", "promptText": task_id, "ratio": "1024:1024"},
                      prompt=task_id, created_at=created, updated_at=created, **changes)


def finished(task_id: str, created: float, cost: float, **changes) -> TaskRecord:
    saved = OutputFile(0, url=OUT, path=f"/library/{task_id}.png", state=OutputState.SAVED)
    return record(task_id, TaskState.SUCCEEDED, created, runway_id=f"rw-{task_id}", submitted_at=created,
                  finished_at=created, cost_credits=cost, outputs=(saved,), **changes)


async def restarted(fake, client: ScriptedClient, history: list[TaskRecord]) -> tuple[Engine, Store]:
    """The fake rig's engine closed, the history written, and a new engine started on it."""
    await fake.engine.close()
    store = Store(fake.data_dir / "tasks.sqlite3")
    await store.open()
    await store.save_many(history)
    config = dataclasses.replace(fake.engine.config, working_set=NEWEST)
    engine = Engine(client, store, fake.engine.downloads.library, load_catalogue(), config=config,
                    clock=fake.clock, redactor=fake.engine.redactor)
    return engine, store


async def test_a_long_history_holds_live_work_and_the_newest_and_reads_old_tasks_by_id(fake, png_bytes):
    day = start_of_utc_day(fake.clock())
    old = [finished(f"old-{n:05}", 1_000.0 + n, 5.0) for n in range(OLD)]
    old[0] = record("old-failed", TaskState.FAILED, 900.0, runway_id="rw-old-failed", failure="boom")
    today = [finished(f"today-{n:03}", day + n * 0.001, 2.0) for n in range(TODAY)]
    live = [record("waiting", TaskState.QUEUED, 500.0),
            record("at-runway", TaskState.PENDING, 600.0, runway_id="rw-at-runway", submitted_at=600.0),
            record("saving", TaskState.SUCCEEDED, 700.0, runway_id="rw-saving",
                   outputs=(OutputFile(0, url=OUT),))]
    client = ScriptedClient()
    client.always("retrieve", lambda runway_id: snapshot("SUCCEEDED", OUT, runway_id=runway_id))
    client.always("download", png_bytes)
    client.push("create", CreatedTask(id="rw-waiting"), CreatedTask(id="rw-again"))
    engine, store = await restarted(fake, client, [*old, *today, *live])
    await engine.start()
    try:
        held = {t.id for t in engine.tasks}
        # Every task spent today is held (more than the newest 100), every unfinished one, no old one.
        assert held == {t.id for t in today} | {t.id for t in live}
        assert engine.gate.committed_today() == TODAY * 2.0  # exactly today's spend, not the old tasks'
        for name in ("waiting", "at-runway", "saving"):
            done = await engine.wait_until_settled(name, timeout=10)
            assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved, name

        assert engine.get("old-04000") is None
        by_runway_id = await engine.recall("rw-old-04000")
        assert by_runway_id is not None and by_runway_id.id == "old-04000"
        assert engine.get("old-04000") == by_runway_id  # read once, then held

        again = await engine.retry("old-failed")
        assert again.retry_of == "old-failed"
        settled = await engine.wait_until_settled(again.id, timeout=10)
        assert settled.state is TaskState.SUCCEEDED and settled.runway_id == "rw-again"

        await engine.remove("old-03000")
        assert await store.get("old-03000") is None
        assert await store.count() == OLD + TODAY + len(live)  # one removed, one retry added
    finally:
        await engine.close()
        await store.close()


async def test_a_finished_group_stays_on_disk_with_its_progress_and_an_open_group_is_held(fake):
    closed = Group(id="g-closed", kind="batch", name="old", identity="plan-old", runs=3, created_at=10.0)
    open_ = Group(id="g-open", kind="batch", name="new", identity="plan-new", runs=2, created_at=20.0)
    old = [finished(f"old-{n:05}", 1_000.0 + n, 1.0) for n in range(1_000)]
    members = [finished(f"closed-{n}", 10.0 + n, 4.0, group_id="g-closed", run_key=f"r{n}") for n in range(3)]
    open_members = [finished("open-done", 20.0, 3.0, group_id="g-open", run_key="r0"),
                    record("open-waiting", TaskState.QUEUED, 21.0, group_id="g-open", run_key="r1")]
    engine, store = await restarted(fake, ScriptedClient(), [*old, *members, *open_members])
    await store.save_group(closed)
    await store.save_group(open_)
    await store.set_flag("queue_paused", "1")  # nothing is sent: the test reads what is held
    await engine.start()
    try:
        held = {t.id for t in engine.tasks}
        assert {"open-done", "open-waiting"} <= held and not held & {m.id for m in members}
        progress = engine.group_progress("g-closed")
        counted = (progress.succeeded, progress.total, progress.cost_credits, progress.finished)
        assert counted == (3, 3, 12.0, True)
        assert engine.group_progress("g-open").succeeded == 1

        await engine.remove_group("g-closed")  # reads the group's tasks first, then forgets them all
        assert all([await store.get(m.id) is None for m in members])
        assert await store.count() == 1_000 + len(open_members)
    finally:
        await engine.close()
        await store.close()


async def test_a_lineage_is_read_both_ways_from_the_store(tmp_path):
    store = Store(tmp_path / "tasks.sqlite3")
    await store.open()

    def made_from(task_id: str, parent: str, created: float) -> TaskRecord:
        media = [{"path": "/in.png", "origin": {"task_id": parent, "output_index": 0}}]
        return finished(task_id, created, 1.0, media=media)

    await store.save_many([finished("grandparent", 1.0, 1.0), made_from("parent", "grandparent", 2.0),
                           made_from("middle", "parent", 3.0), made_from("child", "middle", 4.0),
                           made_from("grandchild", "child", 5.0), finished("stranger", 6.0, 1.0)])
    middle = await store.get("middle")
    assert middle is not None
    found = await lineage_records(store, middle)
    assert set(found) == {"grandparent", "parent", "child", "grandchild"}
    await store.close()
