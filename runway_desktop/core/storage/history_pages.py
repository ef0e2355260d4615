"""The history read a page at a time, newest first, on a connection of its own beside the store's.

A listing of a long history (the command line's `list`, the Add sound dialog's audio takes) must
not hold 100,000 records: it reads one page per query and asks for the next one after the last row
it was given (`Mark`), a seek in the creation-time index, never an OFFSET that walks the rows
before it. Lookups by Runway id use that id's index. The store must have opened (and brought up to
date) the file first; this reader only reads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.task_rows import COLUMNS, SELECT_TASKS, record_of

PAGE = 50
_SELECT_WITH_ROWID = SELECT_TASKS.replace("SELECT ", "SELECT rowid, ", 1)


@dataclass(frozen=True)
class Mark:
    """Where the next page starts: just after this row in the order (newest first, then highest rowid)."""

    created_at: float
    rowid: int

    @classmethod
    def at(cls, created_at: float, rowid: int) -> Mark:
        """The mark whose next page starts with this row itself."""
        return cls(created_at, rowid + 1)


@dataclass(frozen=True)
class Page:
    """Records newest first, and the mark after the last of them (None: the history ends here)."""

    records: list[TaskRecord]
    next: Mark | None


class HistoryPages:
    """One connection to the history file, usable from any one thread at a time (a lock keeps it so)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is None:
            if self._closed or not self.path.exists():
                return None
            # mode=rw never creates a file, and reads a WAL file even when no other program has it open.
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=rw", uri=True, check_same_thread=False,
                                 isolation_level=None)
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'tasks'").fetchone() is None:
                db.close()
                return None
            self._db = db
        return self._db

    def close(self) -> None:
        with self._lock:
            self._closed = True  # a read still on its way finds nothing rather than opening the file again
            if self._db is not None:
                self._db.close()
                self._db = None

    def newest(self, limit: int = PAGE, after: Mark | None = None, where: str = "",
               params: Sequence[Any] = ()) -> Page:
        """Up to `limit` tasks newest first (after `after`), those `where` (SQL over tasks) admits."""
        terms = [f"({where})"] if where else []
        values: list[Any] = list(params)
        if after is not None:
            terms.append("(created_at, rowid) < (?, ?)")  # a row value: one range of the created index
            values += [after.created_at, after.rowid]
        clause = f" WHERE {' AND '.join(terms)}" if terms else ""
        sql = f"SELECT rowid, created_at FROM tasks{clause} ORDER BY created_at DESC, rowid DESC LIMIT ?"
        with self._lock:
            db = self._conn()
            if db is None:
                return Page([], None)
            keys = db.execute(sql, [*values, limit]).fetchall()
            records = self._records(db, [rowid for rowid, _ in keys])
        if len(keys) < limit:
            return Page(records, None)
        rowid, created_at = keys[-1]
        return Page(records, Mark(created_at, rowid))

    def each(self, columns: Sequence[str], visit: Callable[[tuple[Any, ...]], None],
             limit: int | None = None) -> int:
        """Visit these plain columns of the newest `limit` tasks (all: None), newest first; returns how many.

        Nothing is decoded or kept: a listing learns its column widths before printing page by page.
        """
        unknown = [c for c in columns if c not in COLUMNS and c != "rowid"]
        if unknown:  # names go into the SQL: only the table's own
            raise KeyError(unknown[0])
        sql = f"SELECT {', '.join(columns)} FROM tasks ORDER BY created_at DESC, rowid DESC LIMIT ?"
        seen = 0
        with self._lock:
            db = self._conn()
            if db is None:
                return 0
            for row in db.execute(sql, (-1 if limit is None else limit,)):
                visit(row)
                seen += 1
        return seen

    def count(self) -> int:
        """How many tasks the history holds (SQLite counts its smallest index)."""
        with self._lock:
            db = self._conn()
            return 0 if db is None else int(db.execute("SELECT count(*) FROM tasks").fetchone()[0])

    def with_runway_id(self, runway_id: str, besides: str = "") -> list[TaskRecord]:
        """Every task recorded with this Runway id (but `besides`), oldest first: one seek in its index."""
        sql = f"{_SELECT_WITH_ROWID} WHERE runway_id = ? AND id != ? ORDER BY created_at, rowid"
        with self._lock:
            db = self._conn()
            if db is None:
                return []
            return [record_of(row[1:]) for row in db.execute(sql, (runway_id, besides)).fetchall()]

    @staticmethod
    def _records(db: sqlite3.Connection, rowids: list[int]) -> list[TaskRecord]:
        """The records of these rows, in the order given."""
        if not rowids:
            return []
        marks = ", ".join("?" for _ in rowids)
        rows = db.execute(f"{_SELECT_WITH_ROWID} WHERE rowid IN ({marks})", rowids).fetchall()
        by_rowid = {row[0]: record_of(row[1:]) for row in rows}
        return [by_rowid[rowid] for rowid in rowids if rowid in by_rowid]


def holders_of_runway_id(path: str | Path, runway_id: str, besides: str = "") -> list[TaskRecord]:
    """The stored tasks with this Runway id (but `besides`), oldest first, read on a connection of its own."""
    pages = HistoryPages(path)
    try:
        return pages.with_runway_id(runway_id, besides)
    finally:
        pages.close()
