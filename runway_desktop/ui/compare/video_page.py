"""Videos in a grid, all on one transport; one take's sound at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from runway_desktop.ui.compare.labels import labels_for
from runway_desktop.ui.compare.sync import PlayerGroup
from runway_desktop.ui.compare.takes import Take
from runway_desktop.ui.compare.tiles import TakeCell, TileGrid, aspect_of
from runway_desktop.ui.compare.transport import Transport
from runway_desktop.ui.compare.video_tile import VideoTile


class VideoPage(QWidget):
    """Space plays all, ←/→ steps all, N solos take N (alone on screen, its sound heard)."""

    def __init__(self, takes: list[Take], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareVideoPage")
        self.tiles = [VideoTile(take.path) for take in takes]
        self.group = PlayerGroup(list(self.tiles), self)
        labels = labels_for(takes)
        cells = [TakeCell(tile, label) for tile, label in zip(self.tiles, labels, strict=True)]
        self.grid = TileGrid(cells, aspect=aspect_of(takes[0].params.get("ratio")))
        self.transport = Transport(self.group, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.transport)
        self._hear(None)
        for tile in self.tiles:
            tile.player.pause()  # shows each first frame

    def toggle(self) -> None:
        self.group.toggle()

    def step(self, frames: int) -> None:
        self.group.step(frames)

    def solo(self, index: int) -> None:
        """Show (and hear) take `index` alone; the same key again shows every take."""
        chosen = None if self.grid.soloed == index else index
        self.grid.solo(chosen)
        self._hear(chosen)

    def _hear(self, index: int | None) -> None:
        heard = 0 if index is None else index  # four soundtracks at once would be noise
        for number, tile in enumerate(self.tiles):
            tile.audio.setMuted(number != heard)

    def release(self) -> None:
        self.group.stop()
        for tile in self.tiles:
            tile.release()
