"""Laying out 2–4 takes with no empty quadrant; one take alone when soloed.

Two takes sit side by side and four in a 2×2 grid. Three take whichever of two arrangements shows
the pictures larger in the space there is: three in a row, or two above one centred under them
(each cell spans two of four grid columns, the lone one the middle two).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from runway_desktop.ui.compare.labels import TakeLabel

Cell = tuple[int, int, int, int]  # row, column, row span, column span (in a grid of 4 half-columns)
ROW = "row"
TWO_OVER_ONE = "two over one"
ARRANGEMENTS: dict[str, list[Cell]] = {
    ROW: [(0, 0, 1, 2), (0, 2, 1, 2), (0, 4, 1, 2)],
    TWO_OVER_ONE: [(0, 0, 1, 2), (0, 2, 1, 2), (1, 1, 1, 2)],
}
DEFAULT_ASPECT = 16 / 9
CAPTION_PX = 48  # about what a caption under a picture takes


def _fitted_area(width: float, height: float, aspect: float) -> float:
    """The area of a picture of `aspect` (width / height) fitted into width × height."""
    if width <= 0 or height <= 0:
        return 0.0
    return min(width, height * aspect) * min(height, width / aspect)


def arrangement_for_three(size: QSize, aspect: float = DEFAULT_ASPECT) -> str:
    """ROW or TWO_OVER_ONE: whichever shows three pictures of `aspect` larger in `size`."""
    in_row = _fitted_area(size.width() / 3, size.height() - CAPTION_PX, aspect)
    stacked = _fitted_area(size.width() / 2, size.height() / 2 - CAPTION_PX, aspect)
    return ROW if in_row > stacked else TWO_OVER_ONE


def cells_for(count: int, arrangement: str = TWO_OVER_ONE) -> list[Cell]:
    """Where each of `count` takes goes in a grid of half-columns."""
    if count == 3:
        return ARRANGEMENTS[arrangement]
    if count <= 2:
        return [(0, 2 * index, 1, 2) for index in range(count)]
    return [(index // 2, 2 * (index % 2), 1, 2) for index in range(count)]


def aspect_of(ratio: object) -> float:
    """'1280:720' → 1.78; anything unreadable → 16:9."""
    if isinstance(ratio, str) and ":" in ratio:
        width, _, height = ratio.partition(":")
        try:
            if float(width) > 0 and float(height) > 0:
                return float(width) / float(height)
        except ValueError:
            pass
    return DEFAULT_ASPECT


class TakeCell(QWidget):
    """A take's picture (video, image or waveform) with its caption under it."""

    def __init__(self, content: QWidget, label: TakeLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.label = label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(content, 1)
        layout.addWidget(label)


class TileGrid(QWidget):
    """The cells laid out with no empty quadrant; `solo(i)` shows cell i alone, `solo(None)` all again."""

    def __init__(self, cells: list[TakeCell], parent: QWidget | None = None,
                 aspect: float = DEFAULT_ASPECT) -> None:
        super().__init__(parent)
        self.cells = cells
        self.aspect = aspect
        self.soloed: int | None = None
        self.arrangement = TWO_OVER_ONE if len(cells) == 3 else ""
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        for cell in cells:
            cell.setParent(self)
        self._place()

    def _place(self) -> None:
        for cell in self.cells:
            self._grid.removeWidget(cell)
        placed = cells_for(len(self.cells), self.arrangement or TWO_OVER_ONE)
        if self.soloed is not None:  # the one take shown fills the whole grid
            placed = [(0, 0, 2, 6) if n == self.soloed else (0, 0, 1, 1) for n in range(len(self.cells))]
        for cell, (row, column, rows, columns) in zip(self.cells, placed, strict=True):
            self._grid.addWidget(cell, row, column, rows, columns)
        used_columns = max(c + span for _r, c, _rs, span in placed)
        used_rows = max(r + span for r, _c, span, _cs in placed)
        for column in range(6):
            self._grid.setColumnStretch(column, 1 if column < used_columns else 0)
        for row in range(2):
            self._grid.setRowStretch(row, 1 if row < used_rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if len(self.cells) == 3:
            chosen = arrangement_for_three(event.size(), self.aspect)
            if chosen != self.arrangement:
                self.arrangement = chosen
                self._place()

    def solo(self, index: int | None) -> None:
        self.soloed = index
        for number, cell in enumerate(self.cells):
            cell.setVisible(index is None or number == index)
        self._place()
