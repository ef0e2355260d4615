"""Test support for the window shell: tiny stand-ins for the tabs and the queue, and sessions."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget


def run_coro(qtbot, coro, timeout: int = 15000):
    """Run a coroutine on the qasync loop while Qt keeps processing events; return its result."""
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


class StandInTab(QWidget):
    """Just the GenerateTab contract the window relies on."""

    submitted = Signal(object)

    def __init__(self, tab, catalogue, bridge, thumbnails, parent=None):
        super().__init__(parent)
        self.key = tab
        self.bridge = bridge
        self.applied = []
        self.refreshed = 0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{tab} form"))
        self.generate_button = QPushButton("Generate")
        layout.addWidget(self.generate_button)

    def apply_task(self, task):
        self.applied.append(task)

    def refresh(self):
        self.refreshed += 1


class StandInQueue(QDockWidget):
    """Just the QueuePanel contract the window relies on."""

    useParameters = Signal(object)
    runningCountChanged = Signal(int)

    def __init__(self, bridge, thumbnails, parent=None):
        super().__init__("Queue", parent)
        self.preview = QLabel("preview")
        self.preview_dock = None
        self.shut_down = False
        self.setWidget(self.preview)

    def shutdown(self):
        self.shut_down = True


def close_session(qtbot, session) -> None:
    run_coro(qtbot, session.close(), timeout=60000)
    if session.window is not None:
        session.window.deleteLater()
