"""Engine events: what the UI (through one bridge object) and the CLI subscribe to.

Every change to a task is announced by exactly one event. The narrower kinds of change
(`TaskProgress`, `OutputSaved`) are subclasses of `TaskChanged`, so a listener that only
cares that a task changed handles them all with one case.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from runway_desktop.core.running.tasks import OutputFile, TaskRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskAdded:
    task: TaskRecord


@dataclass(frozen=True)
class TaskChanged:
    task: TaskRecord


@dataclass(frozen=True)
class TaskProgress(TaskChanged):
    """Only the task's progress moved."""

    @property
    def task_id(self) -> str:
        return self.task.id

    @property
    def progress(self) -> float:
        return self.task.progress or 0.0


@dataclass(frozen=True)
class OutputSaved(TaskChanged):
    """One output was saved in the library (`task` already holds it)."""

    output: OutputFile


@dataclass(frozen=True)
class TaskRemoved:
    task_id: str


@dataclass(frozen=True)
class EngineError:
    """A problem worth showing (errors are data): `message` is for people, `detail` for a report."""

    message: str
    task_id: str | None = None
    detail: str = ""


Event = TaskAdded | TaskChanged | TaskRemoved | EngineError
Listener = Callable[[Event], None]


class EventBus:
    """Synchronous fan-out; a failing listener is logged and never breaks the engine."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("an event listener failed on %s", type(event).__name__)
