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


async def test_two_tasks_with_one_runway_id_are_both_kept(tmp_path):
    store = Store(tmp_path / "t.sqlite3")
    await store.open()
    await store.save(record(1, runway_id="rw-same", state=TaskState.SUCCEEDED))
    await store.save(record(2, runway_id="rw-same"))
    assert sorted(t.id for t in await store.load_all()) == ["task00001", "task00002"]
    await store.close()


OLD_SCHEMA = """
CREATE TABLE tasks (
    id TEXT PRIMARY KEY, runway_id TEXT UNIQUE, endpoint TEXT NOT NULL, model TEXT NOT NULL,
    tab TEXT NOT NULL, state TEXT NOT NULL, body TEXT NOT NULL, media TEXT NOT NULL, params TEXT NOT NULL,
    prompt TEXT NOT NULL, created_at REAL NOT NULL, submitted_at REAL, updated_at REAL NOT NULL,
    finished_at REAL, progress REAL, estimated_credits REAL, cost_credits REAL, failure TEXT,
    failure_code TEXT, error TEXT, outputs TEXT NOT NULL, retry_of TEXT,
    runway_deleted INTEGER NOT NULL DEFAULT 0, input_hashes TEXT NOT NULL
);
CREATE TABLE uploads (sha256 TEXT PRIMARY KEY, uri TEXT NOT NULL, expires_at REAL NOT NULL);
"""


async def test_an_earlier_database_is_migrated_without_losing_a_row(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    outputs = '[{"index": 0, "url": "https://x/a.mp4", "path": null, "state": "error", "size": null, ' \
              '"mime": null, "sha256": null, "error": "disk full"}]'
    for i in range(3):
        db.execute(
            "INSERT INTO tasks VALUES (?, ?, 'text_to_video', 'gen4.5', 'video', 'succeeded', '{}', '[]', "
            "'{}', 'p', ?, NULL, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?, NULL, 0, '{}')",
            (f"old{i}", f"rw-{i}", 100.0 + i, 100.0 + i, outputs),
        )
    db.commit()
    db.close()

    store = Store(path)
    await store.open()
    loaded = await store.load_all()
    assert [t.id for t in loaded] == ["old2", "old1", "old0"]
    assert all(t.attention is None for t in loaded)
    # An output an earlier version meant to retry is resumed, not forgotten.
    assert loaded[0].outputs[0].state is OutputState.PENDING and loaded[0].needs_download
    await store.save(record(9, runway_id="rw-1"))  # the old UNIQUE constraint is gone
    assert len(await store.load_all()) == 4
    await store.close()


async def test_attention_is_stored(tmp_path):
    from runway_desktop.core.running.states import Attention, NextStep

    store = Store(tmp_path / "t.sqlite3")
    await store.open()
    flagged = record(1, state=TaskState.NEEDS_ATTENTION,
                     attention=Attention("Runway rejected the API key.", 50.0, NextStep.REENTER_KEY))
    await store.save(flagged)
    assert await store.get("task00001") == flagged
    await store.close()


async def test_ids_are_found_exactly_or_by_a_start_without_wildcards(tmp_path):
    store = Store(tmp_path / "tasks.sqlite3")
    await store.open()
    await store.save_many([record(1, runway_id="rw-1"), record(2, runway_id="rw-12"), record(3, id="task_3")])
    assert await store.find_ids("rw-1") == ["task00001", "task00002"]  # the exact match first
    assert await store.find_ids("task0000") == ["task00001", "task00002"]
    assert await store.find_ids("task_") == ["task_3"]  # "_" is a character here, not a wildcard
    assert await store.find_ids("nothing") == []
    await store.close()
