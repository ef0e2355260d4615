"""Sending a recorded task to Runway: wait for a slot, resolve its inputs, create it, record the id.

A create is never re-sent on its own: any failure after the request may have left is
"outcome unknown". An id Runway answers with is a fact: it is recorded even when another task
already holds it (both are kept, the newer flagged), and an id that cannot be used is stated.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from runway_desktop.api.errors import InvalidTaskIdError, OutcomeUnknownError, RunwayError
from runway_desktop.api.models import CreatedTask
from runway_desktop.api.urls import check_task_id
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.requests.build import substitute_media
from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.config import NO_CLIENT
from runway_desktop.core.running.gate import Gate
from runway_desktop.core.running.inputs import InputResolver
from runway_desktop.core.running.problems import unexpected
from runway_desktop.core.running.states import Attention, NextStep, TaskState
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.running.writer import TaskWriter
from runway_desktop.core.storage.history_pages import holders_of_runway_id
from runway_desktop.failure_words import failure_reason

log = logging.getLogger(__name__)
Spawn = Callable[[Coroutine[Any, Any, Any], str], "asyncio.Task[Any]"]
UNKNOWN_AFTER_ERROR = (
    " It is unknown whether Runway created the task; check your Runway tasks before retrying,"
    " as a duplicate would be billed."
)


def runway_id_problem(runway_id: str) -> str | None:
    """Why an id from Runway cannot be used to ask about the task (`api.urls.check_task_id`), or None."""
    try:
        check_task_id(runway_id)
    except InvalidTaskIdError as exc:
        return (
            f"Runway accepted the request but answered with a task id that cannot be used: "
            f"{exc.user_message} The task may exist and be billed; look it up in Runway's dashboard."
        )
    return None


class Submitter:
    """Queued tasks wait at the gate (one dispatcher, oldest first); at most `max_submitting` creates fly."""

    def __init__(
        self,
        writer: TaskWriter,
        client: Callable[[], RunwayApi | None],
        inputs: InputResolver,
        spawn: Spawn,
        after_create: Callable[[TaskRecord], Awaitable[None]],
        *,
        gate: Gate,
        max_submitting: int,
        clock: Callable[[], float],
    ) -> None:
        self._writer = writer
        self._client = client
        self._inputs = inputs
        self._spawn = spawn
        self._after_create = after_create
        self.gate = gate
        self._slots = asyncio.Semaphore(max_submitting)
        self._clock = clock
        self._waiting: dict[str, None] = {}  # queued here, in the order they were queued
        self._jobs: dict[str, asyncio.Task[Any]] = {}  # let through: being sent
        self._cancel_requested: set[str] = set()
        self._pending_reasons: dict[str, str] = {}
        self._wake = asyncio.Event()
        self._dispatcher: asyncio.Task[Any] | None = None
        writer.events.subscribe(self._on_event)

    def _on_event(self, event: Any) -> None:
        self.gate.observe(event)
        self._wake.set()

    def start(self, *task_ids: str) -> None:
        """Queue recorded tasks: each is sent as soon as the gate lets it through (tried at once)."""
        for task_id in task_ids:
            self._waiting[task_id] = None
        self._pending_reasons.update(self._let_through())
        self.wake()

    def wake(self) -> None:
        """Look at the queue again (a limit, a budget or the pause changed)."""
        self._wake.set()
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = self._spawn(self._dispatch_forever(), "dispatch queued tasks")

    def stop(self, task_id: str) -> None:
        """Stop the job of a task still waiting locally (nothing was sent)."""
        self._waiting.pop(task_id, None)
        job = self._jobs.pop(task_id, None)
        if job is not None:
            job.cancel()

    def request_cancel(self, task_id: str) -> None:
        self._cancel_requested.add(task_id)

    def cancel_requested(self, task_id: str) -> bool:
        return task_id in self._cancel_requested

    def forget(self, task_id: str) -> None:
        self._cancel_requested.discard(task_id)

    async def _dispatch_forever(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), self.gate.seconds_to_midnight())
            except TimeoutError:
                pass  # a new UTC day: daily limits and the daily budget start over
            self._wake.clear()
            await self._dispatch()

    async def _dispatch(self) -> None:
        """One pass over the queue: send what may go, and say why the rest waits."""
        reasons = self._pending_reasons | self._let_through()
        self._pending_reasons = {}
        for task_id, reason in reasons.items():
            await self._writer.mutate(task_id, _waiting_change(reason))

    def _let_through(self) -> dict[str, str]:
        """Start the job of every queued task the gate lets through; the new reasons of the others."""
        snap = self.gate.snapshot(self._jobs)
        reasons: dict[str, str] = {}
        for task_id in list(self._waiting):
            task = self._writer.get(task_id)
            if task is None or task.state is not TaskState.QUEUED:
                self._waiting.pop(task_id, None)
                continue
            reason = self.gate.reason(task, snap)
            if reason is None:
                self.gate.let_through(task, snap)
                self._waiting.pop(task_id, None)
                self._jobs[task_id] = self._spawn(self._submit(task_id), f"submit {task_id[:8]}")
            elif reason != task.waiting:
                reasons[task_id] = reason
        return reasons

    async def _submit(self, task_id: str) -> None:
        try:
            async with self._slots:
                await self._submit_now(task_id)
        finally:
            self._jobs.pop(task_id, None)
            self._cancel_requested.discard(task_id)
            self._wake.set()

    async def _submit_now(self, task_id: str) -> None:
        now = self._clock()
        # Recorded as SUBMITTING before any byte leaves: a crash from here on is "outcome unknown".
        task = await self._writer.mutate(
            task_id,
            lambda t: (
                t.evolve(state=TaskState.SUBMITTING, updated_at=now, error=None, waiting=None)
                if t.state is TaskState.QUEUED
                else None
            ),
        )
        if task is None or task.state is not TaskState.SUBMITTING:
            return
        client = self._client()
        if client is None:
            await self._fail_locally(task_id, NO_CLIENT)
            return
        try:
            media = [MediaValue.from_json(m) for m in task.media]
            uris, hashes = await self._inputs.resolve(client, media)
        except Exception as exc:  # nothing was created at Runway, whatever went wrong
            message = (getattr(exc, "user_message", None) or getattr(exc, "message", None)
                       or failure_reason(exc))
            await self._fail_locally(
                task_id, f"An input could not be sent, so nothing was submitted: {message}"
            )
            return
        body = substitute_media(task.body, uris)
        try:
            created = await client.create(task.endpoint, body)
        except OutcomeUnknownError as exc:
            await self._unknown(task_id, exc.user_message, hashes)
            return
        except RunwayError as exc:
            await self._fail_locally(
                task_id, exc.user_message, code=f"HTTP.{exc.status}" if exc.status else "NETWORK"
            )
            return
        except (ValueError, TypeError) as exc:  # refused by the client before anything was sent
            await self._fail_locally(
                task_id, f"The request could not be sent, so nothing was submitted: {exc}"
            )
            return
        except Exception as exc:
            await self._unknown(task_id, unexpected(exc, "Sending the request") + UNKNOWN_AFTER_ERROR, hashes)
            return
        await self._created(task_id, created, hashes)

    async def _created(self, task_id: str, created: CreatedTask, hashes: dict[str, str]) -> None:
        now = self._clock()
        problem = runway_id_problem(created.id)
        if problem is not None:
            known: dict[str, Any] = {}
            if created.estimated_credits:
                known["estimated_credits"] = created.estimated_credits
            await self._settle(task_id, problem, state=TaskState.NEEDS_ATTENTION, submitted_at=now,
                               attention=Attention(problem, now, NextStep.CHECK_AT_RUNWAY),
                               input_hashes=hashes, **known)
            return
        # The id is recorded first (it is a paid fact); then the whole history is asked who else holds it.
        task = await self._writer.mutate(
            task_id,
            lambda t: t.evolve(
                state=TaskState.PENDING,
                runway_id=created.id,
                submitted_at=now,
                updated_at=now,
                input_hashes=hashes,
                estimated_credits=created.estimated_credits
                if created.estimated_credits is not None
                else t.estimated_credits,
            ),
        )
        flag = await self._duplicate(task_id, created.id, now)
        if flag is not None:
            task = await self._writer.mutate(task_id, lambda t: t.evolve(attention=flag))
            self._writer.report(flag.reason, task_id)
        if task is not None:
            await self._after_create(task)

    async def _duplicate(self, task_id: str, runway_id: str, now: float) -> Attention | None:
        """The flag for an id another task already holds (both records are kept), in memory or on disk."""
        others = {t.id: t for t in self._writer.holders_of(runway_id, besides=task_id)}
        try:
            # The engine holds only its working set: an older holder is found by the Runway id's index.
            path = self._writer.store.path
            stored = await asyncio.to_thread(holders_of_runway_id, path, runway_id, task_id)
        except sqlite3.Error as exc:  # the check is a courtesy: the task itself is already recorded
            log.warning("could not look up Runway id %s in the history: %s", runway_id, exc)
            stored = []
        for task in stored:
            others.setdefault(task.id, task)
        if not others:
            return None
        first = min(others.values(), key=lambda t: t.created_at)
        when = datetime.fromtimestamp(first.created_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        prompt = f" (“{first.prompt[:40]}”)" if first.prompt else ""
        reason = (
            f"Runway gave this task the id {runway_id}, which is already recorded for a task created "
            f"{when}{prompt}. Both are kept; check at Runway which one it is."
        )
        return Attention(reason, now, NextStep.CHECK_AT_RUNWAY)

    async def _unknown(self, task_id: str, message: str, hashes: dict[str, str]) -> None:
        await self._settle(task_id, message, state=TaskState.UNKNOWN, input_hashes=hashes)

    async def _fail_locally(self, task_id: str, message: str, code: str = "LOCAL") -> None:
        """Nothing was created at Runway (so nothing was spent): FAILED, retryable."""
        await self._settle(task_id, message, state=TaskState.FAILED, failure=message, failure_code=code,
                           finished=True)

    async def _settle(self, task_id: str, message: str, *, finished: bool = False, **changes: Any) -> None:
        """Record how the submission ended (with `message` as the task's error), then report it."""
        now = self._clock()
        if finished:
            changes["finished_at"] = now
        await self._writer.mutate(task_id, lambda t: t.evolve(error=message, updated_at=now, **changes))
        self._writer.report(message, task_id)

def _waiting_change(reason: str) -> Callable[[TaskRecord], TaskRecord | None]:
    """The change that records why a queued task waits (nothing, once it has left the queue)."""
    return lambda t: t.evolve(waiting=reason) if t.state is TaskState.QUEUED else None
