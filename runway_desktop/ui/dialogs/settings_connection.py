"""Settings' "Connect to" section: Runway (with its base URL) or the built-in offline simulator."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.storage.settings import Settings
from runway_desktop.ui.shell.connection import ConnectionMode

IN_USE = {
    ConnectionMode.NONE: QT_TRANSLATE_NOOP(
        "SettingsText", "In use now: nothing yet — add a key, or try the offline simulator."),
    ConnectionMode.STARTING: QT_TRANSLATE_NOOP(
        "SettingsText", "In use now: the offline simulator (starting)."),
    ConnectionMode.SIMULATOR: QT_TRANSLATE_NOOP("SettingsText", "In use now: the offline simulator."),
    ConnectionMode.RUNWAY: QT_TRANSLATE_NOOP("SettingsText", "In use now: Runway."),
}


def in_use_text(mode: ConnectionMode) -> str:
    """The line under the choice saying which service this window uses now."""
    return QCoreApplication.translate("SettingsText", IN_USE[mode])


class ConnectionSection(QGroupBox):
    """The service choice; it starts on the service in use, and only a change by the person counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Connect to"), parent)
        form = QVBoxLayout(self)
        form.setSpacing(8)
        self.runway_radio = QRadioButton("Runway")
        self.simulator_radio = QRadioButton(
            self.tr("The built-in offline simulator — nothing is sent to Runway and no credits are spent")
        )
        self._service = QButtonGroup(self)
        self._service.addButton(self.runway_radio)
        self._service.addButton(self.simulator_radio)
        # The line saying which service is in use sits beside Runway's choice: the dialog must fit 1024×700.
        runway_row = QHBoxLayout()
        # Never cut by the label beside it, also with the focus frame's border and padding (5 px a side).
        self.runway_radio.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.runway_radio.setMinimumWidth(self.runway_radio.sizeHint().width() + 12)
        runway_row.addWidget(self.runway_radio)
        runway_row.addSpacing(16)
        form.addLayout(runway_row)
        url_row = QHBoxLayout()
        url_row.setContentsMargins(26, 0, 0, 0)
        url_label = QLabel(self.tr("API base URL"))
        url_label.setProperty("role", "hint")
        url_row.addWidget(url_label)
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setObjectName("baseUrlEdit")
        url_label.setBuddy(self.base_url_edit)
        url_row.addWidget(self.base_url_edit, 1)
        form.addLayout(url_row)
        form.addWidget(self.simulator_radio)
        self.in_use_label = QLabel()
        self.in_use_label.setObjectName("settingsInUse")
        self.in_use_label.setProperty("role", "hint")
        self.in_use_label.setWordWrap(True)
        self.in_use_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        runway_row.addWidget(self.in_use_label, 1)
        self.runway_radio.toggled.connect(self.base_url_edit.setEnabled)
        self._shown_simulated = False

    def fill(self, settings: Settings, mode: ConnectionMode) -> None:
        """The service in use now picks the radio (not only the saved setting), and a line says which."""
        self.base_url_edit.setText(settings.base_url)
        simulated = mode in (ConnectionMode.SIMULATOR, ConnectionMode.STARTING)
        if mode is ConnectionMode.NONE:
            simulated = settings.use_simulator
        self.runway_radio.setChecked(not simulated)
        self.simulator_radio.setChecked(simulated)
        self.base_url_edit.setEnabled(not simulated)
        self._shown_simulated = simulated
        self.show_mode(mode)

    def show_mode(self, mode: ConnectionMode) -> None:
        self.in_use_label.setText(in_use_text(mode))

    def base_url(self) -> str:
        return self.base_url_edit.text().strip()

    def use_simulator(self, saved: bool) -> bool:
        """The setting to save: the saved one unless the person changed the radio shown."""
        chosen = self.simulator_radio.isChecked()
        return saved if chosen == self._shown_simulated else chosen
