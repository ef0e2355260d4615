"""Settings without a keychain, or with a locked one, in Chinese: a stated condition and what happens."""

from __future__ import annotations

import keyring.errors
from english_words import english_words
from keychain import no_keychain
from PySide6.QtCore import Qt

from runway_desktop.core.storage.secrets import Secrets
from runway_desktop.core.storage.settings import Settings
from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog

KEY = "key_" + "5e" * 64
KEYCHAINS = ("GNOME", "Keyring", "KWallet", "macOS", "Windows")  # products, named as they name themselves


class LockedKeychain:
    """A Secret Service whose collection the person did not unlock.

    Not a keyring.backend.KeyringBackend: every subclass of that joins keyring's own choice of
    backend for the whole test run.
    """

    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


def _dialog(qtbot, tmp_path, secrets: Secrets) -> SettingsDialog:
    dialog = SettingsDialog(Settings(), tmp_path / "settings.json", secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=10000)
    return dialog


def test_a_locked_keychain_is_named_in_chinese(qtbot, qloop, tmp_path, chinese):
    dialog = _dialog(qtbot, tmp_path, Secrets(backend=LockedKeychain(), environ={}))
    said = dialog.key_status_label.text()
    assert said == "无法读取系统钥匙串：钥匙串已锁定"
    assert english_words(said) == []


def test_without_a_keychain_a_saved_key_is_kept_for_the_session_and_said_in_chinese(
        qtbot, qloop, tmp_path, chinese):
    secrets = no_keychain()
    dialog = _dialog(qtbot, tmp_path, secrets)
    assert english_words(dialog.key_status_label.text(), KEYCHAINS) == []
    qtbot.keyClicks(dialog.key_edit, KEY)
    with qtbot.waitSignal(dialog.saved, timeout=30000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    said = dialog.key_status_label.text()
    assert english_words(said, KEYCHAINS) == [], said
    assert secrets.get() == KEY
    assert not any(KEY in p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
