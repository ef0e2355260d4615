"""File → Run pipeline…: choose a pipeline file (a non-blocking file dialog), then its plan dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from runway_desktop.core.catalogue.spec import Catalogue
from runway_desktop.ui.bridge import EngineBridge

if TYPE_CHECKING:  # the dialog and the planner load when a pipeline is first opened
    from runway_desktop.ui.dialogs.pipeline_dialog import PipelineDialog


class PipelineMenu(QObject):
    """The menu action, the file question and the open pipeline dialog of one window."""

    def __init__(self, window: QMainWindow, catalogue: Catalogue, bridge: EngineBridge) -> None:
        super().__init__(window)
        self.window = window
        self.catalogue = catalogue
        self.bridge = bridge
        self.dialog: PipelineDialog | None = None
        self.action = QAction(self.tr("Run pipeline…"), window)
        self.action.setObjectName("actionRunPipeline")
        self.action.setStatusTip(self.tr("Plan a pipeline JSON file, see its total, and run it as one group"))
        self.action.triggered.connect(self.choose)
        menu = window.menuBar().findChild(QMenu, "menuFile")
        if menu is not None:
            actions = menu.actions()
            menu.insertAction(actions[1] if len(actions) > 1 else None, self.action)

    def choose(self) -> QFileDialog:
        chooser = QFileDialog(
            self.window, self.tr("Run pipeline"), "", self.tr("Pipeline files (*.json);;All files (*)")
        )
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda path: self.open(Path(path)))
        chooser.open()
        return chooser

    def open(self, path: Path) -> PipelineDialog:
        """The plan dialog of this file (one at a time: a new file replaces the one shown)."""
        from runway_desktop.ui.dialogs.pipeline_dialog import PipelineDialog

        if self.dialog is not None:
            self.dialog.close()
        dialog = PipelineDialog(path, self.catalogue, self.bridge, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.show()
        return dialog
