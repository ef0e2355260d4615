"""Compare: video frames are converted off the UI thread to exactly what the tile paints."""

from __future__ import annotations

import numpy as np
import pytest
from media_factory import make_mp4
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from runway_desktop.ui.compare.frames import frame_to_image
from runway_desktop.ui.compare.video_tile import VideoTile


def yuv_frame(width: int, height: int, y: int, u: int, v: int) -> QVideoFrame:
    """A planar 4:2:0 frame of one colour (what the FFmpeg backend delivers for H.264)."""
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_YUV420P))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    for plane, value in ((0, y), (1, u), (2, v)):
        rows = height if plane == 0 else (height + 1) // 2
        stride = frame.bytesPerLine(plane)
        np.frombuffer(frame.bits(plane), np.uint8, count=stride * rows)[:] = value
    frame.unmap()
    return frame


@pytest.mark.parametrize("tile", [QSize(600, 400), QSize(500, 500)])
def test_a_1080p_frame_comes_out_the_tiles_size_in_the_windows_pixel_format(qapp, tile):
    image = frame_to_image(yuv_frame(1920, 1080, 81, 90, 240), tile)  # BT.709 red
    fitted = QSize(1920, 1080).scaled(tile, Qt.AspectRatioMode.KeepAspectRatio)
    assert image.size() == fitted
    assert image.format() == QImage.Format.Format_RGB32  # painted as a plain copy, no conversion
    red = QColor(image.pixel(image.width() // 2, image.height() // 2))
    assert red.red() > 200 and red.green() < 40 and red.blue() < 60, red.getRgb()


def test_a_frame_smaller_than_its_tile_is_converted_as_it_is(qapp):
    image = frame_to_image(yuv_frame(160, 90, 235, 128, 128), QSize(640, 360))
    assert image.size() == QSize(160, 90)
    white = QColor(image.pixel(80, 45))
    assert min(white.getRgb()[:3]) >= 250


def test_a_playing_tile_paints_frames_made_at_its_own_size(qtbot, tmp_path):
    tile = VideoTile(str(make_mp4(tmp_path / "wide.mp4", 640, 360, seconds=1.0)))
    qtbot.addWidget(tile)
    tile.resize(320, 240)
    tile.show()
    tile.player.pause()  # shows the first frame
    qtbot.waitUntil(lambda: not tile.image().isNull(), timeout=15000)
    shown = tile.image().deviceIndependentSize().toSize()
    assert shown == QSize(320, 180)  # the tile's width, the frame's shape: painted without scaling
    assert tile.image().format() == QImage.Format.Format_RGB32
    tile.release()  # stopped and unloaded from the event loop (see ui/preview/player_calls.py)
    qtbot.waitUntil(lambda: all(p.source().isEmpty() for p in [tile.player]), timeout=10000)
