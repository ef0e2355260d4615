"""`list` reads the history a page at a time: the newest 50 by default, `--limit N`, `--all`; same output."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from cli_support import cli

from runway_desktop.cli import listing, main
from runway_desktop.cli.render import task_table
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.storage.history_pages import HistoryPages
from runway_desktop.core.storage.store import Store

STATES = (TaskState.SUCCEEDED, TaskState.FAILED, TaskState.RUNNING, TaskState.CANCELLED)
MODELS = ("gen4_image", "eleven_multilingual_v2", "gen4.5")


def _records(count: int) -> list[TaskRecord]:
    """Tasks one second apart, newest first, of varied widths (models, states, credits)."""
    now = time.time()
    return [
        TaskRecord(id=f"{i:032x}", endpoint="text_to_image", model=MODELS[i % 3], tab="image",
                   state=STATES[i % 4], body={}, prompt=f"take {i} " + "word " * (i % 40),
                   created_at=now - i, updated_at=now - i, progress=0.25 if i % 4 == 2 else None,
                   estimated_credits=float(5 * 10 ** (i % 5)), cost_credits=None if i % 2 else 12.5,
                   failure="An internal error occurred." if i % 4 == 1 else None)
        for i in range(count)
    ]


async def _fill(path, records) -> None:
    store = Store(path)
    await store.open()
    try:
        await store.save_many(records)
    finally:
        await store.close()


@pytest.fixture
def history(tmp_path):
    records = _records(130)
    asyncio.run(_fill(tmp_path / "tasks.sqlite3", list(reversed(records))))  # stored oldest first
    return tmp_path, records


def _listed(capsys, data_dir, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "list", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_the_newest_fifty_and_says_how_to_see_more(history, capsys):
    data_dir, records = history
    code, out, err = _listed(capsys, data_dir, "--json")
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [t.id for t in records[:50]]
    assert "The newest 50 of 130 tasks; --limit N shows more, --all every one." in err


def test_pages_join_into_the_same_table_as_the_whole_history_printed_at_once(history, capsys, monkeypatch):
    data_dir, records = history
    monkeypatch.setattr(listing, "READ_AT_ONCE", 7)  # many pages, one ending exactly at a limit
    code, out, err = _listed(capsys, data_dir, "--all")
    assert code == 0 and err == ""
    assert out.splitlines() == task_table(records)  # aligned over every row, as before, newest first
    code, out, _ = _listed(capsys, data_dir, "--limit", "21")
    assert code == 0
    assert out.splitlines() == task_table(records[:21])
    code, out, err = _listed(capsys, data_dir, "--limit", "200", "--json")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [t.id for t in records]
    assert err == ""  # nothing more to say: every task was shown


def test_rows_added_while_listing_do_not_slip_into_a_table_measured_without_them(history, capsys,
                                                                                 monkeypatch):
    data_dir, records = history
    newer = records[0].evolve(id="f" * 32, model="a_model_name_far_longer_than_any_other",
                              created_at=records[0].created_at + 60)
    each = HistoryPages.each

    def each_then_add(self, *args, **kwargs):
        seen = each(self, *args, **kwargs)
        asyncio.run(_fill(data_dir / "tasks.sqlite3", [newer]))  # another program writes meanwhile
        return seen

    monkeypatch.setattr(HistoryPages, "each", each_then_add)
    code, out, _ = _listed(capsys, data_dir, "--limit", "10")
    assert code == 0
    assert out.splitlines() == task_table(records[:10])


def test_limit_and_all_are_checked_before_anything_is_read(tmp_path):
    for args, words in [(("--limit", "0"), "must be 1 or more"), (("--limit", "ten"), "a whole number"),
                        (("--limit", "3", "--all"), "not allowed with argument")]:
        result = cli("list", *args, data_dir=tmp_path)
        assert result.returncode == 2 and words in result.stderr, result.stderr
    assert not (tmp_path / "tasks.sqlite3").exists()


def test_an_empty_or_missing_history_says_so(tmp_path, capsys):
    code, out, err = _listed(capsys, tmp_path, "--all")
    assert (code, out) == (0, "")
    assert f"No tasks yet in the history at {tmp_path}." in err
    asyncio.run(_fill(tmp_path / "tasks.sqlite3", []))
    code, out, err = _listed(capsys, tmp_path)
    assert (code, out) == (0, "") and "No tasks yet" in err
