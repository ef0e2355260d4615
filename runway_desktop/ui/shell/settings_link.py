"""The window's way to Settings: one non-modal dialog at a time, and what a save changes at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from runway_desktop.ui.shell.theme import choose_theme

if TYPE_CHECKING:
    from runway_desktop.core.storage.settings import Settings
    from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog
    from runway_desktop.ui.shell.main_window import MainWindow


class SettingsLink(QObject):
    """Opens Settings over `window`, reusing an open dialog; passes its answers to the window's signals."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: SettingsDialog | None = None

    def open(self) -> SettingsDialog:
        """Show the (non-modal) settings dialog, reusing it while it is open."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog

        window = self._window
        dialog = SettingsDialog(
            window.settings, window.settings_file, window.secrets, window, mode=window.mode
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.keyRemoved.connect(window.keyRemoved)
        dialog.useNowRequested.connect(window.runwayRequested)
        if window.bridge is not None:
            window.bridge.connectionChanged.connect(dialog.set_mode)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _forget(self, *_: object) -> None:
        self.dialog = None

    def offer_key_now(self, message: str) -> None:
        """A saved key waits while the simulator is in use: offer to use it now (no restart)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.offer_use_now(message)
        else:
            self.open().offer_use_now(message)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _saved(self, settings: Settings, key_changed: bool) -> None:
        window = self._window
        window.settings = settings
        choose_theme(settings.theme)
        bridge = window.bridge
        if bridge is not None:
            window.notifier.enabled = settings.notifications
            bridge.spend_guard.configure(settings.warn_above_credits, settings.ask_before_repeating)
            bridge.set_limits(daily_budget=settings.daily_budget, max_live=settings.max_concurrent_tasks)
        window.settingsSaved.emit(settings, key_changed)
