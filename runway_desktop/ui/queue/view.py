"""The queue's list view: uniform rows, drags saved outputs out as files, says so when empty."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QDrag, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from runway_desktop.ui.queue.model import QueueRole

LAYOUT_BATCH = 2_000  # rows laid out per event-loop turn: ~5 ms


class QueueListView(QListView):
    """Rows never change height, so the view lays out 100,000 tasks without asking each one's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueList")
        self.setAccessibleName(self.tr("Queue"))
        self.setAccessibleDescription(
            self.tr("Every task, newest first; the selected one shows in the preview"))
        self.setUniformItemSizes(True)
        # A list view lays out every row (two calls into the model per row: ~230 ms for 100,000) on
        # each reset; in batches, that work is spread over event-loop turns of a few ms each, and the
        # rows on screen are painted after the first.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMouseTracking(True)
        self.empty_text = self.no_tasks_text()

    def no_tasks_text(self) -> str:
        """What the list says while the history is empty."""
        return self.tr("No tasks yet.\nPress Generate on a tab and your tasks appear here.")

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """Repaint the changed rows only. QListView lays every row out again on any change (~230 ms
        for 100,000 rows, at each progress tick); rows here never change size, so that is skipped."""
        QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))

    def sizeHint(self) -> QSize:
        return QSize(420, 480)  # room for six rows before the preview below takes its share

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the selected saved outputs as files (plus which task made them)."""
        indexes = [i for i in self.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled]
        model = self.model()
        if not indexes or model is None:
            return
        mime = model.mimeData(indexes)
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        thumbnail = self.currentIndex().data(QueueRole.THUMBNAIL)
        if isinstance(thumbnail, QPixmap) and not thumbnail.isNull():
            drag.setPixmap(thumbnail)
        drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            color = self.palette().color(QPalette.ColorRole.Text)
            color.setAlphaF(0.55)
            painter.setPen(color)
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                QRect(area), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            painter.end()
