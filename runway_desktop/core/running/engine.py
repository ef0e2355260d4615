"""The task engine: submit, poll, cancel, download, persist and resume — plain asyncio, no Qt.

Every task is written to the store before any request is made, every state change is stored
before it is announced, and nothing is ever re-submitted without the user asking.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from runway_desktop.api.errors import OutcomeUnknownError, RunwayError
from runway_desktop.core.catalogue.spec import Catalogue
from runway_desktop.core.intake.inspect import IntakeError
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.requests.build import BuiltRequest, substitute_media
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.config import NO_CLIENT, UNKNOWN_AFTER_RESTART, EngineConfig, EngineRefused
from runway_desktop.core.running.downloads import DownloadManager
from runway_desktop.core.running.inputs import InputResolver
from runway_desktop.core.running.poll_schedule import RequestBudget, TypicalDurations
from runway_desktop.core.running.poller import Poller
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store

log = logging.getLogger(__name__)

class Engine:
    """Owns the live state of every task; the store is its memory across restarts."""

    def __init__(
        self,
        client: Any,
        store: Store,
        library: Library,
        catalogue: Catalogue,
        *,
        config: EngineConfig | None = None,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        inspect: Callable[[str], Awaitable[MediaInfo]] | None = None,
    ) -> None:
        config = config or EngineConfig()
        self.client = client
        self.store = store
        self.catalogue = catalogue
        self.config = config
        self.events = ev.EventBus()
        self._clock = clock
        self._tasks: dict[str, TaskRecord] = {}
        self._changed = asyncio.Condition()
        self._background: set[asyncio.Task[Any]] = set()
        self._submissions: dict[str, asyncio.Task[Any]] = {}
        self._submit_slots = asyncio.Semaphore(config.max_submitting)
        self._cancel_requested: set[str] = set()
        self._inputs = InputResolver(store, clock, inspect) if inspect else InputResolver(store, clock)
        self.durations = TypicalDurations(self._catalogue_typical)
        self.poller = Poller(
            self,
            RequestBudget(config.polls_per_second, config.poll_burst),
            config.timing,
            rng or random.Random(),
        )
        self.downloads = DownloadManager(self, library, config.downloads, config.download_retry_delay)

    # -- state ---------------------------------------------------------------------------

    @property
    def tasks(self) -> list[TaskRecord]:
        """Every task, newest first."""
        return sorted(self._tasks.values(), key=lambda t: t.created_at, reverse=True)

    def get(self, task_id: str) -> TaskRecord | None:
        task = self._tasks.get(task_id)
        if task is None:
            task = next((t for t in self._tasks.values() if t.runway_id == task_id), None)
        return task

    def now(self) -> float:
        """The engine's clock (injected: tests and the simulator may run their own)."""
        return self._clock()

    def _catalogue_typical(self, model: str) -> float:
        specs = self.catalogue.named(model)
        seconds = specs[0].typical_seconds if specs else 60.0
        return seconds * self.config.typical_scale

    async def update(self, task: TaskRecord, *, added: bool = False) -> TaskRecord:
        """Store first, then announce: a crash never leaves the UI ahead of the disk."""
        old = self._tasks.get(task.id)
        await self.store.save(task)
        self._tasks[task.id] = task
        self.events.publish(ev.TaskAdded(task) if added else ev.TaskChanged(task))
        if old is not None and task.progress is not None and task.progress != old.progress:
            self.events.publish(ev.TaskProgress(task.id, task.progress))
        async with self._changed:
            self._changed.notify_all()
        return task

    def report(self, message: str, task_id: str | None = None, detail: str = "") -> None:
        self.events.publish(ev.EngineError(message, task_id, detail))

    def spawn(self, coro: Any, name: str) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        task.add_done_callback(self._log_crash)
        return task

    def _log_crash(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            log.error("background work %s failed", task.get_name(), exc_info=exc)
            self.report(f"Internal error in {task.get_name()}: {exc}", detail=repr(exc))

    # -- start-up --------------------------------------------------------------------------

    async def start(self) -> None:
        """Load the history and, with a client, pick up where the last run stopped."""
        for task in await self.store.load_all():
            self._tasks[task.id] = task
        if self.client is not None:
            await self._resume_all()

    async def attach_client(self, client: Any) -> None:
        """Use this client from now on (a key was added, or the simulator started); resume work."""
        self.client = client
        await self._resume_all()

    async def _resume_all(self) -> None:
        self.poller.start()
        for task in list(self._tasks.values()):
            await self._resume(task)

    async def _resume(self, task: TaskRecord) -> None:
        if task.state is TaskState.SUBMITTING and not task.runway_id:
            await self.update(
                task.evolve(state=TaskState.UNKNOWN, error=UNKNOWN_AFTER_RESTART, updated_at=self._clock())
            )
        elif task.state is TaskState.SUBMITTING:
            await self.update(task.evolve(state=TaskState.PENDING))
            self.poller.schedule(task.id, 0)
        elif task.state is TaskState.QUEUED:
            self._start_submission(task)
        elif task.state.is_live_at_runway:
            self.poller.schedule(task.id, 0)
        elif task.needs_download:
            self.downloads.start(task.id)

    # -- submit ----------------------------------------------------------------------------

    async def submit(self, built: BuiltRequest, params: dict[str, Any] | None = None) -> TaskRecord:
        """Record the task (QUEUED) and start submitting it; returns at once with the record."""
        if not built.ok:
            raise EngineRefused(built.blocking_reason or "The request has errors.")
        if self.client is None:
            raise EngineRefused(NO_CLIENT)
        estimate = built.quote.credits if built.quote and built.quote.known else None
        return await self._enqueue(
            built.endpoint,
            built.model,
            built.body,
            [m.to_json() for m in built.media],
            params or {},
            estimate,
            None,
        )

    async def _enqueue(
        self,
        endpoint: str,
        model: str,
        body: dict[str, Any],
        media: list[dict[str, Any]],
        params: dict[str, Any],
        estimate: float | None,
        retry_of: str | None,
    ) -> TaskRecord:
        spec = self.catalogue.get(endpoint, model)
        now = self._clock()
        task = TaskRecord(
            id=uuid.uuid4().hex,
            endpoint=endpoint,
            model=model,
            tab=spec.tab if spec else "video",
            state=TaskState.QUEUED,
            body=body,
            media=media,
            params=dict(params),
            prompt=str(body.get("promptText", "")),
            created_at=now,
            updated_at=now,
            estimated_credits=estimate,
            retry_of=retry_of,
        )
        await self.update(task, added=True)
        self._start_submission(task)
        return task

    def _start_submission(self, task: TaskRecord) -> None:
        self._submissions[task.id] = self.spawn(self._submit(task.id), f"submit {task.id[:8]}")

    async def _submit(self, task_id: str) -> None:
        try:
            await self._wait_for_live_slot(task_id)
            async with self._submit_slots:
                await self._submit_now(task_id)
        finally:
            self._submissions.pop(task_id, None)

    async def _wait_for_live_slot(self, task_id: str) -> None:
        """Hold a QUEUED task locally while `max_live` tasks are already at Runway (oldest first)."""
        limit = self.config.max_live
        if not limit:
            return

        def blocked() -> bool:
            me = self._tasks.get(task_id)
            if me is None or me.state is not TaskState.QUEUED:
                return False
            busy = sum(1 for t in self._tasks.values()
                       if t.state.is_live_at_runway or t.state is TaskState.SUBMITTING)
            older = sum(1 for t in self._tasks.values()
                        if t.state is TaskState.QUEUED and t.created_at < me.created_at)
            return busy + older >= limit

        async with self._changed:
            while blocked():
                await self._changed.wait()

    async def _submit_now(self, task_id: str) -> None:
        task = self._tasks[task_id]
        if task.state is not TaskState.QUEUED:
            return
        # Recorded as SUBMITTING before any byte leaves: a crash from here on is "outcome unknown".
        task = await self.update(
            task.evolve(state=TaskState.SUBMITTING, updated_at=self._clock(), error=None)
        )
        media = [MediaValue.from_json(m) for m in task.media]
        try:
            uris, hashes = await self._inputs.resolve(self.client, media)
        except (IntakeError, RunwayError, OSError) as exc:
            message = getattr(exc, "user_message", None) or getattr(exc, "message", None) or str(exc)
            await self._fail_locally(task, f"An input could not be sent, so nothing was submitted: {message}")
            return
        body = substitute_media(task.body, uris)
        try:
            created = await self.client.create(task.endpoint, body)
        except OutcomeUnknownError as exc:
            await self.update(
                task.evolve(
                    state=TaskState.UNKNOWN,
                    error=exc.user_message,
                    input_hashes=hashes,
                    updated_at=self._clock(),
                )
            )
            self.report(exc.user_message, task.id)
            return
        except RunwayError as exc:
            await self._fail_locally(
                task, exc.user_message, code=f"HTTP.{exc.status}" if exc.status else "NETWORK"
            )
            return
        now = self._clock()
        task = await self.update(
            task.evolve(
                state=TaskState.PENDING,
                runway_id=created.id,
                submitted_at=now,
                updated_at=now,
                estimated_credits=created.estimated_credits,
                input_hashes=hashes,
            )
        )
        if task.id in self._cancel_requested:
            await self.cancel(task.id)
        else:
            self.poller.schedule(task.id, None)

    async def _fail_locally(self, task: TaskRecord, message: str, code: str = "LOCAL") -> None:
        """Nothing was created at Runway (so nothing was spent): FAILED, retryable."""
        now = self._clock()
        await self.update(
            task.evolve(
                state=TaskState.FAILED,
                failure=message,
                failure_code=code,
                error=message,
                finished_at=now,
                updated_at=now,
            )
        )
        self.report(message, task.id)

    # -- user actions ------------------------------------------------------------------------

    def _require(self, task_id: str) -> TaskRecord:
        task = self.get(task_id)
        if task is None:
            raise EngineRefused(f"There is no task {task_id} in the history.")
        return task

    async def cancel(self, task_id: str) -> TaskRecord:
        """Cancel a task that is waiting locally or live at Runway; nothing else."""
        task = self._require(task_id)
        now = self._clock()
        if task.state is TaskState.QUEUED:
            pending = self._submissions.pop(task.id, None)
            if pending:
                pending.cancel()
            return await self.update(
                task.evolve(
                    state=TaskState.CANCELLED,
                    finished_at=now,
                    updated_at=now,
                    error="Cancelled before it was submitted; nothing was spent.",
                )
            )
        if task.state is TaskState.SUBMITTING:
            # The create call is in flight: cancel it at Runway as soon as its id is known.
            self._cancel_requested.add(task.id)
            return task
        if not task.state.is_live_at_runway:
            raise EngineRefused(
                f"Only pending, throttled or running tasks can be cancelled; this one is "
                f"{task.state.label.lower()}."
            )
        await self.client.delete(task.runway_id)
        self._cancel_requested.discard(task.id)
        self.poller.forget(task.id)
        return await self.update(task.evolve(state=TaskState.CANCELLED, finished_at=now, updated_at=now))

    async def delete_from_runway(self, task_id: str) -> TaskRecord:
        """Delete a finished task (and its outputs) at Runway — only once they are saved here."""
        task = self._require(task_id)
        if (
            not task.runway_id
            or task.state.is_live_at_runway
            or task.state in (TaskState.QUEUED, TaskState.SUBMITTING)
        ):
            raise EngineRefused("Only finished tasks can be deleted from Runway; cancel a live task instead.")
        if task.state is TaskState.SUCCEEDED and not task.all_outputs_saved:
            raise EngineRefused("The outputs are not saved locally yet; deleting now would lose them.")
        with contextlib.suppress(RunwayError):  # already gone at Runway is fine
            await self.client.delete(task.runway_id)
        return await self.update(task.evolve(runway_deleted=True, updated_at=self._clock()))

    async def retry(self, task_id: str) -> TaskRecord:
        """Submit the same request again as a new task (failed, cancelled or outcome unknown)."""
        task = self._require(task_id)
        if task.state not in (TaskState.FAILED, TaskState.CANCELLED, TaskState.UNKNOWN):
            raise EngineRefused("Only failed, cancelled or unknown-outcome tasks can be retried.")
        return await self._enqueue(
            task.endpoint, task.model, task.body, task.media, task.params, task.estimated_credits, task.id
        )

    async def remove(self, task_id: str) -> None:
        """Forget a task locally (its saved files stay in the library)."""
        task = self._require(task_id)
        if task.state.is_live_at_runway or task.state in (TaskState.QUEUED, TaskState.SUBMITTING):
            raise EngineRefused("A live task cannot be removed from the history; cancel it first.")
        await self.store.delete(task.id)
        self._tasks.pop(task.id, None)
        self.events.publish(ev.TaskRemoved(task.id))

    async def wait_for(
        self, task_id: str, predicate: Callable[[TaskRecord], bool], timeout: float | None = None
    ) -> TaskRecord:
        """Wait until the task satisfies `predicate` (checked on every change)."""

        async def waiter() -> TaskRecord:
            async with self._changed:
                while True:
                    task = self._require(task_id)
                    if predicate(task):
                        return task
                    await self._changed.wait()

        return await asyncio.wait_for(waiter(), timeout)

    async def wait_until_settled(self, task_id: str, timeout: float | None = None) -> TaskRecord:
        """Finished, and every output saved (or the task ended without outputs)."""
        return await self.wait_for(task_id, lambda t: t.state.is_terminal and not t.needs_download, timeout)

    async def close(self, timeout: float = 2.0) -> None:
        """Stop polling and downloading (live tasks resume on the next start)."""
        self.poller.stop()
        pending = [t for t in self._background if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=timeout)
