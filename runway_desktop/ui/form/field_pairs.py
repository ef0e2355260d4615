"""Small fields two to a line while the form is wide enough for both, one to a line when it is not."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

COLUMN_GAP = 24
ROW_GAP = 14


class FieldPairs(QWidget):
    """A grid of field rows that re-lays itself in one column when two would not fit its width.

    Two columns only when each can hold the widest row at its own width; its minimum width is that
    of one column, so a narrow window never makes the form scroll sideways; its rows keep their
    order either way (left to right, then down).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldPairs")
        self._rows: list[tuple[QWidget, Qt.AlignmentFlag]] = []
        self._columns = 1  # two once measured (see `_fit`)
        self._widest: int | None = None  # the widest row's minimum width, until the layout changes
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(COLUMN_GAP)
        self._grid.setVerticalSpacing(ROW_GAP)

    @property
    def columns(self) -> int:
        return self._columns

    def add(self, row: QWidget, align: Qt.AlignmentFlag) -> None:
        self._rows.append((row, align))
        self._widest = None
        self._place()

    def _widest_row(self) -> int:
        """The widest row's own width: a row narrower than it would wrap its buttons or cut its words."""
        if self._widest is None:
            self._widest = max((max(r.sizeHint().width(), r.minimumWidth()) for r, _ in self._rows),
                               default=0)
        return self._widest

    def _two_fit(self, width: int) -> bool:
        return len(self._rows) >= 2 and self._widest_row() * 2 + COLUMN_GAP <= width  # one row: all of it

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._widest = None  # a row's contents changed (or were styled): measure again
            self._fit(self.width())
        return super().event(event)

    def _fit(self, width: int) -> None:
        columns = 2 if self._two_fit(width) else 1
        if columns != self._columns:
            self._columns = columns
            self._place()

    def _place(self) -> None:
        for row, _ in self._rows:
            self._grid.removeWidget(row)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < self._columns else 0)
        for index, (row, align) in enumerate(self._rows):
            self._grid.addWidget(row, index // self._columns, index % self._columns, align)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        if self._columns == 2 and self._rows:
            hint.setWidth(min(hint.width(), self._widest_row()))
        return hint
