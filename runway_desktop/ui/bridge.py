"""The one object through which the UI meets the engine: engine events in, async actions out.

Engine events arrive on the event loop's thread (qasync runs asyncio inside Qt), and are
re-emitted as Qt signals. Actions run as asyncio tasks; their failures become `failed`
signals carrying a sentence for people — never an exception lost in a coroutine.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from runway_desktop.core.running import events as ev
from runway_desktop.core.running.engine import Engine, EngineRefused
from runway_desktop.core.running.tasks import TaskRecord

log = logging.getLogger(__name__)


class EngineBridge(QObject):
    """Qt signals over the engine's events, and fire-and-report wrappers for its actions."""

    taskAdded = Signal(object)  # TaskRecord
    taskChanged = Signal(object)  # TaskRecord
    taskProgress = Signal(str, float)
    taskRemoved = Signal(str)
    outputSaved = Signal(object, object)  # TaskRecord, OutputFile
    failed = Signal(str, str)  # message for people, detail for a report
    busyChanged = Signal(bool)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._pending: set[asyncio.Task[Any]] = set()
        self._unsubscribe = engine.events.subscribe(self._on_event)

    def _on_event(self, event: ev.Event) -> None:
        match event:
            case ev.TaskAdded(task=task):
                self.taskAdded.emit(task)
            case ev.TaskChanged(task=task):
                self.taskChanged.emit(task)
            case ev.TaskProgress(task_id=task_id, progress=progress):
                self.taskProgress.emit(task_id, progress)
            case ev.TaskRemoved(task_id=task_id):
                self.taskRemoved.emit(task_id)
            case ev.OutputSaved(task=task, output=output):
                self.outputSaved.emit(task, output)
            case ev.EngineError(message=message, detail=detail):
                self.failed.emit(message, detail)

    @property
    def tasks(self) -> list[TaskRecord]:
        return self.engine.tasks

    def run(
        self,
        make: Callable[[], Awaitable[Any]],
        what: str,
        on_done: Callable[[Any], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Start an action; its failure is reported through `failed`, its result to `on_done`."""

        async def guarded() -> Any:
            try:
                result = await make()
            except asyncio.CancelledError:
                raise
            except EngineRefused as exc:
                self.failed.emit(exc.message, "")
                return None
            except Exception as exc:  # errors are data: shown in the banner, never lost
                message = getattr(exc, "user_message", None) or getattr(exc, "message", None) or str(exc)
                log.exception("%s failed", what)
                self.failed.emit(f"{what} failed: {message}", repr(exc))
                return None
            if on_done is not None:
                on_done(result)
            return result

        task = asyncio.ensure_future(guarded())
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        return task

    def submit(self, built: Any, params: dict[str, Any], on_done: Callable[[Any], None] | None = None):
        return self.run(lambda: self.engine.submit(built, params), "Submitting", on_done)

    def cancel(self, task_id: str):
        return self.run(lambda: self.engine.cancel(task_id), "Cancelling")

    def retry(self, task_id: str, on_done: Callable[[Any], None] | None = None):
        return self.run(lambda: self.engine.retry(task_id), "Retrying", on_done)

    def remove(self, task_id: str):
        return self.run(lambda: self.engine.remove(task_id), "Removing")

    def delete_from_runway(self, task_id: str):
        return self.run(lambda: self.engine.delete_from_runway(task_id), "Deleting from Runway")

    def close(self) -> None:
        self._unsubscribe()
        for task in self._pending:
            task.cancel()
