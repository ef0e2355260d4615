"""The takes index: built from tasks the real store saved; search, filters, sorting, marks, export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from library_samples import DAY, T0, saved_task, store_tasks

from runway_desktop.core.running.tasks import OutputFile, OutputState
from runway_desktop.core.storage.store import Store
from runway_desktop.core.takes import TakeFilters, TakeKey, TakesIndex, TakeSort
from runway_desktop.core.takes.files import restore_from_trash


@pytest.fixture
async def history(tmp_path):
    """Six tasks (seven takes) in a real store, indexed by a TakesIndex on the same file."""
    files = tmp_path / "library"
    files.mkdir()
    tasks = [
        saved_task(files, 1, prompt="A red fox running through snow", created_at=T0),
        saved_task(files, 2, kind="video", model="gen4.5", prompt="Slow dolly over a neon city in rain",
                   created_at=T0 + DAY, group="batch-a"),
        saved_task(files, 3, kind="video", model="gen4.5", prompt="Neon city at dawn, golden hour",
                   created_at=T0 + 2 * DAY, group="batch-a"),
        saved_task(files, 4, kind="audio", model="eleven_text_to_sound_v2", prompt="Rain on a tin roof",
                   created_at=T0 + 3 * DAY),
        saved_task(files, 5, prompt="Portrait of an old sailor, café light", created_at=T0 + 4 * DAY,
                   outputs=2),
        saved_task(files, 6, prompt="Paper boat on a river", created_at=T0 + 5 * DAY),
    ]
    loaded = await store_tasks(tmp_path / "tasks.sqlite3", tasks)
    index = TakesIndex(tmp_path / "tasks.sqlite3")
    await index.open()
    assert await index.backfill_from_tasks(loaded) == 7
    yield index, loaded, tmp_path
    await index.close()


def ids(rows):
    return [(r.task_id, r.output_index) for r in rows]


async def test_backfill_indexes_every_saved_output_once_and_keeps_marks(history):
    index, tasks, tmp_path = history
    rows = await index.query(TakeFilters())
    assert len(rows) == await index.count(TakeFilters()) == 7
    sailor = [r for r in rows if r.task_id == "t0005"]
    assert sorted(r.output_index for r in sailor) == [0, 1]
    video = next(r for r in rows if r.task_id == "t0002")
    assert (video.kind, video.model, video.seed, video.ratio, video.duration, video.group_id) == (
        "video", "gen4.5", 1002, "1280:720", 5.0, "batch-a")
    assert video.size and video.size > 0 and video.path.endswith(".mp4")

    await index.set_rating([TakeKey("t0002", 0)], 4)
    assert await index.backfill_from_tasks(tasks) == 0  # nothing new: idempotent
    assert await index.upsert_from_task(tasks[0]) == 1
    (again,) = await index.get([TakeKey("t0002", 0)])
    assert again.rating == 4
    assert await index.backfilled()
    # Own tables in the store's file, which stays in WAL mode.
    db = sqlite3.connect(tmp_path / "tasks.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT count(*) FROM takes").fetchone()[0] == 7
    assert db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 6


async def test_a_task_saved_later_is_indexed_by_upsert_and_only_saved_outputs_count(history):
    index, _, tmp_path = history
    store = Store(tmp_path / "tasks.sqlite3")
    await store.open()
    task = saved_task(tmp_path / "library", 7, prompt="Lighthouse in a storm", outputs=2)
    unsaved = OutputFile(1, "https://x.test/7/1", None, OutputState.PENDING)
    pending = task.evolve(outputs=(task.outputs[0], unsaved))
    await store.save(pending)
    assert await index.upsert_from_task(await store.get("t0007")) == 1
    assert ids(await index.query(TakeFilters(text="lighthouse"))) == [("t0007", 0)]
    await store.save(task)
    assert await index.upsert_from_task(await store.get("t0007")) == 2
    assert sorted(ids(await index.query(TakeFilters(text="lighthouse")))) == [("t0007", 0), ("t0007", 1)]
    # A task indexed again with another prompt is found by the new words only.
    await index.upsert_from_task(task.evolve(prompt="Harbour at night"))
    assert await index.count(TakeFilters(text="lighthouse")) == 0
    assert await index.count(TakeFilters(text="harbour")) == 2
    await store.close()


async def test_takes_another_process_indexes_are_counted_at_once(history):
    index, _, tmp_path = history
    assert await index.count(TakeFilters(text="lighthouse")) == 0
    other = TakesIndex(tmp_path / "tasks.sqlite3")  # as the command line would, beside the window
    await other.open()
    await other.upsert_from_task(saved_task(tmp_path / "library", 8, prompt="Lighthouse at night"))
    await other.close()
    assert await index.count(TakeFilters(text="lighthouse")) == 1


async def test_search_matches_word_prefixes_of_prompt_and_model_case_and_accents_aside(history):
    index, _, _ = history
    assert ids(await index.query(TakeFilters(text="neon"))) == [("t0003", 0), ("t0002", 0)]
    assert ids(await index.query(TakeFilters(text="NEON rai"))) == [("t0002", 0)]  # every word, prefix
    assert {r.task_id for r in await index.query(TakeFilters(text="cafe"))} == {"t0005"}  # café
    assert ids(await index.query(TakeFilters(text="eleven"))) == [("t0004", 0)]  # the model name
    assert await index.query(TakeFilters(text="volcano")) == []
    assert await index.count(TakeFilters(text="rain")) == 2
    # Punctuation and FTS syntax are words to look for, never a query error.
    assert await index.count(TakeFilters(text='"fox" -* ^(')) == 1
    assert await index.count(TakeFilters(text="  ")) == 7


async def test_each_filter_narrows_the_takes(history):
    index, _, _ = history
    videos = await index.query(TakeFilters(kinds=frozenset({"video"})))
    assert {r.task_id for r in videos} == {"t0002", "t0003"}
    audio_or_video = TakeFilters(kinds=frozenset({"video", "audio"}))
    assert await index.count(audio_or_video) == 3
    assert {r.task_id for r in await index.query(TakeFilters(models=frozenset({"gen4_image"})))} == {
        "t0001", "t0005", "t0006"}
    days = TakeFilters(since=T0 + DAY, until=T0 + 3 * DAY)
    assert ids(await index.query(days)) == [("t0003", 0), ("t0002", 0)]
    assert ids(await index.query(TakeFilters(group_id="batch-a"))) == [("t0003", 0), ("t0002", 0)]
    assert await index.groups() == ["batch-a"]
    assert await index.models() == ["eleven_text_to_sound_v2", "gen4.5", "gen4_image"]

    await index.set_favourite([TakeKey("t0001", 0), TakeKey("t0004", 0)], True)
    await index.set_rating([TakeKey("t0004", 0)], 5)
    await index.set_rating([TakeKey("t0006", 0)], 3)
    assert ids(await index.query(TakeFilters(favourite_only=True))) == [("t0004", 0), ("t0001", 0)]
    assert ids(await index.query(TakeFilters(min_rating=3))) == [("t0006", 0), ("t0004", 0)]
    together = TakeFilters(min_rating=4, favourite_only=True, text="roof")
    assert ids(await index.query(together)) == [("t0004", 0)]
    await index.set_favourite([TakeKey("t0001", 0)], False)
    assert ids(await index.query(TakeFilters(favourite_only=True))) == [("t0004", 0)]
    with pytest.raises(ValueError):
        await index.set_rating([TakeKey("t0004", 0)], 6)


async def test_sorting_and_paging(history):
    index, _, _ = history
    newest = ids(await index.query(TakeFilters(), TakeSort.NEWEST))
    assert newest[0] == ("t0006", 0) and newest[-1] == ("t0001", 0)
    oldest = ids(await index.query(TakeFilters(), TakeSort.OLDEST))
    assert oldest[0] == ("t0001", 0) and oldest[-1] == ("t0006", 0)
    await index.set_rating([TakeKey("t0002", 0)], 5)
    await index.set_rating([TakeKey("t0001", 0)], 2)
    rated = ids(await index.query(TakeFilters(), TakeSort.RATING))
    assert rated[:2] == [("t0002", 0), ("t0001", 0)]
    models = [r.model for r in await index.query(TakeFilters(), TakeSort.MODEL)]
    assert models == sorted(models)
    assert await index.first_page(TakeFilters(text="neon"), TakeSort.OLDEST, limit=1) == (
        2, await index.query(TakeFilters(text="neon"), TakeSort.OLDEST, limit=1))
    pages = [ids(await index.query(TakeFilters(), TakeSort.NEWEST, limit=3, offset=o)) for o in (0, 3, 6)]
    assert [k for page in pages for k in page] == newest and [len(p) for p in pages] == [3, 3, 1]


async def test_trashed_takes_leave_every_query_until_restored(history):
    index, _, _ = history
    keys = [TakeKey("t0002", 0), TakeKey("t0003", 0)]
    await index.mark_trashed([(keys[0], "/trash/files/a.mp4", "/trash/files/a.mp4.json"),
                              (keys[1], None, None)])
    assert await index.count(TakeFilters()) == 5
    assert await index.count(TakeFilters(text="neon")) == 0
    assert await index.groups() == []
    assert {r.task_id for r in await index.query(TakeFilters(trashed=True))} == {"t0002", "t0003"}
    assert (await index.trash_locations(keys))[keys[0]] == ("/trash/files/a.mp4", "/trash/files/a.mp4.json")
    # Indexing the task again (the engine saving it anew) does not bring it back.
    await index.mark_trashed([(keys[0], None, None)])  # trashing twice changes nothing
    assert await index.count(TakeFilters(text="neon", trashed=True)) == 2  # the trash is searched too
    await index.restore(keys)
    assert await index.count(TakeFilters(text="neon")) == 2
    await index.restore(keys)  # restoring twice changes nothing
    assert ids(await index.query(TakeFilters(text="neon"))) == [("t0003", 0), ("t0002", 0)]
    (back,) = await index.get([keys[0]])
    assert back.trashed_at is None


async def test_export_copies_files_and_sidecars_without_overwriting(history, tmp_path):
    index, _, _ = history
    rows = sorted(await index.query(TakeFilters(text="sailor")), key=lambda r: r.output_index)
    out = tmp_path / "export"
    first = await index.export(rows, out)
    assert not first.problems
    names = sorted(p.name for p in out.iterdir())
    assert names == ["take0005_0.png", "take0005_0.png.json", "take0005_1.png", "take0005_1.png.json"]
    assert (out / "take0005_1.png").read_bytes() == Path(rows[1].path).read_bytes()
    assert (out / "take0005_1.png.json").read_bytes() == rows[1].sidecar.read_bytes()

    second = await index.export(rows[:1], out)  # the same take again: a second name, nothing overwritten
    assert [p.name for p in second.copied] == ["take0005_0 (2).png", "take0005_0 (2).png.json"]

    Path(rows[1].path).unlink()
    third = await index.export(rows, tmp_path / "export2")
    assert [p.name for p in third.copied] == ["take0005_0.png", "take0005_0.png.json"]
    folder = Path(rows[1].path).parent
    assert third.problems == [f"take0005_1.png is no longer at {folder}; it was not exported."]


def test_a_trashed_file_goes_back_where_it_was_and_its_trash_entry_is_removed(tmp_path):
    trash = tmp_path / "Trash"
    (trash / "files").mkdir(parents=True)
    (trash / "info").mkdir()
    in_trash = trash / "files" / "take.png"
    in_trash.write_bytes(b"png")
    (trash / "info" / "take.png.trashinfo").write_text("[Trash Info]\nPath=/x/take.png\n")
    original = tmp_path / "library" / "2025-06-15" / "take.png"  # its folder was removed meanwhile
    restore_from_trash(in_trash, original)
    assert original.read_bytes() == b"png" and not in_trash.exists()
    assert not (trash / "info" / "take.png.trashinfo").exists()

    in_trash.write_bytes(b"older")
    with pytest.raises(FileExistsError, match="exists again"):  # never overwrites a newer file
        restore_from_trash(in_trash, original)
    assert original.read_bytes() == b"png" and in_trash.read_bytes() == b"older"


def _statements(index: TakesIndex) -> list[str]:
    """Every statement the index's connection runs from now on, with its values filled in."""
    seen: list[str] = []
    index._conn().set_trace_callback(seen.append)
    return seen


async def test_every_filter_and_sort_reads_its_page_off_an_index(history):
    index, _tasks, _ = history
    await index.set_favourite([TakeKey("t0002", 0)], True)
    await index.set_rating([TakeKey("t0003", 0)], 4)
    cases = [
        TakeFilters(), TakeFilters(kinds=frozenset({"video"})), TakeFilters(models=frozenset({"gen4.5"})),
        TakeFilters(favourite_only=True), TakeFilters(min_rating=3), TakeFilters(group_id="batch-a"),
        TakeFilters(since=T0 + DAY, until=T0 + 3 * DAY),
    ]
    for filters in cases:
        for sort in TakeSort:
            seen = _statements(index)
            await index.first_page(filters, sort)
            index._conn().set_trace_callback(None)
            for sql in (s for s in seen if s.startswith("SELECT")):
                plan = " / ".join(row[3] for row in index._conn().execute(f"EXPLAIN QUERY PLAN {sql}"))
                assert "INDEX takes_shown_" in plan, (sql, plan)  # never a walk through the whole table
                if filters == TakeFilters():  # the whole library: a page straight off the sort's index
                    assert "TEMP B-TREE" not in plan, (sql, plan)


async def test_a_search_asks_the_search_index_once_for_its_count_and_every_page(history):
    index, _tasks, _ = history
    seen = _statements(index)
    count, first = await index.first_page(TakeFilters(text="neon"), TakeSort.NEWEST, limit=1)
    second = await index.query(TakeFilters(text="neon"), TakeSort.NEWEST, limit=1, offset=1)
    rated = await index.query(TakeFilters(text="neon", kinds=frozenset({"video"})), TakeSort.RATING)
    index._conn().set_trace_callback(None)
    assert count == 2 and ids(first + second) == [("t0003", 0), ("t0002", 0)]
    assert sorted(ids(rated)) == [("t0002", 0), ("t0003", 0)]
    assert len([s for s in seen if "MATCH" in s]) == 1, seen
    # Anything written since is seen: the matches are read again.
    await index.mark_trashed([(TakeKey("t0003", 0), None, None)])
    assert ids(await index.query(TakeFilters(text="neon"))) == [("t0002", 0)]
    assert await index.count(TakeFilters(text="neon")) == 1
