"""A thin list model over the engine's tasks, newest first, updated row by row from bridge signals."""

from __future__ import annotations

import bisect
import enum
import gc
import json
import operator
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
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.text import (
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


_CREATED = operator.attrgetter("created_at")
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
    """Rows are tasks, newest first; an id→position index makes every event touch one row."""

    runningCountChanged = Signal(int)

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
        # Stored oldest first so the common case (a new task) is an append that shifts no index;
        # row r of the model is position len-1-r here.
        self._items: list[TaskRecord] = []
        self._keys: list[float] = []
        self._pos: dict[str, int] = {}
        self._progress: dict[str, float] = {}
        self._live: set[str] = set()
        self._running_count = 0
        self._thumbs = RowThumbnails(thumbnails, self)
        self._thumbs.ready.connect(self._thumbnail_ready)
        self._thumb_rows: dict[str, set[str]] = {}  # thumbnail path -> ids of rows showing it
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._load(bridge.tasks)
        bridge.taskAdded.connect(self._on_added)
        bridge.taskChanged.connect(self._on_changed)
        bridge.taskRemoved.connect(self._on_removed)
        bridge.taskProgress.connect(self._on_progress)
        bridge.historyReplaced.connect(self.reload)

    # -- state --------------------------------------------------------------------------------

    def _load(self, tasks: Iterable[TaskRecord]) -> None:
        # The engine lists newest first, so reversing leaves the sort (stable) next to nothing to do.
        ordered = sorted(reversed(list(tasks)), key=_CREATED)
        self._items = ordered
        self._keys = [t.created_at for t in ordered]
        self._pos = {t.id: i for i, t in enumerate(ordered)}
        self._progress.clear()
        self._live = {t.id for t in ordered if is_live(t)}
        self._update_running()
        # The history lives as long as the window. Out of the collector's reach, it no longer makes
        # each full collection scan every record (tens of ms with 10,000 tasks: a visible stall).
        gc.freeze()

    def reload(self) -> None:
        """Show the engine's tasks afresh (after it loaded its store); one reset, never per event."""
        self.beginResetModel()
        self._load(self._bridge.tasks)
        self.endResetModel()

    def _row_of(self, pos: int) -> int:
        return len(self._items) - 1 - pos

    def row_of(self, task_id: str) -> int | None:
        pos = self._pos.get(task_id)
        return None if pos is None else self._row_of(pos)

    def task_at(self, row: int) -> TaskRecord:
        return self._items[len(self._items) - 1 - row]

    def task(self, task_id: str) -> TaskRecord | None:
        pos = self._pos.get(task_id)
        return None if pos is None else self._items[pos]

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

    # -- engine events --------------------------------------------------------------------------

    def _on_added(self, task: TaskRecord) -> None:
        if task.id in self._pos:
            self._on_changed(task)
            return
        key = task.created_at
        pos = bisect.bisect(self._keys, key)
        row = len(self._items) - pos
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(pos, task)
        self._keys.insert(pos, key)
        if pos == len(self._items) - 1:
            self._pos[task.id] = pos
        else:
            for i in range(pos, len(self._items)):
                self._pos[self._items[i].id] = i
        self.endInsertRows()
        self._track_live(task)

    def _on_changed(self, task: TaskRecord) -> None:
        pos = self._pos.get(task.id)
        if pos is None:
            self._on_added(task)
            return
        self._items[pos] = task
        self._progress.pop(task.id, None)
        index = self.index(self._row_of(pos), 0)
        self.dataChanged.emit(index, index, [])
        self._track_live(task)

    def _on_progress(self, task_id: str, progress: float) -> None:
        pos = self._pos.get(task_id)
        if pos is None or self._progress.get(task_id) == progress:
            return
        self._progress[task_id] = progress
        index = self.index(self._row_of(pos), 0)
        self.dataChanged.emit(index, index, [QueueRole.PROGRESS.value, QueueRole.STATE_TEXT.value])

    def _on_removed(self, task_id: str) -> None:
        pos = self._pos.get(task_id)
        if pos is None:
            return
        row = self._row_of(pos)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[pos]
        del self._keys[pos]
        del self._pos[task_id]
        for i in range(pos, len(self._items)):
            self._pos[self._items[i].id] = i
        self.endRemoveRows()
        self._progress.pop(task_id, None)
        self._live.discard(task_id)
        self._update_running()

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

    def row_data(self, row: int) -> RowData:
        """Everything a row shows, in one call (the delegate's fast path; roles give the same values)."""
        task = self.task_at(row)
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
        return 0 if parent.isValid() else len(self._items)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()})
        return names

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.task_at(index.row()).saved_paths:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        task = self.task_at(index.row())
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
                prompt = f", {excerpt(task.prompt, 60)}" if task.prompt else ""
                return f"{task.model}{prompt}, {state_text(task, self._progress.get(task.id))}"
            case Qt.ItemDataRole.AccessibleDescriptionRole:
                return f"{task.prompt or 'No prompt'}. {elapsed_text(task, self._clock())}. {cost_text(task)}"
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
            task = self.task_at(index.row())
            for path in task.saved_paths:
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
