"""The history's order for a paged view: rowids newest first, chosen by SQL, read a page at a time.

A view of 100,000 tasks keeps only two numbers per task (rowid and creation time, 16 bytes) and
the records of the pages on screen. Which tasks a filter shows is asked of SQLite (the state,
tab and group indexes, FTS5 for the prompt's words), never decided by reading every record.
"""

from __future__ import annotations

import bisect
import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from pathlib import Path

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.storage.history_sql import match_expression, may_match, prompt_words
from runway_desktop.core.storage.task_rows import SELECT_TASKS, record_of


@dataclass(frozen=True)
class HistoryQuery:
    """What a view shows: states (None: all), one tab, one group, and words in the prompt or model."""

    states: frozenset[TaskState] | None = None
    tab: str | None = None
    group_id: str | None = None
    words: tuple[str, ...] = ()

    @property
    def everything(self) -> bool:
        return self.states is None and self.tab is None and self.group_id is None and not self.words

    def matches(self, task: TaskRecord) -> bool:
        """The same test as the SQL, for one record that just changed (no query needed)."""
        if self.states is not None and task.state not in self.states:
            return False
        if self.tab is not None and task.tab != self.tab:
            return False
        if self.group_id is not None and task.group_id != self.group_id:
            return False
        model = task.model.casefold()
        return all(word in model or may_match(prompt_words(word), task.prompt) for word in self.words)


class Order:
    """Rowids newest first (creation time descending, then rowid descending, as SQL orders them)."""

    def __init__(self, rowids: Iterable[int] = (), keys: Iterable[float] = ()) -> None:
        self.rowids = array("q", rowids)
        self.keys = array("d", keys)  # minus the creation time: ascending, so bisect applies

    def __len__(self) -> int:
        return len(self.rowids)

    def copy(self) -> Order:
        return Order(self.rowids, self.keys)

    def find(self, rowid: int, created_at: float) -> int | None:
        """The position of a row, or None when it is not in this order."""
        key = -created_at
        i = bisect.bisect_left(self.keys, key)
        while i < len(self.keys) and self.keys[i] == key:
            if self.rowids[i] == rowid:
                return i
            i += 1
        return None

    def place(self, rowid: int, created_at: float) -> int:
        """Where a row not yet in this order belongs."""
        key = -created_at
        i = bisect.bisect_left(self.keys, key)
        while i < len(self.keys) and self.keys[i] == key and self.rowids[i] > rowid:
            i += 1
        return i

    def insert(self, position: int, rowid: int, created_at: float) -> None:
        self.rowids.insert(position, rowid)
        self.keys.insert(position, -created_at)

    def pop(self, position: int) -> None:
        del self.rowids[position]
        del self.keys[position]

    def keep(self, chosen: set[int]) -> Order:
        """The rows whose rowid is in `chosen`, in this order."""
        flags = [rowid in chosen for rowid in self.rowids]
        return Order(compress(self.rowids, flags), compress(self.keys, flags))


NEWER_AT_ONCE = 100  # rows read per look for other programs' writes: a few ms, like a page
_SELECT_WITH_ROWID = SELECT_TASKS.replace("SELECT ", "SELECT rowid, ", 1)


def _in_list(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


class HistoryReader:
    """One read connection to the history file; each thread that reads needs its own reader."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is None:
            if not self.path.exists():
                return None
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False,
                                 isolation_level=None)
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'tasks'").fetchone() is None:
                db.close()
                return None  # not created yet: the store opens it first
            self._db = db
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- whole orders (tens of ms at 100,000 tasks: the caller runs these off the UI thread) ----

    def everything(self) -> tuple[Order, int]:
        """Every task newest first, and the largest rowid seen (new rows come after it)."""
        db = self._conn()
        if db is None:
            return Order(), 0
        db.execute("BEGIN")
        try:
            rows = db.execute("SELECT rowid, created_at FROM tasks ORDER BY created_at DESC, rowid DESC")
            order = Order()
            for rowid, created_at in rows:
                order.rowids.append(rowid)
                order.keys.append(-created_at)
            newest = db.execute("SELECT coalesce(max(rowid), 0) FROM tasks").fetchone()[0]
        finally:
            db.execute("COMMIT")
        return order, int(newest)

    def chosen(self, query: HistoryQuery, within: tuple[int, int] | None = None) -> set[int] | None:
        """The rowids a query admits (None: every row), each part answered by an index.

        `within` (lowest, highest) limits every part to a range of rowids: the newest rows only.
        """
        db = self._conn()
        if db is None or query.everything:
            return None
        span, bounds = ("", []) if within is None else (" AND rowid BETWEEN ? AND ?", list(within))
        parts: list[tuple[str, list[object]]] = []
        if query.states is not None:
            states: list[object] = [s.value for s in query.states]
            parts.append((f"SELECT rowid FROM tasks WHERE state IN ({_in_list(states)})", states))
        if query.tab is not None:
            parts.append(("SELECT rowid FROM tasks WHERE tab = ?", [query.tab]))
        if query.group_id is not None:
            parts.append(("SELECT rowid FROM tasks WHERE group_id = ?", [query.group_id]))
        if query.words:
            parts.extend(self._word_parts(db, query.words))
        result: set[int] | None = None
        for sql, params in parts:
            found = self._rowids(db, sql + span, [*params, *bounds])
            result = found if result is None else result & found
            if not result:
                break
        return result if result is not None else set()

    def _word_parts(self, db: sqlite3.Connection, words: tuple[str, ...]) -> list[tuple[str, list[object]]]:
        """Words in the prompt (FTS5, as word prefixes) or in the model name (as its part)."""
        models = self._models(db)
        prompt_only: list[str] = []
        parts: list[tuple[str, list[object]]] = []
        for word in words:
            named: list[object] = [m for m in models if word in m.casefold()]
            if not named:
                prompt_only.append(word)
                continue
            by_model = f"SELECT rowid FROM tasks WHERE (model IN ({_in_list(named)})"
            expression = match_expression(word)
            if expression is None:
                parts.append((by_model + ")", named))
            else:
                in_prompt = " OR rowid IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?))"
                parts.append((by_model + in_prompt, [*named, expression]))
        expression = match_expression(" ".join(prompt_only))
        if expression is not None:  # one index query for all the words only prompts can hold
            parts.append(("SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?", [expression]))
        return parts

    @staticmethod
    def _models(db: sqlite3.Connection) -> list[str]:
        """The model names in the history: one seek in the model index per name, not a scan."""
        names: list[str] = []
        row = db.execute("SELECT min(model) FROM tasks").fetchone()
        while row is not None and row[0] is not None:
            names.append(row[0])
            row = db.execute("SELECT min(model) FROM tasks WHERE model > ?", (row[0],)).fetchone()
        return names

    @staticmethod
    def _rowids(db: sqlite3.Connection, sql: str, params: Sequence[object]) -> set[int]:
        return {row[0] for row in db.execute(sql, params)}

    # -- small reads (microseconds to a few ms: the UI thread may make them) --------------------

    def records(self, rowids: Sequence[int]) -> dict[int, TaskRecord]:
        """The records of these rows (a page: ~3 ms for 50 on the development machine)."""
        db = self._conn()
        if db is None or not rowids:
            return {}
        cursor = db.cursor()
        cursor.row_factory = None
        rows = cursor.execute(f"{_SELECT_WITH_ROWID} WHERE rowid IN ({_in_list(rowids)})", list(rowids))
        return {row[0]: record_of(row[1:]) for row in rows.fetchall()}

    def count(self) -> int:
        """How many tasks there are (SQLite counts the smallest index: well under a millisecond)."""
        db = self._conn()
        return 0 if db is None else int(db.execute("SELECT count(*) FROM tasks").fetchone()[0])

    def locate(self, task_id: str) -> tuple[int, float] | None:
        """A task's rowid and creation time (the primary key's index: microseconds)."""
        db = self._conn()
        if db is None:
            return None
        row = db.execute("SELECT rowid, created_at FROM tasks WHERE id = ?", (task_id,)).fetchone()
        return (int(row[0]), float(row[1])) if row else None

    def newer_than(self, rowid: int) -> dict[int, TaskRecord]:
        """Rows written after `rowid` (by this program or another one), at most NEWER_AT_ONCE."""
        db = self._conn()
        if db is None:
            return {}
        sql = "SELECT rowid FROM tasks WHERE rowid > ? ORDER BY rowid LIMIT ?"
        found = [row[0] for row in db.execute(sql, (rowid, NEWER_AT_ONCE))]
        return self.records(found)

    def live_ids(self, states: Iterable[TaskState]) -> set[str]:
        """Ids of the tasks in these states (the state index: few rows)."""
        db = self._conn()
        if db is None:
            return set()
        values = [s.value for s in states]
        sql = f"SELECT id FROM tasks WHERE state IN ({_in_list(values)})"
        return {row[0] for row in db.execute(sql, values)}

    def data_version(self) -> int:
        """Changes whenever another connection commits (SQLite's own counter: microseconds)."""
        db = self._conn()
        return -1 if db is None else int(db.execute("PRAGMA data_version").fetchone()[0])
