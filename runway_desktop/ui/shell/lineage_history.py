"""The lineage tree's history: the tasks the engine holds, and older ones read from the store when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from runway_desktop.core.running.tasks import TaskRecord
    from runway_desktop.ui.bridge import EngineBridge


class OlderLineage:
    """Finds a shown take's parents and children beyond the engine's working set, once per take."""

    def __init__(self, bridge: EngineBridge, redraw: Callable[[], None]) -> None:
        self._bridge = bridge
        self._redraw = redraw
        self._read: dict[str, TaskRecord] = {}  # tasks read from the store for a lineage shown
        self._asked: set[str] = set()

    def lookup(self, task_id: str) -> TaskRecord | None:
        return self._bridge.task(task_id) or self._read.get(task_id)

    def tasks(self) -> list[TaskRecord]:
        held = self._bridge.tasks
        ids = {t.id for t in held}
        return held + [t for t in self._read.values() if t.id not in ids]

    def read(self, task: TaskRecord) -> None:
        """Read the take's whole lineage from the store (off the UI thread); redraw if it adds a task."""
        if task.id in self._asked:
            return
        self._asked.add(task.id)
        self._bridge.lineage(task, self._arrived)

    def _arrived(self, found: Any) -> None:
        fresh = {task_id: task for task_id, task in (found or {}).items()
                 if task_id not in self._read and self._bridge.task(task_id) is None}
        if fresh:
            self._read.update(fresh)
            self._redraw()
