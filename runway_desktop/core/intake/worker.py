"""Media inspection, output checks and thumbnails in a separate process, so decoding never holds up
the event loop.

PyAV holds the interpreter lock while it decodes a frame (tens of milliseconds for a large or
lossless one), so a worker *thread* would stall the UI thread (and the engine on the same loop)
that long. One spawned worker process, started on first use and reused, does the probing,
hashing, checking of downloaded outputs and thumbnailing instead;
if it cannot run, the work falls back to a thread. This module imports no Qt: the worker
process imports it too. (A frozen build must call multiprocessing.freeze_support() first.)
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from runway_desktop.core.intake import inspect as intake
from runway_desktop.core.intake.media import MediaInfo
from runway_desktop.core.intake.output_check import verify_output
from runway_desktop.core.intake.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from concurrent.futures import Executor, ProcessPoolExecutor

log = logging.getLogger(__name__)


def _inspect(path: str) -> MediaInfo:
    return intake.inspect_file(path)


def _verify(path: str) -> MediaInfo:
    return verify_output(path)


def _thumbnail(folder: str, path: str, kind: str) -> str:
    return str(ThumbnailCache(folder).get(path, kind))


def _ready() -> bool:
    return True


def _exit_with_parent() -> None:
    """Runs in the worker: end it as soon as the window's process is gone, however that ended."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class MediaProcess:
    """A lazily started single worker process; `inspect`, `verify` and `thumbnail` are awaited on the loop."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._failed = False

    def _executor(self) -> Executor | None:
        with self._lock:
            if self._pool is None and not self._failed:
                # Imported with the first file, not with the window (multiprocessing is a large import).
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                spawn = multiprocessing.get_context("spawn")  # never fork a process running Qt
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=spawn, initializer=_exit_with_parent
                )
            return self._pool

    async def _run(self, function, *args):
        from concurrent.futures.process import BrokenProcessPool

        pool = None if self._failed else self._executor()
        if pool is not None:
            try:
                # The first submit starts the process: done in a thread, away from the UI thread.
                future = await asyncio.to_thread(pool.submit, function, *args)
                return await asyncio.wrap_future(future)
            except (BrokenProcessPool, OSError, RuntimeError) as exc:
                log.warning("the media worker process failed (%s); using a thread instead", exc)
                with self._lock:
                    self._failed = True
                    self._pool = None
        return await asyncio.to_thread(function, *args)

    async def start(self) -> None:
        """Start the worker ahead of the first file (optional: the first call starts it anyway)."""
        await self._run(_ready)

    async def inspect(self, path: str | Path) -> MediaInfo:
        """`intake.inspect_file` in the worker; raises IntakeError as it does."""
        return await self._run(_inspect, str(path))

    async def verify(self, path: str | Path) -> MediaInfo:
        """`output_check.verify_output` in the worker; raises OutputInvalid as it does."""
        return await self._run(_verify, str(path))

    async def thumbnail(self, thumbnails: ThumbnailCache, path: str, kind: str) -> str:
        """The thumbnail's PNG path, made in the worker if not cached yet."""
        return await self._run(_thumbnail, str(thumbnails.folder), path, kind)

    def close(self, wait: bool = False) -> None:
        """Stop the worker; `wait` for it when the process is about to exit (a pool left shutting
        down then races the interpreter's own exit and prints an EBADF traceback)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)


# One worker for the whole window: tabs and slots share it.
MEDIA = MediaProcess()
