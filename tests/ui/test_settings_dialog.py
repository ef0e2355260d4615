"""The settings dialog: the key (masked, tested, kept in the keychain only) and the other settings."""

from __future__ import annotations

import asyncio
import threading

import keyring
import keyring.errors
import pytest
from keychain import no_keychain
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from runway_desktop.core.storage.secrets import ENV_VAR, SERVICE, USERNAME, Secrets
from runway_desktop.core.storage.settings import Settings, load_settings
from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog

KEY = "key_" + "7d" * 64
OTHER_KEY = "key_" + "a0" * 64


@pytest.fixture
def dialog_for(qtbot, qloop, tmp_path):
    def make(secrets: Secrets, settings: Settings | None = None) -> SettingsDialog:
        dialog = SettingsDialog(settings or Settings(), tmp_path / "settings.json", secrets)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.status is not None)  # the keychain has answered
        return dialog

    return make



@pytest.fixture
def strict_simulator_url():
    """The offline Runway accepting only KEY, on its own thread (as the child process would be)."""
    from runway_desktop.simulator.config import SimConfig
    from runway_desktop.simulator.server import SimulatorServer

    ready = threading.Event()
    state: dict = {}

    def serve() -> None:
        loop = asyncio.new_event_loop()
        server = SimulatorServer(SimConfig(port=0, api_key=KEY, render_workers=1))
        state["loop"], state["url"] = loop, loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=serve, name="strict-simulator", daemon=True)
    thread.start()
    assert ready.wait(60), "the simulator did not start"
    yield state["url"]
    state["loop"].call_soon_threadsafe(state["loop"].stop)
    thread.join(15)


def test_the_key_is_masked_and_show_reveals_it(dialog_for, qtbot):
    dialog = dialog_for(no_keychain())
    assert not dialog.isModal()
    qtbot.keyClicks(dialog.key_edit, KEY)
    assert dialog.key_edit.text() == KEY
    assert dialog.key_edit.echoMode() is QLineEdit.EchoMode.Password
    qtbot.mouseClick(dialog.show_key, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.mouseClick(dialog.show_key, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.echoMode() is QLineEdit.EchoMode.Password


def test_test_shows_the_balance_and_tier(dialog_for, qtbot, simulator_url):
    dialog = dialog_for(no_keychain())
    dialog.base_url_edit.setText(simulator_url)
    qtbot.keyClicks(dialog.key_edit, KEY)
    with qtbot.waitSignal(dialog.checked, timeout=30000) as result:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert result.args[0].ok
    assert "Balance: 100,000 credits ($1,000.00)" in dialog.check_label.text()
    assert "Tier: up to 1,000,000 credits a month" in dialog.check_label.text()
    assert dialog.check_label.property("role") == "ok"
    assert dialog.test_button.isEnabled()


def test_test_with_a_wrong_key_says_it_was_rejected(dialog_for, qtbot, strict_simulator_url):
    dialog = dialog_for(no_keychain())
    dialog.base_url_edit.setText(strict_simulator_url)
    qtbot.keyClicks(dialog.key_edit, OTHER_KEY)
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "rejected this API key (401)" in dialog.check_label.text()
    assert dialog.check_label.property("role") == "error"
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, KEY)
    assert not dialog.check_label.isVisible()  # a new key clears the old verdict
    with qtbot.waitSignal(dialog.checked, timeout=30000) as result:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert result.args[0].ok


def test_save_stores_the_key_in_the_real_secret_service_only(dialog_for, qtbot, tmp_path, secret_service):
    dialog = dialog_for(Secrets(environ={}))
    assert "No API key yet" in dialog.key_status_label.text()
    qtbot.keyClicks(dialog.key_edit, KEY)
    with qtbot.waitSignal(dialog.saved, timeout=30000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[1] is True  # a new key was stored
    assert secret_service.get_password(SERVICE, USERNAME) == KEY
    assert Secrets(environ={}).get() == KEY  # as the next start will read it
    assert dialog.key_edit.text() == ""  # the widget keeps no copy
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert KEY not in (tmp_path / "settings.json").read_text()


def test_the_environment_override_is_disclosed(dialog_for):
    dialog = dialog_for(no_keychain({ENV_VAR: KEY}))
    assert ENV_VAR in dialog.key_status_label.text()
    assert "overrides the keychain" in dialog.key_status_label.text()
    assert dialog.key_status_label.property("role") == "warning"


def test_without_a_keychain_the_key_is_kept_for_the_session_and_the_dialog_says_so(
    dialog_for, qtbot, tmp_path
):
    secrets = no_keychain()
    dialog = dialog_for(secrets)
    assert "session only" in dialog.key_status_label.text()
    qtbot.keyClicks(dialog.key_edit, KEY)
    with qtbot.waitSignal(dialog.saved, timeout=30000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The dialog stays open to say it plainly.
    assert dialog.isVisible()
    assert "kept for this session only" in dialog.key_status_label.text()
    assert "never written to a file" in dialog.key_status_label.text()
    assert dialog.cancel_button.text() == "Close"
    assert secrets.get() == KEY
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def test_settings_are_validated_saved_and_survive_a_reload(dialog_for, qtbot, tmp_path):
    dialog = dialog_for(no_keychain())
    dialog.base_url_edit.setText("http://runway.example.com")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "plain http://" in dialog.problems_label.text()
    assert not (tmp_path / "settings.json").exists()

    dialog.base_url_edit.setText("https://runway.example.com")
    dialog.library_edit.setText(str(tmp_path / "My outputs"))
    dialog.max_tasks_spin.setValue(6)
    qtbot.mouseClick(dialog.notifications_check, Qt.MouseButton.LeftButton)
    dialog.warn_spin.setValue(450)
    qtbot.mouseClick(dialog.simulator_radio, Qt.MouseButton.LeftButton)
    assert not dialog.base_url_edit.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=30000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    expected = Settings(
        base_url="https://runway.example.com",
        use_simulator=True,
        library_dir=str(tmp_path / "My outputs"),
        max_concurrent_tasks=6,
        notifications=False,
        warn_above_credits=450,
    )
    assert saved.args == [expected, False]
    assert load_settings(tmp_path / "settings.json").settings == expected

    reopened = dialog_for(no_keychain(), load_settings(tmp_path / "settings.json").settings)
    assert reopened.simulator_radio.isChecked()
    assert reopened.max_tasks_spin.value() == 6
    assert reopened.warn_spin.value() == 450
    assert not reopened.notifications_check.isChecked()
    assert reopened.library_edit.text() == str(tmp_path / "My outputs")


def test_remove_key_deletes_it_from_the_keychain(dialog_for, qtbot, secret_service):
    keyring.set_password(SERVICE, USERNAME, KEY)
    dialog = dialog_for(Secrets(environ={}))
    assert "Stored in the system keychain" in dialog.key_status_label.text()
    assert dialog.remove_key_button.isVisible()
    with qtbot.waitSignal(dialog.keyRemoved, timeout=30000):
        qtbot.mouseClick(dialog.remove_key_button, Qt.MouseButton.LeftButton)
    assert secret_service.get_password(SERVICE, USERNAME) is None
    assert "No API key yet" in dialog.key_status_label.text()
