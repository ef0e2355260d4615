"""Row thumbnails made in worker threads and kept in QPixmapCache, so painting never touches disk."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap, QPixmapCache

from runway_desktop.core.intake.thumbnails import ThumbnailCache

log = logging.getLogger(__name__)

ROW_THUMB = QSize(96, 54)
_WORKERS = 2
# Requests beyond this are dropped (oldest first): rows scrolled past are asked for again if repainted.
_BACKLOG = 48


def _load_scaled(thumbnails: ThumbnailCache, path: str, kind: str, size: QSize) -> QImage:
    """Make (or find) the PNG thumbnail and scale it to the row's size; runs in a worker thread."""
    png = thumbnails.get(path, kind)
    image = QImage(str(png))
    if image.isNull():
        raise ValueError(f"thumbnail of {path} could not be read")
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class RowThumbnails(QObject):
    """`pixmap(path, kind)` answers from memory or starts loading; `ready(path)` says when to repaint."""

    ready = Signal(str)

    def __init__(self, thumbnails: ThumbnailCache | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._wanted: OrderedDict[str, str] = OrderedDict()  # path -> kind, newest request last
        self._loading: set[str] = set()
        self._failed: set[str] = set()
        self._workers: set[asyncio.Task[Any]] = set()
        self._closed = False
        screen = QGuiApplication.primaryScreen()
        self._ratio = screen.devicePixelRatio() if screen else 1.0
        # Enough for a few screens of rows at 96×54 (×2 on HiDPI).
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 32 * 1024))

    @staticmethod
    def _key(path: str) -> str:
        return f"queue-row:{path}"

    def pixmap(self, path: str, kind: str) -> QPixmap | None:
        found = QPixmapCache.find(self._key(path))
        if found is not None and not found.isNull():
            return found
        self._request(path, kind)
        return None

    def _request(self, path: str, kind: str) -> None:
        if self._thumbnails is None or self._closed or path in self._failed or path in self._loading:
            return
        self._wanted.pop(path, None)
        self._wanted[path] = kind
        while len(self._wanted) > _BACKLOG:
            self._wanted.popitem(last=False)
        self._pump()

    def _pump(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no qasync loop yet: rows stay without thumbnails until repainted
            return
        while self._wanted and len(self._workers) < _WORKERS:
            path, kind = self._wanted.popitem(last=True)  # the latest request is what is on screen
            self._loading.add(path)
            worker = loop.create_task(self._load(path, kind))
            self._workers.add(worker)
            worker.add_done_callback(self._worker_done)

    def _worker_done(self, worker: asyncio.Task[Any]) -> None:
        self._workers.discard(worker)
        if not self._closed:
            self._pump()

    async def _load(self, path: str, kind: str) -> None:
        size = ROW_THUMB * self._ratio
        try:
            image = await asyncio.to_thread(_load_scaled, self._thumbnails, path, kind, size)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a missing or undecodable file: the row keeps its placeholder
            log.info("no thumbnail for %s: %s", path, exc)
            self._failed.add(path)
            return
        finally:
            self._loading.discard(path)
        if self._closed:
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        QPixmapCache.insert(self._key(path), pixmap)
        self.ready.emit(path)

    def forget_failure(self, path: str) -> None:
        """Try again next time (the file may have been saved since)."""
        self._failed.discard(path)

    def close(self) -> None:
        self._closed = True
        self._wanted.clear()
        for worker in list(self._workers):
            worker.cancel()
