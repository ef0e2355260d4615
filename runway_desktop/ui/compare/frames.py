"""Video frames made the size they are painted at, on a worker thread, without holding the GIL long.

`QVideoFrame.toImage()` converts the whole frame (a 1080p frame costs tens of milliseconds) while
holding Python's GIL, which stalls the UI thread. Planar YUV 4:2:0 — what the FFmpeg backend
delivers for H.264 — is instead sampled straight at the size the tile paints (nearest pixel) and
converted with numpy, whose array loops release the GIL, into 32-bit RGB: the format of the window's
backing store, so that painting is a plain copy. (Painting a 24-bit image scaled cost the UI thread
more than a millisecond per frame: four takes at 24 fps spent a tenth of its time there.) Other
pixel formats fall back to `toImage()`.
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


def fitted(frame_size: QSize, area: QSize) -> QSize:
    """The frame's size shrunk to fit `area` keeping its aspect ratio (never enlarged, never empty).

    A frame smaller than its tile is converted as it is and scaled when painted: cheap for so few
    pixels, and converting pixels that are only repeats of others would be work for nothing."""
    if frame_size.width() <= area.width() and frame_size.height() <= area.height():
        return QSize(max(1, frame_size.width()), max(1, frame_size.height()))
    size = frame_size.scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    return QSize(max(1, size.width()), max(1, size.height()))


def frame_to_image(frame: QVideoFrame, size: QSize) -> QImage:
    """The frame as a 32-bit RGB image fitted into `size` (blocking; call it off the UI thread)."""
    if frame.pixelFormat() in _PLANAR_420 and not size.isEmpty():
        image = _planar_420(frame, fitted(frame.size(), size))
        if not image.isNull():
            return image
    image = frame.toImage()
    if image.isNull() or size.isEmpty():
        return image
    target = fitted(image.size(), size)
    if image.size() != target:
        fast = Qt.TransformationMode.FastTransformation
        image = image.scaled(target, Qt.AspectRatioMode.IgnoreAspectRatio, fast)
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _planar_420(frame: QVideoFrame, size: QSize) -> QImage:
    width, height = frame.width(), frame.height()
    # The source pixel nearest to each target pixel's centre.
    rows = ((np.arange(size.height()) + 0.5) * height / size.height()).astype(np.intp)
    cols = ((np.arange(size.width()) + 0.5) * width / size.width()).astype(np.intp)
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
    out_rows, out_cols = luma.shape
    # Format_RGB32 is 0xffRRGGBB in native order: bytes B, G, R, 255 on a little-endian machine.
    pixels = np.empty((out_rows, out_cols, 4), np.uint8)
    blue, green, red = (0, 1, 2) if np.little_endian else (3, 2, 1)
    pixels[..., 3 if np.little_endian else 0] = 255
    pixels[..., red] = np.clip(y + matrix[0, 2] * v, 0, 255)
    pixels[..., green] = np.clip(y + matrix[1, 1] * u + matrix[1, 2] * v, 0, 255)
    pixels[..., blue] = np.clip(y + matrix[2, 1] * u, 0, 255)
    return QImage(pixels.data, out_cols, out_rows, out_cols * 4, QImage.Format.Format_RGB32).copy()


def _plane(frame: QVideoFrame, plane: int, rows: int) -> np.ndarray:
    stride = frame.bytesPerLine(plane)
    return np.frombuffer(frame.bits(plane), np.uint8, count=stride * rows).reshape(rows, stride)
