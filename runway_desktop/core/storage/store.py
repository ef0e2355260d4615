"""The task history in SQLite (WAL): every task is written here before anything is sent.

All database work runs on one dedicated worker thread (see worker_db).
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from runway_desktop.core.running.groups import Group
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage import group_queries
from runway_desktop.core.storage.history_sql import (
    FTS_TABLE,
    GROUPS_TABLE,
    META_TABLE,
    match_expression,
    may_match,
    prompt_words,
    where_clause,
)
from runway_desktop.core.storage.task_rows import (
    ADDED_COLUMNS,
    COLUMNS,
    SELECT_TASKS,
    VALUE,
    record_of,
    row_of,
)
from runway_desktop.core.storage.worker_db import WorkerDatabase
from runway_desktop.core.storage.working_set import INDEXES as WORKING_SET_INDEXES
from runway_desktop.core.storage.working_set import (
    MemberSummary,
    closed_group_members,
    made_from_rowids,
    matching_ids,
    open_group_ids,
    working_set_rowids,
)

RECENT_SCAN = 5_000  # newest rows a search reads directly before asking the index for every match
_CHUNK = 10_000

# runway_id is indexed, not unique: an id Runway gives twice never replaces the first record.
TASKS_TABLE = """
CREATE TABLE IF NOT EXISTS {name} (
    id TEXT PRIMARY KEY,
    runway_id TEXT,
    endpoint TEXT NOT NULL,
    model TEXT NOT NULL,
    tab TEXT NOT NULL,
    state TEXT NOT NULL,
    body TEXT NOT NULL,
    media TEXT NOT NULL,
    params TEXT NOT NULL,
    prompt TEXT NOT NULL,
    created_at REAL NOT NULL,
    submitted_at REAL,
    updated_at REAL NOT NULL,
    finished_at REAL,
    progress REAL,
    estimated_credits REAL,
    cost_credits REAL,
    failure TEXT,
    failure_code TEXT,
    error TEXT,
    outputs TEXT NOT NULL,
    retry_of TEXT,
    runway_deleted INTEGER NOT NULL DEFAULT 0,
    input_hashes TEXT NOT NULL,
    attention TEXT,
    group_id TEXT,
    run_key TEXT,
    waiting TEXT
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS tasks_state ON tasks(state);
CREATE INDEX IF NOT EXISTS tasks_created ON tasks(created_at);
CREATE INDEX IF NOT EXISTS tasks_runway_id ON tasks(runway_id);
CREATE INDEX IF NOT EXISTS tasks_group ON tasks(group_id, run_key);
CREATE INDEX IF NOT EXISTS tasks_tab ON tasks(tab);
CREATE INDEX IF NOT EXISTS tasks_model ON tasks(model);
"""
UPLOADS_TABLE = """
CREATE TABLE IF NOT EXISTS uploads (
    sha256 TEXT PRIMARY KEY,
    uri TEXT NOT NULL,
    expires_at REAL NOT NULL
);
"""
# Keyed by the local id only: a row is replaced by its own newer version, never by another task's.
_UPSERT = (
    f"INSERT INTO tasks ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)}) "
    f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS if c != 'id')}"
)


def _migrate(db: sqlite3.Connection) -> None:
    """Bring a database from an earlier version up to date, keeping every row."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(tasks)")}
    for column in ADDED_COLUMNS:
        if column not in columns:
            db.execute(f"ALTER TABLE tasks ADD COLUMN {column} TEXT")
    unique_runway_id = any(
        index[2] and [col[2] for col in db.execute(f"PRAGMA index_info('{index[1]}')")] == ["runway_id"]
        for index in db.execute("PRAGMA index_list(tasks)").fetchall()
    )
    if not unique_runway_id:
        return
    # SQLite cannot drop a UNIQUE constraint: copy every row into a table without it, in one transaction.
    names = ", ".join(COLUMNS)
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DROP TABLE IF EXISTS tasks_migrating")
        db.execute(TASKS_TABLE.format(name="tasks_migrating"))
        db.execute(f"INSERT INTO tasks_migrating ({names}) SELECT {names} FROM tasks")
        db.execute("DROP TABLE tasks")
        db.execute("ALTER TABLE tasks_migrating RENAME TO tasks")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Build a large, acyclic object graph without the cyclic collector re-walking it as it grows.

    Loading a long history creates about a million dicts, lists and strings; each collection
    would traverse them all again, which doubled the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Store(WorkerDatabase):
    """Task history and the upload cache in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        super().__init__("store", "the store is not open")
        self.path = Path(path)

    def _open_sync(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        # Durable against process death (WAL + NORMAL survives a killed process; only an OS crash
        # can lose the last transaction, which is then "outcome unknown" at worst).
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(TASKS_TABLE.format(name="tasks") + UPLOADS_TABLE + GROUPS_TABLE + META_TABLE)
        _migrate(db)
        db.executescript(INDEXES + WORKING_SET_INDEXES)
        indexed = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'tasks_fts'").fetchone()
        db.executescript(FTS_TABLE)
        if not indexed:  # a history from before prompt search: index what is there
            db.execute("INSERT INTO tasks_fts(tasks_fts) VALUES ('rebuild')")
        self._db = db

    async def save(self, task: TaskRecord) -> None:
        """Insert or replace one task, durably, in its own transaction."""
        await self._run(self._save_sync, task)

    def _save_sync(self, task: TaskRecord) -> None:
        self._conn().execute(_UPSERT, row_of(task))

    async def update(self, task: TaskRecord, columns: Iterable[str]) -> None:
        """Write only `columns` of a stored task (a progress tick writes one or two, not the record)."""
        names = [c for c in columns if c != "id"]
        if not names:
            return
        sql = f"UPDATE tasks SET {', '.join(f'{c} = ?' for c in names)} WHERE id = ?"
        values = [VALUE[c](task) for c in names] + [task.id]
        await self._run(lambda: self._conn().execute(sql, values))

    async def save_many(self, tasks: Iterable[TaskRecord]) -> None:
        await self._run(self._save_many_sync, list(tasks))

    def _save_many_sync(self, tasks: list[TaskRecord]) -> None:
        db = self._conn()
        with db:
            db.execute("BEGIN")
            db.executemany(_UPSERT, [row_of(t) for t in tasks])

    async def load_all(self) -> list[TaskRecord]:
        """Every task, newest first."""
        return await self._run(self._load_all_sync)

    def _load_all_sync(self) -> list[TaskRecord]:
        cursor = self._conn().cursor()
        cursor.row_factory = None  # plain tuples: unpacked by position, far cheaper than sqlite3.Row
        with _collector_paused():
            rows = cursor.execute(f"{SELECT_TASKS} ORDER BY created_at DESC").fetchall()
            return [record_of(r) for r in rows]

    async def load_working_set(self, newest: int, now: float) -> tuple[list[TaskRecord], set[str]]:
        """The tasks the engine holds (see working_set), newest first, and the groups still open."""
        return await self._run(self._load_working_set_sync, newest, now)

    def _load_working_set_sync(self, newest: int, now: float) -> tuple[list[TaskRecord], set[str]]:
        db = self._conn()
        rowids = working_set_rowids(db, newest, now)
        with _collector_paused():
            records = self._by_rowids(rowids, len(rowids))
        return records, open_group_ids(db)

    async def made_from(self, task_ids: list[str]) -> list[TaskRecord]:
        """Tasks whose inputs name one of these tasks as their origin, newest first."""

        def read() -> list[TaskRecord]:
            rowids = sorted(set(made_from_rowids(self._conn(), task_ids)))
            return self._by_rowids(rowids, len(rowids))

        return await self._run(read)

    async def find_ids(self, start: str, limit: int = 2) -> list[str]:
        """Local ids of tasks whose local or Runway id is, or starts with, `start`; exact matches first."""
        return await self._run(lambda: matching_ids(self._conn(), start, limit))

    async def get(self, task_id: str) -> TaskRecord | None:
        return await self._run(self._get_sync, task_id)

    def _get_sync(self, task_id: str) -> TaskRecord | None:
        cursor = self._conn().cursor()
        cursor.row_factory = None
        row = cursor.execute(
            f"{SELECT_TASKS} WHERE id = ? OR runway_id = ? ORDER BY id = ? DESC, created_at LIMIT 1",
            (task_id, task_id, task_id),
        ).fetchone()
        return record_of(row) if row else None

    async def delete(self, task_id: str) -> None:
        await self._run(lambda: self._conn().execute("DELETE FROM tasks WHERE id = ?", (task_id,)))

    async def search_prompts(self, text: str, limit: int = 100) -> list[TaskRecord]:
        """Tasks whose prompt has every word of `text` (as word prefixes), newest first."""
        expression = match_expression(text)
        if expression is None:
            return []
        return await self._run(self._search_sync, text, expression, limit)

    def _search_sync(self, text: str, expression: str, limit: int) -> list[TaskRecord]:
        db = self._conn()
        # Common words: the newest rows hold enough matches. Read their prompts newest first and
        # stop at `limit` (each hit confirmed by the index), instead of sorting every match by date.
        words = prompt_words(text)
        candidates: list[int] = []
        newest = "SELECT rowid, prompt FROM tasks ORDER BY created_at DESC LIMIT ?"
        for rowid, prompt in db.execute(newest, (RECENT_SCAN,)):
            if may_match(words, prompt):
                candidates.append(rowid)
                if len(candidates) >= limit * 2:
                    break
        if candidates:
            # A rowid range is a seek in FTS5's lists (an IN list would repeat the whole query per value).
            confirmed = {row[0] for row in db.execute(
                "SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ? AND rowid BETWEEN ? AND ?",
                (expression, min(candidates), max(candidates)))}
            hits = [rowid for rowid in candidates if rowid in confirmed]
            if len(hits) >= limit:
                return self._by_rowids(hits[:limit], limit)
        # Rarer words: the index finds every match; sort those by date.
        matches = [row[0] for row in db.execute(
            "SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?", (expression,))]
        return self._by_rowids(matches, limit)

    async def page(
        self, offset: int, limit: int, filters: Mapping[str, Any] | None = None
    ) -> list[TaskRecord]:
        """One page of the history, newest first; filters: states, text, group_id, tab, model, endpoint."""
        where, params = where_clause(filters)
        return await self._run(
            self._select_by_rowid, f"{where} ORDER BY created_at DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )

    async def count(self, filters: Mapping[str, Any] | None = None) -> int:
        """How many tasks the same filters as `page` match."""
        where, params = where_clause(filters)
        return await self._run(lambda: int(self._conn().execute(f"SELECT count(*) FROM tasks{where}",
                                                               params).fetchone()[0]))

    def _select_by_rowid(self, tail: str, params: list[Any]) -> list[TaskRecord]:
        """Rows chosen by rowid on the index (nothing decoded), then read whole: deep pages are cheap."""
        rowids = [row[0] for row in self._conn().execute(f"SELECT rowid FROM tasks{tail}", params).fetchall()]
        return self._by_rowids(rowids, len(rowids))

    def _by_rowids(self, rowids: list[int], limit: int) -> list[TaskRecord]:
        """The newest `limit` of these rows, decoded."""
        cursor = self._conn().cursor()
        cursor.row_factory = None
        records: list[TaskRecord] = []
        for first in range(0, len(rowids), _CHUNK):  # SQLite takes a bounded number of parameters
            chunk = rowids[first:first + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = cursor.execute(
                f"{SELECT_TASKS} WHERE rowid IN ({marks}) ORDER BY created_at DESC LIMIT ?", [*chunk, limit])
            records.extend(record_of(r) for r in rows.fetchall())
        if len(rowids) > _CHUNK:
            records.sort(key=lambda t: t.created_at, reverse=True)
        return records[:limit]

    # -- groups and flags --------------------------------------------------------------------

    async def closed_group_members(self) -> dict[str, list[MemberSummary]]:
        """The tasks of every group with nothing unfinished, summarised for its progress, by group."""
        return await self._run(lambda: closed_group_members(self._conn()))

    async def group_tasks(self, group_id: str) -> list[TaskRecord]:
        """Every stored task of one group, newest first."""
        return await self._run(self._select_by_rowid, " WHERE group_id = ?", [group_id])

    async def save_group(self, group: Group) -> None:
        await self._run(lambda: group_queries.save_group(self._conn(), group))

    async def load_groups(self) -> list[Group]:
        """Every group, oldest first."""
        return await self._run(lambda: group_queries.load_groups(self._conn()))

    async def delete_group(self, group_id: str) -> None:
        """Forget a group and its tasks in one transaction."""
        await self._run(lambda: group_queries.delete_group(self._conn(), group_id))

    async def get_flag(self, name: str) -> str | None:
        def read() -> str | None:
            row = self._conn().execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
            return row[0] if row else None

        return await self._run(read)

    async def set_flag(self, name: str, value: str) -> None:
        await self._run(lambda: self._conn().execute(
            "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value)))

    async def cached_upload(self, sha256: str, now: float) -> str | None:
        """A runway:// URI uploaded earlier for the same content and still valid, if any."""

        def lookup() -> str | None:
            row = (
                self._conn()
                .execute("SELECT uri FROM uploads WHERE sha256 = ? AND expires_at > ?", (sha256, now))
                .fetchone()
            )
            return row["uri"] if row else None

        return await self._run(lookup)

    async def remember_upload(self, sha256: str, uri: str, expires_at: float) -> None:
        await self._run(
            lambda: self._conn().execute(
                "INSERT OR REPLACE INTO uploads (sha256, uri, expires_at) VALUES (?, ?, ?)",
                (sha256, uri, expires_at),
            )
        )
