"""How a form fits its space: the model list highlights what was clicked; places and buttons wrap."""

from __future__ import annotations

import pytest
from forms_support import Backend, make_tab
from media_factory import make_png
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView


@pytest.fixture
def offline(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    yield backend.harness
    backend.close()


def test_clicking_a_model_highlights_that_model_even_when_the_list_scrolls_to_its_group(qtbot, offline):
    tab = make_tab(qtbot, offline, "image")
    tree = tab.picker.tree
    target = tab.picker.items[("text_to_image", "gen4_image")]
    header = target.parent()
    # Scrolled so the group's title is just out of view: choosing a model of it brings the title back.
    tree.scrollToItem(target, QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: tree.visualItemRect(header).bottom() < 0)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(target).center())
    qtbot.waitUntil(lambda: tab.current_model.key == ("text_to_image", "gen4_image"))
    qtbot.waitUntil(lambda: tree.visualItemRect(header).top() >= 0)  # the title is shown again
    assert tree.selectedItems() == [target]
    assert tab.title.text() == "gen4_image"


def _columns(slot) -> int:
    return len({cell.x() for cell in slot.cells})


def test_reference_images_wrap_to_one_column_when_two_would_squeeze_their_details(qtbot, offline, tmp_path):
    tab = make_tab(qtbot, offline, "image")
    tab.select_model("text_to_image", "gen4_image")
    slot = tab.form.editor("referenceImages")
    for name in ("hero", "castle"):
        slot.choose_file(str(make_png(tmp_path / f"{name}.png", 768, 1024)))
        shown = f"{name}.png"
        qtbot.waitUntil(lambda shown=shown: any(c.filled and c.name.text() == shown for c in slot.cells))
    tab.resize(900, 900)  # a laptop-sized window with the queue beside the form
    qtbot.waitUntil(lambda: _columns(slot) == 1)
    assert not tab.scroll.horizontalScrollBar().isVisible()
    filled = [c for c in slot.cells if c.filled]
    assert all(c.details.width() >= c.details.sizeHint().width() for c in filled)  # "768×1024" unclipped
    tab.resize(2200, 900)
    qtbot.waitUntil(lambda: _columns(slot) == 2)
    assert filled[0].y() == filled[1].y()


def test_choice_buttons_and_ratio_buttons_wrap_rather_than_cut_their_words_when_narrow(qtbot, offline):
    tab = make_tab(qtbot, offline, "video")
    tab.select_model("image_to_video", "veo3.1")
    ratios = tab.form.editor("ratio").buttons()
    durations = tab.form.editor("duration").segments.group.buttons()
    tab.resize(1400, 900)
    qtbot.waitUntil(lambda: len({b.y() for b in ratios}) == 1)  # one row of shapes when wide
    tab.resize(560, 900)  # the form narrower than four shapes side by side

    def whole(buttons) -> bool:
        return all(b.width() >= b.sizeHint().width() and b.height() >= b.sizeHint().height()
                   for b in buttons)

    qtbot.waitUntil(lambda: len({b.y() for b in ratios}) > 1)  # fewer shapes a row
    qtbot.waitUntil(lambda: whole(ratios) and whole(durations))  # "1080×1920" and "Default" in full
    assert not tab.scroll.horizontalScrollBar().isVisible()
    for button in durations:  # inside their row, none hidden below it
        assert button.parentWidget().rect().contains(button.geometry()), button.text()
