"""Settings: the API key (kept in the keychain only), which service to use, and the app's preferences.

Non-modal: open it with `show()` (or `open()`); it reports through `saved`. Keychain and file
access run in worker threads: a locked keychain may take a while to answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.running import account
from runway_desktop.core.storage.secrets import ENV_VAR, KeySource, Secrets, SecretStatus
from runway_desktop.core.storage.settings import MAX_CONCURRENT_LIMIT, WARN_LIMIT, Settings, save_settings
from runway_desktop.ui.shell.assets import icon
from runway_desktop.ui.shell.background import Background
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.fitting import keep_wrapped_height

log = logging.getLogger(__name__)

RESTART_NOTE = (
    "A new library folder, the number of tasks sent at once and a switch to the simulator apply "
    "from the next start. A new key is used at once."
)
NO_KEYCHAIN_WHY = (
    "Why: no system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) "
    "answers here, and the key is never written to a file."
)
IN_USE = {
    ConnectionMode.NONE: "In use now: nothing yet — add a key, or try the offline simulator.",
    ConnectionMode.STARTING: "In use now: the offline simulator (starting).",
    ConnectionMode.SIMULATOR: "In use now: the offline simulator.",
    ConnectionMode.RUNWAY: "In use now: Runway.",
}


def _set_role(label: QLabel, role: str, text: str) -> None:
    label.setText(text)
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


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
        self.setWindowTitle("Settings — Runway Desktop")
        self.setModal(False)
        self.setMinimumWidth(600)
        self.settings = settings
        self.settings_file = settings_file
        self.secrets = secrets
        self.status: SecretStatus | None = None
        self.mode = mode
        self._work = Background(self._failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        # The dialog grows with what it shows (a long key-test error), instead of squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self._key_group())
        layout.addWidget(self._connection_group())
        layout.addWidget(self._preferences_group())
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)
        note = QLabel(RESTART_NOTE)
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.save_button = QPushButton("Save")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        keep_wrapped_height(*[label for label in self.findChildren(QLabel) if label.wordWrap()])
        self._fill(settings)
        self._spawn(self._load_status(), "Reading the keychain")

    # -- layout ------------------------------------------------------------------------------

    def _key_group(self) -> QGroupBox:
        group = QGroupBox("Runway API key")
        box = QVBoxLayout(group)
        box.setSpacing(8)
        row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("Paste your key (key_…) from dev.runwayml.com → API Keys")
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._key_edited)
        row.addWidget(self.key_edit, 1)
        self.show_key = QCheckBox("Show")
        self.show_key.toggled.connect(self._toggle_echo)
        row.addWidget(self.show_key)
        self.test_button = QPushButton("Test")
        self.test_button.setToolTip("Ask Runway for this key's organization: its balance and tier")
        self.test_button.clicked.connect(self.test_key)
        row.addWidget(self.test_button)
        box.addLayout(row)
        self.check_label = QLabel()
        self.check_label.setObjectName("settingsCheckResult")
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_label.hide()
        box.addWidget(self.check_label)
        status_row = QHBoxLayout()
        self.key_status_label = QLabel("Checking the system keychain…")
        self.key_status_label.setObjectName("settingsKeyStatus")
        self.key_status_label.setWordWrap(True)
        self.key_status_label.setProperty("role", "hint")
        status_row.addWidget(self.key_status_label, 1)
        self.remove_key_button = QPushButton("Remove key")
        self.remove_key_button.setToolTip("Delete the key from the system keychain")
        self.remove_key_button.clicked.connect(self.remove_key)
        self.remove_key_button.hide()
        status_row.addWidget(self.remove_key_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(status_row)
        use_now_row = QHBoxLayout()
        self.use_now_label = QLabel()
        self.use_now_label.setObjectName("settingsUseNow")
        self.use_now_label.setWordWrap(True)
        self.use_now_label.hide()
        use_now_row.addWidget(self.use_now_label, 1)
        self.use_now_button = QPushButton("Use it now")
        self.use_now_button.setObjectName("useKeyNow")
        self.use_now_button.setProperty("primary", True)
        self.use_now_button.setToolTip("Switch this window to Runway with the saved key, without a restart")
        self.use_now_button.clicked.connect(self._use_now)
        self.use_now_button.hide()
        use_now_row.addWidget(self.use_now_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(use_now_row)
        return group

    def _connection_group(self) -> QGroupBox:
        group = QGroupBox("Connect to")
        form = QVBoxLayout(group)
        form.setSpacing(8)
        self.runway_radio = QRadioButton("Runway")
        self.simulator_radio = QRadioButton(
            "The built-in offline simulator — nothing is sent to Runway and no credits are spent"
        )
        self._service = QButtonGroup(self)
        self._service.addButton(self.runway_radio)
        self._service.addButton(self.simulator_radio)
        form.addWidget(self.runway_radio)
        url_row = QHBoxLayout()
        url_row.setContentsMargins(26, 0, 0, 0)
        url_label = QLabel("API base URL")
        url_label.setProperty("role", "hint")
        url_row.addWidget(url_label)
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setObjectName("baseUrlEdit")
        url_row.addWidget(self.base_url_edit, 1)
        form.addLayout(url_row)
        form.addWidget(self.simulator_radio)
        self.in_use_label = QLabel()
        self.in_use_label.setObjectName("settingsInUse")
        self.in_use_label.setProperty("role", "hint")
        self.in_use_label.setWordWrap(True)
        form.addWidget(self.in_use_label)
        self.runway_radio.toggled.connect(self.base_url_edit.setEnabled)
        return group

    def _preferences_group(self) -> QGroupBox:
        group = QGroupBox("Generations")
        form = QFormLayout(group)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        library_row = QHBoxLayout()
        self.library_edit = QLineEdit()
        self.library_edit.setObjectName("libraryEdit")
        self.library_edit.setPlaceholderText("Default: inside the app's data folder")
        library_row.addWidget(self.library_edit, 1)
        self.browse_button = QPushButton("Choose…")
        self.browse_button.setIcon(icon("folder"))
        self.browse_button.clicked.connect(self._choose_library)
        library_row.addWidget(self.browse_button)
        form.addRow("Library folder", library_row)
        self.max_tasks_spin = QSpinBox()
        self.max_tasks_spin.setRange(1, MAX_CONCURRENT_LIMIT)
        self.max_tasks_spin.setToolTip("How many generations are sent to Runway at the same time")
        self.warn_spin = QSpinBox()
        self.warn_spin.setRange(0, WARN_LIMIT)
        self.warn_spin.setSingleStep(50)
        self.warn_spin.setSuffix(" credits")
        self.warn_spin.setSpecialValueText("Never ask")
        self.warn_spin.setToolTip("Ask before submitting a generation quoted above this (100 credits = $1)")
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeChoice")
        for value, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            self.theme_combo.addItem(label, value)
        self.theme_combo.setAccessibleName("Theme")
        self.theme_combo.setToolTip("Light or dark; \"Follow the system\" changes with the desktop's setting")
        theme_label = QLabel("Theme")
        theme_label.setBuddy(self.theme_combo)
        # The theme shares this row: the dialog must still fit a 1024×700 window.
        spending_row = QHBoxLayout()
        spending_row.addWidget(self.warn_spin)
        spending_row.addSpacing(12)
        spending_row.addWidget(theme_label)
        spending_row.addWidget(self.theme_combo, 1)
        form.addRow("Ask before spending more than", spending_row)
        self.budget_spin = QSpinBox()
        self.budget_spin.setObjectName("dailyBudget")
        self.budget_spin.setRange(0, WARN_LIMIT)
        self.budget_spin.setSingleStep(100)
        self.budget_spin.setSuffix(" credits")
        self.budget_spin.setSpecialValueText("No budget")
        self.budget_spin.setToolTip("A run that would pass this many credits today waits in the queue")
        # One row for both limits: the dialog must still fit the smallest window.
        limits = QHBoxLayout()
        limits.addWidget(self.max_tasks_spin)
        limits.addSpacing(12)
        limits.addWidget(QLabel("Daily budget (credits)"))
        limits.addWidget(self.budget_spin, 1)
        form.addRow("Tasks sent at once", limits)
        self.repeat_check = QCheckBox("Ask before repeating a request")
        self.repeat_check.setObjectName("askBeforeRepeating")
        self.repeat_check.setToolTip(
            "Generate (or Ctrl+Enter, or Retry) of the same request within a minute asks \"Generate again?\""
        )
        form.addRow("", self.repeat_check)
        self.notifications_check = QCheckBox("Notify me when a task finishes while I'm in another window")
        form.addRow("", self.notifications_check)
        return group

    def _fill(self, settings: Settings) -> None:
        self.base_url_edit.setText(settings.base_url)
        self._show_mode(settings)
        self.repeat_check.setChecked(settings.ask_before_repeating)
        self.library_edit.setText(settings.library_dir)
        self.max_tasks_spin.setValue(settings.max_concurrent_tasks)
        self.warn_spin.setValue(settings.warn_above_credits)
        self.budget_spin.setValue(settings.daily_budget_credits)
        self.notifications_check.setChecked(settings.notifications)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))

    def _show_mode(self, settings: Settings) -> None:
        """The service in use now picks the radio (not only the saved setting), and a line says which."""
        simulated = self.mode in (ConnectionMode.SIMULATOR, ConnectionMode.STARTING)
        if self.mode is ConnectionMode.NONE:
            simulated = settings.use_simulator
        self.runway_radio.setChecked(not simulated)
        self.simulator_radio.setChecked(simulated)
        self.base_url_edit.setEnabled(not simulated)
        self._shown_simulated = simulated
        self.in_use_label.setText(IN_USE[self.mode])

    def set_mode(self, mode: ConnectionMode, _detail: str = "") -> None:
        """The window switched service while the dialog is open."""
        self.mode = mode
        self.in_use_label.setText(IN_USE[mode])
        if mode is ConnectionMode.RUNWAY:
            self.use_now_button.hide()
            if self.use_now_label.isVisible():
                _set_role(self.use_now_label, "ok", "This window now uses Runway with your key.")

    def offer_use_now(self, message: str) -> None:
        """The key is saved but the window still uses the simulator: say so and offer to switch now."""
        _set_role(self.use_now_label, "warning", message)
        self.use_now_button.setEnabled(True)
        self.use_now_button.show()
        self._fit()

    def _fit(self) -> None:
        """Grow to show a longer message in full (wrapped labels need the height for their width)."""
        if self.isVisible():
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width()),
                                          self.sizeHint().height()))

    def _use_now(self) -> None:
        self.use_now_button.setEnabled(False)
        _set_role(self.use_now_label, "hint", "Switching to Runway…")
        self.useNowRequested.emit()

    # -- behaviour ---------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any], what: str) -> asyncio.Task[Any]:
        """Run background work; a failure is shown in the dialog, never lost."""
        return self._work.run_coroutine(coro, what)

    def _failed(self, message: str, _detail: str) -> None:
        _set_role(self.problems_label, "error", message)
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)
        if self.use_now_button.isVisible():
            self.use_now_button.setEnabled(True)

    @property
    def busy(self) -> bool:
        return self._work.busy

    def _toggle_echo(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _key_edited(self, _: str) -> None:
        self.check_label.hide()

    async def _load_status(self) -> None:
        self._show_status(await asyncio.to_thread(self.secrets.status))

    def _show_status(self, status: SecretStatus) -> None:
        self.status = status
        text = status.message
        role = "hint"
        if status.source is KeySource.ENVIRONMENT:
            text = (
                f"{ENV_VAR} is set, so its key is used and overrides the keychain for as long as "
                "the app runs. A key saved here goes to the keychain and is used once it is unset."
            )
            role = "warning"
        elif status.source is KeySource.SESSION or (
            status.source is KeySource.NONE and status.backend == "none"
        ):
            role = "warning"  # no keychain: the key will not survive a restart
            text = f"{text} {NO_KEYCHAIN_WHY}"
        _set_role(self.key_status_label, role, text)
        self._fit()
        self.remove_key_button.setVisible(status.source in (KeySource.KEYCHAIN, KeySource.SESSION))

    def test_key(self) -> None:
        """Ask the organization endpoint with the typed key (or the stored one)."""
        self.test_button.setEnabled(False)
        _set_role(self.check_label, "hint", "Asking Runway…")
        self._spawn(self._test(), "Testing the key")

    async def _test(self) -> None:
        key = self.key_edit.text().strip() or await asyncio.to_thread(self.secrets.get) or ""
        base_url = self.base_url_edit.text().strip()
        if not key:
            result = account.AccountCheck(False, message="Paste a key first.", reason="invalid-input")
        else:
            result = await account.check_key(base_url, key)
        self.test_button.setEnabled(True)
        if result.ok:
            _set_role(self.check_label, "ok", "\n".join(t for t in (result.message, result.tier_text) if t))
        else:
            _set_role(self.check_label, "error", result.message)
        self.checked.emit(result)

    def current_settings(self) -> Settings:
        # The radio starts on the service in use; only a change by the person changes the setting.
        chosen = self.simulator_radio.isChecked()
        use_simulator = self.settings.use_simulator if chosen == self._shown_simulated else chosen
        return self.settings.evolve(
            base_url=self.base_url_edit.text().strip(),
            use_simulator=use_simulator,
            ask_before_repeating=self.repeat_check.isChecked(),
            library_dir=self.library_edit.text().strip(),
            max_concurrent_tasks=self.max_tasks_spin.value(),
            notifications=self.notifications_check.isChecked(),
            theme=self.theme_combo.currentData() or "system",
            warn_above_credits=self.warn_spin.value(),
            daily_budget_credits=self.budget_spin.value(),
        )

    def save(self) -> None:
        settings = self.current_settings()
        problems = settings.problems()
        if problems:
            _set_role(self.problems_label, "error", "\n".join(p.message for p in problems))
            return
        self.problems_label.hide()
        self.save_button.setEnabled(False)
        self._spawn(self._save(settings), "Saving the settings")

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
            self._show_status(status)
        self.saved.emit(settings, status is not None)
        if status is not None and (status.source is KeySource.SESSION or self.use_now_button.isVisible()):
            # Stay open: the user must see that the key will not be remembered (or can be used now).
            self.cancel_button.setText("Close")
            return
        self.accept()

    def remove_key(self) -> None:
        self._spawn(self._remove(), "Removing the key")

    async def _remove(self) -> None:
        await asyncio.to_thread(self.secrets.delete)
        self._show_status(await asyncio.to_thread(self.secrets.status))
        self.keyRemoved.emit()

    def _choose_library(self) -> None:
        chooser = QFileDialog(self, "Choose the library folder")
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.library_edit.text():
            chooser.setDirectory(self.library_edit.text())
        chooser.fileSelected.connect(self.library_edit.setText)
        chooser.open()  # never exec(): the event loop keeps running

    def done(self, result: int) -> None:
        self._work.cancel_all()
        super().done(result)
