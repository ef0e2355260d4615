"""The window shell: start-up, the first-run welcome, the simulator, errors, keyboard, closing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import qasync
from keychain import no_keychain
from processes import pid_gone
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.secrets import ENV_VAR
from runway_desktop.core.storage.store import Store
from runway_desktop.session import Options, Session
from runway_desktop.ui.dialogs.close_notice import unfinished_work_notice
from runway_desktop.ui.shell.notifications import notification_text, should_notify
from runway_desktop.ui.shell.status import SIMULATOR_NOTICE, ConnectionMode

CHILD_START_MS = 120_000  # a cold child imports PyAV and NumPy: seconds on a busy machine
KEY = "key_" + "5e" * 64
# The in-thread simulator runs at speed 200: poll it often and expect tasks to be quick.
FAST_POLLING = EngineConfig(timing=PollTiming(min_interval=0.05, max_interval=0.5), typical_scale=1 / 200)


@pytest.fixture
def compose(qtbot, qloop, tmp_path):
    """Start a Session with stand-in tabs and queue; every session is closed at the end."""
    sessions: list[Session] = []

    def make(options: Options | None = None, **kwargs) -> Session:
        kwargs.setdefault("secrets", no_keychain())
        session = Session(
            options or Options(data_dir=tmp_path / "data"),
            make_tab=StandInTab,
            make_queue=StandInQueue,
            **kwargs,
        )
        sessions.append(session)
        run_coro(qtbot, session.start(), timeout=30000)
        return session

    yield make
    for session in sessions:
        close_session(qtbot, session)



def _image_request(prompt: str = "a lighthouse at dusk"):
    model = load_catalogue().get("text_to_image", "gen4_image")
    built = build_request(model, {"promptText": prompt, "ratio": "1920:1080"})
    assert built.ok, built.errors
    return built


def test_the_window_starts_with_its_data_in_the_data_dir_and_welcomes_a_first_run(compose, tmp_path):
    session = compose()
    window = session.window
    assert window.isVisible()
    assert window.windowTitle() == "Runway Desktop"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Video", "Image", "Audio", "Library"]
    assert (tmp_path / "data" / "tasks.sqlite3").exists()
    assert session.settings_file == tmp_path / "data" / "settings.json"
    assert window.dockWidgetArea(window.queue) == Qt.DockWidgetArea.RightDockWidgetArea
    # No key: the welcome offers both ways in, and nothing else is blocked.
    assert window.welcome.isVisible()
    assert window.welcome.add_key_button.text() == "Add API key"
    assert window.welcome.simulator_button.text() == "Try with the offline simulator"
    assert window.tabs.isEnabled()
    assert "No API key" in window.status.connection_label.text()
    assert not window.status.simulator_badge.isVisible()
    assert window.status.running_label.text() == "Nothing running"
    assert session.engine.client is None


def test_keyboard_switches_tabs_opens_settings_and_quits(compose, qtbot):
    session = compose()
    window = session.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible())
    assert not window.settings_dialog.isModal()
    window.settings_dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    # Nothing unfinished: Ctrl+Q closes at once, and the session shuts down.
    run_coro(qtbot, session.wait_closed())
    assert not window.isVisible()


def test_use_parameters_from_the_queue_fills_the_tasks_tab(compose):
    window = compose().window
    task = TaskRecord(id="t1", endpoint="text_to_speech", model="eleven_multilingual_v2", tab="audio",
                      state=TaskState.SUCCEEDED, body={})
    window.queue.useParameters.emit(task)
    assert window.tabs.currentWidget() is window.tab("audio")
    assert window.tab("audio").applied == [task]


def test_errors_from_slots_threads_and_the_loop_reach_the_banner_and_copy_takes_the_traceback(
    compose, qtbot, qloop
):
    window = compose().window
    banner = window.banner
    assert not banner.isVisible()

    class Trigger(QObject):
        fire = Signal(str)

    # (PySide 6.12 delivers QPushButton.clicked to a qasync asyncSlot with no arguments, which
    # qasync 0.28 refuses: a signal with an argument shows the coroutine path.)
    @qasync.asyncSlot(str)
    async def broken_slot(what):
        raise RuntimeError(f"the slot broke while holding {KEY}")

    trigger = Trigger()
    trigger.fire.connect(broken_slot)
    trigger.fire.emit("now")
    qtbot.waitUntil(lambda: banner.isVisible() and "the slot broke" in banner.message_label.text())
    assert KEY not in banner.message_label.text()  # redacted before it is shown or copied
    qtbot.mouseClick(banner.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: the slot broke" in copied
    assert "Traceback (most recent call last)" in copied and "broken_slot" in copied
    assert KEY not in copied

    button = QPushButton("break")
    button.clicked.connect(lambda: [][1])  # a plain slot failing inside Qt
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "IndexError" in banner.message_label.text())

    worker = threading.Thread(target=lambda: 1 / 0, name="worker-under-test")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "ZeroDivisionError" in banner.message_label.text())
    assert "2 earlier" in banner.count_label.text()

    qloop.call_soon(lambda: {}["missing"])
    qtbot.waitUntil(lambda: "KeyError" in banner.message_label.text())
    qtbot.mouseClick(banner.copy_button, Qt.MouseButton.LeftButton)
    assert "Exception in callback" in QGuiApplication.clipboard().text()

    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert "ZeroDivisionError" in banner.message_label.text()  # the earlier one comes back
    for _ in range(3):
        qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_try_with_the_offline_simulator_attaches_a_client_and_closing_stops_the_child(compose, qtbot):
    session = compose()
    window = session.window
    tabs = window.generate_tabs  # all built, as they are once start-up has settled
    qtbot.mouseClick(window.welcome.simulator_button, Qt.MouseButton.LeftButton)
    assert not window.welcome.simulator_button.isEnabled()  # busy while it starts
    qtbot.waitUntil(lambda: window.mode is ConnectionMode.SIMULATOR, timeout=CHILD_START_MS)
    assert session.engine.client is not None
    assert window.status.simulator_badge.isVisible()
    assert window.status.simulator_badge.full_text() == SIMULATOR_NOTICE
    assert not window.welcome.isVisible()
    assert all(tab.refreshed for tab in tabs.values())  # Generate re-checks its state
    qtbot.waitUntil(lambda: "(simulated)" in window.status.balance_label.text(), timeout=30000)
    assert "100,000 credits" in window.status.balance_label.text()
    pid = session.child.pid
    close_session(qtbot, session)
    assert pid_gone(pid)


def test_simulator_composition_shows_the_badge_and_closing_leaves_live_tasks_live(compose, qtbot, tmp_path):
    # Slow enough that the task is still pending at the simulator when the window closes.
    session = compose(Options(simulator=True, data_dir=tmp_path / "data"), simulator_speed=0.02)
    window = session.window
    qtbot.waitUntil(lambda: window.mode is ConnectionMode.SIMULATOR, timeout=CHILD_START_MS)
    assert window.status.simulator_badge.isVisible()
    # The app's name once: the platform adds the display name only to a title that lacks it.
    assert window.windowTitle() == "Offline simulator — Runway Desktop"
    # First run without a key, straight into the simulator: the welcome says so and offers a key.
    qtbot.waitUntil(window.welcome.isVisible)
    assert window.welcome.add_key_button.isVisible() and not window.welcome.simulator_button.isVisible()
    assert "offline simulator" in window.welcome.text_label.text()
    pid = session.child.pid
    task = run_coro(qtbot, session.engine.submit(_image_request(), {}))
    qtbot.waitUntil(lambda: session.engine.get(task.id).state is TaskState.PENDING, timeout=30000)
    qtbot.waitUntil(lambda: window.status.running_label.text() == "1 task running")

    window.close()
    # closeEvent is not a coroutine: it asks with a sheet opened by open(), never exec().
    qtbot.waitUntil(lambda: window.close_notice is not None and window.close_notice.isVisible())
    assert "1 simulated task is not finished" in window.close_notice.informativeText()
    assert window.isVisible()
    qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    run_coro(qtbot, session.wait_closed(), timeout=30000)
    assert pid_gone(pid)

    async def reload():
        store = Store(tmp_path / "data" / "tasks.sqlite3")
        await store.open()
        try:
            return await store.get(task.id)
        finally:
            await store.close()

    stored = run_coro(qtbot, reload())
    assert stored.state is TaskState.PENDING and stored.runway_id  # not cancelled: it resumes next start


def test_adding_a_key_from_the_welcome_connects_to_runway(compose, qtbot, simulator_url):
    session = compose(engine_config=FAST_POLLING)
    window = session.window
    qtbot.mouseClick(window.welcome.add_key_button, Qt.MouseButton.LeftButton)
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.busy)
    dialog.base_url_edit.setText(simulator_url)
    qtbot.keyClicks(dialog.key_edit, KEY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mode is ConnectionMode.RUNWAY, timeout=30000)
    assert session.engine.client is not None
    assert not window.welcome.isVisible()
    assert simulator_url.split("//")[1] in window.status.connection_label.text()
    qtbot.waitUntil(lambda: "Balance: 100,000 credits" in window.status.balance_label.text(), timeout=30000)
    assert "(simulated)" not in window.status.balance_label.text()
    task = run_coro(qtbot, session.engine.submit(_image_request(), {}))
    qtbot.waitUntil(lambda: bool(session.engine.get(task.id).saved_paths), timeout=60000)
    assert session.engine.get(task.id).state is TaskState.SUCCEEDED


def _task(state: TaskState, **changes) -> TaskRecord:
    return TaskRecord(id=state.value, endpoint="text_to_image", model="gen4_image", tab="image", state=state,
                      body={}, prompt="a lighthouse at dusk", **changes)


def test_closing_says_what_carries_on_at_runway():
    running = [_task(TaskState.RUNNING, runway_id="a"), _task(TaskState.PENDING, runway_id="b")]
    notice = unfinished_work_notice(running, ConnectionMode.RUNWAY)
    assert notice.startswith(
        "2 tasks are still running at Runway. They will carry on, and their results will be downloaded "
        "the next time you open Runway Desktop."
    )
    submitting = unfinished_work_notice([_task(TaskState.SUBMITTING)], ConnectionMode.RUNWAY)
    assert "1 task is being sent right now" in submitting and "outcome unknown" in submitting
    saved = (OutputFile(0, path="/tmp/out.png", state=OutputState.SAVED),)
    assert unfinished_work_notice([_task(TaskState.SUCCEEDED, outputs=saved)], ConnectionMode.RUNWAY) == ""
    waiting = (OutputFile(0, url="https://example.com/out.png"),)
    downloads = unfinished_work_notice([_task(TaskState.SUCCEEDED, outputs=waiting)], ConnectionMode.RUNWAY)
    assert downloads.startswith("1 finished task has results not downloaded yet")


def test_a_tray_message_only_for_a_task_that_just_finished_while_the_window_is_inactive():
    done = _task(TaskState.SUCCEEDED)
    ok = {"window_active": False, "enabled": True, "tray_available": True}
    assert should_notify(TaskState.RUNNING, done, **ok)
    assert not should_notify(TaskState.RUNNING, done, **{**ok, "window_active": True})
    assert not should_notify(TaskState.RUNNING, done, **{**ok, "enabled": False})
    assert not should_notify(TaskState.RUNNING, done, **{**ok, "tray_available": False})
    assert not should_notify(TaskState.SUCCEEDED, done, **ok)  # already finished: no news
    assert not should_notify(None, done, **ok)  # loaded from history at start
    assert not should_notify(TaskState.PENDING, _task(TaskState.RUNNING), **ok)
    from runway_desktop.core.running.states import Attention, NextStep

    refused = Attention("Runway refused the key.", 1.0, NextStep.REENTER_KEY)
    stuck = _task(TaskState.NEEDS_ATTENTION, attention=refused)
    assert should_notify(TaskState.RUNNING, stuck, **ok)  # it needs the user: worth telling
    title, body = notification_text(stuck)
    assert title == "Image needs attention" and "refused the key" in body and "Settings" in body
    assert notification_text(done) == ("Image ready", "gen4_image: “a lighthouse at dusk”")
    failed = _task(TaskState.FAILED, failure="The prompt was refused.")
    assert notification_text(failed)[0] == "Image failed"
    assert "The prompt was refused." in notification_text(failed)[1]


def test_the_application_is_set_up_for_the_desktop(qapp):
    from runway_desktop.app import DESKTOP_ID, configure_application, parse_args

    saved = (qapp.style().name(), qapp.palette(), qapp.styleSheet(), qapp.quitOnLastWindowClosed())
    try:
        configure_application(qapp)
        assert QApplication.desktopFileName() == DESKTOP_ID == "com.runwaydesktop.RunwayDesktop"
        assert not QApplication.windowIcon().isNull()
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#17181c"  # the dark palette
        assert "#errorBanner" in qapp.styleSheet()
    finally:  # other tests keep the application as they found it
        qapp.setStyle(saved[0])
        qapp.setPalette(saved[1])
        qapp.setStyleSheet(saved[2])
        qapp.setQuitOnLastWindowClosed(saved[3])
    args = parse_args(["--simulator", "--data-dir", "/tmp/x", "--base-url", "https://example.com"])
    assert args.simulator and str(args.data_dir) == "/tmp/x" and args.base_url == "https://example.com"


def test_make_run_chooses_the_simulator_only_without_a_key():
    from runway_desktop.launch import launch_args

    assert launch_args([], no_keychain()) == ["--simulator"]
    assert launch_args(["--data-dir", "/tmp/x"], no_keychain({ENV_VAR: KEY})) == ["--data-dir", "/tmp/x"]
    assert launch_args(["--simulator"], no_keychain()) == ["--simulator"]


def test_the_packaging_uses_the_desktop_id_the_app_announces():
    from runway_desktop.app import DESKTOP_ID

    packaging = Path(__file__).parents[2] / "packaging" / "xdg"
    metainfo = (packaging / f"{DESKTOP_ID}.metainfo.xml").read_text()
    assert f"<id>{DESKTOP_ID}</id>" in metainfo
    assert f"{DESKTOP_ID}.desktop" in metainfo
    desktop = (packaging / f"{DESKTOP_ID}.desktop").read_text()
    assert "Exec=runway-desktop\n" in desktop and f"Icon={DESKTOP_ID}" in desktop


def test_the_real_tabs_and_queue_compose_and_generate_waits_for_a_service(qtbot, qloop, tmp_path):
    from runway_desktop.ui.form.generate_tab import NO_KEY_REASON, GenerateTab
    from runway_desktop.ui.queue.panel import QueuePanel

    session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain())
    run_coro(qtbot, session.start(), timeout=30000)
    try:
        window = session.window
        assert all(isinstance(tab, GenerateTab) for tab in window.generate_tabs.values())
        assert isinstance(window.queue, QueuePanel)
        video = window.tab("video")
        qtbot.waitUntil(lambda: video.reason.text() != "")
        assert not video.generate_button.isEnabled()
        qtbot.mouseClick(window.welcome.simulator_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.mode is ConnectionMode.SIMULATOR, timeout=CHILD_START_MS)
        assert NO_KEY_REASON not in video.reason.text()  # the tab re-checked once a client existed
    finally:
        close_session(qtbot, session)
