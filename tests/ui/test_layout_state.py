"""The window's size, the queue's share and the splitters: chosen for the screen, kept between runs."""

from __future__ import annotations

import pytest
from keychain import no_keychain
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QSplitter
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.session import Options, Session
from runway_desktop.ui.shell.queue_width import QUEUE_MIN_WIDTH
from runway_desktop.ui.shell.window_state import first_size


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


def drag_queue_edge(qtbot, window, to_x: int) -> None:
    """Drag the separator between the form and the queue to `to_x`, with the mouse, as a person would."""
    y = window.queue.y() + window.queue.height() // 2
    edge = (window.centralWidget().geometry().right() + window.queue.x()) // 2  # the separator between them
    start = QPoint(edge, y)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, x: int, buttons: Qt.MouseButton) -> None:
        point = QPointF(x, y)
        event = QMouseEvent(kind, point, QPointF(window.mapToGlobal(point.toPoint())), left, buttons, none)
        QApplication.sendEvent(window, event)

    send(QEvent.Type.MouseButtonPress, start.x(), left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start.x() + (to_x - start.x()) * step // 5, left)
        qtbot.wait(20)  # the window applies a separator's move on its next turn
    send(QEvent.Type.MouseButtonRelease, to_x, Qt.MouseButton.NoButton)


def test_the_queue_keeps_its_share_when_the_window_grows_or_shrinks(qtbot, open_window):
    _session, window = open_window(make_queue=StandInQueue)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.queue.width() == max(QUEUE_MIN_WIDTH, round(0.35 * 1024)))
    narrow = window.queue.width() / window.width()
    window.resize(1920, 1080)  # maximized, say
    qtbot.waitUntil(lambda: window.width() == 1920)
    qtbot.waitUntil(lambda: abs(window.queue.width() / window.width() - narrow) < 0.02)
    assert window.queue.width() > 600


def test_size_and_the_queue_share_the_user_chose_come_back_at_the_next_start(qtbot, open_window):
    session, window = open_window(make_tab=StandInTab, make_queue=StandInQueue)
    # Within the test screen (800×800 offscreen; the window is at least 900 wide).
    window.resize(900, 640)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 640)
    qtbot.waitUntil(lambda: window.queue.width() == QUEUE_MIN_WIDTH)
    drag_queue_edge(qtbot, window, window.queue.x() + window.queue.width() - 420)
    qtbot.waitUntil(lambda: abs(window.queue.width() - 420) <= 6)
    given = window.queue.width()
    assert abs(window.queue_share - given / 900) < 0.01
    close_session(qtbot, session)

    _again, window = open_window(make_tab=StandInTab, make_queue=StandInQueue)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 640)
    qtbot.waitUntil(lambda: abs(window.queue.width() - given) <= 6)


def test_the_model_list_width_comes_back_at_the_next_start(qtbot, open_window):
    session, window = open_window()
    splitter = window.tab("video").findChild(QSplitter, "tabSplitter")
    splitter.setSizes([330, 900])
    picker = splitter.sizes()[0]
    close_session(qtbot, session)

    _again, window = open_window()
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


@pytest.mark.parametrize(("screen", "expected"), [
    ((1024, 700), (1024, 700)), ((1280, 720), (1280, 720)), ((1366, 768), (1366, 768)),  # filled
    ((1600, 900), (1600, 900)), ((1440, 900), (1440, 900)),
    ((1920, 1200), (1536, 960)),
    ((1920, 1080), (1536, 864)), ((2560, 1440), (2048, 1152)),  # a share of a large screen
])
def test_the_first_window_fills_a_small_screen_and_takes_a_share_of_a_large_one(screen, expected):
    assert first_size(QSize(1320, 820), QSize(*screen)) == expected


def test_a_first_start_on_a_small_screen_takes_all_of_it(qtbot, open_window):
    _session, window = open_window(make_tab=StandInTab, make_queue=StandInQueue)
    room = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert first_size(QSize(1320, 820), room.size()) == room.size().toTuple()  # the test screen is small
    assert window.height() == room.height() and window.y() == room.y()
    assert window.width() == max(room.width(), window.minimumWidth())
