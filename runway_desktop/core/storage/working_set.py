"""Which stored tasks the engine holds in memory: the work not finished, and the newest of the rest.

A long history stays on disk; the queue pages it from SQLite. The engine needs only the tasks it
may still act on by itself (to resume, poll, save outputs, chain a group's runs), the newest ones
(the repeat guard and the window's first screen), and every task whose spend counts today (the
daily budget adds them up exactly). Anything else is read by id when someone asks for it.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import NamedTuple

from runway_desktop.core.running.states import TaskState

NEWEST = 2_000  # newest tasks held whatever their state

# States in which the engine still has something to do, or the user does (needs attention).
UNFINISHED_STATES = ("queued", "submitting", "pending", "throttled", "running", "needs_attention")
_MARKS = ", ".join("?" for _ in UNFINISHED_STATES)
# An output still to be saved: "pending" (and "error", how earlier versions wrote a save to retry).
_SAVING = """(outputs LIKE '%"state": "pending"%' OR outputs LIKE '%"state": "error"%')"""

# Each part picks rowids on an index where there is one; the union is read whole once.
WORKING_SET_ROWIDS = f"""
SELECT rowid FROM tasks WHERE state IN ({_MARKS})
UNION SELECT rowid FROM tasks WHERE state = 'succeeded' AND {_SAVING}
UNION SELECT rowid FROM tasks WHERE group_id IN (
    SELECT DISTINCT group_id FROM tasks WHERE state IN ({_MARKS}) AND group_id IS NOT NULL)
UNION SELECT rowid FROM (SELECT rowid FROM tasks ORDER BY created_at DESC LIMIT ?)
UNION SELECT rowid FROM tasks WHERE coalesce(submitted_at, updated_at) >= ?
"""
# Indexes the working set's parts are found on (the store creates them): no part reads the whole table.
INDEXES = f"""
CREATE INDEX IF NOT EXISTS tasks_saving ON tasks(state) WHERE state = 'succeeded' AND {_SAVING};
CREATE INDEX IF NOT EXISTS tasks_charged_at ON tasks(coalesce(submitted_at, updated_at));
"""
OPEN_GROUPS = f"SELECT DISTINCT group_id FROM tasks WHERE state IN ({_MARKS}) AND group_id IS NOT NULL"
# The few columns a finished group's progress counts, for every group not open (nothing decoded).
CLOSED_MEMBERS = f"""
SELECT group_id, id, run_key, created_at, state, runway_id, cost_credits, estimated_credits,
       state = 'succeeded' AND {_SAVING}
FROM tasks WHERE group_id > '' AND group_id NOT IN ({OPEN_GROUPS})
"""
_STATES = {state.value: state for state in TaskState}


class MemberSummary(NamedTuple):
    """A stored task as a group's progress reads it, without its body, media or outputs."""

    id: str
    run_key: str | None
    created_at: float
    state: TaskState
    runway_id: str | None
    cost_credits: float | None
    estimated_credits: float | None
    needs_download: bool


def start_of_utc_day(now: float) -> float:
    """The timestamp of 00:00 UTC of the day `now` falls in (when the daily budget starts over)."""
    day = datetime.fromtimestamp(now, UTC).date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def working_set_rowids(db: sqlite3.Connection, newest: int, now: float) -> list[int]:
    """The rowids of the working set (see the module's docstring)."""
    params = [*UNFINISHED_STATES, *UNFINISHED_STATES, newest, start_of_utc_day(now)]
    return [row[0] for row in db.execute(WORKING_SET_ROWIDS, params).fetchall()]


def open_group_ids(db: sqlite3.Connection) -> set[str]:
    """Groups with a task not finished: every one of their tasks is in the working set."""
    return {row[0] for row in db.execute(OPEN_GROUPS, UNFINISHED_STATES).fetchall()}


def matching_ids(db: sqlite3.Connection, start: str, limit: int) -> list[str]:
    """Local ids of tasks whose local or Runway id is, or starts with, `start` (exact matches first)."""
    pattern = start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = db.execute(
        "SELECT id FROM tasks WHERE id = ? OR runway_id = ? "
        "OR id LIKE ? ESCAPE '\\' OR runway_id LIKE ? ESCAPE '\\' "
        "ORDER BY (id = ? OR runway_id = ?) DESC, created_at LIMIT ?",
        (start, start, pattern, pattern, start, start, limit),
    ).fetchall()
    return [row[0] for row in rows]


def closed_group_members(db: sqlite3.Connection) -> dict[str, list[MemberSummary]]:
    """Every task of every group with nothing unfinished, summarised, by group."""
    members: dict[str, list[MemberSummary]] = {}
    for group_id, id_, run_key, created, state, runway_id, cost, estimate, saving in db.execute(
            CLOSED_MEMBERS, UNFINISHED_STATES):
        members.setdefault(group_id, []).append(MemberSummary(
            id_, run_key, created, _STATES[state], runway_id, cost, estimate, bool(saving)))
    return members


def made_from_rowids(db: sqlite3.Connection, task_ids: list[str]) -> list[int]:
    """Rowids of tasks whose inputs name one of these tasks as their origin (as the media JSON writes it)."""
    found: list[int] = []
    for task_id in task_ids:  # a scan of the media column per id: only for the lineage someone opened
        current, older = (json.dumps({key: task_id})[1:-1] for key in ("task_id", "task"))  # both formats
        rows = db.execute("SELECT rowid FROM tasks WHERE instr(media, ?) > 0 OR instr(media, ?) > 0",
                          (current, older)).fetchall()
        found.extend(row[0] for row in rows)
    return found
