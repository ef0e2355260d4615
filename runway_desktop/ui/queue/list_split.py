"""How the queue's height is shared between its list and the preview of the selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QListView, QSplitter, QStyleOptionViewItem, QWidget

PREVIEW_SHARE = 0.4  # of the height under the queue's filters and buttons
# The list shows at most this many rows (the half row says there are more) when the preview could use
# the height: a tall window shows the selected take large rather than more rows.
LIST_MOST_ROWS = 4.5


class ListPreviewSplit(QObject):
    """A vertical splitter of the list over the preview, divided by the rule above until the user drags it.

    A division restored from the last run (the splitter's "restored" property) is kept as it is.
    """

    def __init__(self, view: QListView, preview: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.preview = preview
        self.splitter = QSplitter(Qt.Orientation.Vertical, parent)
        self.splitter.setObjectName("queueSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(view)
        self.splitter.addWidget(preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._divided_by_user = False
        self.splitter.splitterMoved.connect(self._dragged)
        self.splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._divide()
        return False

    def _dragged(self, _position: int, _index: int) -> None:
        self._divided_by_user = True

    def _row_height(self) -> int:
        row = self.view.sizeHintForRow(0)
        if row > 0:
            return row
        option = QStyleOptionViewItem()  # no task yet: the height a row will have
        option.font = self.view.font()
        return self.view.itemDelegate().sizeHint(option, QModelIndex()).height() + 2 * self.view.spacing()

    def _divide(self) -> None:
        """The preview's share, what it needs, or all the list cannot use; the list has the rest."""
        if self._divided_by_user or self.splitter.property("restored"):
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        frame = self.view.height() - self.view.viewport().height()
        most_listed = round(LIST_MOST_ROWS * self._row_height()) + frame
        preview = max(self.preview.minimumSizeHint().height(), round(total * PREVIEW_SHARE),
                      total - most_listed)
        self.splitter.setSizes([max(0, total - preview), preview])
