"""The SQLite history: round trips, survives reopening, WAL, upload cache expiry."""

from __future__ import annotations

import sqlite3

from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.store import Store


def record(i: int, **changes) -> TaskRecord:
    base = TaskRecord(
        id=f"task{i:05d}", endpoint="text_to_video", model="gen4.5", tab="video", state=TaskState.RUNNING,
        body={"model": "gen4.5", "promptText": f"prompt {i} — ünïcode ✓", "ratio": "1280:720", "duration": 5},
        media=[], params={"promptText": f"prompt {i}"}, prompt=f"prompt {i}", created_at=1000.0 + i,
        updated_at=1000.0 + i, progress=0.25,
    )
    return base.evolve(**changes)


async def test_tasks_survive_closing_and_reopening(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    store = Store(path)
    await store.open()
    saved = record(1, outputs=(OutputFile(index=0, url="https://x/y.mp4", path="/a/b.mp4",
                                          state=OutputState.SAVED, size=10, sha256="ab"),),
                   runway_id="rw-1", estimated_credits=60, cost_credits=60, input_hashes={"0": "cafe"})
    await store.save(saved)
    await store.save_many([record(i) for i in range(2, 12)])
    await store.close()

    again = Store(path)
    await again.open()
    loaded = await again.load_all()
    assert [t.id for t in loaded][:2] == ["task00011", "task00010"]  # newest first
    assert await again.get("rw-1") == saved  # found by the Runway id too
    assert len(loaded) == 11
    await again.close()

    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


async def test_an_update_replaces_the_record(tmp_path):
    store = Store(tmp_path / "t.sqlite3")
    await store.open()
    await store.save(record(1))
    await store.save(record(1, state=TaskState.SUCCEEDED, progress=1.0))
    (only,) = await store.load_all()
    assert only.state is TaskState.SUCCEEDED and only.progress == 1.0
    await store.delete("task00001")
    assert await store.load_all() == []
    await store.close()


async def test_upload_cache_returns_only_unexpired_uris(tmp_path):
    store = Store(tmp_path / "t.sqlite3")
    await store.open()
    await store.remember_upload("hash1", "runway://abc", expires_at=5000.0)
    assert await store.cached_upload("hash1", now=4000.0) == "runway://abc"
    assert await store.cached_upload("hash1", now=5001.0) is None
    assert await store.cached_upload("other", now=0) is None
    await store.close()
