"""The window's size, the queue's share and the splitters are kept between runs and fitted to the screen."""

from __future__ import annotations

import pytest
from keychain import no_keychain
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter
from shell_support import StandInQueue, close_session, run_coro

from runway_desktop.session import Options, Session
from runway_desktop.ui.shell.main_window import QUEUE_MIN_WIDTH


@pytest.fixture
def open_window(qtbot, qloop, tmp_path):
    sessions: list[Session] = []

    def start(**kwargs):
        session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain(), **kwargs)
        sessions.append(session)
        return session, run_coro(qtbot, session.start(), timeout=60000)

    yield start
    for session in sessions:
        if not session.window.is_closed:
            close_session(qtbot, session)


def test_the_queue_keeps_its_share_when_the_window_grows_or_shrinks(qtbot, open_window):
    _session, window = open_window(make_queue=StandInQueue)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.queue.width() == max(QUEUE_MIN_WIDTH, round(0.35 * 1024)))
    narrow = window.queue.width() / window.width()
    window.resize(1920, 1080)  # maximized, say
    qtbot.waitUntil(lambda: window.width() == 1920)
    qtbot.waitUntil(lambda: abs(window.queue.width() / window.width() - narrow) < 0.02)
    assert window.queue.width() > 600


def test_size_queue_share_and_splitters_come_back_at_the_next_start(qtbot, open_window):
    session, window = open_window()
    # Within the test screen (800×800 offscreen; the window is at least 900 wide).
    window.resize(900, 640)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 640)
    qtbot.wait(50)
    window.resizeDocks([window.queue], [390], Qt.Orientation.Horizontal)  # as a drag of its edge does
    qtbot.waitUntil(lambda: abs(window.queue_share - 390 / 900) < 0.01)
    splitter = window.tab("video").findChild(QSplitter, "tabSplitter")
    splitter.setSizes([330, 900])
    picker = splitter.sizes()[0]
    close_session(qtbot, session)

    _again, window = open_window()
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 640)
    qtbot.waitUntil(lambda: abs(window.queue.width() - 390) <= 8)
    assert window.tab("video").findChild(QSplitter, "tabSplitter").sizes()[0] == picker


def test_a_window_saved_larger_than_the_screen_opens_inside_it(qtbot, open_window):
    session, window = open_window(make_queue=StandInQueue)
    room = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    window.setGeometry(room.right() - 100, room.bottom() - 100, room.width() + 900, room.height() + 700)
    qtbot.waitUntil(lambda: window.width() > room.width())
    close_session(qtbot, session)

    _again, window = open_window(make_queue=StandInQueue)
    shown = window.geometry()
    assert shown.height() <= room.height() and shown.top() >= room.top(), (shown, room)
    assert shown.width() <= max(room.width(), window.minimumWidth()) and shown.left() >= room.left()
