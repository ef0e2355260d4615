"""A thin list model over the engine's tasks, newest first, updated row by row from bridge signals."""

from __future__ import annotations

import enum
import gc
import json
import time
from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QPixmap

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.history_order import HistoryQuery, Order
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.paging import HistoryPages, OrderRead
from runway_desktop.ui.queue.text import (
    LIVE_STATES,
    cost_text,
    elapsed_text,
    excerpt,
    is_live,
    state_text,
    thumbnail_source,
    tooltip_text,
)
from runway_desktop.ui.queue.thumbnails import RowThumbnails

OUTPUT_MIME = "application/x-runway-desktop-output"
POLL_MS = 1500  # how soon a task another program added appears (the look itself takes microseconds)

AnyIndex = QModelIndex | QPersistentModelIndex


class QueueRole(enum.IntEnum):
    """Custom roles; the delegate and the filter read these (or `task_at`) rather than DisplayRole."""

    TASK = Qt.ItemDataRole.UserRole + 1
    TASK_ID = enum.auto()
    STATE = enum.auto()
    STATE_TEXT = enum.auto()
    PROGRESS = enum.auto()
    ELAPSED = enum.auto()
    COST = enum.auto()
    THUMBNAIL = enum.auto()
    MODEL = enum.auto()
    PROMPT = enum.auto()
    KIND = enum.auto()


_ROLE_NAMES = {role: role.name.lower().encode() for role in QueueRole}
_LIVE_ROLES = [QueueRole.ELAPSED.value]


class RowData(NamedTuple):
    task: TaskRecord
    state_text: str
    progress: float | None
    elapsed: str
    cost: str
    thumbnail: QPixmap | None
    kind: str


class QueueModel(QAbstractListModel):
    """Rows are tasks, newest first, read from the history a page at a time; events touch one row.

    The model holds the order of the tasks its query admits (two numbers per task) and the records
    of the pages on screen. Live tasks follow the engine's events; tasks another program (the CLI)
    adds to the same history appear within POLL_MS.
    """

    runningCountChanged = Signal(int)
    loaded = Signal()  # an order (the history opened, or a new filter) is in place

    def __init__(
        self,
        bridge: EngineBridge,
        thumbnails: ThumbnailCache | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._clock = clock
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
        self._thumbs = RowThumbnails(thumbnails, self)
        self._thumbs.ready.connect(self._thumbnail_ready)
        self._thumb_rows: dict[str, set[str]] = {}  # thumbnail path -> ids of rows showing it
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_outside)
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        bridge.taskAdded.connect(self._on_added)
        bridge.taskChanged.connect(self._on_changed)
        bridge.taskRemoved.connect(self._on_removed)
        bridge.taskProgress.connect(self._on_progress)
        bridge.historyReplaced.connect(self.reload)
        self.reload()
        self._poll.start()

    # -- reading the history ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether the order is still being read (the list is not empty, only not shown yet)."""
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
        task = self._pages.record(self._shown, row)
        if task is None and not self._loading:
            self._reload_soon.start()  # deleted behind our back (another program): read the order again
        return task

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
        if count and not self._ticker.isActive():
            self._ticker.start()
        elif not count:
            self._ticker.stop()

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

    def _on_progress(self, task_id: str, progress: float) -> None:
        if self._progress.get(task_id) == progress:
            return
        self._progress[task_id] = progress
        row = self.row_of(task_id)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [QueueRole.PROGRESS.value, QueueRole.STATE_TEXT.value])

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
        for rowid, task in sorted(reader.newer_than(self._newest).items()):
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

    def _tick(self) -> None:
        """Live rows' elapsed time moves on; only those rows are touched."""
        for task_id in self._live:
            index = self.index_of(task_id)
            if index.isValid():
                self.dataChanged.emit(index, index, _LIVE_ROLES)

    def _thumbnail_ready(self, path: str) -> None:
        for task_id in self._thumb_rows.pop(path, ()):
            index = self.index_of(task_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [QueueRole.THUMBNAIL.value])

    def row_data(self, row: int) -> RowData | None:
        """Everything a row shows, in one call (the delegate's fast path; roles give the same values)."""
        task = self._record(row)
        if task is None:
            return None
        source = thumbnail_source(task)
        return RowData(
            task=task,
            state_text=state_text(task, self._progress.get(task.id)),
            progress=self._progress.get(task.id, task.progress),
            elapsed=elapsed_text(task, self._clock()),
            cost=cost_text(task),
            thumbnail=self._thumbnail(task, source),
            kind=source[1] if source else task.tab,
        )

    # -- Qt model interface -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()})
        return names

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        task = self._record(index.row())
        if task is not None and task.saved_paths:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        task = self._record(index.row()) if index.isValid() else None
        if task is None:
            return None
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return f"{task.model} — {excerpt(task.prompt, 80)}" if task.prompt else task.model
            case QueueRole.TASK:
                return task
            case QueueRole.TASK_ID:
                return task.id
            case QueueRole.STATE:
                return task.state
            case QueueRole.STATE_TEXT:
                return state_text(task, self._progress.get(task.id))
            case QueueRole.PROGRESS:
                return self._progress.get(task.id, task.progress)
            case QueueRole.ELAPSED:
                return elapsed_text(task, self._clock())
            case QueueRole.COST:
                return cost_text(task)
            case QueueRole.MODEL:
                return task.model
            case QueueRole.PROMPT:
                return task.prompt
            case QueueRole.KIND:
                source = thumbnail_source(task)
                return source[1] if source else task.tab
            case QueueRole.THUMBNAIL:
                return self._thumbnail(task, thumbnail_source(task))
            case Qt.ItemDataRole.ToolTipRole:
                return tooltip_text(task)
            case Qt.ItemDataRole.AccessibleTextRole:
                state = state_text(task, self._progress.get(task.id))
                if task.prompt:
                    return self.tr("{model}, {prompt}, {state}").format(
                        model=task.model, prompt=excerpt(task.prompt, 60), state=state)
                return self.tr("{model}, {state}").format(model=task.model, state=state)
            case Qt.ItemDataRole.AccessibleDescriptionRole:
                return self.tr("{prompt}. {elapsed}. {cost}").format(
                    prompt=task.prompt or self.tr("No prompt"), elapsed=elapsed_text(task, self._clock()),
                    cost=cost_text(task))
        return None

    def _thumbnail(self, task: TaskRecord, source: tuple[str, str] | None) -> QPixmap | None:
        if source is None:
            return None
        path, kind = source
        pixmap = self._thumbs.pixmap(path, kind)
        if pixmap is None:
            self._thumb_rows.setdefault(path, set()).add(task.id)
        return pixmap

    # -- dragging outputs out -----------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list", OUTPUT_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData | None:
        """Saved outputs as file URLs (so drop zones treat them as files) plus which task made them."""
        urls: list[QUrl] = []
        first: dict[str, str] | None = None
        for index in indexes:
            if not index.isValid():
                continue
            task = self._record(index.row())
            for path in task.saved_paths if task is not None else ():
                urls.append(QUrl.fromLocalFile(path))
                if first is None:
                    first = {"task_id": task.id, "path": path}
        if not urls:
            return None
        mime = QMimeData()
        mime.setUrls(urls)
        mime.setData(OUTPUT_MIME, QByteArray(json.dumps(first).encode()))
        return mime

    def close(self) -> None:
        """Stop listening to the engine (the window is closing)."""
        self._ticker.stop()
        self._poll.stop()
        self._reload_soon.stop()
        self._pages.close()
        self._thumbs.close()
        for signal, slot in (
            (self._bridge.taskAdded, self._on_added),
            (self._bridge.taskChanged, self._on_changed),
            (self._bridge.taskRemoved, self._on_removed),
            (self._bridge.taskProgress, self._on_progress),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
