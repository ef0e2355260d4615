"""The history for groups and scale: old files migrate, progress writes one column, search and pages."""

from __future__ import annotations

import json
import sqlite3

import pytest

from runway_desktop.core.running import events as ev
from runway_desktop.core.running.groups import Group
from runway_desktop.core.running.redaction import Redactor
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.running.writer import TaskWriter
from runway_desktop.core.storage.store import Store


def record(n: int, prompt: str, **changes) -> TaskRecord:
    fields = {"state": TaskState.SUCCEEDED, **changes}
    return TaskRecord(id=f"task-{n}", endpoint="text_to_image", model="gen4_image", tab="image",
                      body={"promptText": prompt}, prompt=prompt, created_at=1000.0 + n,
                      updated_at=1000.0 + n, **fields)


@pytest.fixture
async def store(tmp_path):
    store = Store(tmp_path / "tasks.sqlite3")
    await store.open()
    yield store
    await store.close()


async def test_a_history_from_before_groups_keeps_every_row_and_becomes_searchable(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    db = sqlite3.connect(path)
    db.execute("""CREATE TABLE tasks (id TEXT PRIMARY KEY, runway_id TEXT UNIQUE, endpoint TEXT NOT NULL,
        model TEXT NOT NULL, tab TEXT NOT NULL, state TEXT NOT NULL, body TEXT NOT NULL, media TEXT NOT NULL,
        params TEXT NOT NULL, prompt TEXT NOT NULL, created_at REAL NOT NULL, submitted_at REAL,
        updated_at REAL NOT NULL, finished_at REAL, progress REAL, estimated_credits REAL, cost_credits REAL,
        failure TEXT, failure_code TEXT, error TEXT, outputs TEXT NOT NULL, retry_of TEXT,
        runway_deleted INTEGER NOT NULL DEFAULT 0, input_hashes TEXT NOT NULL)""")
    db.execute("INSERT INTO tasks VALUES ('old', 'rw-old', 'text_to_image', 'gen4_image', 'image',"
               " 'succeeded', ?, '[]', '{}', 'a lighthouse in fog', 5, 6, 7, 8, 1, 8, 8, NULL, NULL, NULL,"
               " '[]', NULL, 0, '{}')", (json.dumps({"promptText": "a lighthouse in fog"}),))
    db.commit()
    db.close()
    store = Store(path)
    await store.open()
    try:
        (old,) = await store.load_all()
        assert (old.id, old.prompt, old.group_id, old.run_key, old.waiting) == (
            "old", "a lighthouse in fog", None, None, None)
        assert [t.id for t in await store.search_prompts("lighthouse")] == ["old"]
    finally:
        await store.close()


async def test_a_progress_change_writes_only_its_columns(store):
    writer = TaskWriter(store, ev.EventBus(), Redactor())
    task = record(1, "a fox", state=TaskState.RUNNING)
    await writer.add(task)
    # Change the stored body behind the writer's back: a whole-record write would put it back.
    await store._run(lambda: store._conn().execute("UPDATE tasks SET body = '{\"marker\": 1}'"))
    await writer.mutate(task.id, lambda t: t.evolve(progress=0.5, updated_at=2000.0))
    stored = await store.get(task.id)
    assert stored.progress == 0.5 and stored.updated_at == 2000.0 and stored.body == {"marker": 1}


async def test_prompt_search_matches_every_word_as_a_prefix_newest_first(store):
    await store.save_many([record(1, "a red fox in snow"), record(2, "a red boat at night"),
                           record(3, "foxes running, red sky"), record(4, "a blue boat")])
    assert [t.id for t in await store.search_prompts("red fox")] == ["task-3", "task-1"]
    assert [t.id for t in await store.search_prompts("boat", limit=1)] == ["task-4"]
    assert await store.search_prompts("  ,;  ") == []
    assert await store.search_prompts('"quoted" OR x*') == []  # punctuation is never FTS syntax
    await store.delete("task-3")
    assert [t.id for t in await store.search_prompts("red fox")] == ["task-1"]
    await store.save(record(1, "now about a whale"))
    assert await store.search_prompts("fox") == [] and len(await store.search_prompts("whale")) == 1


async def test_pages_and_counts_follow_the_filters(store):
    tasks = [record(n, f"take {n}", group_id="g1" if n % 2 else None, run_key=f"1.{n}" if n % 2 else None,
                    state=TaskState.FAILED if n % 3 == 0 else TaskState.SUCCEEDED) for n in range(1, 11)]
    await store.save_many(tasks)
    first = await store.page(0, 4)
    assert [t.id for t in first] == ["task-10", "task-9", "task-8", "task-7"]
    assert [t.id for t in await store.page(8, 4)] == ["task-2", "task-1"]
    grouped = await store.page(0, 10, {"group_id": "g1"})
    assert [t.run_key for t in grouped] == ["1.9", "1.7", "1.5", "1.3", "1.1"]
    assert await store.count({"group_id": "g1", "states": [TaskState.FAILED]}) == 2  # 3 and 9
    assert await store.count({"text": "take"}) == 10 and await store.count() == 10
    with pytest.raises(ValueError, match="no filter 'colour'"):
        await store.page(0, 10, {"colour": "red"})


async def test_groups_and_flags_are_stored_and_removed_with_their_tasks(store):
    group = Group(id="g1", kind="batch", name="takes", identity="abc", runs=2, created_at=5.0,
                  budget_credits=100.0, max_parallel=2)
    await store.save_group(group)
    await store.save_many([record(1, "one", group_id="g1", run_key="1.1"), record(2, "two")])
    assert await store.load_groups() == [group]
    await store.set_flag("queue_paused", "1")
    assert await store.get_flag("queue_paused") == "1" and await store.get_flag("missing") is None
    await store.delete_group("g1")
    assert await store.load_groups() == [] and [t.id for t in await store.load_all()] == ["task-2"]
