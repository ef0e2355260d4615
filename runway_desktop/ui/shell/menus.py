"""The menu bar's actions (from the Designer form) connected to what they do in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QWidget

from runway_desktop.ui.shell.assets import icon

if TYPE_CHECKING:
    from runway_desktop.ui.shell.main_window import MainWindow


def wire_menus(window: MainWindow, tab_keys: list[str]) -> None:
    """Tabs, Settings, Quit, the library folder, the simulator and About (once the form is on screen)."""
    for index, key in enumerate(tab_keys):
        window.action(f"action{key.capitalize()}Tab").triggered.connect(
            lambda _=False, i=index: window.tabs.setCurrentIndex(i)
        )
    for name, icon_name, handler in (
        ("actionSettings", "settings", window.open_settings),
        ("actionQuit", "quit", window.close),
        ("actionOpenLibrary", "folder", window.open_library),
        ("actionTrySimulator", "simulator", window.try_simulator),
        ("actionAbout", "info", window.show_about),
    ):
        window.action(name).setIcon(icon(icon_name))
        window.action(name).triggered.connect(handler)


def wire_dock_toggles(window: MainWindow) -> None:
    """View menu entries that show or hide the queue and the preview (once they exist)."""
    view_menu = window.menuBar().findChild(QWidget, "menuView")
    for dock in (window.queue, getattr(window.queue, "preview_dock", None)):
        if isinstance(dock, QDockWidget):
            view_menu.addAction(dock.toggleViewAction())
