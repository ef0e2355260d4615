"""The one path by which a task changes: one change at a time per task, stored, then announced.

Concurrent work on one task (its outputs saving in parallel, a poll, a cancel, a remove) never
loses an update: each change is a function of the record as it is when the change runs, not
of a copy read before an await. A change that the state table forbids (a late poll reviving a
cancelled task) is dropped. Server texts are redacted before they reach the store or a listener.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable

from runway_desktop.core.running import events as ev
from runway_desktop.core.running.redaction import Redactor
from runway_desktop.core.running.states import can_move
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.store import Store
from runway_desktop.core.storage.task_rows import changed_columns

log = logging.getLogger(__name__)

Change = Callable[[TaskRecord], TaskRecord | None]
Announce = Callable[[TaskRecord], ev.Event]


class TaskWriter:
    """Holds the live records; every change goes through `add`, `mutate` or `remove`."""

    def __init__(self, store: Store, events: ev.EventBus, redactor: Redactor) -> None:
        self.store = store
        self.events = events
        self.redactor = redactor
        self._tasks: dict[str, TaskRecord] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.changed = asyncio.Condition()

    def load(self, tasks: Iterable[TaskRecord]) -> None:
        """The working set as stored (at start-up, before any work)."""
        for task in tasks:
            self._tasks[task.id] = task

    def hold(self, tasks: Iterable[TaskRecord]) -> list[TaskRecord]:
        """Keep these stored records in memory too; a record already held wins (it may be newer)."""
        return [self._tasks.setdefault(task.id, task) for task in tasks]

    @property
    def tasks(self) -> list[TaskRecord]:
        """The tasks held in memory: the working set, and older ones read since."""
        return list(self._tasks.values())

    def get(self, task_id: str) -> TaskRecord | None:
        """A held task by the local id, else by the Runway id (the oldest task holding it)."""
        task = self._tasks.get(task_id)
        if task is None:
            holders = [t for t in self._tasks.values() if t.runway_id == task_id]
            task = min(holders, key=lambda t: t.created_at) if holders else None
        return task

    async def recall(self, task_id: str) -> TaskRecord | None:
        """A task by either id, from memory or else from the store (then held: changes go through here)."""
        task = self.get(task_id)
        if task is not None:
            return task
        stored = await self.store.get(task_id)
        return self.hold([stored])[0] if stored is not None else None

    def holders_of(self, runway_id: str, *, besides: str) -> list[TaskRecord]:
        """Other tasks already recorded with this Runway id."""
        return [t for t in self._tasks.values() if t.runway_id == runway_id and t.id != besides]

    def _lock(self, task_id: str) -> asyncio.Lock:
        return self._locks.setdefault(task_id, asyncio.Lock())

    async def add(self, task: TaskRecord) -> TaskRecord:
        async with self._lock(task.id):
            task = self.redactor.record(task)
            await self.store.save(task)
            self._tasks[task.id] = task
            await self._announce(ev.TaskAdded(task))
        return task

    async def add_many(self, tasks: list[TaskRecord]) -> list[TaskRecord]:
        """Record many new tasks in one transaction (a batch is in the ledger whole, or not at all)."""
        tasks = [self.redactor.record(t) for t in tasks]
        await self.store.save_many(tasks)
        for task in tasks:
            self._tasks[task.id] = task
        for n, task in enumerate(tasks, 1):
            self.events.publish(ev.TaskAdded(task))
            if n % 100 == 0:
                await asyncio.sleep(0)  # listeners get a thousand additions in slices, not in one step
        await self.poke()
        return tasks

    async def poke(self) -> None:
        """Wake everything waiting on `changed` (a limit moved, the queue was paused or resumed)."""
        async with self.changed:
            self.changed.notify_all()

    async def mutate(
        self, task_id: str, change: Change, announce: Announce | None = None, *, checked: bool = True
    ) -> TaskRecord | None:
        """Apply `change` to the current record and store it; None when the task is gone.

        `change` returns the new record, or None (or the same record) to leave it as it is.
        Only a whole record restored from elsewhere passes `checked=False` (any state may follow).
        """
        async with self._lock(task_id):
            current = self._tasks.get(task_id)
            if current is None:
                return None
            new = change(current)
            if new is None or new == current:
                return current
            if checked and not can_move(current.state, new.state):
                log.info(
                    "task %s: %s -> %s is not a legal move; change dropped",
                    task_id[:8],
                    current.state.value,
                    new.state.value,
                )
                return current
            new = self.redactor.record(new)
            # Only the columns that changed are written: a progress tick does not re-serialise the body.
            await self.store.update(new, changed_columns(current, new))
            self._tasks[task_id] = new
            await self._announce(announce(new) if announce else _event_for(current, new))
            return new

    async def remove(self, task_id: str) -> bool:
        """Forget a task (the user's Remove, the only deletion there is)."""
        async with self._lock(task_id):
            if task_id not in self._tasks:
                return False
            await self.store.delete(task_id)
            del self._tasks[task_id]
            await self._announce(ev.TaskRemoved(task_id))
        self._locks.pop(task_id, None)
        return True

    def report(self, message: str, task_id: str | None = None, detail: str = "") -> None:
        """A problem for people to see, redacted like everything else from a server."""
        self.events.publish(ev.EngineError(self.redactor.text(message), task_id, self.redactor.text(detail)))

    async def _announce(self, event: ev.Event) -> None:
        self.events.publish(event)
        async with self.changed:
            self.changed.notify_all()


def _event_for(old: TaskRecord, new: TaskRecord) -> ev.Event:
    if old.progress != new.progress and old.evolve(progress=new.progress, updated_at=new.updated_at) == new:
        return ev.TaskProgress(new)
    return ev.TaskChanged(new)
