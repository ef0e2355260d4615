"""An id Runway answers with that an old task of the history already holds is flagged, held or not."""

from __future__ import annotations

import dataclasses

from fakes.client import ScriptedClient, snapshot

from runway_desktop.api.models import CreatedTask
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.states import NextStep, TaskState
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord
from runway_desktop.core.storage.history_pages import holders_of_runway_id
from runway_desktop.core.storage.store import Store

OUT = "https://cdn.example.test/o.png"
HELD = 100  # the working set's newest tasks in this test


def finished(task_id: str, created: float, runway_id: str, prompt: str = "a quiet street") -> TaskRecord:
    saved = OutputFile(0, url=OUT, path=f"/library/{task_id}.png", state=OutputState.SAVED)
    return TaskRecord(id=task_id, endpoint="text_to_image", model="gen4_image", tab="image",
                      state=TaskState.SUCCEEDED, body={"model": "gen4_image", "promptText": prompt},
                      prompt=prompt, created_at=created, updated_at=created, runway_id=runway_id,
                      submitted_at=created, finished_at=created, cost_credits=8.0, outputs=(saved,))


async def _submit(engine: Engine, client: ScriptedClient, runway_id: str) -> TaskRecord:
    client.push("create", CreatedTask(id=runway_id, estimated_credits=8))
    spec = load_catalogue().get("text_to_image", "gen4_image")
    task = await engine.submit(build_request(spec, {"promptText": "a new fox", "ratio": "1024:1024"}), {})
    return await engine.wait_until_settled(task.id, timeout=10)


async def test_an_id_an_old_task_outside_the_working_set_holds_is_flagged(fake, png_bytes):
    old = finished("old-paid", 1_000.0, "rw-reused", prompt="the old lighthouse at dusk")
    newer = [finished(f"newer-{n:04}", 2_000.0 + n, f"rw-newer-{n}") for n in range(HELD * 3)]
    await fake.engine.close()
    store = Store(fake.data_dir / "tasks.sqlite3")
    await store.open()
    await store.save_many([old, *newer])
    client = ScriptedClient()
    client.always("retrieve", lambda runway_id: snapshot("SUCCEEDED", OUT, runway_id=runway_id))
    client.always("download", png_bytes)
    config = dataclasses.replace(fake.engine.config, working_set=HELD)
    engine = Engine(client, store, fake.engine.downloads.library, load_catalogue(), config=config,
                    clock=fake.clock, redactor=fake.engine.redactor)
    await engine.start()
    try:
        assert engine.get("old-paid") is None  # not held: only the store knows it

        fresh = await _submit(engine, client, "rw-fresh")
        assert fresh.state is TaskState.SUCCEEDED and fresh.attention is None  # a new id: no flag

        again = await _submit(engine, client, "rw-reused")
        assert again.state is TaskState.SUCCEEDED and again.all_outputs_saved  # flagged, not held back
        assert again.attention is not None and again.attention.action is NextStep.CHECK_AT_RUNWAY
        assert "already recorded" in again.attention.reason and "the old lighthouse" in again.attention.reason
        assert "1970-01-01 00:16 UTC" in again.attention.reason  # the old task's creation time

        kept = await store.get("old-paid")
        assert kept == old  # the paid old task is untouched
        stored = await store.get(again.id)
        assert stored is not None and stored.runway_id == "rw-reused" and stored.attention == again.attention
    finally:
        await engine.close()
        await store.close()


async def test_the_lookup_is_a_seek_in_the_runway_id_index(tmp_path):
    store = Store(tmp_path / "tasks.sqlite3")
    await store.open()
    try:
        await store.save_many([finished("a", 1.0, "rw-1"), finished("b", 2.0, "rw-2"),
                               finished("c", 3.0, "rw-1")])
        assert [t.id for t in holders_of_runway_id(store.path, "rw-1")] == ["a", "c"]  # oldest first
        assert [t.id for t in holders_of_runway_id(store.path, "rw-1", besides="a")] == ["c"]
        assert holders_of_runway_id(store.path, "rw-3") == []
    finally:
        await store.close()
    import sqlite3

    db = sqlite3.connect(tmp_path / "tasks.sqlite3")
    try:
        plan = " ".join(row[-1] for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE runway_id = ? AND id != ?", ("rw-1", "")))
    finally:
        db.close()
    assert "USING INDEX tasks_runway_id" in plan, plan
