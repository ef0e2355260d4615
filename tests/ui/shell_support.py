"""Test support for the window shell: tiny stand-ins for the tabs and the queue, and sessions."""

from __future__ import annotations

import asyncio
import os

import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from runway_desktop.core.secrets import Secrets


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
        self.setWidget(self.preview)


class NoBackend(keyring.backend.KeyringBackend):
    """What keyring reports on a machine without any keychain."""

    priority = 0

    def get_password(self, service, username):
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service, username, password):
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service, username):
        raise keyring.errors.NoKeyringError("no backend")


def no_keychain(environ: dict[str, str] | None = None) -> Secrets:
    return Secrets(backend=NoBackend(), environ=environ if environ is not None else {})


def require_secret_service():
    """The real keyring backend, or skip (fail inside tools/keyring-session, where it must exist)."""
    backend = keyring.get_keyring()
    if "SecretService" not in type(backend).__module__ + type(backend).__name__:
        if os.environ.get("KEYRING_SESSION_INNER") == "1":
            pytest.fail(f"inside tools/keyring-session but keyring chose {backend!r}")
        pytest.skip("no Secret Service: run the suite with `make test` (tools/keyring-session)")
    return backend


def close_session(qtbot, session) -> None:
    run_coro(qtbot, session.close(), timeout=60000)
    if session.window is not None:
        session.window.deleteLater()
