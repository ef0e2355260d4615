"""The queue's rows: the history's order for a query, its records a page at a time, kept live.

The model holds the order of the tasks its query admits (two numbers per task, see
`core.storage.history_order`) and the records of the pages on screen (`paging.HistoryPages`).
The engine's events move single rows; rows another program (the CLI) writes to the same history
appear within POLL_MS; a change that no event explains reads the order again.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QTimer, Signal

from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.history_order import NEWER_AT_ONCE, HistoryQuery, Order
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.paging import SMALL, HistoryPages, OrderRead
from runway_desktop.ui.queue.text import LIVE_STATES, is_live

AnyIndex = QModelIndex | QPersistentModelIndex
POLL_MS = 1500  # how soon a task another program added appears (the look itself takes microseconds)


class HistoryRows(QAbstractListModel):
    """Tasks newest first as the query admits them, read from the history as they are shown."""

    runningCountChanged = Signal(int)
    loaded = Signal()  # rows are in place (the history opened, a filter's first rows, or all of them)

    def __init__(self, bridge: EngineBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._query = HistoryQuery()
        self._full = Order()  # every task
        self._shown = self._full  # the tasks the query admits (the same object when it admits all)
        self._newest = 0  # the largest rowid known: rows after it were written since
        self._version = -1
        self._loading = False
        self._replay: list[tuple[str, object]] = []  # events met while an order was being read
        self._outside: set[str] = set()  # tasks another program wrote: read afresh when it writes again
        self._progress: dict[str, float] = {}
        self._live: set[str] = set()
        self._running_count = 0
        self._pages = HistoryPages(LIVE_STATES, self)
        self._pages.ordered.connect(self._ordered)
        self._pages.pageRead.connect(self._page_read)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_outside)
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        self._pages.rowsGone.connect(self._reload_soon.start)  # deleted by another program: a new order
        self._look_again = QTimer(self)
        self._look_again.setSingleShot(True)
        self._look_again.setInterval(0)
        self._look_again.timeout.connect(self._check_outside)
        bridge.taskAdded.connect(self._on_added)
        bridge.taskChanged.connect(self._on_changed)
        bridge.taskRemoved.connect(self._on_removed)
        bridge.historyReplaced.connect(self.reload)
        self.reload()
        self._poll.start()

    # -- reading the history ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether an order is still being read (what is shown may be only the newest matches)."""
        return self._loading

    @property
    def total(self) -> int:
        """Every task in the history, whatever the query admits."""
        return len(self._full)

    @property
    def query(self) -> HistoryQuery:
        return self._query

    def reload(self) -> None:
        """Read the history afresh (opened, switched, or changed in a way events did not say)."""
        self._pages.open(self._bridge.history_path)
        self._version = self._pages.reader.data_version() if self._pages.reader else -1
        self._start(None)

    def set_query(self, query: HistoryQuery) -> None:
        """Show the tasks `query` admits (SQLite chooses them; the order arrives as `loaded`)."""
        if query != self._query:
            self._query = query
            self._start(self._full.copy())

    def _start(self, base: Order | None) -> None:
        self._loading = True
        self._replay = []
        self._pages.request(self._query, base)

    def _ordered(self, read: OrderRead) -> None:
        shown = self._full if read.shown is None and read.full is None else read.shown
        if read.first:  # the newest matches: shown now, the rest of the answer follows them
            self.beginResetModel()
            self._shown = shown if shown is not None else self._full
            self.endResetModel()
            self.loaded.emit()
            return
        if read.full is None and shown is not None and self._extends(shown):
            self.beginInsertRows(QModelIndex(), len(self._shown), len(shown) - 1)
            self._shown = shown
            self.endInsertRows()
        else:
            self.beginResetModel()
            if read.full is not None:
                self._full = read.full
                self._pages.small = len(read.full) <= SMALL
                self._newest = read.newest
                self._live = read.live
                self._progress.clear()
            self._shown = self._full if read.shown is None else read.shown
            self.endResetModel()
        self._loading = False
        replay, self._replay = self._replay, []
        for kind, value in replay:  # what happened while the order was read, once more (no-ops if seen)
            if kind == "task" and isinstance(value, TaskRecord):
                self._upsert(value)
            elif kind == "removed" and isinstance(value, tuple):
                self._remove(*value)
        self._update_running()
        if read.full is not None:
            # The window keeps these for its lifetime; out of the collector's reach, a full collection
            # no longer walks them (tens of ms with a long history: a visible stall while scrolling).
            gc.freeze()
        self.loaded.emit()

    def _extends(self, shown: Order) -> bool:
        """Whether `shown` begins with the rows on screen (the first rows of the same answer)."""
        count = len(self._shown)
        return self._shown is not self._full and 0 < count < len(shown) and \
            shown.rowids[:count] == self._shown.rowids

    def _record(self, row: int) -> TaskRecord | None:
        if not 0 <= row < len(self._shown):
            return None
        return self._pages.record(self._shown, row)

    def _page_read(self, first: int, last: int) -> None:
        last = min(last, len(self._shown) - 1)
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0), [])

    def _row_in(self, order: Order, task_id: str) -> int | None:
        place = self._pages.locate(task_id)
        return None if place is None else order.find(*place)

    def row_of(self, task_id: str) -> int | None:
        return self._row_in(self._shown, task_id)

    def task_at(self, row: int) -> TaskRecord | None:
        return self._record(row)

    def task(self, task_id: str) -> TaskRecord | None:
        place = self._pages.locate(task_id)
        if place is None:
            return None
        cached = self._pages.cached(place[0])
        if cached is not None:
            return cached
        reader = self._pages.reader
        return reader.records([place[0]]).get(place[0]) if reader is not None else None

    def index_of(self, task_id: str) -> QModelIndex:
        row = self.row_of(task_id)
        return QModelIndex() if row is None else self.index(row, 0)

    @property
    def running_count(self) -> int:
        return self._running_count

    def _update_running(self) -> None:
        count = len(self._live)
        if count != self._running_count:
            self._running_count = count
            self.runningCountChanged.emit(count)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        # Called twice per row whenever the view lays the list out: kept to the least Python.
        return len(self._shown.rowids) if not parent.isValid() else 0

    # -- changes: the engine's events and other programs' writes ------------------------------------

    def _on_added(self, task: TaskRecord) -> None:
        self._on_changed(task)

    def _on_changed(self, task: TaskRecord) -> None:
        self._progress.pop(task.id, None)
        if self._loading:
            self._replay.append(("task", task))
        self._upsert(task)
        self._track_live(task)

    def _upsert(self, task: TaskRecord) -> None:
        """Show a task as it is now: a new row, a changed one, or one the query now admits or drops."""
        place = self._pages.locate(task.id)
        if place is None:
            return  # not in the history (yet): its row comes with the next order
        rowid, created_at = place
        self._pages.remember(rowid, task, self._live)
        self._newest = max(self._newest, rowid)
        at = self._full.find(rowid, created_at)
        if at is None:
            at = self._full.place(rowid, created_at)
            if self._shown is self._full:
                self.beginInsertRows(QModelIndex(), at, at)
                self._full.insert(at, rowid, created_at)
                self.endInsertRows()
                return
            self._full.insert(at, rowid, created_at)
        elif self._shown is self._full:
            index = self.index(at, 0)
            self.dataChanged.emit(index, index, [])
            return
        row = self._shown.find(rowid, created_at)
        admitted = self._query.matches(task)
        if row is None and admitted:
            row = self._shown.place(rowid, created_at)
            self.beginInsertRows(QModelIndex(), row, row)
            self._shown.insert(row, rowid, created_at)
            self.endInsertRows()
        elif row is not None and not admitted:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._shown.pop(row)
            self.endRemoveRows()
        elif row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [])

    def _on_removed(self, task_id: str) -> None:
        place = self._pages.forget(task_id)
        self._progress.pop(task_id, None)
        self._live.discard(task_id)
        self._update_running()
        if place is None:
            self._reload_soon.start()  # a task never shown: where it was is only known to a new order
            return
        if self._loading:
            self._replay.append(("removed", place))
        self._remove(*place)

    def _remove(self, rowid: int, created_at: float) -> None:
        if self._shown is not self._full:
            row = self._shown.find(rowid, created_at)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._shown.pop(row)
                self.endRemoveRows()
        at = self._full.find(rowid, created_at)
        if at is None:
            return
        if self._shown is self._full:
            self.beginRemoveRows(QModelIndex(), at, at)
            self._full.pop(at)
            self.endRemoveRows()
        else:
            self._full.pop(at)

    def _check_outside(self) -> None:
        """Rows another program (the CLI) wrote to the same history since the last look."""
        reader = self._pages.reader
        if reader is None or self._loading:
            return
        version = reader.data_version()  # microseconds; changes with every commit of another connection
        if version == self._version:
            return
        self._version = version
        if self._outside:  # their newer versions are read when next painted
            self._pages.drop_records(self._outside)
            if len(self._shown):
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, 0), [])
        found = reader.newer_than(self._newest)
        if len(found) >= NEWER_AT_ONCE:
            self._version = -2  # more than one look's worth: look again at once, after this turn
            self._look_again.start()
        for rowid, task in sorted(found.items()):
            self._newest = max(self._newest, rowid)
            if self._bridge.task(task.id) is None:
                self._outside.add(task.id)
            self._upsert(task)
            self._track_live(task)

    def _track_live(self, task: TaskRecord) -> None:
        if is_live(task):
            self._live.add(task.id)
        else:
            self._live.discard(task.id)
        self._update_running()

    def close_history(self) -> None:
        """Stop reading the history and listening to the engine."""
        self._poll.stop()
        self._reload_soon.stop()
        self._look_again.stop()
        self._pages.close()
        for signal, slot in (
            (self._bridge.taskAdded, self._on_added),
            (self._bridge.taskChanged, self._on_changed),
            (self._bridge.taskRemoved, self._on_removed),
            (self._bridge.historyReplaced, self.reload),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
