"""The poll scheduler: one loop for every live task, under one global request budget.

Every problem is the task's own: a 429 with `Retry-After` (clamped) or a failing reply delays
that task alone, with exponential backoff, and after a bounded number of failed polls the task
needs attention with the reason and the step that would help. A key Runway rejects, a reply
that can never succeed, a status nobody knows, a success without outputs and a task that never
finishes all end the same way: stated, never retried forever, never dropped in silence.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import random
import time
from collections.abc import Callable, Coroutine
from typing import Any

from runway_desktop.api.errors import NotFoundError
from runway_desktop.api.models import TaskSnapshot, TaskStatus
from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.config import PollLimits
from runway_desktop.core.running.poll_schedule import (
    PollTiming,
    RequestBudget,
    TypicalDurations,
    next_poll_delay,
)
from runway_desktop.core.running.problems import Problem, poll_problem, unexpected
from runway_desktop.core.running.snapshots import apply_snapshot
from runway_desktop.core.running.states import Attention, NextStep, TaskState
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.running.writer import TaskWriter

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 16
Spawn = Callable[[Coroutine[Any, Any, Any], str], "asyncio.Task[Any]"]


class Poller:
    """Keeps a due-time heap of live tasks and asks Runway about each when it is due."""

    def __init__(
        self,
        writer: TaskWriter,
        client: Callable[[], RunwayApi | None],
        spawn: Spawn,
        on_succeeded: Callable[[TaskRecord], None],
        *,
        budget: RequestBudget,
        timing: PollTiming,
        durations: TypicalDurations,
        limits: PollLimits,
        rng: random.Random,
        clock: Callable[[], float],
    ) -> None:
        self._writer = writer
        self._client = client
        self._spawn = spawn
        self._on_succeeded = on_succeeded
        self._budget = budget
        self._timing = timing
        self._durations = durations
        self._limits = limits
        self._rng = rng
        self._clock = clock
        self._heap: list[tuple[float, str]] = []
        self._due: dict[str, float] = {}
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._in_flight = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._failures: dict[str, int] = {}
        self._unknown: dict[str, int] = {}
        # Per running task: when it was first seen running, and its progress then (for its pace).
        self._first_progress: dict[str, tuple[float, float]] = {}
        self.requests = 0  # polls sent, for the benchmark and the status bar

    def start(self) -> None:
        if self._loop_task is None:
            self._loop_task = self._spawn(self._run(), "poller")

    def stop(self) -> None:
        if self._loop_task is not None:
            self._loop_task.cancel()
            self._loop_task = None

    def schedule(self, task_id: str, delay: float | None) -> None:
        """Poll `task_id` after `delay` seconds (None: when the schedule says so)."""
        task = self._writer.get(task_id)
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
        self._failures.pop(task_id, None)
        self._unknown.pop(task_id, None)

    def _delay_for(self, task: TaskRecord) -> float:
        now = self._clock()
        return next_poll_delay(
            task.state.value,
            progress=task.progress,
            running_for=self._running_for(task, now),
            age=now - (task.submitted_at or task.created_at),
            typical_seconds=self._durations.get(task.model),
            timing=self._timing,
            rng=self._rng,
        )

    def _running_for(self, task: TaskRecord, now: float) -> float | None:
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
            self._spawn(self._poll(task_id), f"poll {task_id[:8]}")

    async def _poll(self, task_id: str) -> None:
        try:
            await self._poll_once(task_id)
        except Exception as exc:  # a failure of the app itself (the store, say): stated, polling goes on
            log.error("polling %s failed", task_id[:8], exc_info=exc)
            self._writer.report(unexpected(exc, "Checking on the task"), task_id, detail=repr(exc))
            self.schedule(task_id, self._limits.backoff_cap)
        finally:
            self._in_flight.release()

    async def _poll_once(self, task_id: str) -> None:
        task = self._writer.get(task_id)
        client = self._client()
        if task is None or not task.state.is_live_at_runway or not task.runway_id or client is None:
            return
        self.requests += 1
        try:
            snap = await client.retrieve(task.runway_id)
        except NotFoundError:
            now = self._clock()
            self.forget(task_id)
            await self._writer.mutate(
                task_id,
                lambda t: (
                    t.evolve(
                        state=TaskState.FAILED,
                        failure="Runway no longer knows this task (it was deleted).",
                        failure_code="NOT_FOUND",
                        finished_at=now,
                        updated_at=now,
                    )
                    if t.state.is_live_at_runway
                    else None
                ),
            )
            return
        except Exception as exc:  # every other failure is this task's problem, stated in the end
            await self._failed(task_id, poll_problem(exc))
            return
        self._failures.pop(task_id, None)
        await self._observed(task_id, snap)

    async def _failed(self, task_id: str, problem: Problem) -> None:
        failures = self._failures.get(task_id, 0) + 1
        self._failures[task_id] = failures
        if not problem.retry or failures >= self._limits.attempts:
            tried = f" (tried {failures} times)" if failures > 1 else ""
            await self.needs_attention(task_id, f"{problem.reason}{tried}", problem.step)
            return
        backoff = min(self._limits.backoff_start * 2 ** (failures - 1), self._limits.backoff_cap)
        delay = problem.wait if problem.wait is not None else backoff * (1 + 0.2 * self._rng.random())
        self._writer.report(f"{problem.reason} Checking again in {delay:.0f} s.", task_id)
        self.schedule(task_id, max(delay, self._timing.min_interval))

    async def needs_attention(self, task_id: str, reason: str, step: NextStep) -> None:
        """Stop polling the task and tell the user why, and what would help."""
        self.forget(task_id)
        now = self._clock()
        attention = Attention(reason, now, step)
        task = await self._writer.mutate(
            task_id,
            lambda t: (
                t.evolve(state=TaskState.NEEDS_ATTENTION, attention=attention, error=reason, updated_at=now)
                if t.state.is_live_at_runway
                else None
            ),
        )
        if task is not None and task.state is TaskState.NEEDS_ATTENTION:
            self._writer.report(f"{reason} {step.label}", task_id)

    async def _observed(self, task_id: str, snap: TaskSnapshot) -> None:
        now = self._clock()
        if snap.status is TaskStatus.SUCCEEDED and not snap.outputs:
            await self.needs_attention(
                task_id,
                "Runway reported the task as succeeded but gave no output to download.",
                NextStep.CHECK_AGAIN,
            )
            return
        task = self._writer.get(task_id)
        if task is None or not task.state.is_live_at_runway:
            return  # cancelled or removed while the request was out
        updated = apply_snapshot(task, snap, now)
        if updated.evolve(updated_at=task.updated_at) != task:  # only real changes are written and announced
            stored = await self._writer.mutate(
                task_id, lambda t: apply_snapshot(t, snap, now) if t.state.is_live_at_runway else None
            )
            updated = stored or updated
        if updated.state.is_live_at_runway:
            await self._still_live(task_id, updated, snap, now)
            return
        self.forget(task_id)
        if updated.state is TaskState.SUCCEEDED:
            if updated.submitted_at:
                self._durations.observe(updated.model, now - updated.submitted_at)
            self._on_succeeded(updated)

    async def _still_live(self, task_id: str, task: TaskRecord, snap: TaskSnapshot, now: float) -> None:
        unknown = self._unknown.get(task_id, 0) + 1 if snap.status is TaskStatus.UNKNOWN else 0
        self._unknown[task_id] = unknown
        if unknown >= self._limits.unknown_status_polls:
            shown = " ".join(snap.raw_status.split())[:60] or "none"
            await self.needs_attention(
                task_id,
                f"Runway keeps reporting a task status this app does not know ({shown}).",
                NextStep.CHECK_AGAIN,
            )
            return
        age = now - (task.submitted_at or task.created_at)
        if age > self._limits.max_task_seconds:
            await self.needs_attention(
                task_id, f"Runway has not finished this task after {_duration(age)}.", NextStep.CHECK_AGAIN
            )
            return
        self.schedule(task_id, None)


def _duration(seconds: float) -> str:
    hours, minutes = divmod(int(seconds) // 60, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min {int(seconds) % 60} s"
