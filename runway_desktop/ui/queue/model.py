"""The queue's item model: what each row shows (roles, texts, thumbnails) and outputs dragged out.

Which tasks are rows, and how they are read from the history and kept live, is `HistoryRows`.
"""

from __future__ import annotations

import enum
import json
import time
from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QPixmap

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.history_rows import AnyIndex, HistoryRows
from runway_desktop.ui.queue.text import (
    cost_text,
    elapsed_text,
    excerpt,
    state_text,
    thumbnail_source,
    tooltip_text,
)
from runway_desktop.ui.queue.thumbnails import RowThumbnails

OUTPUT_MIME = "application/x-runway-desktop-output"


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


class QueueModel(HistoryRows):
    """Rows are tasks, newest first, read from the history a page at a time; events touch one row."""

    def __init__(
        self,
        bridge: EngineBridge,
        thumbnails: ThumbnailCache | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(bridge, parent)
        self._clock = clock
        self._thumbs = RowThumbnails(thumbnails, self)
        self._thumbs.ready.connect(self._thumbnail_ready)
        self._thumb_rows: dict[str, set[str]] = {}  # thumbnail path -> ids of rows showing it
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        bridge.taskProgress.connect(self._on_progress)
        self.runningCountChanged.connect(self._live_ticks)
        self._live_ticks(self.running_count)

    def _live_ticks(self, count: int) -> None:
        if count and not self._ticker.isActive():
            self._ticker.start()
        elif not count:
            self._ticker.stop()

    def _on_progress(self, task_id: str, progress: float) -> None:
        if self._progress.get(task_id) == progress:
            return
        self._progress[task_id] = progress
        row = self.row_of(task_id)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [QueueRole.PROGRESS.value, QueueRole.STATE_TEXT.value])

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
        self._thumbs.close()
        self.close_history()
        try:
            self._bridge.taskProgress.disconnect(self._on_progress)
        except (RuntimeError, TypeError):
            pass
