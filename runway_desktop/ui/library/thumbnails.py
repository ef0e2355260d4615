"""Tile thumbnails made in worker threads and kept in QPixmapCache, so painting never touches disk."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap, QPixmapCache

from runway_desktop.core.intake.thumbnails import ThumbnailCache

log = logging.getLogger(__name__)

_WORKERS = 2
_BACKLOG = 64  # requests beyond this are dropped, oldest first: tiles scrolled past ask again


def _load(thumbnails: ThumbnailCache, path: str, kind: str) -> QImage:
    """Make (or find) the 192×108 PNG and read it; runs in a worker thread."""
    image = QImage(str(thumbnails.get(path, kind)))
    if image.isNull():
        raise ValueError(f"the thumbnail of {path} could not be read")
    return image


class TileThumbnails(QObject):
    """`pixmap(path, kind)` answers from memory or starts loading; `ready(path)` says when to repaint."""

    ready = Signal(str)

    def __init__(self, thumbnails: ThumbnailCache | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._wanted: OrderedDict[str, str] = OrderedDict()
        self._loading: set[str] = set()
        self._failed: set[str] = set()
        self._workers: set[asyncio.Task[Any]] = set()
        self._closed = False
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 48 * 1024))

    @staticmethod
    def _key(path: str) -> str:
        return f"library-tile:{path}"

    def pixmap(self, path: str, kind: str) -> QPixmap | None:
        found = QPixmapCache.find(self._key(path))
        if found is not None and not found.isNull():
            return found
        if self._thumbnails is not None and not self._closed and path not in self._failed | self._loading:
            self._wanted.pop(path, None)
            self._wanted[path] = kind
            while len(self._wanted) > _BACKLOG:
                self._wanted.popitem(last=False)
            self._pump()
        return None

    def failed(self, path: str) -> bool:
        return path in self._failed

    def _pump(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        while self._wanted and len(self._workers) < _WORKERS:
            path, kind = self._wanted.popitem(last=True)  # the latest request is what is on screen
            self._loading.add(path)
            worker = loop.create_task(self._make(path, kind))
            self._workers.add(worker)
            worker.add_done_callback(self._done)

    def _done(self, worker: asyncio.Task[Any]) -> None:
        self._workers.discard(worker)
        if not self._closed:
            self._pump()

    async def _make(self, path: str, kind: str) -> None:
        try:
            image = await asyncio.to_thread(_load, self._thumbnails, path, kind)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a missing or undecodable file keeps its placeholder tile
            log.info("no thumbnail for %s: %s", path, exc)
            self._failed.add(path)
            self.ready.emit(path)
            return
        finally:
            self._loading.discard(path)
        if not self._closed:
            QPixmapCache.insert(self._key(path), QPixmap.fromImage(image))
            self.ready.emit(path)

    def close(self) -> None:
        self._closed = True
        self._wanted.clear()
        for worker in list(self._workers):
            worker.cancel()
