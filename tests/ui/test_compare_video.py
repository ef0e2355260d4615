"""Compare: three videos on one transport stay within one frame of each other (frames seen by the sinks)."""

from __future__ import annotations

import itertools
import time

import pytest
from media_factory import make_mp4
from PySide6.QtCore import Qt, QTimer

from runway_desktop.ui.compare.sync import lasting_spread
from runway_desktop.ui.compare.takes import Take
from runway_desktop.ui.compare.video_page import VideoPage

FPS = 24
FRAME_US = 1_000_000 // FPS + 1  # 41,667 µs: start times are rounded to the microsecond


@pytest.fixture
def three_videos(tmp_path):
    return [
        Take(str(make_mp4(tmp_path / f"take{i}.mp4", 160, 90, seconds=12, fps=FPS)), "video", "gen4.5", i)
        for i in range(3)
    ]


@pytest.fixture
def page(qtbot, three_videos):
    page = VideoPage(three_videos)
    # Not qtbot.addWidget: pytest-qt would close and delete the page before this fixture's
    # teardown, with its players still loaded; the page is unloaded first, then deleted.
    page.resize(900, 560)
    page.show()
    qtbot.waitUntil(lambda: all(t.last_pts is not None for t in page.tiles), timeout=20000)
    qtbot.waitUntil(lambda: page.group.duration_ms > 11000, timeout=10000)
    yield page
    page.release()  # stopped and unloaded from the event loop (see ui/preview/player_calls.py)
    qtbot.waitUntil(lambda: all(p.source().isEmpty() for p in (t.player for t in page.tiles)), timeout=10000)
    page.close()
    page.deleteLater()


def test_a_spread_counts_when_it_lasts():
    frame = 0.0417
    jitter = [(0.000, 0), (0.004, 83_334), (0.008, 83_334), (0.012, 41_667), (0.100, 0)]
    assert lasting_spread(jitter, frame) == 41_667
    drift = [(0.000, 0), (0.004, 83_334), (0.050, 83_334), (0.060, 0)]
    assert lasting_spread(drift, frame) == 83_334
    assert lasting_spread([(0.0, 125_000), (0.2, 125_000)], frame) == 125_000
    assert lasting_spread([], frame) == 0


class SkewLog:
    """The spread of the frames the sinks present, sampled every turn of the event loop (every 4 ms).

    A turn is when the window can paint: frames queued while the process had no CPU arrive together
    and are painted once, so the state between two turns is what a person can see. `worst` is the
    largest spread that lasted a whole frame: on a busy machine a take's next frame can arrive a
    few milliseconds after the others', which is jitter, not drift (`raw_worst` keeps it).
    """

    def __init__(self, page: VideoPage) -> None:
        self.page = page
        self.skews: list[int] = []
        self.samples: list[tuple[float, int]] = []
        self.frames = 0
        for tile in page.tiles:
            tile.frameShown.connect(self._frame)
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._sample)
        self.timer.start(4)

    def _frame(self, _pts: int) -> None:
        self.frames += 1

    def _sample(self) -> None:
        if self.frames:
            skew = self.page.group.skew_us()
            self.skews.append(skew)
            self.samples.append((time.monotonic(), skew))

    @property
    def worst(self) -> int:
        return lasting_spread(self.samples, FRAME_US / 1e6)

    def stop(self) -> None:
        self.timer.stop()


def test_three_videos_stay_within_one_frame_over_ten_seconds(qtbot, page):
    log = SkewLog(page)
    master = page.tiles[0]
    qtbot.mouseClick(page.transport.play_button, Qt.MouseButton.LeftButton)
    assert page.transport.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: (master.last_pts or 0) >= 10_000_000, timeout=30000)
    page.group.pause()
    log.stop()

    assert log.frames >= 3 * 10 * FPS * 0.8  # every sink really played (a few frames may be dropped)
    assert log.worst <= FRAME_US, f"spread {log.worst} µs lasted a frame (raw worst {max(log.skews)} µs)"
    # Once paused, every take rests on the same frame.
    qtbot.waitUntil(lambda: page.group.skew_us() == 0, timeout=5000)


def test_scrubbing_keeps_every_take_on_the_same_frame(qtbot, page):
    slider = page.transport.slider
    group = page.group
    page.group.play()
    qtbot.waitUntil(lambda: (page.tiles[0].last_pts or 0) > 500_000, timeout=10000)
    slider.setSliderDown(True)  # a person grabs the handle: playback holds while scrubbing
    assert not group.playing
    for target in (2000, 6500, 3000, 9100, 500):
        slider.setSliderPosition(target)  # emits sliderMoved, as a drag does
        qtbot.waitUntil(
            lambda target=target: all(abs((t.last_pts or 0) - target * 1000) < FRAME_US for t in page.tiles),
            timeout=10000,
        )
        assert group.skew_us() <= FRAME_US
    slider.setSliderDown(False)
    assert group.playing  # released: plays on from where it was left
    log = SkewLog(page)
    qtbot.waitUntil(lambda: log.frames >= 3 * 2 * FPS, timeout=15000)
    log.stop()
    assert log.worst <= FRAME_US, f"spread {log.worst} µs lasted a frame (raw worst {max(log.skews)} µs)"


def test_frame_steps_and_loop_points_move_every_take(qtbot, page):
    group = page.group
    group.seek(2000)
    qtbot.waitUntil(lambda: all(abs((t.last_pts or 0) - 2_000_000) < FRAME_US for t in page.tiles))
    start = page.tiles[0].last_pts
    for _ in range(3):
        qtbot.mouseClick(page.transport.forward_button, Qt.MouseButton.LeftButton)
    expected = start + 3 * group.frame_us
    qtbot.waitUntil(lambda: all(abs((t.last_pts or 0) - expected) < 2000 for t in page.tiles), timeout=10000)
    qtbot.mouseClick(page.transport.back_button, Qt.MouseButton.LeftButton)
    expected -= group.frame_us
    qtbot.waitUntil(lambda: all(abs((t.last_pts or 0) - expected) < 2000 for t in page.tiles), timeout=10000)

    # Loop 3.0–3.5 s: playback keeps coming back to the in point.
    group.set_in(3000)
    group.set_out(3500)
    assert page.transport.loop_label.text() == "Loop 0:03.00–0:03.50"
    seen: list[int] = []
    page.tiles[0].frameShown.connect(seen.append)
    group.play()
    qtbot.waitUntil(lambda: sum(1 for a, b in itertools.pairwise(seen) if b < a) >= 2, timeout=15000)
    group.pause()
    assert min(seen) >= 2_900_000
    # Past the out point only while a seek lands (a process starved of CPU can see a few such frames).
    beyond = [pts for pts in seen if pts > 3_500_000]
    assert len(beyond) <= len(seen) // 5, beyond
