"""The takes index: one row per saved output, in the task store's SQLite file (WAL).

All database work runs on one worker thread of its own, like the task store, so the event loop
never waits on disk. Writes are short transactions: the engine's own connection to the same
file is never held up for long.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.worker_db import WorkerDatabase
from runway_desktop.core.takes.files import ExportResult, export_takes
from runway_desktop.core.takes.query import match_expression, only_text, order_clause, where_clause
from runway_desktop.core.takes.rows import TakeFilters, TakeKey, TakeRow, TakeSort, takes_from_task
from runway_desktop.core.takes.schema import ROW_COLUMNS, SCHEMA, TASK_COLUMNS

T = TypeVar("T")

_SELECT = f"SELECT {', '.join(ROW_COLUMNS)} FROM takes"
_INSERT = (
    f"INSERT INTO takes ({', '.join(TASK_COLUMNS)}) VALUES ({', '.join('?' for _ in TASK_COLUMNS)})"
)
_UPSERT = _INSERT + " ON CONFLICT (task_id, output_index) DO UPDATE SET " + ", ".join(
    f"{column} = excluded.{column}" for column in TASK_COLUMNS[2:]
)
_INSERT_MISSING = _INSERT + " ON CONFLICT (task_id, output_index) DO NOTHING"
_BACKFILL_CHUNK = 5000  # rows per transaction: the engine's own writes wait a fraction of a second at most
_FTS_COLUMNS_OF_KEY = "SELECT id, prompt, model, trashed_at FROM takes WHERE task_id = ? AND output_index = ?"
_UNTRASH = "UPDATE takes SET trashed_at = NULL, trash_path = NULL, trash_sidecar = NULL WHERE id = ?"
_FTS_INSERT = "INSERT INTO takes_fts(rowid, prompt, model) VALUES (?, ?, ?)"
_FTS_DELETE = "INSERT INTO takes_fts(takes_fts, rowid, prompt, model) VALUES ('delete', ?, ?, ?)"
_KEY_CHUNK = 400
_MATCHES_TABLE = "CREATE TEMP TABLE IF NOT EXISTS take_matches (id INTEGER PRIMARY KEY)"
# Below this many matches a search reads its matches and sorts them; above, it walks the sort's index
# and keeps the matches it meets (at most PAGE × total / matches entries before a page is full).
_FEW_MATCHES = 3000  # keys per statement, under SQLite's bound-parameter limit


def _values(row: TakeRow) -> tuple[Any, ...]:
    """The row's TASK_COLUMNS, spelled out (a generic getattr loop doubled the time to index a history)."""
    return (row.task_id, row.output_index, row.path, row.kind, row.model, row.endpoint, row.prompt,
            row.created_at, row.seed, row.ratio, row.duration, row.size, row.mime, row.group_id)


def _take(row: tuple[Any, ...]) -> TakeRow:
    values = list(row)
    values[14] = bool(values[14])  # favourite
    return TakeRow(*values)


def _chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class TakesIndex(WorkerDatabase):
    """Every saved output, searchable by prompt and filtered by kind, model, date, rating and group."""

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time) -> None:
        """`path` is the task store's database file (the tables are created there if missing)."""
        super().__init__("takes", "the takes index is not open")
        self.path = Path(path)
        self._clock = clock
        self._matched: str | None = None  # the search whose takes temp.take_matches holds
        self._matched_count = 0
        self._data_version = -1

    def _open_sync(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10.0)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(f"BEGIN; {SCHEMA} COMMIT;")  # all tables, indexes and triggers, or none
        db.execute(_MATCHES_TABLE)
        self._db = db

    # --- keeping the index in step with the history -------------------------------------------

    async def upsert_from_task(self, record: TaskRecord, group_id: str | None = None) -> int:
        """Index every saved output of `record` (again): idempotent; ratings and the trash are kept."""
        rows = takes_from_task(record, group_id)
        if rows:
            await self._run(self._upsert_sync, [_values(r) for r in rows])
        return len(rows)

    def _upsert_sync(self, rows: list[tuple[Any, ...]]) -> None:
        db = self._begin()
        with db:
            for values in rows:
                old = db.execute(_FTS_COLUMNS_OF_KEY, values[:2]).fetchone()
                if old is not None and old[3] is None:
                    db.execute(_FTS_DELETE, old[:3])
                db.execute(_UPSERT, values)
                new = db.execute(_FTS_COLUMNS_OF_KEY, values[:2]).fetchone()
                if new[3] is None:
                    db.execute(_FTS_INSERT, new[:3])

    async def backfill_from_tasks(self, records: Iterable[TaskRecord], *, last: bool = True) -> int:
        """Index the saved outputs the index does not know yet (first open on an existing history).

        Returns how many takes were added; takes already indexed keep their rating and favourite.
        A history read in pages passes `last=False` until its last page (then it counts as indexed).
        """
        return await self._run(self._backfill_sync, list(records), last)

    def _backfill_sync(self, records: list[TaskRecord], last: bool = True) -> int:
        rows = [_values(row) for record in records for row in takes_from_task(record)]
        added = 0
        for chunk in _chunks(rows, _BACKFILL_CHUNK):
            db = self._begin()
            with db:
                last = db.execute("SELECT coalesce(max(id), 0) FROM takes").fetchone()[0]
                db.executemany(_INSERT_MISSING, chunk)
                # New rows get ids above every existing one: index just those, in one statement.
                added += db.execute(
                    "INSERT INTO takes_fts(rowid, prompt, model) "
                    "SELECT id, prompt, model FROM takes WHERE id > ? AND trashed_at IS NULL", (last,)
                ).rowcount
        if not last:
            return added
        db = self._begin()
        with db:
            db.execute(
                "INSERT OR REPLACE INTO takes_meta (key, value) VALUES ('backfilled_at', ?)",
                (str(self._clock()),),
            )
        return added

    def _begin(self) -> sqlite3.Connection:
        """Start a write transaction (taking the write lock now); searches counted before it are stale."""
        self._matched = None
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")
        return db

    def _write_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        db = self._begin()
        with db:
            db.executemany(sql, rows)

    async def backfilled(self) -> bool:
        """Whether the history has been indexed once in this database."""

        def read() -> bool:
            row = self._conn().execute("SELECT 1 FROM takes_meta WHERE key = 'backfilled_at'").fetchone()
            return row is not None

        return await self._run(read)

    # --- reading ----------------------------------------------------------------------------------

    async def query(
        self, filters: TakeFilters, sort: TakeSort = TakeSort.NEWEST, limit: int = 200, offset: int = 0
    ) -> list[TakeRow]:
        """One page of takes matching `filters`, in `sort` order."""
        return await self._run(self._query_sync, filters, sort, limit, offset)

    def _query_sync(self, filters: TakeFilters, sort: TakeSort, limit: int, offset: int) -> list[TakeRow]:
        from_text = self._few_matches(filters)
        where, params = where_clause(filters, from_text=from_text, matches=self._matches_for(filters))
        sql = f"{_SELECT} {where} {order_clause(sort, from_text=from_text)} LIMIT ? OFFSET ?"
        return self._select(sql, [*params, limit, offset])

    async def first_page(self, filters: TakeFilters, sort: TakeSort = TakeSort.NEWEST,
                         limit: int = 200) -> tuple[int, list[TakeRow]]:
        """How many takes match, and the first page of them, in one trip to the index's thread."""

        def read() -> tuple[int, list[TakeRow]]:
            return self._count_sync(filters), self._query_sync(filters, sort, limit, 0)

        return await self._run(read)

    async def count(self, filters: TakeFilters) -> int:
        return await self._run(self._count_sync, filters)

    def _count_sync(self, filters: TakeFilters) -> int:
        match = match_expression(filters.text)
        if match is not None and not filters.trashed and only_text(filters):
            return self._text_matches(match)
        where, params = where_clause(filters, from_text=self._few_matches(filters),
                                     matches=self._matches_for(filters))
        return self._scalar(f"SELECT count(*) FROM takes {where}", params)

    def _text_matches(self, match: str) -> int:
        """How many takes outside the trash the search words match; their ids go to temp.take_matches.

        The ids are read from the search index once per search, then the count and every page of
        it use them (until anything writes: another process's commit moves `data_version` on).
        """
        db = self._conn()
        version = db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version or match != self._matched:
            db.execute("DELETE FROM temp.take_matches")
            self._matched_count = db.execute(
                "INSERT INTO temp.take_matches SELECT rowid FROM takes_fts WHERE takes_fts MATCH ?", [match]
            ).rowcount
            self._matched, self._data_version = match, version
        return self._matched_count

    def _matches_for(self, filters: TakeFilters) -> str | None:
        """The table of the takes the search words match (None without words, or in the trash)."""
        match = match_expression(filters.text)
        if match is None or filters.trashed:
            return None
        self._text_matches(match)
        return "temp.take_matches"

    def _few_matches(self, filters: TakeFilters) -> bool:
        """Whether the search words match so few takes that reading just those beats walking an index."""
        match = match_expression(filters.text)
        return match is not None and not filters.trashed and self._text_matches(match) <= _FEW_MATCHES

    async def get(self, keys: Sequence[TakeKey]) -> list[TakeRow]:
        """The takes with these keys (trashed or not), in no particular order."""
        return await self._run(self._get_sync, list(keys))

    def _get_sync(self, keys: list[TakeKey]) -> list[TakeRow]:
        found: list[TakeRow] = []
        for chunk in _chunks(keys, _KEY_CHUNK):
            pairs = " OR ".join("(task_id = ? AND output_index = ?)" for _ in chunk)
            found += self._select(f"{_SELECT} WHERE {pairs}", [v for key in chunk for v in key])
        return found

    async def models(self) -> list[str]:
        """Every model with a take outside the trash, A–Z (for the model filter)."""
        return await self._run(self._column_values, "model")

    async def groups(self) -> list[str]:
        """Every batch or pipeline group with a take outside the trash."""
        return await self._run(self._column_values, "group_id")

    def _column_values(self, column: str) -> list[str]:
        sql = (
            f"SELECT DISTINCT {column} FROM takes WHERE trashed_at IS NULL AND {column} IS NOT NULL "
            f"ORDER BY {column}"
        )
        return [row[0] for row in self._conn().execute(sql)]

    def _select(self, sql: str, params: Sequence[Any]) -> list[TakeRow]:
        return [_take(row) for row in self._conn().execute(sql, params)]

    def _scalar(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._conn().execute(sql, params).fetchone()[0])

    # --- the person's marks -----------------------------------------------------------------------

    async def set_rating(self, keys: Sequence[TakeKey], rating: int) -> None:
        """0 (unrated) to 5 stars."""
        if not 0 <= rating <= 5:
            raise ValueError(f"a rating is 0 to 5 stars, not {rating}")
        await self._update(keys, "rating = ?", [rating])

    async def set_favourite(self, keys: Sequence[TakeKey], favourite: bool) -> None:
        await self._update(keys, "favourite = ?", [int(favourite)])

    async def mark_trashed(self, moved: Sequence[tuple[TakeKey, str | None, str | None]]) -> None:
        """Hide takes whose files went to the trash: (key, file's path in the trash, sidecar's path)."""
        await self._run(self._trash_sync, list(moved), self._clock())

    def _trash_sync(self, moved: list[tuple[TakeKey, str | None, str | None]], now: float) -> None:
        db = self._begin()
        with db:
            for key, in_trash, sidecar in moved:
                row = db.execute(_FTS_COLUMNS_OF_KEY, key).fetchone()
                if row is None or row[3] is not None:
                    continue
                db.execute(_FTS_DELETE, row[:3])
                db.execute(
                    "UPDATE takes SET trashed_at = ?, trash_path = ?, trash_sidecar = ? WHERE id = ?",
                    (now, in_trash, sidecar, row[0]),
                )

    async def trash_locations(self, keys: Sequence[TakeKey]) -> dict[TakeKey, tuple[str | None, str | None]]:
        """Where each trashed take's file and sidecar are in the trash (for putting them back)."""

        def read() -> dict[TakeKey, tuple[str | None, str | None]]:
            found = {}
            for key in keys:
                row = self._conn().execute(
                    "SELECT trash_path, trash_sidecar FROM takes WHERE task_id = ? AND output_index = ?", key
                ).fetchone()
                if row is not None:
                    found[TakeKey(*key)] = (row[0], row[1])
            return found

        return await self._run(read)

    async def restore(self, keys: Sequence[TakeKey]) -> None:
        """Show trashed takes again (their files must be back in place first)."""
        await self._run(self._restore_sync, list(keys))

    def _restore_sync(self, keys: list[TakeKey]) -> None:
        db = self._begin()
        with db:
            for key in keys:
                row = db.execute(_FTS_COLUMNS_OF_KEY, key).fetchone()
                if row is None or row[3] is None:
                    continue
                db.execute(_UNTRASH, (row[0],))
                db.execute(_FTS_INSERT, row[:3])

    async def _update(self, keys: Sequence[TakeKey], assignments: str, values: list[Any]) -> None:
        sql = f"UPDATE takes SET {assignments} WHERE task_id = ? AND output_index = ?"
        await self._run(self._write_many, sql, [(*values, *key) for key in keys])

    # --- files ------------------------------------------------------------------------------------

    async def export(self, rows: Sequence[TakeRow], folder: str | Path) -> ExportResult:
        """Copy the takes' files and sidecars into `folder` (in a thread of its own, not the database's)."""
        return await asyncio.to_thread(export_takes, list(rows), Path(folder))
