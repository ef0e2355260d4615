"""Compare images: the wipe's divider is dragged, and zoom and pan move every take together."""

from __future__ import annotations

import pytest
from media_factory import make_png
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from runway_desktop.ui.compare.image_page import ImagePage
from runway_desktop.ui.compare.takes import Take

RED, BLUE, GREEN = (220, 30, 30), (30, 30, 220), (30, 200, 30)


@pytest.fixture
def page(qtbot, tmp_path):
    takes = [
        Take(str(make_png(tmp_path / f"{name}.png", 320, 180, color)), "image", "gen4_image", seed)
        for seed, (name, color) in enumerate([("red", RED), ("blue", BLUE), ("green", GREEN)])
    ]
    page = ImagePage(takes)
    qtbot.addWidget(page)
    page.resize(900, 620)
    page.show()
    qtbot.waitUntil(lambda: all(image is not None for image in page.images), timeout=10000)
    yield page
    page.release()


def red_of(widget, x: int, y: int) -> int:
    """The red channel of what `widget` shows at (x, y)."""
    return widget.grab().toImage().pixelColor(x, y).red()


def view_of(canvas) -> tuple[float, ...]:
    """The image's size on screen and which of its points sits at the canvas centre."""
    rect = canvas.image_rect()
    return rect.width(), rect.height(), canvas.width() / 2 - rect.left(), canvas.height() / 2 - rect.top()


def wheel(widget, point: QPoint, notches: int = 1) -> None:
    event = QWheelEvent(
        QPointF(point), QPointF(widget.mapToGlobal(point)), QPoint(0, 0), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)


def test_dragging_the_wipe_divider_reveals_the_other_take(qtbot, page):
    qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
    wipe = page.wipe
    qtbot.waitUntil(lambda: wipe.isVisible() and len(wipe.images) == 2)
    y = wipe.height() // 2 + 20
    quarter, three_quarters = wipe.width() // 4, wipe.width() * 3 // 4
    assert red_of(wipe, quarter, y) > 150 and red_of(wipe, three_quarters, y) < 80  # red | blue

    start = QPoint(int(wipe.width() * wipe.divider), y)
    qtbot.mousePress(wipe, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(wipe, QPoint(wipe.width() // 8, y))
    qtbot.mouseRelease(wipe, Qt.MouseButton.LeftButton, pos=QPoint(wipe.width() // 8, y))
    assert wipe.divider == pytest.approx(1 / 8, abs=0.01)
    assert red_of(wipe, quarter, y) < 80  # blue now shows where red was
    assert wipe.state.zoom == 1.0  # dragging the divider does not pan

    # With three takes, the pickers choose which two are wiped.
    page.right_pick.setCurrentIndex(2)
    qtbot.waitUntil(lambda: wipe.grab().toImage().pixelColor(quarter, y).green() > 150)


def test_zoom_and_pan_are_locked_across_the_grid(qtbot, page):
    first, second, third = page.canvases
    wheel(first, QPoint(first.width() // 4, first.height() // 4), notches=2)
    assert page.state.zoom == pytest.approx(1.5625)
    assert view_of(first) == pytest.approx(view_of(second), abs=0.01) == view_of(third)

    before = second.image_rect()
    qtbot.mousePress(third, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(third, QPoint(140, 70))
    qtbot.mouseRelease(third, Qt.MouseButton.LeftButton, pos=QPoint(140, 70))
    moved = second.image_rect()
    assert (moved.left() - before.left(), moved.top() - before.top()) == pytest.approx((40, -30), abs=1)
    assert view_of(first) == pytest.approx(view_of(second), abs=0.01)

    qtbot.mouseClick(page.actual_button, Qt.MouseButton.LeftButton)  # 100 %: one image pixel per screen pixel
    assert [c.image_rect().width() for c in (first, third)] == pytest.approx([320, 320])
    assert page.zoom_label.text() == "100 %"
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.state.zoom == 1.0 and (page.state.cx, page.state.cy) == (0.5, 0.5)

    # The wipe shares the same view: zoomed in the grid, zoomed in the wipe.
    wheel(first, QPoint(first.width() // 2, first.height() // 2))
    page.show_wipe(True)
    assert page.wipe.state is page.state and page.state.zoom == pytest.approx(1.25)


def test_one_key_shows_one_image_alone(qtbot, page):
    page.solo(1)
    assert [c.isVisible() for c in page.grid.cells] == [False, True, False]
    page.solo(1)
    assert all(c.isVisible() for c in page.grid.cells)


def test_an_unreadable_take_says_so_and_the_others_still_show(qtbot, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image at all")
    takes = [Take(str(make_png(tmp_path / "ok.png", 64, 48)), "image"), Take(str(broken), "image")]
    page = ImagePage(takes)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.canvases[1].error), timeout=10000)
    assert page.canvases[1].error == "Cannot show this take: broken.png could not be read as an image"
    qtbot.waitUntil(lambda: page.images[0] is not None and page.images[0].width() == 64)
    page.release()
