"""Wheel and keys: scrolling the form never changes a value; focus is visible, complete and stays put."""

from __future__ import annotations

import pytest
from forms_support import Backend, make_tab
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from runway_desktop.ui.shell.assets import apply_theme


@pytest.fixture
def themed(qapp):
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def offline(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    yield backend.harness
    backend.close()


@pytest.fixture
def online(qtbot, qloop, tmp_path, simulator_url):
    backend = Backend(qtbot, tmp_path, simulator_url)
    yield backend
    backend.close()


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the mouse wheel over the middle of `widget` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    glob = QPointF(widget.mapToGlobal(widget.rect().center()))
    event = QWheelEvent(centre, glob, QPoint(0, 0), QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_combo_or_spin_box_scrolls_the_form_and_changes_nothing(qtbot, offline):
    tab = make_tab(qtbot, offline, "image")
    tab.select_model("text_to_image", "gen4_image")
    tab.resize(900, 420)  # short enough for the form to scroll
    combo = tab.form.editor("ratio").combo
    assert isinstance(combo, QComboBox)
    before = combo.currentData()
    bar = tab.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    tab.picker.search.setFocus()
    wheel(combo)
    wheel(combo)
    assert combo.currentData() == before
    assert bar.value() > 0  # the form scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)  # once chosen (focused), the wheel does change it
    assert combo.currentData() != before


def test_spin_boxes_in_more_settings_ignore_the_wheel_until_focused(qtbot, offline):
    tab = make_tab(qtbot, offline, "video")
    tab.select_model("image_to_video", "gen4.5")
    tab.form.set_more_visible(True)
    spins = [s for s in tab.form.findChildren(QAbstractSpinBox) if s.isVisibleTo(tab)]
    combos = [c for c in tab.form.findChildren(QComboBox) if c.isVisibleTo(tab)]
    assert spins or combos
    for control in spins + combos:
        assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone never focuses it
        value = control.text() if isinstance(control, QAbstractSpinBox) else control.currentIndex()
        wheel(control, 1)
        after = control.text() if isinstance(control, QAbstractSpinBox) else control.currentIndex()
        assert after == value, control.objectName()


def _tab_through(qtbot, start: QWidget, limit: int = 150) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back to it; every widget that had the focus."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            break
        seen.append(focused)
    return seen


def test_the_tab_key_reaches_every_control_of_the_form_and_generate(qtbot, online, themed):
    tab = make_tab(qtbot, online.harness, "video")
    tab.select_model("text_to_video", "gen4.5")
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.form.set_more_visible(True)
    tab.form.prompt.edit.setPlainText("a paper boat on a river")
    qtbot.waitUntil(tab.generate_button.isEnabled, timeout=10000)
    seen = _tab_through(qtbot, tab.picker.search)
    assert seen[-1] is tab.generate_button, "Generate is not the last stop of the form"
    assert seen.index(tab.form.prompt.edit) < seen.index(tab.form.more_button)
    wanted = [
        w for w in tab.form.findChildren(QWidget)
        if w.isVisibleTo(tab) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None and not w.objectName().startswith("qt_")
    ]
    missed = [f"{type(w).__name__}#{w.objectName()}" for w in wanted if w not in seen
              and not any(w.isAncestorOf(s) or s.isAncestorOf(w) for s in seen)]
    assert not missed, f"never reached with Tab: {missed}"
    assert tab.form.more_button in seen


def test_focused_controls_are_drawn_with_a_ring(qtbot, offline, themed):
    tab = make_tab(qtbot, offline, "video")
    tab.select_model("text_to_video", "gen4.5")
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    seed = tab.form.editor("seed")
    ratio = tab.form.editor("ratio").buttons()[1]
    controls = [ratio, seed.mode.button("random"), tab.form.more_button, tab.picker.tree]
    for control in [c for c in controls if c is not None]:
        tab.picker.search.setFocus()
        qtbot.waitUntil(lambda control=control: not control.hasFocus())
        plain = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        ringed = control.grab().toImage()
        assert plain != ringed, f"{control.objectName()} looks the same with and without focus"


def test_focus_stays_on_generate_after_a_generation(qtbot, online):
    harness = online.harness
    tab = make_tab(qtbot, harness, "image")
    tab.select_model("text_to_image", "gen4_image")
    tab.form.prompt.edit.setPlainText("a lighthouse at dusk")
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.waitUntil(tab.generate_button.isEnabled, timeout=10000)
    tab.generate_button.setFocus()
    qtbot.waitUntil(tab.generate_button.hasFocus)
    engine = online.services.engine
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(engine.tasks) == 1, timeout=10000)
    qtbot.waitUntil(tab.generate_button.isEnabled, timeout=10000)
    assert QApplication.focusWidget() is tab.generate_button


def test_a_language_typed_out_in_full_closes_its_list_so_the_message_below_shows(qtbot, offline):
    tab = make_tab(qtbot, offline, "audio")
    tab.select_model("voice_dubbing", "eleven_voice_dubbing")
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    combo = tab.form.editor("targetLang").combo
    edit = combo.lineEdit()
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "Fre")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)  # suggestions while typing
    qtbot.keyClicks(edit, "nch (fr)")
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert tab.form.editor("targetLang").value() == "fr"
