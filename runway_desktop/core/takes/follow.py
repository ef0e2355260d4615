"""Keeping the takes index in step with the engine: every saved output is indexed as it is saved.

The engine announces each saved output on its event bus (`OutputSaved`); the follower indexes the
task again from that event, so the engine itself needs no change. Listeners run on the event
loop, so indexing is scheduled there and runs in the index's own thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from runway_desktop.core.running.events import Event, EventBus, OutputSaved
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.takes.index import TakesIndex

log = logging.getLogger(__name__)


class TakesFollower:
    """Indexes every output the engine saves; `on_indexed(task)` afterwards (to refresh a view)."""

    def __init__(self, index: TakesIndex, events: EventBus,
                 on_indexed: Callable[[TaskRecord], None] | None = None) -> None:
        self._index = index
        self._on_indexed = on_indexed
        self._pending: set[asyncio.Task[Any]] = set()
        self._unsubscribe = events.subscribe(self._event)

    def _event(self, event: Event) -> None:
        if isinstance(event, OutputSaved):
            task = asyncio.get_running_loop().create_task(self._index_task(event.task))
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    async def _index_task(self, record: TaskRecord) -> None:
        try:
            await self._index.upsert_from_task(record)
        except Exception:  # the take is indexed at the next backfill; the saved file is safe either way
            log.exception("indexing the outputs of %s failed", record.id)
            return
        if self._on_indexed is not None:
            self._on_indexed(record)

    async def close(self, timeout: float = 2.0) -> None:
        """Stop following; wait (bounded) for outputs being indexed."""
        self._unsubscribe()
        if self._pending:
            await asyncio.wait(set(self._pending), timeout=timeout)
