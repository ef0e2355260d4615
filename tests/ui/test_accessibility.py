"""Every control a keyboard or a screen reader reaches has a name, in the real window with a real history."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from keychain import no_keychain
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QToolButton, QWidget
from shell_support import close_session, run_coro

from runway_desktop.session import Options, Session
from runway_desktop.ui.form.media_card import MediaCell
from runway_desktop.ui.queue.model import QueueRole

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from sample_history import write_history  # noqa: E402


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: the set name, else what Qt derives (text, label buddy)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) or "").strip() if interface is not None else ""


def _describe(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(parents)}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Each shown control that takes focus but has no accessible name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea) and widget is not None and (
            widget is widget.parentWidget().viewport()  # type: ignore[attr-defined]
        ):
            continue  # the viewport is the scroll area itself to assistive technology
        if widget.focusProxy() is not None:
            continue  # focus goes to the proxy, which is checked on its own
        if not accessible_name(widget):
            found.append(_describe(widget))
    return found


@pytest.fixture
def history_window(qtbot, qloop, tmp_path):
    data_dir = tmp_path / "data"
    records = run_coro(qtbot, write_history(data_dir), timeout=60000)
    session = Session(Options(data_dir=data_dir), secrets=no_keychain())
    window = run_coro(qtbot, session.start(), timeout=60000)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == len(records), timeout=20000)
    window.resize(1366, 768)
    yield window, records
    close_session(qtbot, session)


def test_every_focusable_control_has_an_accessible_name(qtbot, history_window):
    window, records = history_window
    problems: list[str] = []
    for key in ("video", "image", "audio"):
        window.tabs.setCurrentWidget(window.tab(key))
        tab = window.tab(key)
        if tab.form.more_button is not None:
            tab.form.set_more_visible(True)
        for record in records:
            assert window.queue.select_task(record.id)
            qtbot.wait(0)
            problems += unnamed_controls(window)
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.isVisible)
    problems += unnamed_controls(dialog)
    dialog.close()
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_queue_rows_and_media_places_say_what_they_hold(qtbot, history_window):
    window, _records = history_window
    model = window.queue.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        task = model.task_at(row)
        name = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
        assert task.model in name
        assert model.data(index, QueueRole.STATE_TEXT) in name
        if task.prompt:
            assert task.prompt[:20] in name
        assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole)
    window.tabs.setCurrentWidget(window.tab("video"))
    window.tab("video").select_model("image_to_video", "veo3.1")
    qtbot.waitUntil(lambda: any(cell.isVisible() for cell in window.tab("video").findChildren(MediaCell)))
    cells = [cell for cell in window.tab("video").findChildren(MediaCell) if cell.isVisible()]
    assert cells
    for cell in cells:
        assert cell.accessibleName().startswith(cell.field_label)
        assert ("empty" in cell.accessibleName()) == (cell.item is None)
    ratios = [b for b in window.tab("video").findChildren(QToolButton, "ratioButton") if b.isVisible()]
    assert ratios and all(b.accessibleName().startswith("Ratio") for b in ratios)
    dice = window.tab("video").findChildren(QToolButton, "seedDice")
    assert all(d.accessibleName() == "New random seed" for d in dice)
