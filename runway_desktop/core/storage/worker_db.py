"""One SQLite connection served by one dedicated worker thread.

Callers on the event loop never block on disk, and writes are serialised without locks. The task
store and the takes index are each one of these, on the same database file.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class WorkerDatabase:
    """A connection opened, used and closed on its own thread; `_open_sync` (the subclass's) opens it."""

    def __init__(self, thread_name: str, not_open: str) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._db: sqlite3.Connection | None = None
        self._not_open = not_open  # the sentence raised when used before `open` or after `close`

    async def open(self) -> None:
        await self._run(self._open_sync)

    def _open_sync(self) -> None:
        raise NotImplementedError

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError(self._not_open)
        return self._db

    async def close(self) -> None:
        if self._db is not None:
            await self._run(self._db.close)
            self._db = None
        self._executor.shutdown(wait=False)
