"""Keyboard only, on the offline simulator: pick a model, prompt, generate, find it in the queue, cancel."""

from __future__ import annotations

import pytest
from keychain import no_keychain
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from shell_support import close_session, run_coro

from runway_desktop.core.running.states import Action
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.session import Options, Session
from runway_desktop.ui.queue.model import QueueRole
from runway_desktop.ui.shell.connection import ConnectionMode

CHILD_START_MS = 60000
MAX_TABS = 60  # more than the controls of any form: a Tab loop never runs unbounded


@pytest.fixture
def simulated_window(qtbot, qloop, tmp_path):
    # Slow enough that the task is still live at the simulator when it is cancelled.
    session = Session(Options(simulator=True, data_dir=tmp_path / "data"), secrets=no_keychain(),
                      simulator_speed=0.02)
    window = run_coro(qtbot, session.start(), timeout=CHILD_START_MS)
    qtbot.waitUntil(lambda: window.mode is ConnectionMode.SIMULATOR, timeout=CHILD_START_MS)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield session, window
    close_session(qtbot, session)


def _focused():
    return QApplication.focusWidget()


def _tab_until(qtbot, target) -> None:
    for _ in range(MAX_TABS):
        if _focused() is target:
            return
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def test_generate_and_cancel_with_the_keyboard_alone(qtbot, simulated_window):
    session, window = simulated_window
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Image tab
    tab = window.tab("image")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is tab)
    tab.picker.search.setFocus()  # where Tab order starts on every tab
    qtbot.waitUntil(lambda: _focused() is tab.picker.search)
    qtbot.keyClicks(tab.picker.search, "gen4")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _focused() is tab.picker.tree)
    qtbot.keyClick(tab.picker.tree, Qt.Key.Key_Home)
    for _ in range(MAX_TABS):
        if tab.picker.current() == ("text_to_image", "gen4_image"):
            break
        qtbot.keyClick(tab.picker.tree, Qt.Key.Key_Down)
    assert tab.picker.current() == ("text_to_image", "gen4_image")
    qtbot.waitUntil(lambda: tab.form is not None and tab.form.prompt is not None)

    prompt = tab.form.prompt.edit
    _tab_until(qtbot, prompt)
    qtbot.keyClicks(prompt, "a lighthouse at dusk, keyboard only")
    qtbot.waitUntil(tab.generate_button.isEnabled, timeout=10000)
    _tab_until(qtbot, tab.generate_button)
    generate = QAccessible.queryAccessibleInterface(tab.generate_button)
    assert generate.role() == QAccessible.Role.Button
    assert generate.text(QAccessible.Text.Name) == "Generate"
    qtbot.keyClick(tab.generate_button, Qt.Key.Key_Space)

    queue = window.queue
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=20000)
    task_id = queue.model.data(queue.model.index(0, 0), QueueRole.TASK_ID)
    qtbot.waitUntil(lambda: session.engine.get(task_id).state.is_live_at_runway, timeout=30000)

    qtbot.keyClick(_focused(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _focused() is queue.view)
    qtbot.keyClick(queue.view, Qt.Key.Key_Down)  # the arrows move over the tasks (one here)
    qtbot.keyClick(queue.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: [t.id for t in queue.selected_tasks()] == [task_id])
    qtbot.waitUntil(lambda: queue.preview.task is not None and queue.preview.task.id == task_id)
    row_name = queue.model.data(queue.model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "gen4_image" in row_name and "lighthouse" in row_name

    cancel = queue.buttons[Action.CANCEL]
    qtbot.waitUntil(cancel.isEnabled)
    _tab_until(qtbot, cancel)
    qtbot.keyClick(cancel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: session.engine.get(task_id).state is TaskState.CANCELLED, timeout=30000)
    first = queue.model.index(0, 0)
    qtbot.waitUntil(lambda: "ancel" in queue.model.data(first, Qt.ItemDataRole.AccessibleTextRole))
