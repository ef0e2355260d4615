"""Work off the UI thread (frame conversion, image loading, waveform decoding), results back on it."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

# Few threads: the machine may have only two cores, the UI thread needs one, and every Python
# thread competes with it for the GIL. Frames get one thread of their own so that a long waveform
# read never delays the picture. Handing it a frame is one put on a queue: a pool's futures,
# conditions and locks cost the UI thread more per frame (ninety-six frames a second for four takes).
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="compare")
_FRAMES: queue.SimpleQueue[tuple[Delivery, Callable[..., Any], tuple[Any, ...]]] = queue.SimpleQueue()
_frame_thread: threading.Thread | None = None
_frame_thread_lock = threading.Lock()


def _convert_frames() -> None:
    """The frame thread: runs each queued conversion in turn, for as long as the process lives."""
    while True:
        delivery, function, args = _FRAMES.get()
        if delivery._cancelled:
            continue
        try:
            result, error = function(*args), None
        except Exception as exc:  # delivered like any other result: the tile says so
            result, error = None, exc
        delivery._emit(result, error)


class Delivery(QObject):
    """Calls `on_done(result)` on the UI thread when a background call finishes (not after `cancel`)."""

    _finished = Signal(object, object)  # (result, error) crosses threads as a queued signal

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None] | None = None):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._cancelled = False
        self._finished.connect(self._deliver)

    def run(self, function: Callable[..., Any], *args: Any, pool: ThreadPoolExecutor | None = None) -> Future:
        """Run `function(*args)` on a pool; the result (or error) comes back through the callbacks."""
        future = (pool or _POOL).submit(function, *args)
        future.add_done_callback(self._done)
        return future

    def run_on_frame_thread(self, function: Callable[..., Any], *args: Any) -> None:
        """Run `function(*args)` on the one frame thread, after the frames queued before it."""
        global _frame_thread
        with _frame_thread_lock:
            if _frame_thread is None:
                _frame_thread = threading.Thread(target=_convert_frames, name="compare-frames", daemon=True)
                _frame_thread.start()
        _FRAMES.put((self, function, args))

    def cancel(self) -> None:
        self._cancelled = True

    def _done(self, future: Future[Any]) -> None:
        if self._cancelled:
            return
        error = future.exception()
        self._emit(None if error else future.result(), error)

    def _emit(self, result: Any, error: BaseException | None) -> None:
        try:
            self._finished.emit(result, error)
        except RuntimeError:  # the receiving widget is gone: nobody is waiting for this result
            pass

    def _deliver(self, result: Any, error: Exception | None) -> None:
        if self._cancelled:
            return
        if error is None:
            self._on_done(result)
        elif self._on_error is not None:
            self._on_error(error)
        else:
            log.info("background work failed: %s", error)
