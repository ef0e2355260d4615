"""The shell in words: what the status bar counts, the welcome card's height, and the window in Chinese."""

from __future__ import annotations

import pytest
from keychain import no_keychain
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget
from queue_support import record
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.store import Store
from runway_desktop.session import Options, Session
from runway_desktop.ui.i18n import install_language
from runway_desktop.ui.shell.status import running_text
from runway_desktop.ui.shell.welcome import COMPACT_BELOW_HEIGHT, SIDE_BY_SIDE_WIDTH, WelcomeView


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def start(qtbot, qloop, tmp_path):
    """A Session over `tmp_path/data` with stand-in tabs and queue, closed at the end."""
    sessions: list[Session] = []

    def make() -> Session:
        options = Options(data_dir=tmp_path / "data")
        session = Session(options, secrets=no_keychain(), make_tab=StandInTab, make_queue=StandInQueue)
        sessions.append(session)
        run_coro(qtbot, session.start(), timeout=30000)
        return session

    yield make
    for session in sessions:
        close_session(qtbot, session)


def _history(qtbot, data_dir, records) -> None:
    store = Store(data_dir / "tasks.sqlite3")
    run_coro(qtbot, store.open())
    run_coro(qtbot, store.save_many(records))
    run_coro(qtbot, store.close())


def test_the_status_bar_counts_queued_tasks_as_waiting_and_as_paused_while_the_queue_is_paused(
    qtbot, start, tmp_path
):
    _history(qtbot, tmp_path / "data", [
        record(1, TaskState.RUNNING),
        record(2, TaskState.QUEUED, runway_id=None),
        record(3, TaskState.QUEUED, runway_id=None),
        record(4, TaskState.SUCCEEDED),
    ])
    session = start()
    status = session.window.status
    assert status.running_label.text() == "1 task running · 2 tasks waiting"

    run_coro(qtbot, session.bridge.set_paused(True))
    qtbot.waitUntil(lambda: status.running_label.text() == "1 task running · 2 tasks paused")
    assert status.paused_label.isVisible()

    run_coro(qtbot, session.bridge.set_paused(False))
    qtbot.waitUntil(lambda: status.running_label.text() == "1 task running · 2 tasks waiting")
    assert not status.paused_label.isVisible()


def test_running_waiting_and_paused_each_read_as_what_they_are():
    assert running_text(0) == "Nothing running"
    assert running_text(1) == "1 task running"
    assert running_text(0, 1) == "1 task waiting"
    assert running_text(0, 3, paused=True) == "3 tasks paused"
    assert running_text(2, 1, paused=True) == "2 tasks running · 1 task paused"


@pytest.mark.parametrize("width", [SIDE_BY_SIDE_WIDTH + 400, SIDE_BY_SIDE_WIDTH - 200])
def test_the_welcome_card_is_as_tall_as_its_contents_whatever_it_last_said(qtbot, width):
    area = QWidget()  # as above the tabs: a column with room to spare below the card
    column = QVBoxLayout(area)
    card = WelcomeView(area)
    column.addWidget(card)
    column.addStretch(1)
    qtbot.addWidget(area)
    area.resize(width, COMPACT_BELOW_HEIGHT + 100)  # a window tall enough for the full card
    area.show()
    card.set_busy("Starting the offline simulator…")  # the first run's text with a status line below
    qtbot.waitUntil(lambda: card.height() == card.layout().totalHeightForWidth(card.width()))
    tall = card.height()

    card.show_simulating(True)  # shorter words, no status line: the card is as tall as they need now
    qtbot.waitUntil(lambda: card.height() == card.layout().totalHeightForWidth(card.width()))
    if width < SIDE_BY_SIDE_WIDTH:  # side by side, the two buttons set the height either way
        assert card.height() < tall
    # No gap opens between the words and the buttons below them (or beside them, at the top).
    words_bottom = card.text_label.geometry().bottom()
    button_top = card.add_key_button.mapTo(card, card.add_key_button.rect().topLeft()).y()
    if width < SIDE_BY_SIDE_WIDTH:
        assert 0 < button_top - words_bottom <= 24
    else:
        title_top = card.findChild(type(card.text_label), "welcomeTitle").geometry().top()
        assert abs(button_top - title_top) <= 24


def test_the_window_speaks_chinese_when_the_language_is_chinese(qtbot, start, chinese):
    session = start()
    window = session.window
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["视频", "图像", "音频", "素材库"]
    assert window.welcome.add_key_button.text() == "添加 API 密钥"
    assert window.status.running_label.text() == "没有正在进行的任务"
    assert window.form.menuFile.title() == "文件(&F)"
    window.show_error("Something went wrong.")
    assert window.banner.copy_button.text() == "复制"


def test_the_first_paint_is_in_the_saved_language_and_theme(qapp, tmp_path):
    from runway_desktop.app import chosen_look, configure_application
    from runway_desktop.core.storage.settings import Settings, save_settings, settings_path
    from runway_desktop.ui.shell import theme

    assert chosen_look(tmp_path) == ("system", "system")  # nothing saved yet
    save_settings(settings_path(tmp_path), Settings(language="en", theme="light"))
    assert chosen_look(tmp_path) == ("en", "light")
    configure_application(qapp, *chosen_look(tmp_path))
    try:
        assert theme.current().name == theme.LIGHT  # before any window: no dark frame first
        assert qapp.palette().window().color().name() == theme.LIGHT_COLOURS["window"]
    finally:
        configure_application(qapp)
