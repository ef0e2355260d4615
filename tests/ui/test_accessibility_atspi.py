"""With accessibility on (QT_ACCESSIBILITY=1, xcb, the session's D-Bus), the accessible tree a screen
reader is served from names Generate and the new queue row with its state.

The outer test runs the inner one in a fresh process: the platform and its accessibility are chosen
when QApplication starts. The tree is read in-process through QAccessible interfaces (the same ones
Qt's AT-SPI bridge serves); no AT-SPI client library is installed to read the registry itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from test_accessibility_keyboard import simulated_window  # noqa: F401  (the fixture)

CHILD = "RUNWAY_DESKTOP_ACCESSIBLE_CHILD"
ROOT = Path(__file__).resolve().parents[2]


def _walk(interface, depth: int = 0):
    """Every accessible object under `interface`, depth first (bounded: a tree, never a cycle)."""
    if interface is None or not interface.isValid() or depth > 40:
        return
    yield interface
    for index in range(interface.childCount()):
        yield from _walk(interface.child(index), depth + 1)


@pytest.mark.skipif(not os.environ.get(CHILD), reason="run by the test below in a process of its own")
def test_accessible_tree_names_generate_and_the_new_row(qtbot, simulated_window):  # noqa: F811
    _session, window = simulated_window
    assert QGuiApplication.platformName() == "xcb"
    tab = window.tab("image")
    window.tabs.setCurrentWidget(tab)
    tab.select_model("text_to_image", "gen4_image")
    qtbot.waitUntil(lambda: tab.form is not None and tab.form.prompt is not None)
    prompt = tab.form.prompt.edit
    prompt.setFocus()
    qtbot.keyClicks(prompt, "a harbour in fog")
    qtbot.waitUntil(tab.generate_button.isEnabled, timeout=10000)

    root = QAccessible.queryAccessibleInterface(window)
    buttons = [i for i in _walk(root) if i.role() == QAccessible.Role.Button
               and i.text(QAccessible.Text.Name) == "Generate" and i.object() is tab.generate_button]
    assert len(buttons) == 1
    qtbot.keyClick(prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    queue = window.queue
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=20000)
    list_interface = QAccessible.queryAccessibleInterface(queue.view)
    assert list_interface.text(QAccessible.Text.Name) == "Queue"

    def row_names() -> list[str]:
        return [i.text(QAccessible.Text.Name) for i in _walk(list_interface)
                if i.role() in (QAccessible.Role.ListItem, QAccessible.Role.Cell)]

    qtbot.waitUntil(lambda: any("gen4_image" in n and "harbour" in n for n in row_names()), timeout=20000)
    state = queue.model.data(queue.model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole).rsplit(", ", 1)[-1]
    assert any(state in name for name in row_names())


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="the bridge needs a real display (Xvfb)")
def test_the_accessible_tree_under_the_accessibility_bus():
    # The offscreen platform has no accessibility bridge: the child runs on xcb inside Xvfb, on this
    # process's D-Bus session (tools/keyring-session), where the AT-SPI bus is started on demand.
    env = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_QPA_PLATFORM="xcb", **{CHILD: "1"})
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
         sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{Path(__file__)}::test_accessible_tree_names_generate_and_the_new_row"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    summary = result.stdout[-3000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout, summary
