"""The task history in SQLite (WAL): every task is written here before anything is sent.

All database work runs on one dedicated worker thread, so callers on the event loop never
block on disk and writes are serialised without locks.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from runway_desktop.core.running.tasks import Attention, OutputFile, OutputState, TaskRecord, TaskState

T = TypeVar("T")

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
    attention TEXT
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS tasks_state ON tasks(state);
CREATE INDEX IF NOT EXISTS tasks_created ON tasks(created_at);
CREATE INDEX IF NOT EXISTS tasks_runway_id ON tasks(runway_id);
"""
UPLOADS_TABLE = """
CREATE TABLE IF NOT EXISTS uploads (
    sha256 TEXT PRIMARY KEY,
    uri TEXT NOT NULL,
    expires_at REAL NOT NULL
);
"""
COLUMNS = (
    "id",
    "runway_id",
    "endpoint",
    "model",
    "tab",
    "state",
    "body",
    "media",
    "params",
    "prompt",
    "created_at",
    "submitted_at",
    "updated_at",
    "finished_at",
    "progress",
    "estimated_credits",
    "cost_credits",
    "failure",
    "failure_code",
    "error",
    "outputs",
    "retry_of",
    "runway_deleted",
    "input_hashes",
    "attention",
)


def _outputs_to_json(outputs: Iterable[OutputFile]) -> str:
    return json.dumps(
        [
            {
                "index": o.index,
                "url": o.url,
                "path": o.path,
                "state": o.state.value,
                "size": o.size,
                "mime": o.mime,
                "sha256": o.sha256,
                "error": o.error,
            }
            for o in outputs
        ]
    )


def _outputs_from(items: list[dict[str, Any]]) -> tuple[OutputFile, ...]:
    return tuple(OutputFile(**{**item, "state": _OUTPUT_STATES[item["state"]]}) for item in items)


def _row(task: TaskRecord) -> tuple[Any, ...]:
    return (
        task.id,
        task.runway_id,
        task.endpoint,
        task.model,
        task.tab,
        task.state.value,
        json.dumps(task.body),
        json.dumps(task.media),
        json.dumps(task.params),
        task.prompt,
        task.created_at,
        task.submitted_at,
        task.updated_at,
        task.finished_at,
        task.progress,
        task.estimated_credits,
        task.cost_credits,
        task.failure,
        task.failure_code,
        task.error,
        _outputs_to_json(task.outputs),
        task.retry_of,
        int(task.runway_deleted),
        json.dumps(task.input_hashes),
        json.dumps(task.attention.to_json()) if task.attention else "null",
    )


_JSON_COLUMNS = ("body", "media", "params", "outputs", "input_hashes", "attention")
_PLAIN_COLUMNS = tuple(c for c in COLUMNS if c not in _JSON_COLUMNS)
# The JSON columns come back as one JSON array per row: one decoder call instead of five.
_JSON_ARRAY = "'[' || " + " || ',' || ".join(f"coalesce({c}, 'null')" for c in _JSON_COLUMNS) + " || ']'"
_SELECT_TASKS = f"SELECT {', '.join(_PLAIN_COLUMNS)}, {_JSON_ARRAY} FROM tasks"
_STATES = {state.value: state for state in TaskState}
# "error" is how earlier versions stored an output whose save was to be retried: it resumes.
_OUTPUT_STATES = {**{state.value: state for state in OutputState}, "error": OutputState.PENDING}


def _record(row: tuple[Any, ...]) -> TaskRecord:
    """A TaskRecord from a row of _SELECT_TASKS (the plain columns in _PLAIN_COLUMNS order, then the JSON)."""
    (id_, runway_id, endpoint, model, tab, state, prompt, created_at, submitted_at, updated_at, finished_at,
     progress, estimated_credits, cost_credits, failure, failure_code, error, retry_of, runway_deleted,
     blobs) = row
    body, media, params, outputs, input_hashes, attention = json.loads(blobs)
    return TaskRecord(
        id=id_,
        runway_id=runway_id,
        endpoint=endpoint,
        model=model,
        tab=tab,
        state=_STATES[state],
        body=body,
        media=media,
        params=params,
        prompt=prompt,
        created_at=created_at,
        submitted_at=submitted_at,
        updated_at=updated_at,
        finished_at=finished_at,
        progress=progress,
        estimated_credits=estimated_credits,
        cost_credits=cost_credits,
        failure=failure,
        failure_code=failure_code,
        error=error,
        outputs=_outputs_from(outputs),
        retry_of=retry_of,
        runway_deleted=bool(runway_deleted),
        input_hashes=input_hashes,
        attention=Attention.from_json(attention),
    )


# Keyed by the local id only: a row is replaced by its own newer version, never by another task's.
_UPSERT = (
    f"INSERT INTO tasks ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)}) "
    f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS if c != 'id')}"
)


def _migrate(db: sqlite3.Connection) -> None:
    """Bring a database from an earlier version up to date, keeping every row."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(tasks)")}
    if "attention" not in columns:
        db.execute("ALTER TABLE tasks ADD COLUMN attention TEXT")
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


class Store:
    """Task history and the upload cache in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._db: sqlite3.Connection | None = None

    async def open(self) -> None:
        await self._run(self._open_sync)

    def _open_sync(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        # Durable against process death (WAL + NORMAL survives a killed process; only an OS crash
        # can lose the last transaction, which is then "outcome unknown" at worst).
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(TASKS_TABLE.format(name="tasks") + UPLOADS_TABLE)
        _migrate(db)
        db.executescript(INDEXES)
        self._db = db

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the store is not open")
        return self._db

    async def save(self, task: TaskRecord) -> None:
        """Insert or replace one task, durably, in its own transaction."""
        await self._run(self._save_sync, task)

    def _save_sync(self, task: TaskRecord) -> None:
        self._conn().execute(_UPSERT, _row(task))

    async def save_many(self, tasks: Iterable[TaskRecord]) -> None:
        await self._run(self._save_many_sync, list(tasks))

    def _save_many_sync(self, tasks: list[TaskRecord]) -> None:
        db = self._conn()
        with db:
            db.execute("BEGIN")
            db.executemany(_UPSERT, [_row(t) for t in tasks])

    async def load_all(self) -> list[TaskRecord]:
        """Every task, newest first."""
        return await self._run(self._load_all_sync)

    def _load_all_sync(self) -> list[TaskRecord]:
        cursor = self._conn().cursor()
        cursor.row_factory = None  # plain tuples: unpacked by position, far cheaper than sqlite3.Row
        with _collector_paused():
            rows = cursor.execute(f"{_SELECT_TASKS} ORDER BY created_at DESC").fetchall()
            return [_record(r) for r in rows]

    async def get(self, task_id: str) -> TaskRecord | None:
        return await self._run(self._get_sync, task_id)

    def _get_sync(self, task_id: str) -> TaskRecord | None:
        cursor = self._conn().cursor()
        cursor.row_factory = None
        row = cursor.execute(
            f"{_SELECT_TASKS} WHERE id = ? OR runway_id = ? ORDER BY id = ? DESC, created_at LIMIT 1",
            (task_id, task_id, task_id),
        ).fetchone()
        return _record(row) if row else None

    async def delete(self, task_id: str) -> None:
        await self._run(lambda: self._conn().execute("DELETE FROM tasks WHERE id = ?", (task_id,)))

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

    async def close(self) -> None:
        if self._db is not None:
            await self._run(self._db.close)
            self._db = None
        self._executor.shutdown(wait=False)
