"""Laying out 2–4 takes: side by side for two, a 2×2 grid for three or four; one take alone when soloed."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from runway_desktop.ui.compare.labels import TakeLabel


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
    """The cells in a grid; `solo(i)` shows cell i alone, `solo(None)` all of them again."""

    def __init__(self, cells: list[TakeCell], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = cells
        self.soloed: int | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        columns = 2
        for index, cell in enumerate(cells):
            cell.setParent(self)
            grid.addWidget(cell, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        for row in range((len(cells) + columns - 1) // columns):
            grid.setRowStretch(row, 1)

    def solo(self, index: int | None) -> None:
        self.soloed = index
        for number, cell in enumerate(self.cells):
            cell.setVisible(index is None or number == index)
