"""The poll scheduler: one loop for every live task, under one global request budget."""

from __future__ import annotations

import asyncio
import heapq
import logging
import random
import time
from typing import TYPE_CHECKING

from runway_desktop.api.errors import NotFoundError, RateLimitError, RunwayError, ServerError
from runway_desktop.core.running.poll_schedule import PollTiming, RequestBudget, next_poll_delay
from runway_desktop.core.running.snapshots import apply_snapshot
from runway_desktop.core.running.tasks import TaskState

if TYPE_CHECKING:
    from runway_desktop.core.running.engine import Engine

log = logging.getLogger(__name__)

# After a 429/5xx that outlived the client's own retries, every poll pauses this long (doubling).
BACKOFF_START = 5.0
BACKOFF_CAP = 120.0
MAX_IN_FLIGHT = 16


class Poller:
    """Keeps a due-time heap of live tasks and asks Runway about each when it is due."""

    def __init__(self, engine: Engine, budget: RequestBudget, timing: PollTiming, rng: random.Random) -> None:
        self._engine = engine
        self._budget = budget
        self._timing = timing
        self._rng = rng
        self._heap: list[tuple[float, str]] = []
        self._due: dict[str, float] = {}
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._in_flight = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._backoff = BACKOFF_START
        # Per running task: when it was first seen running, and its progress then (for its pace).
        self._first_progress: dict[str, tuple[float, float]] = {}
        self.requests = 0  # polls sent, for the benchmark and the status bar

    def start(self) -> None:
        if self._loop_task is None:
            self._loop_task = self._engine.spawn(self._run(), "poller")

    def stop(self) -> None:
        if self._loop_task is not None:
            self._loop_task.cancel()
            self._loop_task = None

    def schedule(self, task_id: str, delay: float | None) -> None:
        """Poll `task_id` after `delay` seconds (None: when the schedule says so)."""
        task = self._engine.get(task_id)
        if task is None:
            return
        if delay is None:
            delay = self._delay_for(task)
        due = time.monotonic() + delay
        self._due[task_id] = due
        heapq.heappush(self._heap, (due, task_id))
        self._wake.set()

    def forget(self, task_id: str) -> None:
        self._due.pop(task_id, None)
        self._first_progress.pop(task_id, None)

    def _delay_for(self, task) -> float:
        now = self._engine.now()
        return next_poll_delay(
            task.state.value,
            progress=task.progress,
            running_for=self._running_for(task, now),
            age=now - (task.submitted_at or task.created_at),
            typical_seconds=self._engine.durations.get(task.model),
            timing=self._timing,
            rng=self._rng,
        )

    def _running_for(self, task, now: float) -> float | None:
        """How long the task has been running, judged by the pace of its progress since first seen running.

        The time since submission would also count time spent pending or throttled, and put the
        predicted finish far too late for a task that waited for a slot.
        """
        if task.state is not TaskState.RUNNING or task.progress is None:
            return None
        seen_at, first = self._first_progress.setdefault(task.id, (now, task.progress))
        if now <= seen_at or task.progress <= first:
            return None
        return (now - seen_at) * task.progress / (task.progress - first)

    async def _run(self) -> None:
        while True:
            if not self._heap:
                self._wake.clear()
                await self._wake.wait()
                continue
            due, task_id = self._heap[0]
            if self._due.get(task_id) != due:
                heapq.heappop(self._heap)  # superseded by a later schedule() or forgotten
                continue
            wait = due - time.monotonic()
            if wait > 0:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), wait)
                except TimeoutError:
                    pass
                continue
            heapq.heappop(self._heap)
            del self._due[task_id]
            await self._budget.acquire()
            await self._in_flight.acquire()
            self._engine.spawn(self._poll(task_id), f"poll {task_id[:8]}")

    async def _poll(self, task_id: str) -> None:
        try:
            await self._poll_once(task_id)
        finally:
            self._in_flight.release()

    async def _poll_once(self, task_id: str) -> None:
        engine = self._engine
        task = engine.get(task_id)
        if task is None or not task.state.is_live_at_runway or not task.runway_id:
            return
        self.requests += 1
        try:
            snap = await engine.client.retrieve(task.runway_id)
        except NotFoundError:
            await engine.update(
                task.evolve(
                    state=TaskState.FAILED,
                    failure="Runway no longer knows this task (it was deleted).",
                    failure_code="NOT_FOUND",
                    finished_at=engine.now(),
                    updated_at=engine.now(),
                )
            )
            return
        except (RateLimitError, ServerError) as exc:
            pause = exc.retry_after if isinstance(exc, RateLimitError) and exc.retry_after else self._backoff
            self._budget.back_off(pause)
            self._backoff = min(self._backoff * 2, BACKOFF_CAP)
            engine.report(f"Checking on tasks is paused for {pause:.0f} s: {exc.user_message}", task_id)
            self.schedule(task_id, pause)
            return
        except RunwayError as exc:
            engine.report(exc.user_message, task_id)
            self.schedule(task_id, self._backoff)
            return
        self._backoff = BACKOFF_START
        task = engine.get(task_id)
        if task is None or not task.state.is_live_at_runway:
            return  # cancelled or removed while the request was out
        updated = apply_snapshot(task, snap, engine.now())
        if updated.evolve(updated_at=task.updated_at) != task:
            await engine.update(updated)  # only real changes are written and announced
        if updated.state.is_live_at_runway:
            self.schedule(task_id, None)
            return
        self._first_progress.pop(task_id, None)
        if updated.state is TaskState.SUCCEEDED:
            if updated.submitted_at:
                engine.durations.observe(updated.model, engine.now() - updated.submitted_at)
            engine.downloads.start(task_id)
