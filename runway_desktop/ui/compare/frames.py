"""Decoded video frames made small enough to paint, on a worker thread, without holding the GIL long.

`QVideoFrame.toImage()` converts the whole frame (a 1080p frame costs tens of milliseconds) while
holding Python's GIL, which stalls the UI thread. Planar YUV 4:2:0 — what the FFmpeg backend
delivers for H.264 — is instead subsampled first and converted with numpy, whose array loops
release the GIL; other pixel formats fall back to `toImage()`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

_PLANAR_420 = {QVideoFrameFormat.PixelFormat.Format_YUV420P, QVideoFrameFormat.PixelFormat.Format_YV12}
# Limited-range YUV → RGB (BT.709 for HD and above, BT.601 below), rows: R, G, B; columns: Y, U, V.
_BT709 = np.array([[1.164, 0.0, 1.793], [1.164, -0.213, -0.533], [1.164, 2.112, 0.0]], np.float32)
_BT601 = np.array([[1.164, 0.0, 1.596], [1.164, -0.392, -0.813], [1.164, 2.017, 0.0]], np.float32)


def frame_to_image(frame: QVideoFrame, size: QSize) -> QImage:
    """The frame as an image about `size` or a little larger (blocking; call it off the UI thread)."""
    if frame.pixelFormat() in _PLANAR_420 and not size.isEmpty():
        image = _planar_420(frame, size)
        if not image.isNull():
            return image
    image = frame.toImage()
    if image.isNull() or size.isEmpty():
        return image
    if image.width() > size.width() or image.height() > size.height():
        fast = Qt.TransformationMode.FastTransformation
        image = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, fast)
    return image


def _planar_420(frame: QVideoFrame, size: QSize) -> QImage:
    width, height = frame.width(), frame.height()
    step = max(1, min(width // max(1, size.width()), height // max(1, size.height())))
    rows, cols = np.arange(0, height, step), np.arange(0, width, step)
    yuv420p = frame.pixelFormat() is QVideoFrameFormat.PixelFormat.Format_YUV420P
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return QImage()
    try:
        luma = _plane(frame, 0, height).take(rows, axis=0).take(cols, axis=1)
        chroma_rows = (height + 1) // 2
        u, v = (
            _plane(frame, index, chroma_rows).take(rows // 2, axis=0).take(cols // 2, axis=1)
            for index in ((1, 2) if yuv420p else (2, 1))
        )
    finally:
        frame.unmap()
    matrix = _BT709 if height >= 720 else _BT601
    y = (luma.astype(np.float32) - 16) * matrix[0, 0]
    u, v = u.astype(np.float32) - 128, v.astype(np.float32) - 128
    pixels = np.empty((*luma.shape, 3), np.uint8)
    pixels[..., 0] = np.clip(y + matrix[0, 2] * v, 0, 255)
    pixels[..., 1] = np.clip(y + matrix[1, 1] * u + matrix[1, 2] * v, 0, 255)
    pixels[..., 2] = np.clip(y + matrix[2, 1] * u, 0, 255)
    out_rows, out_cols = luma.shape
    return QImage(pixels.data, out_cols, out_rows, out_cols * 3, QImage.Format.Format_RGB888).copy()


def _plane(frame: QVideoFrame, plane: int, rows: int) -> np.ndarray:
    stride = frame.bytesPerLine(plane)
    return np.frombuffer(frame.bits(plane), np.uint8, count=stride * rows).reshape(rows, stride)
