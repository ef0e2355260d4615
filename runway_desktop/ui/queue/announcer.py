"""What a screen reader hears of the queue: a task's row added or removed, its new state, its progress.

Qt's AT-SPI bridge passes on no table-model change of an item view (the view's own
QAccessibleTableModelChangeEvent only refreshes Qt's cache), so a new task, or its state, would be
there to be read but never said. Per row, this sends the events the bridge does pass on:
ObjectCreated (children-changed:add) for a new row, ObjectDestroyed (children-changed:remove) for one
going, NameChanged (property-change:accessible-name) when a row's spoken text changes: at once for a
new state, at most once a second per row for progress alone (the newest figure, never a backlog).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAbstractItemView

from runway_desktop.ui.queue.model import QueueRole

ANNOUNCED_ROWS = 20  # more rows at once is a page of history arriving, not tasks to be read out
PROGRESS_GAP_S = 1.0
_SPOKEN_ROLES = frozenset({
    int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole),
    int(QueueRole.STATE), int(QueueRole.STATE_TEXT), int(QueueRole.PROGRESS),
})

Send = Callable[[QAccessible.Event, int], None]
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    """What was last said of one task's row, and a progress figure waiting for its turn."""

    state: object
    name: str
    said_at: float
    waiting: QPersistentModelIndex | None = None


class QueueAnnouncer(QObject):
    """Sends accessibility events for the rows of `view` (whose model is the queue's, filtered or not)."""

    def __init__(
        self,
        view: QAbstractItemView,
        parent: QObject | None = None,
        *,
        send: Send | None = None,
        active: Callable[[], bool] = QAccessible.isActive,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._send = send or self._post
        self._active = active
        self._clock = clock
        self._rows: dict[str, _Row] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._say_waiting)
        model = view.model()
        model.rowsInserted.connect(self._inserted)
        model.rowsAboutToBeRemoved.connect(self._removing)
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._reset)

    def _post(self, kind: QAccessible.Event, row: int) -> None:
        event = QAccessibleEvent(self._view, kind)
        event.setChild(row)
        QAccessible.updateAccessibility(event)

    # -- the model's changes ------------------------------------------------------------------------

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid() or last - first >= ANNOUNCED_ROWS or not self._active():
            return
        model = self._view.model()
        for row in range(first, last + 1):
            index = model.index(row, 0)
            self._send(QAccessible.Event.ObjectCreated, row)
            task_id, state, name = _spoken(index)
            if task_id is not None:
                self._rows[task_id] = _Row(state, name, self._clock())

    def _removing(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid() or last - first >= ANNOUNCED_ROWS or not self._active():
            return
        model = self._view.model()
        for row in range(first, last + 1):
            self._rows.pop(str(model.index(row, 0).data(QueueRole.TASK_ID)), None)
            self._send(QAccessible.Event.ObjectDestroyed, row)

    def _changed(self, top: AnyIndex, bottom: AnyIndex, roles: Sequence[int] = ()) -> None:
        """One row's spoken text changed (a range of rows is a refresh: pages read, another program)."""
        if top.row() != bottom.row() or (roles and _SPOKEN_ROLES.isdisjoint(int(r) for r in roles)):
            return
        if not self._active():
            return
        task_id, state, name = _spoken(top)
        if task_id is None:
            return
        known = self._rows.get(task_id)
        now = self._clock()
        if known is None or known.state != state:
            self._rows[task_id] = _Row(state, name, now)
            self._send(QAccessible.Event.NameChanged, top.row())
        elif known.name != name:
            if now - known.said_at >= PROGRESS_GAP_S and known.waiting is None:
                known.name, known.said_at = name, now
                self._send(QAccessible.Event.NameChanged, top.row())
            else:
                known.waiting = QPersistentModelIndex(top)
                self._wake_at(known.said_at + PROGRESS_GAP_S)

    def _reset(self) -> None:
        for known in self._rows.values():
            known.waiting = None
        self._timer.stop()

    # -- progress, at most once a second per row -----------------------------------------------------

    def _wake_at(self, due: float) -> None:
        delay_ms = max(0, round((due - self._clock()) * 1000))
        if not self._timer.isActive() or self._timer.remainingTime() > delay_ms:
            self._timer.start(delay_ms)

    def _say_waiting(self) -> None:
        now = self._clock()
        due: list[float] = []
        for task_id, known in self._rows.items():
            index = known.waiting
            if index is None:
                continue
            if now - known.said_at < PROGRESS_GAP_S:
                due.append(known.said_at + PROGRESS_GAP_S)
                continue
            known.waiting = None
            if not index.isValid() or not self._active():
                continue
            current_id, state, name = _spoken(index)
            if current_id == task_id and (state, name) != (known.state, known.name):
                known.state, known.name, known.said_at = state, name, now
                self._send(QAccessible.Event.NameChanged, index.row())
        if due:
            self._wake_at(min(due))


def _spoken(index: AnyIndex) -> tuple[str | None, object, str]:
    """The row's task id, state and accessible name (no id: its record is not read yet)."""
    task_id = index.data(QueueRole.TASK_ID)
    if task_id is None:
        return None, None, ""
    name = index.data(Qt.ItemDataRole.AccessibleTextRole) or ""
    return str(task_id), index.data(QueueRole.STATE), str(name)
