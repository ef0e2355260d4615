"""The queue's share of the window's width: kept within its bounds, remembered when the user drags it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

# The queue's share of the window's width, and its bounds: wide enough for its buttons, never so
# wide that the form is squeezed (the user's own share is kept between these across runs).
QUEUE_SHARE, QUEUE_MIN_WIDTH, QUEUE_MAX_SHARE = 0.35, 360, 0.5


class QueueWidth(QObject):
    """Sizes `window`'s queue dock to `share` of its width; a drag of the dock's edge sets a new share."""

    def __init__(self, window: QMainWindow, share: float | None) -> None:
        super().__init__(window)
        self._window = window
        self.share = share or QUEUE_SHARE
        self._sizing = False
        self._sized_at_width = -1
        self._pressed = False  # the mouse is down on the window itself: on a dock's separator
        self._dock: QDockWidget | None = None
        window.installEventFilter(self)

    def follow(self, dock: QDockWidget) -> None:
        """Size `dock` from now on (the placeholder first, then the real queue)."""
        if self._dock is not None:
            self._dock.removeEventFilter(self)
        self._dock = dock
        dock.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        """Give the queue its share of the width, within its bounds."""
        if self._dock is None:
            return
        total = self._window.width()
        most = max(QUEUE_MIN_WIDTH, int(total * QUEUE_MAX_SHARE))
        width = max(QUEUE_MIN_WIDTH, min(most, round(total * self.share)))
        self._sizing = True
        try:
            self._window.resizeDocks([self._dock], [width], Qt.Orientation.Horizontal)
        finally:
            self._sizing = False
        self._sized_at_width = total

    def _dock_resized(self) -> None:
        """The user dragged the queue's edge: remember the new share (a window resize is not that)."""
        dock = self._dock
        if dock is None or self._sizing or not dock.isVisible():
            return
        if self._window.width() != self._sized_at_width or not self._pressed:
            return  # the layout moved it (the queue arrived, a dock was shown): not the user's choice
        share = dock.width() / max(1, self._window.width())
        self.share = min(QUEUE_MAX_SHARE, max(0.1, share))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.MouseButtonPress:
                self._pressed = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
            elif (kind == QEvent.Type.Resize and isinstance(event, QResizeEvent)
                  and event.size().width() != event.oldSize().width()):
                # After the docks have taken the new width, not before: the share is of the final width.
                QTimer.singleShot(0, self, self.apply)
        elif watched is self._dock and kind == QEvent.Type.Resize:
            self._dock_resized()
        return False
