"""The one object through which the UI meets the engine: engine events in, async actions out.

Engine events arrive on the event loop's thread (qasync runs asyncio inside Qt), and are
re-emitted as Qt signals. Actions run as background work; their failures become `failed`
signals carrying a sentence for people — never an exception lost in a coroutine. The bridge
also publishes which service generations go to (`connectionChanged`) and the account's
figures (`accountChanged`), so no widget ever needs the engine or its client itself. Only the
composition root (the session) and tests hold the engine.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from runway_desktop.ui.dialogs.spending import SpendGuard
from runway_desktop.ui.shell.background import Background
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.contracts import MediaWorker

# The engine's modules are imported where they are used: the bridge exists (and the form on screen
# uses it) before the history is opened and the engine attached (`attach`).
if TYPE_CHECKING:
    from runway_desktop.core.plans.plan import Plan
    from runway_desktop.core.running import account
    from runway_desktop.core.running import events as ev
    from runway_desktop.core.running.engine import Engine
    from runway_desktop.core.running.groups import Group, GroupProgress
    from runway_desktop.core.running.tasks import TaskRecord

log = logging.getLogger(__name__)

SIMULATOR_FORGOT = "The offline simulator was restarted; this task cannot be recovered."


class EngineBridge(QObject):
    """Qt signals over the engine's events, fire-and-report wrappers for its actions, and its state."""

    taskAdded = Signal(object)  # TaskRecord
    taskChanged = Signal(object)  # TaskRecord
    taskProgress = Signal(str, float)
    taskRemoved = Signal(str)
    outputSaved = Signal(object, object)  # TaskRecord, OutputFile
    failed = Signal(str, str)  # message for people, detail for a report
    busyChanged = Signal(bool)
    connectionChanged = Signal(object, str)  # ConnectionMode, detail (the host)
    accountChanged = Signal(object)  # AccountCheck, or None when there is no service
    settingsRequested = Signal()  # a part of the window needs Settings opened (the key was refused)
    historyReplaced = Signal()  # another history was opened (a switch of service): reload everything
    groupAdded = Signal(object, object)  # Group, GroupProgress
    groupChanged = Signal(object, object)  # Group, GroupProgress
    groupFinished = Signal(object, object)  # Group, GroupProgress: every run ended or needs the user
    groupRemoved = Signal(str)
    queuePaused = Signal(bool)

    def __init__(
        self, engine: Engine | None, parent: QObject | None = None, *, media: MediaWorker | None = None
    ) -> None:
        super().__init__(parent)
        self._attached: Engine | None = None
        self.media = media  # the media worker the forms inspect files with (given by the composition)
        self._unsubscribe: Callable[[], None] = lambda: None
        self._pending_limits: dict[str, Any] = {}
        if engine is not None:
            self.attach(engine)
        self.background = Background(self._report)
        self.spend_guard = SpendGuard()
        self.mode = ConnectionMode.NONE
        self.mode_detail = ""
        self.account: account.AccountCheck | None = None
        self._account_asking = False
        self._account_again = False

    def attach(self, engine: Engine) -> None:
        """The engine of the history just opened (start-up makes the bridge, and the form, first)."""
        self._attached = engine
        self._unsubscribe = engine.events.subscribe(self._on_event)
        if self._pending_limits:  # Settings saved while the history was being opened
            engine.set_limits(**self._pending_limits)
            self._pending_limits = {}

    @property
    def attached(self) -> bool:
        return self._attached is not None

    @property
    def _engine(self) -> Engine:
        if self._attached is None:
            raise RuntimeError("The history is not open yet")
        return self._attached

    @property
    def engine(self) -> Engine:
        """The engine, for the composition root and tests; widgets go through the bridge."""
        return self._engine

    def _report(self, message: str, detail: str) -> None:
        self.failed.emit(message, detail)

    def _on_event(self, event: ev.Event) -> None:
        from runway_desktop.core.running import events as ev

        match event:
            case ev.TaskAdded(task=task):
                self.taskAdded.emit(task)
            case ev.TaskChanged(task=task):
                if self._forgotten_by_simulator(task):
                    what = self.tr("Recording why a task failed")
                    self.background.start(lambda: self._reword(task.id), what)
                self.taskChanged.emit(task)
            case ev.TaskProgress(task_id=task_id, progress=progress):
                self.taskProgress.emit(task_id, progress)
            case ev.TaskRemoved(task_id=task_id):
                self.taskRemoved.emit(task_id)
            case ev.OutputSaved(task=task, output=output):
                self.outputSaved.emit(task, output)
            case ev.EngineError(message=message, detail=detail):
                self.failed.emit(message, detail)
            case ev.GroupAdded(group=group, progress=progress):
                self.groupAdded.emit(group, progress)
            case ev.GroupFinished(group=group, progress=progress):
                self.groupChanged.emit(group, progress)
                self.groupFinished.emit(group, progress)
            case ev.GroupChanged(group=group, progress=progress):
                self.groupChanged.emit(group, progress)
            case ev.GroupRemoved(group_id=group_id):
                self.groupRemoved.emit(group_id)
            case ev.QueuePaused(paused=paused):
                self.queuePaused.emit(paused)

    def _forgotten_by_simulator(self, task: TaskRecord) -> bool:
        """A task the simulator no longer knows: it was made by an earlier run of the simulator.

        The history does not record which service made a task; while the simulator is in use,
        "not found" on resuming can only mean that, so the reason is rewritten (and stored) as such.
        """
        from runway_desktop.core.running.tasks import TaskState

        return (
            self.mode in (ConnectionMode.STARTING, ConnectionMode.SIMULATOR)
            and task.state is TaskState.FAILED
            and task.failure_code == "NOT_FOUND"
            and task.failure != SIMULATOR_FORGOT
        )

    async def _reword(self, task_id: str) -> None:
        await self._engine.writer.mutate(
            task_id, lambda t: t.evolve(failure=SIMULATOR_FORGOT) if self._forgotten_by_simulator(t) else None
        )

    # -- state ------------------------------------------------------------------------------------

    @property
    def tasks(self) -> list[TaskRecord]:
        return self._attached.tasks if self._attached is not None else []

    def task(self, task_id: str) -> TaskRecord | None:
        """A task the engine holds (every unfinished one and the newest); `recall` reads any other."""
        return self._attached.get(task_id) if self._attached is not None else None

    def recall(self, task_id: str, on_done: Callable[[Any], None]) -> asyncio.Task[Any]:
        """Any task of the history by id, read from the store off the UI thread; None when it is gone."""
        return self.run(lambda: self._engine.recall(task_id), self.tr("Reading the history"), on_done)

    def lineage(self, task: TaskRecord, on_done: Callable[[Any], None]) -> asyncio.Task[Any]:
        """The tasks of `task`'s lineage both ways from the whole history, by id, off the UI thread."""
        from runway_desktop.core.running.lineage_reads import lineage_records

        return self.run(lambda: lineage_records(self._engine.store, task), self.tr("Reading the history"),
                        on_done)

    @property
    def history_path(self) -> Path:
        """The history's SQLite file, which the queue reads a page at a time."""
        return self._engine.store.path

    @property
    def can_generate(self) -> bool:
        """Whether a service is attached: a key with Runway, or the offline simulator."""
        return self._attached is not None and self._attached.client is not None

    @property
    def simulated(self) -> bool:
        return self.mode is ConnectionMode.SIMULATOR

    def set_connection(self, mode: ConnectionMode, detail: str = "") -> None:
        """Called by the session whenever the service changes; every listener hears it once."""
        self.mode = mode
        self.mode_detail = detail
        if mode not in (ConnectionMode.RUNWAY, ConnectionMode.SIMULATOR):
            self.account = None
            self.accountChanged.emit(None)
        self.connectionChanged.emit(mode, detail)

    def replace_engine(self, engine: Engine) -> None:
        """Listen to another engine (another history); listeners reload on `historyReplaced`."""
        self._unsubscribe()
        self.attach(engine)
        self.historyReplaced.emit()

    def refresh_account(self) -> None:
        """Ask for the balance and tier; the answer arrives as `accountChanged`.

        One request at a time: asked again meanwhile (a task just finished), it asks once more after.
        """
        if self._attached is None or self._attached.client is None:
            return
        if self._account_asking:
            self._account_again = True
            return
        self._account_asking = True
        client = self._engine.client
        from runway_desktop.core.running import account

        async def ask() -> account.AccountCheck:
            try:
                return await account.check_client(client)
            except Exception as exc:  # never worth a banner: the status bar says it is unavailable
                log.warning("balance check failed: %r", exc)
                return account.AccountCheck(False, message=str(exc), reason="error")

        def answered(check: account.AccountCheck) -> None:
            self._account_asking = False
            if client is self._engine.client:  # a switch of service meanwhile makes it stale
                self.account = check
                self.accountChanged.emit(check)
            if self._account_again:
                self._account_again = False
                self.refresh_account()

        task = self.background.start(ask, self.tr("Reading the balance"), answered)
        task.add_done_callback(lambda _t: setattr(self, "_account_asking", False) if _t.cancelled() else None)

    # -- actions ----------------------------------------------------------------------------------

    def run(
        self,
        make: Callable[[], Awaitable[Any]],
        what: str,
        on_done: Callable[[Any], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Start an action; its failure is reported through `failed`, its result to `on_done`."""

        from runway_desktop.core.running.engine import EngineRefused

        async def refusals_said_plainly() -> Any:
            try:
                return await make()
            except EngineRefused as exc:
                self.failed.emit(exc.message, "")
                return None

        return self.background.start(refusals_said_plainly, what, on_done)

    def submit(
        self, built: Any, params: dict[str, Any], on_done: Callable[[Any], None] | None = None
    ) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.submit(built, params), self.tr("Submitting"), on_done)

    def cancel(self, task_id: str) -> asyncio.Task[Any]:
        """Cancel, then ask Runway what the cancelled task cost, so its row can say it."""

        from runway_desktop.core.running.tasks import TaskState

        async def cancel_and_learn_charge() -> TaskRecord:
            task = await self._engine.cancel(task_id)
            client = self._engine.client
            if (
                client is None
                or task.state is not TaskState.CANCELLED
                or not task.runway_id
                or task.cost_credits is not None
            ):
                return task
            try:
                snapshot = await client.retrieve(task.runway_id)
            except Exception as exc:  # the charge stays unknown, and the row says so
                log.info("the charge of cancelled task %s is unknown: %r", task.id, exc)
                return task
            cost = snapshot.cost_credits
            if cost is None:
                return task
            charged = await self._engine.writer.mutate(
                task_id, lambda t: t.evolve(cost_credits=cost) if t.cost_credits is None else None
            )
            return charged or task

        return self.run(cancel_and_learn_charge, self.tr("Cancelling"))

    def retry(self, task_id: str, on_done: Callable[[Any], None] | None = None) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.retry(task_id), self.tr("Retrying"), on_done)

    def check_again(self, task_id: str) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.check_again(task_id), self.tr("Checking again"))

    def download_again(self, task_id: str) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.download_again(task_id), self.tr("Downloading again"))

    def remove(self, task_id: str) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.remove(task_id), self.tr("Removing"))

    def delete_from_runway(self, task_id: str) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.delete_from_runway(task_id), self.tr("Deleting from Runway"))

    # -- groups, pause and limits ------------------------------------------------------------------

    def submit_group(
        self, plan: Plan, on_done: Callable[[Any], None] | None = None, **options: Any
    ) -> asyncio.Task[Any]:
        """Queue every run of a batch or pipeline plan as one group (name=, budget_credits=, ...)."""
        what = self.tr("Submitting the group")
        return self.run(lambda: self._engine.submit_group(plan, **options), what, on_done)

    def cancel_group(self, group_id: str) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.cancel_group(group_id), self.tr("Cancelling the group"))

    def retry_failed(self, group_id: str) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.retry_failed(group_id), self.tr("Retrying the failed runs"))

    def remove_group(self, group_id: str) -> asyncio.Task[Any]:
        return self.run(lambda: self._engine.remove_group(group_id), self.tr("Removing the group"))

    def groups(self) -> list[Group]:
        """Every batch and pipeline run in the history, oldest first."""
        return self._engine.groups.all

    def group_progress(self, group_id: str) -> GroupProgress:
        return self._engine.group_progress(group_id)

    @property
    def paused(self) -> bool:
        return self._attached is not None and self._attached.paused

    def set_paused(self, paused: bool) -> asyncio.Task[Any]:
        """Pause (nothing new is sent) or resume; the answer arrives as `queuePaused`."""
        if paused:
            return self.run(self._engine.pause, self.tr("Pausing the queue"))
        return self.run(self._engine.resume, self.tr("Resuming the queue"))

    @property
    def max_live(self) -> int | None:
        """How many tasks may be at Runway at once (Settings' "Tasks sent at once"); None: no limit."""
        return self._engine.gate.max_live

    def set_limits(self, **limits: Any) -> None:
        """The daily budget (credits) and the limit of live tasks, applied at once (None: no limit)."""
        if self._attached is None:
            self._pending_limits.update(limits)
            return
        self._attached.set_limits(**limits)

    def close(self) -> None:
        self._unsubscribe()
        self.background.cancel_all()
