"""The compare window: refusals, captions that highlight what differs, keys, names and the 1024×700 layout."""

from __future__ import annotations

import pytest
from media_factory import make_mp3, make_mp4, make_png
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider, QWidget
from shiboken6 import isValid

from runway_desktop.ui.compare import CompareRefused, Take, open_compare
from runway_desktop.ui.compare.labels import HIGHLIGHT

PROMPT = "a paper boat on a river"


def video_takes(tmp_path, count=3, seconds=4.0) -> list[Take]:
    return [
        Take(str(make_mp4(tmp_path / f"v{i}.mp4", 160, 90, seconds=seconds, fps=24)), "video", "gen4.5",
             100 + i, PROMPT, {"ratio": "1280:720", "duration": 5 if i < 2 else 10})
        for i in range(count)
    ]


@pytest.fixture
def open_window(qtbot):
    opened = []

    def opener(takes):
        window = open_compare(None, takes)  # deletes itself when closed, so not handed to qtbot
        opened.append(window)
        return window

    yield opener
    for window in opened:
        if isValid(window):
            window.close()


def test_open_compare_refuses_with_a_sentence(tmp_path, qtbot):
    image = Take(str(make_png(tmp_path / "a.png")), "image")
    with pytest.raises(CompareRefused) as refused:
        open_compare(None, [image])
    assert str(refused.value) == "Select at least 2 takes to compare (you selected 1)."
    video = Take(str(make_mp4(tmp_path / "b.mp4")), "video")
    with pytest.raises(CompareRefused, match="one kind at a time; these mix image and video"):
        open_compare(None, [image, video])
    with pytest.raises(CompareRefused, match="at most 4 takes"):
        open_compare(None, [image] * 5)


def test_the_captions_highlight_exactly_the_parameters_that_differ(tmp_path, open_window):
    window = open_window(video_takes(tmp_path))
    labels = [cell.label for cell in window.page.grid.cells]
    assert [label.highlighted for label in labels] == [["duration", "seed"]] * 3
    first, third = labels[0].text(), labels[2].text()
    assert f'color:{HIGHLIGHT}; font-weight:600">Seed 100<' in first
    assert f'color:{HIGHLIGHT}; font-weight:600">Duration 10<' in third
    assert f'color:{HIGHLIGHT}' not in first.split("Model gen4.5")[0][-80:]  # the shared model is muted
    assert "Model gen4.5" in first and "Ratio" not in first and PROMPT not in first
    shared = window.shared.text()
    assert "Ratio 1280:720" in shared and PROMPT in shared
    assert "Seed" not in shared and "Duration" not in shared


def test_keys_play_step_solo_and_close(tmp_path, qtbot, open_window):
    window = open_window(video_takes(tmp_path))
    qtbot.waitActive(window)
    page = window.page
    qtbot.waitUntil(lambda: all(t.last_pts is not None for t in page.tiles), timeout=20000)
    qtbot.waitUntil(lambda: page.group.duration_ms > 3000)

    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert page.group.playing and page.transport.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: (page.tiles[0].last_pts or 0) > 300_000, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not page.group.playing
    qtbot.waitUntil(lambda: page.group.skew_us() == 0 and page.tiles[0].last_pts is not None, timeout=5000)
    here = page.tiles[0].last_pts
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    frame = page.group.frame_us
    qtbot.waitUntil(lambda: all(abs(t.last_pts - (here + 2 * frame)) < 2000 for t in page.tiles))
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: all(abs(t.last_pts - (here + frame)) < 2000 for t in page.tiles))

    qtbot.keyClick(window, Qt.Key.Key_2)  # take 2 alone, and its sound the one heard
    assert [cell.isVisible() for cell in page.grid.cells] == [False, True, False]
    assert [tile.audio.isMuted() for tile in page.tiles] == [True, False, True]
    qtbot.keyClick(window, Qt.Key.Key_2)
    assert all(cell.isVisible() for cell in page.grid.cells)

    # Focus moves through the controls with Tab, and each says what it is.
    page.transport.play_button.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is not page.transport.play_button
    assert window.focusWidget().accessibleName()

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible())


def _clipped(window: QWidget) -> list[str]:
    """Controls that do not fit: outside the window, or narrower than they need to be read."""
    bounds = QRect(0, 0, window.width(), window.height())
    bad = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QComboBox | QSlider):
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not bounds.contains(rect) or widget.width() < widget.minimumSizeHint().width():
            bad.append(f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()} at {rect}")
        if not widget.accessibleName():
            bad.append(f"{type(widget).__name__} {widget.objectName()} has no accessible name")
    return bad


@pytest.mark.parametrize("kind", ["video", "image", "audio"])
def test_four_takes_fit_at_1024_by_700(tmp_path, qtbot, open_window, kind):
    makers = {
        "video": lambda i: make_mp4(tmp_path / f"t{i}.mp4", 160, 90, seconds=1.0),
        "image": lambda i: make_png(tmp_path / f"t{i}.png", 320, 180),
        "audio": lambda i: make_mp3(tmp_path / f"t{i}.mp3", seconds=1.0),
    }
    takes = [
        Take(str(makers[kind](i)), kind, "gen4.5", i, "a very long prompt " * 12 + str(i),
             {"ratio": "1280:720", "style": f"style-{i}" * 6})
        for i in range(4)
    ]
    window = open_window(takes)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.size().width() == 1024 and window.size().height() == 700)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    assert _clipped(window) == []
