"""Getting a window onto the screen before the rest of start-up runs."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence

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


def load_in_turns(modules: Sequence[str]) -> None:
    """Import `modules` one per turn of Qt's event loop (the frame repaints and answers in between).

    Composing the window needs a few hundred milliseconds of imports; taken in one go they would
    leave the painted frame deaf to a click or a resize for as long. A module that fails to import
    is left for the composition to import again and report.
    """
    pending = list(modules)
    if not pending:
        return
    loop = QEventLoop()

    def next_one() -> None:
        name = pending.pop(0)
        try:
            importlib.import_module(name)
        except Exception:
            logging.getLogger(__name__).debug("loading %s ahead failed", name, exc_info=True)
        if pending:
            QTimer.singleShot(0, next_one)
        else:
            loop.quit()

    QTimer.singleShot(0, next_one)
    loop.exec()


class _AfterPaint(QObject):
    """Calls `callback` once, `delay_ms` after the watched widget's next paint (or the fallback)."""

    def __init__(self, widget: QWidget, delay_ms: int, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._delay_ms = delay_ms
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # A window that is never painted (hidden, minimised, no compositor) must not hold the work back.
        QTimer.singleShot(PAINT_WAIT_MS + delay_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._widget:
            watched.removeEventFilter(self)
            QTimer.singleShot(self._delay_ms, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            self.deleteLater()
            callback()


def after_next_paint(widget: QWidget, delay_ms: int, callback: Callable[[], None]) -> None:
    """Run `callback` `delay_ms` after `widget` next paints: for work the first clicks do not need.

    At most `PAINT_WAIT_MS + delay_ms` from now, painted or not.
    """
    _AfterPaint(widget, delay_ms, callback)
