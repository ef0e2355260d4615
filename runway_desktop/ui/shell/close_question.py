"""Quitting with work unfinished: one non-blocking question that says what carries on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class CloseQuestion(QObject):
    """Asks "Quit Runway Desktop now?" over `window` (a sheet, never exec()); `quit()` runs on Quit."""

    def __init__(self, window: QWidget, quit: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._quit = quit
        self.box: QMessageBox | None = None
        self.quit_button: QAbstractButton | None = None

    def ask(self, notice: str) -> QMessageBox:
        """Show the question with `notice` (what closing leaves unfinished); an open one is raised."""
        if self.box is not None and self.box.isVisible():
            self.box.raise_()
            return self.box
        box = QMessageBox(self._window)
        box.setObjectName("closeNotice")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Quit Runway Desktop?"))
        box.setText(self.tr("Quit Runway Desktop now?"))
        box.setInformativeText(notice)
        self.quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.quit_button)
        box.buttonClicked.connect(self._answered)
        self.box = box
        box.open()  # window-modal sheet: asyncio keeps running underneath
        return box

    def _answered(self, button: QAbstractButton) -> None:
        box, self.box = self.box, None
        if box is not None:
            box.deleteLater()
        if button is self.quit_button:
            self._quit()
