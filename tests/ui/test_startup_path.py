"""Start-up paints first: the frame shows before the engine exists, heavy libraries wait, tabs follow."""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
import textwrap
import threading
from typing import ClassVar

import pytest
from keychain import no_keychain
from PySide6.QtCore import Qt
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.core.storage.secrets import Secrets
from runway_desktop.session import Options, Session
from runway_desktop.ui.shell.main_window import LOADING_HISTORY, STARTING, MainWindow

# Each costs tens of milliseconds to import; none is needed before the window first shows.
DEFERRED = ("httpx", "aiohttp", "av", "numpy", "PIL", "keyring", "PySide6.QtMultimedia", "runwayml")


def test_composing_the_window_loads_none_of_the_heavy_libraries():
    probe = (
        "import os, sys; os.environ['QT_API'] = 'pyside6'\n"
        "import runway_desktop.app, runway_desktop.session\n"
        f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"loaded at import time: {done.stdout.strip()}"


class CountingTab(StandInTab):
    made: ClassVar[list[str]] = []

    def __init__(self, tab, catalogue, bridge, thumbnails, parent=None):
        super().__init__(tab, catalogue, bridge, thumbnails, parent)
        CountingTab.made.append(tab)


@pytest.fixture
def window(qtbot, qloop, tmp_path):
    CountingTab.made = []
    options = Options(data_dir=tmp_path / "data")
    session = Session(options, secrets=no_keychain(), make_tab=CountingTab, make_queue=StandInQueue)
    run_coro(qtbot, session.start(), timeout=30000)
    yield session.window
    close_session(qtbot, session)


def test_the_other_tabs_are_built_after_the_window_has_painted(qtbot, window):
    assert CountingTab.made[0] == "video"  # the visible one, before the window showed
    qtbot.waitUntil(lambda: len(CountingTab.made) == 3, timeout=10000)
    assert sorted(CountingTab.made) == ["audio", "image", "video"]
    for index, key in enumerate(("video", "image", "audio")):
        assert window.tabs.widget(index) is window.tab(key)
    assert [window.tabs.tabText(i) for i in range(3)] == ["Video", "Image", "Audio"]
    assert window.tabs.currentIndex() == 0


def test_a_tab_asked_for_before_it_was_built_is_built_in_its_place(qtbot, window):
    audio = window.tab("audio")  # as "Use parameters" or a shortcut may, before the deferred build
    assert isinstance(audio, CountingTab)
    assert window.tabs.widget(2) is audio
    assert window.tabs.currentIndex() == 0  # building it did not switch to it
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is audio)
    qtbot.waitUntil(lambda: len(CountingTab.made) == 3, timeout=10000)
    assert CountingTab.made.count("audio") == 1
    assert list(window.generate_tabs) == ["video", "image", "audio"]


# Runs the real entry point; at the window's first paint it notes what is loaded and on screen,
# then waits for the composed window and quits through the File menu, as a person would. (The
# composition's own modules may be loading on the preload thread by then; the heavy libraries of
# networking, media and the keychain wait until they are needed.)
FIRST_PAINT_PROBE = textwrap.dedent("""
    import json, os, sys
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    from runway_desktop import app as entry

    application = QApplication([sys.argv[0]])
    seen = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if not seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                later = ("httpx", "aiohttp", "av", "numpy", "PIL", "keyring", "PySide6.QtMultimedia")
                seen["loaded"] = [m for m in later if m in sys.modules]
                seen["status"] = watched.statusBar().currentMessage()
                seen["queue"] = watched.queue.windowTitle()
                seen["composed_at_paint"] = watched.composed
                window = watched

                def quit_when_composed():
                    if window.composed:
                        # Compare, thumbnails and playback load when first used, not to compose the window.
                        media = ("numpy", "av", "PIL", "PySide6.QtMultimedia")
                        seen["loaded_composed"] = [m for m in media if m in sys.modules]
                        seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
                        seen["queue_after"] = type(window.queue).__name__
                        window.action("actionQuit").trigger()
                    else:
                        QTimer.singleShot(20, quit_when_composed)

                QTimer.singleShot(0, quit_when_composed)
            return False

    application._probe = FirstPaint(application)
    application.installEventFilter(application._probe)
    code = entry.main(["--data-dir", sys.argv[1]])
    print(json.dumps({**seen, "exit": code}))
""")


@pytest.mark.slow
def test_the_frame_paints_before_the_engine_and_the_forms_are_loaded_then_they_fill_it(tmp_path):
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(tmp_path / "data")],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["loaded"] == [], f"loaded before the first paint: {seen['loaded']}"
    assert seen["composed_at_paint"] is False
    assert seen["status"] == STARTING and seen["queue"] == "Queue"
    assert seen["loaded_composed"] == [], f"loaded to compose the window: {seen['loaded_composed']}"
    assert seen["tabs"] == ["Video", "Image", "Audio", "Library"]  # the library page once composed
    assert seen["queue_after"] == "QueuePanel"
    assert seen["exit"] == 0


def test_the_frame_offers_its_tabs_and_the_queue_place_before_anything_is_composed(qtbot):
    frame = MainWindow()
    qtbot.addWidget(frame)
    assert not frame.composed
    assert [frame.tabs.tabText(i) for i in range(frame.tabs.count())] == ["Video", "Image", "Audio"]
    frame.tabs.setCurrentIndex(2)  # clicking a tab before the forms exist changes nothing else
    assert [frame.tabs.widget(i).objectName() for i in range(3)] == [
        "videoTabPending", "imageTabPending", "audioTabPending"]
    assert frame.queue.widget().text() == LOADING_HISTORY


class HeldKeychain:
    """A keychain that answers only when the test says so (as a slow keychain daemon would).

    Not a keyring backend subclass: those register themselves and would change keyring's choice.
    """

    priority = 1

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.asked.set()
        self.release.wait(60)
        return None


def test_closing_the_frame_while_start_up_runs_shuts_everything_down(qtbot, qloop, tmp_path):
    keychain = HeldKeychain()
    session = Session(Options(data_dir=tmp_path / "data"), secrets=Secrets(backend=keychain, environ={}),
                      make_tab=CountingTab, make_queue=StandInQueue)
    frame = MainWindow()
    frame.show()
    starting = asyncio.ensure_future(session.start(frame))
    qtbot.waitUntil(keychain.asked.is_set, timeout=30000)  # start-up is waiting for the keychain
    frame.close()
    keychain.release.set()
    qtbot.waitUntil(starting.done, timeout=30000)
    run_coro(qtbot, session.wait_closed(), timeout=30000)
    assert not frame.isVisible() and frame.is_closed
    assert session.engine.client is None  # nothing was resumed or polled
    with pytest.raises(RuntimeError, match=r"not open|after shutdown"):  # the history was closed
        run_coro(qtbot, session.engine.store.load_all())
    frame.deleteLater()


def test_a_frame_closed_before_start_up_began_ends_the_session(qtbot, qloop, tmp_path):
    session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain(), make_tab=CountingTab,
                      make_queue=StandInQueue)
    frame = MainWindow()
    frame.show()
    frame.close()  # before the session could listen for it
    run_coro(qtbot, session.start(frame), timeout=30000)
    run_coro(qtbot, session.wait_closed(), timeout=30000)
    assert session.engine is None and not frame.composed
    frame.deleteLater()


def test_the_frame_answers_between_the_start_up_modules_it_loads(qtbot):
    from PySide6.QtCore import QTimer

    from runway_desktop.ui.shell.first_paint import load_in_turns

    order: list[str] = []
    real_import = importlib.import_module

    def noted(name: str):
        order.append(name)
        if name == "json":  # a click arrives while the first module loads
            QTimer.singleShot(0, lambda: order.append("a click"))
        return real_import(name)

    importlib.import_module = noted
    try:
        load_in_turns(["json", "csv", "no_such_module_here"])
    finally:
        importlib.import_module = real_import
    # The click is answered before the next module; a failure is left for the composition to report.
    assert order == ["json", "a click", "csv", "no_such_module_here"]


def test_the_form_takes_typing_while_the_history_is_still_being_opened(qtbot, qloop, tmp_path, monkeypatch):
    """The form on screen comes first; the history, the queue and the status bar are added behind it."""
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton

    import runway_desktop.session as session_module

    release = asyncio.Event()
    real_build = session_module.build_engine

    async def slow_history(*args, **kwargs):  # as a large history on a slow disk would be
        await release.wait()
        return await real_build(*args, **kwargs)

    monkeypatch.setattr(session_module, "build_engine", slow_history)
    session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain())
    starting = asyncio.ensure_future(session.start())
    try:
        qtbot.waitUntil(lambda: session.window is not None and session.window.interactive, timeout=30000)
        window = session.window
        assert session.engine is None and not window.composed
        assert window.queue.widget().text() == LOADING_HISTORY  # the queue's place says what is coming
        prompt = window.tab("video").findChild(QPlainTextEdit, "promptEdit")
        qtbot.keyClicks(prompt, "a lighthouse at dusk")
        assert prompt.toPlainText() == "a lighthouse at dusk"
        assert not window.tab("video").findChild(QPushButton, "generateButton").isEnabled()  # no service yet
        release.set()
        qtbot.waitUntil(starting.done, timeout=30000)
        assert window.composed and type(window.queue).__name__ == "QueuePanel"
        assert session.bridge.engine is session.engine
        assert prompt.toPlainText() == "a lighthouse at dusk"  # nothing typed was lost on the way
    finally:
        release.set()
        qtbot.waitUntil(starting.done, timeout=30000)
        close_session(qtbot, session)


def test_a_bridge_before_the_history_opens_answers_plainly_and_keeps_settings(qtbot, qloop, tmp_path):
    from runway_desktop.ui.bridge import EngineBridge
    from runway_desktop.wiring import build_engine, close_engine

    bridge = EngineBridge(None)
    assert bridge.tasks == [] and bridge.task("t1") is None
    assert not bridge.paused and not bridge.can_generate and not bridge.attached
    bridge.set_limits(max_live=2, daily_budget=500.0)  # Settings saved in the first moments
    engine = run_coro(qtbot, build_engine(tmp_path / "data"))
    try:
        bridge.attach(engine)
        assert bridge.engine is engine and bridge.max_live == 2
        assert engine.gate.daily_budget == 500.0
    finally:
        bridge.close()
        run_coro(qtbot, close_engine(engine))
