"""Widgets that fit whatever room they are given: an eliding label, a row that stacks when narrow.

A label sized by its content (a file name, a model id) would otherwise push its panel wider;
these never ask for more than a little width, and say in full what they cut in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QWidget

MIN_ELIDED_WIDTH = 40


class ElidedLabel(QLabel):
    """One line of plain text, elided at its end when narrower than the text (full text as tooltip)."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._own_tip = ""
        self.setProperty("elided", True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MIN_ELIDED_WIDTH)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._refit()

    def setToolTip(self, tip: str) -> None:
        self._own_tip = tip
        self._refit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance(self._full) + 4), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_ELIDED_WIDTH, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, self._mode, room)
        QLabel.setText(self, shown)
        cut = shown != self._full
        QLabel.setToolTip(self, self._own_tip or (self._full if cut else ""))


class ShorteningLabel(QLabel):
    """One line in the longest of its wordings that fits the room it is offered (`fit`).

    Never wider than its words (a badge's background stays around them); the first wording in
    full is the tooltip whenever a shorter one is shown.
    """

    def __init__(self, wordings: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wordings = [w for w in wordings if w] or [""]
        self._own_tip = ""
        self._room: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._refit()

    def full_text(self) -> str:
        return self._wordings[0]

    def setToolTip(self, tip: str) -> None:
        self._own_tip = tip
        self._refit()

    def fit(self, room: int | None) -> None:
        """Show the longest wording no wider than `room` pixels (None: the first)."""
        self._room = room
        self._refit()

    def extra_width(self) -> int:
        """What the label adds around its words (margins, the style sheet's padding)."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def minimumSizeHint(self) -> QSize:
        shortest = self.fontMetrics().horizontalAdvance(self._wordings[-1])
        return QSize(shortest + self.extra_width(), super().minimumSizeHint().height())

    def _refit(self) -> None:
        shown = self._wordings[0]
        if self._room is not None:
            room = self._room - self.extra_width()
            fits = [w for w in self._wordings if self.fontMetrics().horizontalAdvance(w) <= room]
            shown = fits[0] if fits else self._wordings[-1]
        if shown != self.text():
            QLabel.setText(self, shown)
            self.updateGeometry()
        full = self._wordings[0]
        if shown == full:
            QLabel.setToolTip(self, self._own_tip)
        else:
            QLabel.setToolTip(self, f"{full}\n\n{self._own_tip}" if self._own_tip else full)


class ScaledPixmapLabel(QLabel):
    """A picture scaled down (never up) to the label's size, keeping its proportions; asks for no width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_source(self, pixmap: QPixmap | None) -> None:
        self._source = pixmap if pixmap is not None and not pixmap.isNull() else None
        self._rescale()

    def clear(self) -> None:
        self._source = None
        super().clear()

    def setText(self, text: str) -> None:
        self._source = None
        super().setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._source is None:
            return
        size = self._source.size().boundedTo(self.contentsRect().size())
        if size.width() <= 0 or size.height() <= 0:
            return
        self.setPixmap(self._source.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))


class Reflow(QObject):
    """Lays `layout` out left to right while `host` is at least `width` wide, else top to bottom."""

    def __init__(self, host: QWidget, layout: QBoxLayout, width: int) -> None:
        super().__init__(host)
        self._layout = layout
        self._width = width
        host.installEventFilter(self)
        self._apply(host.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._apply(watched.width())
        return False

    def _apply(self, width: int) -> None:
        wide = width >= self._width
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)


class _KeepWrappedHeight(QObject):
    """Keeps each watched word-wrapped label at least as tall as its words at its current width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        seen = event.type() in (QEvent.Type.Resize, QEvent.Type.Paint, QEvent.Type.Show)
        if seen and isinstance(watched, QLabel):
            need = watched.heightForWidth(watched.width()) if watched.text() else 0
            if need > 0 and watched.minimumHeight() != need:
                watched.setMinimumHeight(need)  # its layout (and a dialog) grows instead of clipping it
        return False


def keep_wrapped_height(*labels: QLabel) -> None:
    """A layout asks a word-wrapped label for its height once; these keep asking as the text changes."""
    for label in labels:
        watcher = label.findChild(_KeepWrappedHeight)
        if watcher is None:
            label.installEventFilter(_KeepWrappedHeight(label))
