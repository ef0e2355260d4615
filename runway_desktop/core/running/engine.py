"""The task engine: submit, poll, cancel, download, persist and resume — plain asyncio, no Qt.

Every task is written to the store before any request is made, every change goes through the
task writer (stored before it is announced), nothing is ever re-submitted without the user
asking, and every action is offered or refused by the one table in `states`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

from runway_desktop.core.catalogue.spec import Catalogue
from runway_desktop.core.intake.media import MediaInfo
from runway_desktop.core.requests.build import BuiltRequest
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.config import NO_CLIENT, UNKNOWN_AFTER_RESTART, EngineConfig, EngineRefused
from runway_desktop.core.running.downloads import DownloadManager
from runway_desktop.core.running.gate import Gate
from runway_desktop.core.running.group_runs import GroupRunner
from runway_desktop.core.running.groups import Group, GroupProgress
from runway_desktop.core.running.inputs import InputResolver
from runway_desktop.core.running.poll_schedule import RequestBudget, TypicalDurations
from runway_desktop.core.running.poller import Poller
from runway_desktop.core.running.problems import unexpected
from runway_desktop.core.running.queue_control import KEEP, QueueControl
from runway_desktop.core.running.redaction import SECRETS, Redactor
from runway_desktop.core.running.states import NextStep, TaskState
from runway_desktop.core.running.submission import Submitter
from runway_desktop.core.running.task_actions import TaskActions
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.running.writer import TaskWriter
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store

if TYPE_CHECKING:  # plans load with the first batch, not with the window
    from runway_desktop.core.plans.plan import Plan

log = logging.getLogger(__name__)

# Causes that a new key, a restart or time may have cured: such tasks are checked again on resume.
_RECHECKED = frozenset({NextStep.REENTER_KEY, NextStep.CHECK_CONNECTION, NextStep.CHECK_AGAIN})


class Engine:
    """Owns the live state of every task; the store is its memory across restarts."""

    def __init__(
        self,
        client: RunwayApi | None,
        store: Store,
        library: Library,
        catalogue: Catalogue,
        *,
        config: EngineConfig | None = None,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        inspect: Callable[[str], Awaitable[MediaInfo]] | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        config = config or EngineConfig()
        self.client = client
        self.store = store
        self.catalogue = catalogue
        self.config = config
        self.events = ev.EventBus()
        self.redactor = redactor if redactor is not None else SECRETS
        self.writer = TaskWriter(store, self.events, self.redactor)
        self._clock = clock
        self._background: set[asyncio.Task[Any]] = set()
        inputs = InputResolver(store, clock, inspect) if inspect else InputResolver(store, clock)
        self.durations = TypicalDurations(self._catalogue_typical)
        self.poller = Poller(
            self.writer,
            lambda: self.client,
            self.spawn,
            lambda task: self.downloads.start(task.id),
            budget=RequestBudget(config.polls_per_second, config.poll_burst),
            timing=config.timing,
            durations=self.durations,
            limits=config.limits,
            rng=rng or random.Random(),
            clock=clock,
        )
        self.downloads = DownloadManager(
            self.writer,
            lambda: self.client,
            library,
            self.spawn,
            concurrency=config.downloads,
            retry_delay=config.download_retry_delay,
            attempts=config.download_attempts,
            clock=clock,
        )
        self.gate = Gate(clock, max_live=config.max_live)
        self.submitter = Submitter(
            self.writer,
            lambda: self.client,
            inputs,
            self.spawn,
            self._after_create,
            gate=self.gate,
            max_submitting=config.max_submitting,
            clock=clock,
        )
        self.queue_control = QueueControl(
            self.gate, self.submitter, store, self.events, lambda: self.client, clock)
        self.groups = GroupRunner(self, self.writer, self.gate)
        self.actions = TaskActions(self)

    # -- state ---------------------------------------------------------------------------

    @property
    def tasks(self) -> list[TaskRecord]:
        """The tasks held in memory, newest first: every unfinished one and the newest of the rest.

        The whole history is in the store (`store.page`, `store.count`); `recall` reads one task by id.
        """
        return sorted(self.writer.tasks, key=lambda t: t.created_at, reverse=True)

    def get(self, task_id: str) -> TaskRecord | None:
        """A task held in memory, by either id (`recall` also reads an older one from the store)."""
        return self.writer.get(task_id)

    async def recall(self, task_id: str) -> TaskRecord | None:
        """A task by either id, held or read from the store (a primary-key read, then held)."""
        return await self.writer.recall(task_id)

    def now(self) -> float:
        """The engine's clock (injected: tests and the simulator may run their own)."""
        return self._clock()

    def _catalogue_typical(self, model: str) -> float:
        specs = self.catalogue.named(model)
        seconds = specs[0].typical_seconds if specs else 60.0
        return seconds * self.config.typical_scale

    async def update(self, task: TaskRecord, *, added: bool = False) -> TaskRecord:
        """Store a whole record (an imported or restored one) through the writer, then announce it.

        The engine's own work never replaces records wholesale: it changes them with `writer.mutate`.
        """
        if added or self.writer.get(task.id) is None:
            return await self.writer.add(task)
        return await self.writer.mutate(task.id, lambda _current: task, checked=False) or task

    def report(self, message: str, task_id: str | None = None, detail: str = "") -> None:
        self.writer.report(message, task_id, detail)

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        task.add_done_callback(self._log_crash)
        return task

    def _log_crash(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and (exc := task.exception()) is not None:
            log.error("background work %s failed", task.get_name(), exc_info=exc)
            self.report(unexpected(exc, task.get_name().capitalize()), detail=repr(exc))

    # -- start-up --------------------------------------------------------------------------

    async def start(self) -> None:
        """Load the working set and, with a client, pick up where the last run stopped.

        Held: every unfinished task, every task of an unfinished group, every task whose spend
        counts today (the daily budget stays exact) and the newest `config.working_set`.
        """
        tasks, open_groups = await self.store.load_working_set(self.config.working_set, self._clock())
        self.writer.load(tasks)
        self.gate.load(self.writer.tasks)
        await self.queue_control.load()
        await self.groups.load(open_groups)
        if self.client is not None:
            await self._resume_all()

    async def attach_client(self, client: RunwayApi, *, key: str | None = None) -> None:
        """Use this client from now on (a key was added, or the simulator started); resume work."""
        self.redactor.add(key)
        self.client = client
        await self._resume_all()

    async def _resume_all(self) -> None:
        await self.refresh_account()
        self.poller.start()
        queued = [t.id for t in sorted(self.writer.tasks, key=lambda t: t.created_at)
                  if t.state is TaskState.QUEUED]
        self.submitter.start(*queued)  # one pass over the queue, oldest first
        for task in list(self.writer.tasks):
            if task.state is not TaskState.QUEUED:
                await self._resume(task)
        await self.groups.resume()

    async def _resume(self, task: TaskRecord) -> None:
        now = self._clock()
        if task.state is TaskState.SUBMITTING and not task.runway_id:
            await self.writer.mutate(
                task.id,
                lambda t: t.evolve(state=TaskState.UNKNOWN, error=UNKNOWN_AFTER_RESTART, updated_at=now),
            )
        elif task.state is TaskState.SUBMITTING:
            await self.writer.mutate(task.id, lambda t: t.evolve(state=TaskState.PENDING))
            self.poller.schedule(task.id, 0)
        elif task.state.is_live_at_runway:
            self.poller.schedule(task.id, 0)
        elif task.needs_download:
            self.downloads.start(task.id)
        elif (
            task.state is TaskState.NEEDS_ATTENTION
            and task.runway_id
            and task.attention
            and task.attention.action in _RECHECKED
        ):
            await self.actions.check(task.id)

    # -- submit ----------------------------------------------------------------------------

    async def submit(self, built: BuiltRequest, params: dict[str, Any] | None = None) -> TaskRecord:
        """Record the task (QUEUED) and start submitting it; returns at once with the record."""
        if not built.ok:
            raise EngineRefused(built.blocking_reason or "The request has errors.")
        if self.client is None:
            raise EngineRefused(NO_CLIENT)
        estimate = built.quote.credits if built.quote and built.quote.known else None
        task = self.new_record(built.endpoint, built.model, built.body, [m.to_json() for m in built.media],
                               params or {}, estimate)
        return await self.enqueue(task)

    def new_record(
        self,
        endpoint: str,
        model: str,
        body: dict[str, Any],
        media: list[dict[str, Any]],
        params: dict[str, Any],
        estimate: float | None,
        **extra: Any,
    ) -> TaskRecord:
        """A QUEUED record for a request (not stored yet: `enqueue` or `enqueue_many` does that)."""
        spec = self.catalogue.get(endpoint, model)
        now = self._clock()
        return TaskRecord(
            id=uuid.uuid4().hex,
            endpoint=endpoint,
            model=model,
            tab=spec.tab if spec else "video",
            state=TaskState.QUEUED,
            body=body,
            media=media,
            params=dict(params),
            prompt=str(body.get("promptText") or body.get("text") or ""),
            created_at=now,
            updated_at=now,
            estimated_credits=estimate,
            **extra,
        )

    async def enqueue(self, task: TaskRecord) -> TaskRecord:
        """Store a new QUEUED record, then queue it for sending."""
        task = await self.writer.add(task)
        self.submitter.start(task.id)
        return task

    async def enqueue_many(self, tasks: list[TaskRecord]) -> list[TaskRecord]:
        """Store many new QUEUED records in one transaction, then queue them (oldest first)."""
        stored = await self.writer.add_many(tasks)
        self.submitter.start(*(task.id for task in stored))
        return stored

    async def _after_create(self, task: TaskRecord) -> None:
        """A task Runway accepted: cancel it if the user asked meanwhile, else poll it."""
        if self.submitter.cancel_requested(task.id):
            await self.cancel(task.id)
        elif task.state.is_live_at_runway:
            self.poller.start()
            self.poller.schedule(task.id, None)

    # -- user actions (see task_actions) ------------------------------------------------------

    async def cancel(self, task_id: str, note: str | None = None) -> TaskRecord:
        """Cancel a task that is waiting locally, being submitted, or at Runway; nothing else."""
        return await self.actions.cancel(task_id, note)

    async def delete_from_runway(self, task_id: str) -> TaskRecord:
        """Delete a finished task (and its outputs) at Runway — only once they are saved here."""
        return await self.actions.delete_from_runway(task_id)

    async def retry(self, task_id: str) -> TaskRecord:
        """Submit the same request again as a new task (failed, cancelled or outcome unknown)."""
        return await self.actions.retry(task_id)

    async def download_again(self, task_id: str) -> TaskRecord:
        """Try every output that was not saved again."""
        return await self.actions.download_again(task_id)

    async def check_again(self, task_id: str) -> TaskRecord:
        """Ask Runway about a task that needs attention, as soon as the budget allows."""
        return await self.actions.check_again(task_id)

    async def remove(self, task_id: str) -> None:
        """Forget a task locally (its saved files stay in the library); a download is stopped first."""
        await self.actions.remove(task_id)

    # -- groups: batches and pipeline runs (see group_runs) ---------------------------------------

    async def submit_group(self, plan: Plan, **options: Any) -> Group:
        """Record every run of `plan` as one group and queue it (or resume the plan's group)."""
        return await self.groups.submit(plan, **options)

    async def cancel_group(self, group_id: str) -> list[str]:
        return await self.groups.cancel(group_id)

    async def retry_failed(self, group_id: str) -> list[TaskRecord]:
        return await self.groups.retry_failed(group_id)

    async def remove_group(self, group_id: str) -> None:
        await self.groups.remove(group_id)

    def group_progress(self, group_id: str) -> GroupProgress:
        return self.groups.progress(group_id)

    # -- the queue as a whole: pause, budget, the account's limits (see queue_control) -----------

    async def pause(self) -> None:
        """Send nothing new (live tasks finish and download); remembered across restarts."""
        await self.queue_control.set_paused(True)

    async def resume(self) -> None:
        """Send queued tasks again, as the limits allow."""
        await self.queue_control.set_paused(False)

    @property
    def paused(self) -> bool:
        return self.queue_control.paused

    def set_limits(self, *, daily_budget: float | None = KEEP, max_live: int | None = KEEP) -> None:
        """The daily budget (credits) and the limit of tasks at Runway (None: none); only those passed."""
        self.queue_control.set_limits(daily_budget=daily_budget, max_live=max_live)

    async def refresh_account(self) -> None:
        """Read the organization's tier and this month's use for the gate (kept as is if unreadable)."""
        await self.queue_control.refresh_account()

    def holds_for_daily_budget(self, task: TaskRecord) -> bool:
        """True when the daily budget is, right now, what keeps this queued task from being sent."""
        return self.queue_control.holds_for_daily_budget(task)

    async def wait_for(
        self, task_id: str, predicate: Callable[[TaskRecord], bool], timeout: float | None = None
    ) -> TaskRecord:
        """Wait until the task satisfies `predicate` (checked on every change)."""

        async def waiter() -> TaskRecord:
            async with self.writer.changed:
                while True:
                    task = self.actions.require(task_id)
                    if predicate(task):
                        return task
                    await self.writer.changed.wait()

        return await asyncio.wait_for(waiter(), timeout)

    async def wait_for_change(self, timeout: float) -> None:
        """Return after the next change to any task, or after `timeout` seconds."""
        async with self.writer.changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.writer.changed.wait(), timeout)

    async def wait_until_settled(self, task_id: str, timeout: float | None = None) -> TaskRecord:
        """Nothing more happens on its own: finished, every output saved or given up, or the user needed."""
        return await self.wait_for(task_id, lambda t: t.state.is_settled and not t.needs_download, timeout)

    async def close(self, timeout: float = 2.0) -> None:
        """Stop polling and downloading (live tasks resume on the next start)."""
        self.poller.stop()
        pending = [t for t in self._background if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=timeout)
