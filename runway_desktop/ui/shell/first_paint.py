"""Getting a window onto the screen before the rest of start-up runs."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window manager that never maps the window must not hold start-up up for longer than this.
PAINT_WAIT_MS = 1000
# Loading start-up's modules never keeps the event loop (rather than the import lock) longer than this.
LOAD_WAIT_MS = 10_000


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


def run_until_done(thread: threading.Thread, limit_ms: int = LOAD_WAIT_MS, poll_ms: int = 10) -> None:
    """Keep Qt's event loop turning while `thread` works (the frame repaints and answers meanwhile).

    Start-up's modules load on that thread; waiting here instead of on Python's import lock lets the
    frame take a resize, a menu click or a repaint while they load.
    """
    if not thread.is_alive():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    poll.start()
    QTimer.singleShot(limit_ms, loop, loop.quit)
    loop.exec()
    poll.stop()
