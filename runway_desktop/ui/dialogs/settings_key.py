"""Settings' API key section: the masked key, Test, where the key is kept, Remove, and "Use it now".

The keychain and the network are asked through the dialog's background runner (`spawn`): a locked
keychain may take a while to answer, and the UI thread only paints.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.running import account
from runway_desktop.core.storage.secrets import ENV_VAR, KeySource, Secrets, SecretStatus
from runway_desktop.ui.i18n import core_text

Spawn = Callable[[Coroutine[Any, Any, Any], str], Any]


def set_role(label: QLabel, role: str, text: str) -> None:
    """Show `text` in `label` styled as a hint, ok, warning or error (hidden when empty)."""
    label.setText(text)
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


def no_keychain_why() -> str:
    return QCoreApplication.translate(
        "SettingsText",
        "Why: no system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) "
        "answers here, and the key is never written to a file.",
    )


class KeySection(QGroupBox):
    """The key: typed masked, tested against Runway, stored by the dialog's Save, removed here."""

    keyRemoved = Signal()
    useNowRequested = Signal()  # start using the saved key now, without a restart
    checked = Signal(object)  # AccountCheck, after Test
    grew = Signal()  # a longer message is shown: the dialog may need more height

    def __init__(self, secrets: Secrets, base_url: Callable[[], str], spawn: Spawn,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Runway API key"), parent)
        self.secrets = secrets
        self.status: SecretStatus | None = None
        self._base_url = base_url
        self._spawn = spawn
        box = QVBoxLayout(self)
        box.setSpacing(8)
        box.addLayout(self._entry_row())
        self.check_label = QLabel()
        self.check_label.setObjectName("settingsCheckResult")
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_label.hide()
        box.addWidget(self.check_label)
        box.addLayout(self._status_row())
        box.addLayout(self._use_now_row())

    def _entry_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Paste your key (key_…) from dev.runwayml.com → API Keys"))
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(lambda _text: self.check_label.hide())
        row.addWidget(self.key_edit, 1)
        self.show_key = QCheckBox(self.tr("Show"))
        self.show_key.toggled.connect(self._toggle_echo)
        row.addWidget(self.show_key)
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setToolTip(self.tr("Ask Runway for this key's organization: its balance and tier"))
        self.test_button.clicked.connect(self.test_key)
        row.addWidget(self.test_button)
        return row

    def _status_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.key_status_label = QLabel(self.tr("Checking the system keychain…"))
        self.key_status_label.setObjectName("settingsKeyStatus")
        self.key_status_label.setWordWrap(True)
        self.key_status_label.setProperty("role", "hint")
        row.addWidget(self.key_status_label, 1)
        self.remove_key_button = QPushButton(self.tr("Remove key"))
        self.remove_key_button.setToolTip(self.tr("Delete the key from the system keychain"))
        self.remove_key_button.clicked.connect(self.remove_key)
        self.remove_key_button.hide()
        row.addWidget(self.remove_key_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _use_now_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.use_now_label = QLabel()
        self.use_now_label.setObjectName("settingsUseNow")
        self.use_now_label.setWordWrap(True)
        self.use_now_label.hide()
        row.addWidget(self.use_now_label, 1)
        self.use_now_button = QPushButton(self.tr("Use it now"))
        self.use_now_button.setObjectName("useKeyNow")
        self.use_now_button.setProperty("primary", True)
        self.use_now_button.setToolTip(
            self.tr("Switch this window to Runway with the saved key, without a restart"))
        self.use_now_button.clicked.connect(self._use_now)
        self.use_now_button.hide()
        row.addWidget(self.use_now_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _toggle_echo(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    # -- where the key is kept ---------------------------------------------------------------------

    async def load_status(self) -> None:
        self.show_status(await asyncio.to_thread(self.secrets.status))

    def show_status(self, status: SecretStatus) -> None:
        self.status = status
        text = core_text(status.message)
        role = "hint"
        if status.source is KeySource.ENVIRONMENT:
            text = self.tr(
                "{variable} is set, so its key is used and overrides the keychain for as long as "
                "the app runs. A key saved here goes to the keychain and is used once it is unset."
            ).format(variable=ENV_VAR)
            role = "warning"
        elif status.source is KeySource.SESSION or (
            status.source is KeySource.NONE and status.backend == "none"
        ):
            role = "warning"  # no keychain: the key will not survive a restart
            text = self.tr("{status} {why}").format(status=text, why=no_keychain_why())
        set_role(self.key_status_label, role, text)
        self.grew.emit()
        self.remove_key_button.setVisible(status.source in (KeySource.KEYCHAIN, KeySource.SESSION))

    def remove_key(self) -> None:
        self._spawn(self._remove(), self.tr("Removing the key"))

    async def _remove(self) -> None:
        await asyncio.to_thread(self.secrets.delete)
        self.show_status(await asyncio.to_thread(self.secrets.status))
        self.keyRemoved.emit()

    # -- Test --------------------------------------------------------------------------------------

    def test_key(self) -> None:
        """Ask the organization endpoint with the typed key (or the stored one)."""
        self.test_button.setEnabled(False)
        set_role(self.check_label, "hint", self.tr("Asking Runway…"))
        self._spawn(self._test(), self.tr("Testing the key"))

    async def _test(self) -> None:
        key = self.key_edit.text().strip() or await asyncio.to_thread(self.secrets.get) or ""
        if not key:
            result = account.AccountCheck(False, message="Paste a key first.", reason="invalid-input")
        else:
            result = await account.check_key(self._base_url(), key)
        self.test_button.setEnabled(True)
        if result.ok:
            lines = (core_text(result.message), core_text(result.tier_text))
            set_role(self.check_label, "ok", "\n".join(t for t in lines if t))
        elif not key:
            set_role(self.check_label, "error", self.tr("Paste a key first."))
        else:
            set_role(self.check_label, "error", core_text(result.message))
        self.checked.emit(result)

    # -- using a saved key now ---------------------------------------------------------------------

    def offer_use_now(self, message: str) -> None:
        set_role(self.use_now_label, "warning", message)
        self.use_now_button.setEnabled(True)
        self.use_now_button.show()
        self.grew.emit()

    def now_on_runway(self) -> None:
        self.use_now_button.hide()
        if self.use_now_label.isVisible():
            set_role(self.use_now_label, "ok", self.tr("This window now uses Runway with your key."))

    def _use_now(self) -> None:
        self.use_now_button.setEnabled(False)
        set_role(self.use_now_label, "hint", self.tr("Switching to Runway…"))
        self.useNowRequested.emit()

    def enable_again(self) -> None:
        """After a failure in the background: the buttons can be pressed again."""
        self.test_button.setEnabled(True)
        if self.use_now_button.isVisible():
            self.use_now_button.setEnabled(True)
