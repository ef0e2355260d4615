"""The key flow on a computer without a keychain: what Settings says, and using the key at once.

A first run without a key goes straight to the offline simulator (its own history); the welcome
says so. Settings shows the service actually in use, says why a key is kept for this session
only, and "Use it now" switches the window to Runway without a restart — the Runway history
opens in place of the simulator's.
"""

from __future__ import annotations

import pytest
from keychain import no_keychain
from PySide6.QtCore import Qt
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.session import SIMULATOR_HISTORY, Options, Session
from runway_desktop.ui.shell.about import ABOUT
from runway_desktop.ui.shell.connection import ConnectionMode

CHILD_START_MS = 120_000
KEY = "key_" + "3c" * 64
FAST_POLLING = EngineConfig(timing=PollTiming(min_interval=0.05, max_interval=0.5), typical_scale=1 / 200)


@pytest.fixture
def home(monkeypatch, tmp_path):
    """The user's folders, inside the test's own: the default data, config and cache dirs."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("RUNWAYML_API_SECRET", raising=False)
    monkeypatch.delenv("RUNWAYML_BASE_URL", raising=False)
    return tmp_path


def _image_request():
    model = load_catalogue().get("text_to_image", "gen4_image")
    return build_request(model, {"promptText": "a lighthouse at dusk", "ratio": "1920:1080"})


def test_without_a_keychain_the_key_is_used_at_once_and_settings_says_why(qtbot, qloop, home, simulator_url):
    secrets = no_keychain()
    session = Session(Options(simulator=True), secrets=secrets, engine_config=FAST_POLLING,
                      make_tab=StandInTab, make_queue=StandInQueue)
    try:
        run_coro(qtbot, session.start(), timeout=30000)
        window = session.window
        qtbot.waitUntil(lambda: window.mode is ConnectionMode.SIMULATOR, timeout=CHILD_START_MS)
        assert session.data_dir.name == SIMULATOR_HISTORY
        qtbot.waitUntil(window.welcome.isVisible, timeout=10000)  # first run: welcomed, offered a key
        simulated = run_coro(qtbot, session.engine.submit(_image_request(), {}))
        qtbot.waitUntil(lambda: session.engine.get(simulated.id).state is TaskState.SUCCEEDED, timeout=60000)

        qtbot.mouseClick(window.welcome.add_key_button, Qt.MouseButton.LeftButton)
        dialog = window.settings_dialog
        qtbot.waitUntil(lambda: dialog.isVisible() and dialog.status is not None)
        # Settings shows the service in use, not only the saved setting.
        assert dialog.simulator_radio.isChecked() and not dialog.runway_radio.isChecked()
        assert "offline simulator" in dialog.in_use_label.text()
        assert "session only" in dialog.key_status_label.text()
        assert "no system keychain" in dialog.key_status_label.text()  # and why

        qtbot.mouseClick(dialog.runway_radio, Qt.MouseButton.LeftButton)
        dialog.base_url_edit.setText(simulator_url)  # the in-thread simulator plays Runway here
        qtbot.keyClicks(dialog.key_edit, KEY)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.use_now_button.isVisible, timeout=30000)
        assert dialog.isVisible()  # it stays open to say it plainly
        assert "kept for this session only" in dialog.use_now_label.text()
        assert "restart would lose it" in dialog.use_now_label.text()
        assert not [m for m in window.banner._errors if "restart" in m[0]]  # no banner asking for one

        old_engine = session.engine
        qtbot.mouseClick(dialog.use_now_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.mode is ConnectionMode.RUNWAY, timeout=30000)
        assert session.engine is not old_engine and session.bridge.engine is session.engine
        assert session.data_dir.name != SIMULATOR_HISTORY  # the Runway history, not the simulated one
        assert session.engine.get(simulated.id) is None
        assert simulator_url.split("//")[1] in window.status.connection_label.text()
        assert window.windowTitle() == "Runway Desktop"
        assert not window.welcome.isVisible()
        assert "now uses Runway" in dialog.use_now_label.text()
        assert session.child is None  # the simulator child is stopped
        balance = window.status.balance_label
        qtbot.waitUntil(lambda: "Balance: 100,000 credits" in balance.text(), timeout=30000)
        task = run_coro(qtbot, session.engine.submit(_image_request(), {}))
        qtbot.waitUntil(lambda: bool(session.engine.get(task.id).saved_paths), timeout=60000)
        assert secrets.get() == KEY  # still only in memory
    finally:
        close_session(qtbot, session)
    for path in home.rglob("*"):  # settings, both histories, logs, library, sidecars, caches
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def test_about_says_where_the_key_is_kept_in_every_environment():
    assert "system keychain" in ABOUT and "for this session only" in ABOUT
    assert "never written to a file" in ABOUT
