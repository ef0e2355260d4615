"""The compare window: refusals, captions that highlight what differs, keys, names and the 1024×700 layout."""

from __future__ import annotations

import pytest
from media_factory import make_mp3, make_mp4, make_png
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider, QWidget
from shiboken6 import isValid

from runway_desktop.ui.compare import CompareRefused, Take, open_compare
from runway_desktop.ui.compare.labels import HIGHLIGHT
from runway_desktop.ui.compare.tiles import ROW, TWO_OVER_ONE, arrangement_for_three, cells_for
from runway_desktop.ui.compare.window import placement

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


def _quadrants_filled(grid: QWidget) -> bool:
    """Every quarter of the grid holds (part of) a take's cell: nothing is left as an empty corner."""
    width, height = grid.width(), grid.height()
    cells = [QRect(cell.pos(), cell.size()) for cell in grid.cells if cell.isVisible()]
    quarters = [QRect(x, y, width // 2, height // 2) for x in (0, width // 2) for y in (0, height // 2)]
    return all(any(quarter.intersects(cell) for cell in cells) for quarter in quarters)


def test_three_takes_leave_no_empty_quadrant_at_any_shape(tmp_path, qtbot, open_window):
    window = open_window(video_takes(tmp_path))
    grid = window.page.grid
    window.resize(1240, 800)  # an ordinary window: two above, the third centred under them
    qtbot.waitUntil(lambda: grid.arrangement == TWO_OVER_ONE and grid.width() > 1000)
    cells = [QRect(cell.pos(), cell.size()) for cell in grid.cells]
    assert cells[0].top() == cells[1].top() < cells[2].top()
    assert abs(cells[2].center().x() - grid.width() / 2) <= 8
    assert cells[2].width() == pytest.approx(cells[0].width(), abs=8)
    assert _quadrants_filled(grid)

    window.resize(1800, 520)  # wide and low: all three in a row are larger
    qtbot.waitUntil(lambda: grid.arrangement == ROW)
    qtbot.waitUntil(lambda: len({QRect(c.pos(), c.size()).top() for c in grid.cells}) == 1)
    assert _quadrants_filled(grid)
    widths = [cell.width() for cell in grid.cells]
    assert max(widths) - min(widths) <= 8

    qtbot.keyClick(window, Qt.Key.Key_3)  # alone, a soloed take fills the grid
    qtbot.waitUntil(lambda: grid.cells[2].width() > grid.width() - 8)


def test_three_in_a_row_only_when_that_shows_the_pictures_larger():
    assert arrangement_for_three(QSize(1200, 700)) == TWO_OVER_ONE
    assert arrangement_for_three(QSize(2400, 600)) == ROW
    assert arrangement_for_three(QSize(1200, 700), aspect=9 / 16) == ROW  # portrait pictures
    assert cells_for(4) == [(0, 0, 1, 2), (0, 2, 1, 2), (1, 0, 1, 2), (1, 2, 1, 2)]


def test_the_window_opens_centred_over_its_parent_and_on_the_screen(tmp_path, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    available = parent.screen().availableGeometry()
    takes = video_takes(tmp_path, count=2)
    # A parent near the middle: the window is centred over it. Near a corner: moved back onto the screen.
    for offset in (QPoint(available.width() // 2 - 20, available.height() // 2 - 30),
                   QPoint(available.width() - 100, available.height() - 80)):
        parent.setGeometry(QRect(available.topLeft() + offset, QSize(100, 80)))
        parent.show()
        qtbot.waitExposed(parent)
        window = open_compare(parent, takes)
        try:
            qtbot.waitExposed(window)
            frame = window.frameGeometry()
            assert available.contains(frame), (frame, available)
            least = window.minimumSizeHint()
            assert window.width() <= max(available.width() * 0.9 + 1, least.width())
            assert window.height() <= max(available.height() * 0.9 + 1, least.height())
            margins = frame.size() - window.size()
            expected = placement(parent.frameGeometry(), available, window.size() + margins, least + margins)
            assert frame.size() == expected.size()
            assert frame.topLeft() == expected.topLeft(), (frame, expected)
            assert frame.topLeft() != available.topLeft()  # not left at the default place
        finally:
            window.close()
    middle = placement(QRect(available.topLeft() + QPoint(available.width() // 2 - 20,
                                                          available.height() // 2 - 30), QSize(100, 80)),
                       available)
    assert abs(middle.center().x() - (available.left() + available.width() // 2 + 30)) <= 1
    assert placement(None, QRect(0, 0, 800, 600), minimum=QSize(760, 700)).size() == QSize(760, 600)


def test_placement_centres_over_the_parent_and_keeps_the_window_on_screen():
    screen = QRect(0, 0, 1920, 1080)
    centred = placement(QRect(400, 200, 1000, 700), screen)
    assert centred.size() == QSize(1240, 800) and centred.center() == QRect(400, 200, 1000, 700).center()
    at_the_edge = placement(QRect(1700, 900, 400, 300), screen)
    assert screen.contains(at_the_edge)
    small = placement(None, QRect(0, 0, 1024, 700))
    assert small.size() == QSize(921, 630) and small.center() == QRect(0, 0, 1024, 700).center()
