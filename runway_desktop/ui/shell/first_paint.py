"""Getting a window onto the screen before the rest of start-up runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window manager that never maps the window must not hold start-up up for longer than this.
PAINT_WAIT_MS = 1000


class _PaintWatcher(QObject):
    """Ends `loop` once `window` has received its first Paint event (and painted it)."""

    def __init__(self, window: QWidget, loop: QEventLoop) -> None:
        super().__init__(window)
        self._loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._loop.quit)  # after this paint has been handled
        return False


def show_and_paint(window: QWidget, limit_ms: int = PAINT_WAIT_MS) -> None:
    """Show `window` and run Qt's event loop until it has painted once (at most `limit_ms`).

    Used before the asyncio loop exists: the frame is on screen while the engine, the history and
    the forms are put together, instead of after.
    """
    loop = QEventLoop()
    watcher = _PaintWatcher(window, loop)
    window.installEventFilter(watcher)
    QTimer.singleShot(limit_ms, loop, loop.quit)
    window.show()
    loop.exec()
    window.removeEventFilter(watcher)
    watcher.deleteLater()
