"""Settings' "Generations" section: library folder, limits, spending, theme, language and notifications.

Widgets take their words when they are built, so a new language applies at the next start; the
section says so beside the choice as soon as it differs from the language the window speaks now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from runway_desktop.core.storage.settings import MAX_CONCURRENT_LIMIT, WARN_LIMIT, Settings
from runway_desktop.ui.i18n import ENGLISH, LANGUAGE_NAMES, SIMPLIFIED_CHINESE, language_for
from runway_desktop.ui.shell.assets import icon


def language_in_use() -> str:
    """The language this window speaks now (its translators set the default locale at start)."""
    return SIMPLIFIED_CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH


class PreferencesSection(QGroupBox):
    """The app's preferences, filled from and read back into `Settings`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Generations"), parent)
        form = QFormLayout(self)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)  # the language row must still fit a 1024×700 window
        form.addRow(self.tr("Library folder"), self._library_row())
        form.addRow(self.tr("Tasks sent at once"), self._limits_row())
        form.addRow(self.tr("Ask before spending more than"), self._spending_row())
        form.addRow(self.tr("Language"), self._language_row())
        self.repeat_check = QCheckBox(self.tr("Ask before repeating a request"))
        self.repeat_check.setObjectName("askBeforeRepeating")
        self.repeat_check.setToolTip(self.tr(
            "Generate (or Ctrl+Enter, or Retry) of the same request within a minute asks \"Generate again?\""
        ))
        form.addRow("", self.repeat_check)
        self.notifications_check = QCheckBox(
            self.tr("Notify me when a task finishes while I'm in another window"))
        form.addRow("", self.notifications_check)

    def _library_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.library_edit = QLineEdit()
        self.library_edit.setObjectName("libraryEdit")
        self.library_edit.setPlaceholderText(self.tr("Default: inside the app's data folder"))
        row.addWidget(self.library_edit, 1)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setIcon(icon("folder"))
        self.browse_button.clicked.connect(self._choose_library)
        row.addWidget(self.browse_button)
        return row

    def _limits_row(self) -> QHBoxLayout:
        self.max_tasks_spin = QSpinBox()
        self.max_tasks_spin.setRange(1, MAX_CONCURRENT_LIMIT)
        self.max_tasks_spin.setToolTip(self.tr("How many generations are sent to Runway at the same time"))
        self.budget_spin = QSpinBox()
        self.budget_spin.setObjectName("dailyBudget")
        self.budget_spin.setRange(0, WARN_LIMIT)
        self.budget_spin.setSingleStep(100)
        self.budget_spin.setSuffix(self.tr(" credits"))
        self.budget_spin.setSpecialValueText(self.tr("No budget"))
        self.budget_spin.setToolTip(
            self.tr("A run that would pass this many credits today waits in the queue"))
        # One row for both limits: the dialog must still fit the smallest window.
        row = QHBoxLayout()
        row.addWidget(self.max_tasks_spin)
        row.addSpacing(12)
        budget_label = QLabel(self.tr("Daily budget (credits)"))
        budget_label.setBuddy(self.budget_spin)
        row.addWidget(budget_label)
        row.addWidget(self.budget_spin, 1)
        return row

    def _spending_row(self) -> QHBoxLayout:
        self.warn_spin = QSpinBox()
        self.warn_spin.setRange(0, WARN_LIMIT)
        self.warn_spin.setSingleStep(50)
        self.warn_spin.setSuffix(self.tr(" credits"))
        self.warn_spin.setSpecialValueText(self.tr("Never ask"))
        self.warn_spin.setToolTip(
            self.tr("Ask before submitting a generation quoted above this (100 credits = $1)"))
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeChoice")
        for value, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme_combo.addItem(label, value)
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.setToolTip(
            self.tr("Light or dark; \"Follow the system\" changes with the desktop's setting"))
        theme_label = QLabel(self.tr("Theme"))
        theme_label.setBuddy(self.theme_combo)
        # The theme shares this row: the dialog must still fit a 1024×700 window.
        row = QHBoxLayout()
        row.addWidget(self.warn_spin)
        row.addSpacing(12)
        row.addWidget(theme_label)
        row.addWidget(self.theme_combo, 1)
        return row

    def _language_row(self) -> QHBoxLayout:
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageChoice")
        self.language_combo.setAccessibleName(self.tr("Language"))
        # Each language is named in itself, so a person who cannot read the current one finds theirs.
        self.language_combo.addItem(self.tr("Follow the system"), "system")
        for value, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, value)
        self.language_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        # Beside the choice, not below it: the dialog must still fit a 1024×700 window.
        self.language_note = QLabel(self.tr("The language changes when Runway Desktop next starts."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setProperty("role", "hint")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        row = QHBoxLayout()
        row.addWidget(self.language_combo)
        row.addSpacing(12)
        row.addWidget(self.language_note, 1)
        return row

    def _language_changed(self, _index: int = 0) -> None:
        chosen = self.language_combo.currentData() or "system"
        self.language_note.setVisible(language_for(chosen) != language_in_use())

    def fill(self, settings: Settings) -> None:
        self.repeat_check.setChecked(settings.ask_before_repeating)
        self.library_edit.setText(settings.library_dir)
        self.max_tasks_spin.setValue(settings.max_concurrent_tasks)
        self.warn_spin.setValue(settings.warn_above_credits)
        self.budget_spin.setValue(settings.daily_budget_credits)
        self.notifications_check.setChecked(settings.notifications)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self._language_changed()

    def values(self) -> dict[str, Any]:
        """The fields of `Settings` this section edits, as chosen."""
        return {
            "ask_before_repeating": self.repeat_check.isChecked(),
            "library_dir": self.library_edit.text().strip(),
            "max_concurrent_tasks": self.max_tasks_spin.value(),
            "notifications": self.notifications_check.isChecked(),
            "theme": self.theme_combo.currentData() or "system",
            "language": self.language_combo.currentData() or "system",
            "warn_above_credits": self.warn_spin.value(),
            "daily_budget_credits": self.budget_spin.value(),
        }

    def _choose_library(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose the library folder"))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.library_edit.text():
            chooser.setDirectory(self.library_edit.text())
        chooser.fileSelected.connect(self.library_edit.setText)
        chooser.open()  # never exec(): the event loop keeps running
