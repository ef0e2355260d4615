"""Drop targets: what a drag or the clipboard carries (files, links, image data, the app's outputs).

Parsing MIME data is instant; anything slow (saving image bytes, inspecting files) happens
later, off the UI thread, in the slot that receives the items.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QRectF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QWidget

OUTPUT_MIME = "application/x-runway-desktop-output"
_LINK_SCHEMES = ("https", "http")


@dataclass(frozen=True)
class Dropped:
    """One thing that arrived: a local file, a link, or image data (from a browser or the clipboard)."""

    kind: Literal["file", "url", "image"]
    path: str | None = None
    url: str | None = None
    image: QImage | None = None
    from_queue: bool = False  # an output dragged from the app's own queue: meant as an input

    @property
    def name(self) -> str:
        if self.path:
            return Path(self.path).name
        if self.url:
            return self.url.rsplit("/", 1)[-1].split("?", 1)[0] or self.url
        return QCoreApplication.translate("DropZone", "pasted image")


def _outputs(mime: QMimeData) -> list[Dropped]:
    try:
        data = json.loads(bytes(mime.data(OUTPUT_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    entries = data if isinstance(data, list) else [data]
    return [
        Dropped("file", path=str(e["path"]), from_queue=True)
        for e in entries
        if isinstance(e, dict) and e.get("path")
    ]


def _text_link(mime: QMimeData) -> str | None:
    if not mime.hasText():
        return None
    text = mime.text().strip()
    if "\n" in text or " " in text:
        return None
    url = QUrl(text)
    return text if url.isValid() and url.scheme() in _LINK_SCHEMES else None


def dropped_items(mime: QMimeData | None) -> list[Dropped]:
    """The items a drag or the clipboard carries, files first; image data when there is no file."""
    if mime is None:
        return []
    items = _outputs(mime) if mime.hasFormat(OUTPUT_MIME) else []
    seen = {i.path for i in items}
    links: list[Dropped] = []
    for url in mime.urls():
        if url.isLocalFile():
            path = url.toLocalFile()
            if path not in seen:
                seen.add(path)
                items.append(Dropped("file", path=path))
        elif url.scheme() in _LINK_SCHEMES:
            links.append(Dropped("url", url=url.toString()))
    if items:
        return items
    # A browser's image drag carries the pixels and the link; the pixels are what was seen.
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [Dropped("image", image=image)]
    if not links:
        link = _text_link(mime)
        if link:
            links.append(Dropped("url", url=link))
    return links


def can_take(mime: QMimeData | None) -> bool:
    """A quick yes/no while dragging (nothing is read or decoded)."""
    if mime is None:
        return False
    return mime.hasUrls() or mime.hasImage() or mime.hasFormat(OUTPUT_MIME) or _text_link(mime) is not None


def clipboard_items() -> list[Dropped]:
    return dropped_items(QGuiApplication.clipboard().mimeData())


def _png_bytes(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


def _write_png(image: QImage, folder: Path) -> str:
    data = _png_bytes(image)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"pasted-{hashlib.sha256(data).hexdigest()[:16]}.png"
    if not target.exists():
        tmp = target.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(target)
    return str(target)


async def save_image(image: QImage, folder: Path) -> str:
    """Write dropped or pasted image data as a PNG file (in a worker thread); returns its path."""
    # QImage is reentrant: a private copy may be encoded in another thread.
    return await asyncio.to_thread(_write_png, image.copy(), folder)


class DropZone(QFrame):
    """A frame that takes drops of files, links and images, drawn with a dashed edge that lights up."""

    dropped = Signal(list)  # list[Dropped]

    def __init__(self, parent: QWidget | None = None, dashed: bool = True) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setProperty("dropZone", True)
        self._dashed = dashed
        self._active = False

    @property
    def drag_active(self) -> bool:
        return self._active

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.setProperty("dragActive", active)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if can_take(event.mimeData()):
            event.acceptProposedAction()
            self._set_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if can_take(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_active(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_active(False)
        items = dropped_items(event.mimeData())
        if not items:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(items)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._dashed and not self._active:
            return
        painter = QPainter(self)
        # Antialiased dashes cost about a millisecond each in the raster engine; plain ones look alike.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._active)
        palette = self.palette()
        colour = palette.color(QPalette.ColorRole.Highlight) if self._active else QColor(palette.color(
            QPalette.ColorRole.Mid))
        style = Qt.PenStyle.SolidLine if self._active else Qt.PenStyle.DashLine
        pen = QPen(colour, 2 if self._active else 1, style)  # a 1-pixel pen takes Qt's fast path
        painter.setPen(pen)
        if self._active:
            fill = QColor(colour)
            fill.setAlpha(28)
            painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()
