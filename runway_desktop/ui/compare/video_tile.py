"""One video take: a QMediaPlayer decoding into a QVideoSink, painted by a plain widget."""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

from runway_desktop.ui.compare.frames import frame_to_image
from runway_desktop.ui.compare.workers import Delivery
from runway_desktop.ui.preview.player_calls import unload

BACKGROUND = QColor(18, 19, 22)
TEXT = QColor(170, 174, 182)


class VideoTile(QWidget):
    """Plays one take; `frameShown(pts_us)` fires for every frame the sink receives."""

    frameShown = Signal(int)

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareVideo")
        self.setMinimumSize(QSize(120, 68))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.path = path
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.sink = QVideoSink(self)
        self.player.setVideoSink(self.sink)
        self.last_pts: int | None = None  # start time (µs) of the newest frame delivered to the sink
        self.last_arrival = 0.0  # when it arrived (time.monotonic())
        self.frame_us: int | None = None  # one frame's duration, from the frames themselves
        self.error = ""
        self._image = QImage()
        self._converting = False
        self._pending: QVideoFrame | None = None
        self._delivery = Delivery(self._converted)
        self.sink.videoFrameChanged.connect(self._frame)
        self.player.errorOccurred.connect(self._error)
        self.player.setSource(QUrl.fromLocalFile(path))

    def image(self) -> QImage:
        """What the tile paints now (the newest converted frame)."""
        return self._image

    def release(self) -> None:
        """Stop decoding and drop pending conversions (the window is closing)."""
        self._delivery.cancel()
        self._pending = None
        unload(self.player)

    def _frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        self.last_pts = frame.startTime()
        self.last_arrival = time.monotonic()
        if frame.endTime() > frame.startTime() >= 0:
            self.frame_us = frame.endTime() - frame.startTime()
        self.frameShown.emit(self.last_pts)
        if not self.isVisible():
            return
        if self._converting:
            self._pending = frame  # only the newest waiting frame is worth converting
        else:
            self._convert(frame)

    def _convert(self, frame: QVideoFrame) -> None:
        self._converting = True
        size = self.size() * self.devicePixelRatioF()
        self._delivery.run_on_frame_thread(frame_to_image, frame, size)

    def _converted(self, image: QImage) -> None:
        self._converting = False
        if not image.isNull():
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self._image = image
            self.update()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._convert(pending)

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        reason = message or self.tr("unknown error")
        name = self.path.rsplit("/", 1)[-1]
        self.error = self.tr("Cannot play {name}: {reason}").format(name=name, reason=reason)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.error or self._image.isNull():
            painter.setPen(TEXT)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), flags, self.error or self.tr("Loading…"))
            return
        # The worker made the frame the size it is painted at, in the backing store's format: a plain copy.
        # Only while the tile is being resized does a frame of the old size get scaled.
        shown = self._image.deviceIndependentSize().toSize()
        size = shown.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        if abs(size.width() - shown.width()) <= 1 and abs(size.height() - shown.height()) <= 1:
            painter.drawImage(target.topLeft(), self._image)
        else:
            painter.drawImage(target, self._image)
