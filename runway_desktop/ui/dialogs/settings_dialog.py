"""Settings: the API key (kept in the keychain only), which service to use, and the app's preferences.

Non-modal: open it with `show()` (or `open()`); it reports through `saved`. Keychain and file
access run in worker threads: a locked keychain may take a while to answer. Its three sections
live in `settings_key`, `settings_connection` and `settings_preferences`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from runway_desktop.core.storage.secrets import KeySource, Secrets
from runway_desktop.core.storage.settings import Settings, save_settings
from runway_desktop.ui.dialogs.settings_connection import ConnectionSection
from runway_desktop.ui.dialogs.settings_key import KeySection, set_role
from runway_desktop.ui.dialogs.settings_preferences import PreferencesSection
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.shell.background import Background
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.fitting import keep_wrapped_height

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Edits the key and the settings; emits `saved(settings, key_changed)` after storing them."""

    saved = Signal(object, bool)  # Settings, whether a new key was stored
    keyRemoved = Signal()
    useNowRequested = Signal()  # start using the saved key now, without a restart
    checked = Signal(object)  # AccountCheck, after Test

    def __init__(
        self,
        settings: Settings,
        settings_file: Path,
        secrets: Secrets,
        parent: QWidget | None = None,
        *,
        mode: ConnectionMode = ConnectionMode.NONE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings — Runway Desktop"))
        self.setModal(False)
        self.setMinimumWidth(600)
        self.resize(860, 0)  # wide enough that its longer messages wrap less: it must fit a 1024×700 window
        self.settings = settings
        self.settings_file = settings_file
        self.secrets = secrets
        self.mode = mode
        self._work = Background(self._failed)

        self.connection = ConnectionSection(self)
        self.key = KeySection(secrets, self.connection.base_url, self._spawn, self)
        self.preferences = PreferencesSection(self)
        self.key.keyRemoved.connect(self.keyRemoved)
        self.key.useNowRequested.connect(self.useNowRequested)
        self.key.checked.connect(self.checked)
        self.key.grew.connect(self._fit)
        self._name_parts()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(10)
        # The dialog grows with what it shows (a long key-test error), instead of squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for section in (self.key, self.connection, self.preferences):
            layout.addWidget(section)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)
        note = QLabel(self.tr(
            "A new library folder, language or switch to the simulator applies at the next start; "
            "the rest at once."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(self._buttons())
        keep_wrapped_height(*[label for label in self.findChildren(QLabel) if label.wordWrap()])
        self.connection.fill(settings, mode)
        self.preferences.fill(settings)
        self._spawn(self.key.load_status(), self.tr("Reading the keychain"))

    def _name_parts(self) -> None:
        """The sections' widgets by their names on the dialog, as the window and tests reach them."""
        key, connection, prefs = self.key, self.connection, self.preferences
        self.key_edit, self.show_key, self.test_button = key.key_edit, key.show_key, key.test_button
        self.check_label, self.key_status_label = key.check_label, key.key_status_label
        self.remove_key_button = key.remove_key_button
        self.use_now_label, self.use_now_button = key.use_now_label, key.use_now_button
        self.runway_radio, self.simulator_radio = connection.runway_radio, connection.simulator_radio
        self.base_url_edit, self.in_use_label = connection.base_url_edit, connection.in_use_label
        self.library_edit, self.browse_button = prefs.library_edit, prefs.browse_button
        self.max_tasks_spin, self.budget_spin = prefs.max_tasks_spin, prefs.budget_spin
        self.warn_spin, self.theme_combo = prefs.warn_spin, prefs.theme_combo
        self.language_combo, self.language_note = prefs.language_combo, prefs.language_note
        self.repeat_check, self.notifications_check = prefs.repeat_check, prefs.notifications_check

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        return buttons

    # -- the window tells the dialog -------------------------------------------------------------

    @property
    def status(self) -> Any:
        """Where the key is kept (a SecretStatus), once the keychain has answered; else None."""
        return self.key.status

    def set_mode(self, mode: ConnectionMode, _detail: str = "") -> None:
        """The window switched service while the dialog is open."""
        self.mode = mode
        self.connection.show_mode(mode)
        if mode is ConnectionMode.RUNWAY:
            self.key.now_on_runway()

    def offer_use_now(self, message: str) -> None:
        """The key is saved but the window still uses the simulator: say so and offer to switch now."""
        self.key.offer_use_now(message)

    def test_key(self) -> None:
        self.key.test_key()

    def remove_key(self) -> None:
        self.key.remove_key()

    def _fit(self) -> None:
        """Grow to show a longer message in full (wrapped labels need the height for their width)."""
        if self.isVisible():
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width()),
                                          self.sizeHint().height()))

    # -- behaviour ---------------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any], what: str) -> asyncio.Task[Any]:
        """Run background work; a failure is shown in the dialog, never lost."""
        return self._work.run_coroutine(coro, what)

    def _failed(self, message: str, _detail: str) -> None:
        set_role(self.problems_label, "error", message)
        self.save_button.setEnabled(True)
        self.key.enable_again()

    @property
    def busy(self) -> bool:
        return self._work.busy

    def current_settings(self) -> Settings:
        return self.settings.evolve(
            base_url=self.connection.base_url(),
            use_simulator=self.connection.use_simulator(self.settings.use_simulator),
            **self.preferences.values(),
        )

    def save(self) -> None:
        settings = self.current_settings()
        problems = settings.problems()
        if problems:
            set_role(self.problems_label, "error", "\n".join(core_text(p.message) for p in problems))
            return
        self.problems_label.hide()
        self.save_button.setEnabled(False)
        self._spawn(self._save(settings), self.tr("Saving the settings"))

    async def _save(self, settings: Settings) -> None:
        key = self.key_edit.text().strip()
        status = None
        if key:
            status = await asyncio.to_thread(self.secrets.set, key)
            self.key_edit.clear()  # the widget holds no copy once it is stored
            self.show_key.setChecked(False)
        await asyncio.to_thread(save_settings, self.settings_file, settings)
        self.settings = settings
        self.save_button.setEnabled(True)
        if status is not None:
            self.key.show_status(status)
        self.saved.emit(settings, status is not None)
        if status is not None and (status.source is KeySource.SESSION or self.use_now_button.isVisible()):
            # Stay open: the user must see that the key will not be remembered (or can be used now).
            self.cancel_button.setText(self.tr("Close"))
            return
        self.accept()

    def done(self, result: int) -> None:
        self._work.cancel_all()
        super().done(result)
