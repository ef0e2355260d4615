"""A fade over the bottom of the form while more lies below: a field cut by the footer reads as "scroll"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollArea, QWidget


class ScrollFade(QWidget):
    """Drawn over the last lines of `scroll`'s viewport (clicks go through); hidden at the very bottom."""

    def __init__(self, scroll: QScrollArea, content: QWidget) -> None:
        super().__init__(scroll.viewport())
        self.setObjectName("formFade")
        self.setProperty("overlay", True)  # drawn over the form on purpose (the layout checks know)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll = scroll
        self._content = content  # its background is the colour faded to
        scroll.viewport().installEventFilter(self)
        bar = scroll.verticalScrollBar()
        bar.valueChanged.connect(self.refresh)
        bar.rangeChanged.connect(self.refresh)
        self.refresh()

    def _height(self) -> int:
        return 2 * self.fontMetrics().lineSpacing()

    def refresh(self, *_args: object) -> None:
        """Shown while the form goes on below the viewport; laid over its bottom edge, above the form."""
        bar = self._scroll.verticalScrollBar()
        viewport = self._scroll.viewport()
        height = min(self._height(), viewport.height())
        self.setGeometry(0, viewport.height() - height, viewport.width(), height)
        self.setVisible(bar.value() < bar.maximum())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refresh()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = self._content.palette().color(self._content.backgroundRole())
        clear = QColor(colour)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(1.0, colour)
        painter = QPainter(self)
        painter.fillRect(self.rect(), gradient)
