"""What the queue's actions do: engine calls through the bridge, files off the UI thread, non-modal asks."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from runway_desktop.core.intake.media import MediaOrigin, MediaValue
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.spending import Spend, confirm_spend, request_fingerprint
from runway_desktop.ui.queue.actions import (
    ADD_SOUND_LABEL,
    ADD_SOUND_TIP,
    DELETE_QUESTION,
    Action,
    UseAs,
    can_add_sound,
    retry_warning,
    targets,
    translated,
)
from runway_desktop.ui.queue.text import output_kind

_KIND_FOLDERS = {
    "image": QStandardPaths.StandardLocation.PicturesLocation,
    "video": QStandardPaths.StandardLocation.MoviesLocation,
    "audio": QStandardPaths.StandardLocation.MusicLocation,
}


class QueueActionRunner(QObject):
    """Carries out an Action on tasks; asks first (with `open()`, never `exec()`) where it must."""

    useParameters = Signal(object)  # TaskRecord
    useAs = Signal(object, object)  # UseAs, MediaValue (the output, with its origin)
    addSound = Signal(object, int)  # TaskRecord, output index
    notice = Signal(str)  # a short sentence worth showing (not an error)

    def __init__(
        self,
        bridge: EngineBridge,
        window: QWidget,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(window)
        self._bridge = bridge
        self._window = window
        self._open_url = open_url
        self.confirmation: QMessageBox | None = None  # the question being asked, if any
        self.file_dialog: QFileDialog | None = None
        # Where an output of a kind can go (set by the window, which knows the tabs' current models).
        self.roles: Callable[[str | None], list[UseAs]] = lambda _kind: []

    def trigger(self, action: Action, tasks: Sequence[TaskRecord], output_index: int = 0) -> None:
        chosen = targets(action, tasks)
        if not chosen:
            return
        first = chosen[0]
        match action:
            case Action.CANCEL:
                for task in chosen:
                    self._bridge.cancel(task.id)
            case Action.RETRY:
                self._retry(first)
            case Action.USE_PARAMETERS:
                self.useParameters.emit(first)
            case Action.OPEN:
                self._open_existing(
                    _output_path(first, output_index), self.tr("Opening the output"),
                    self.tr("Opening the output failed: {path} is no longer there."),
                    self.tr("Opening the output failed: this computer has no application set up to open "
                            "this kind of file. It is at {path}"))
            case Action.SAVE_AS:
                self._save_as(first, _output_path(first, output_index))
            case Action.SHOW_IN_FOLDER:
                folder = str(Path(_output_path(first, output_index)).parent)
                self._open_existing(
                    folder, self.tr("Showing the folder"),
                    self.tr("Showing the folder failed: {path} is no longer there."),
                    self.tr("Showing the folder failed: this computer has no file manager set up to show "
                            "folders. It is at {path}"))
            case Action.COPY_URL:
                self._copy_url(first, output_index)
            case Action.CHECK_AGAIN:
                self._bridge.check_again(first.id)
            case Action.DOWNLOAD_AGAIN:
                self._bridge.download_again(first.id)
            case Action.REENTER_KEY:
                self._bridge.settingsRequested.emit()
            case Action.DELETE_AT_RUNWAY:
                self.ask(
                    self.tr("Delete from Runway"),
                    translated(DELETE_QUESTION),
                    self.tr("Delete from Runway"),
                    lambda: self._bridge.delete_from_runway(first.id),
                )
            case Action.REMOVE:
                self._remove(chosen)

    # -- chains: one take's output as another's input --------------------------------------------

    def add_chain_actions(self, menu: QMenu, tasks: Sequence[TaskRecord], output_index: int = 0) -> None:
        """"Use as →" (only the places that take this output's kind) and "Add sound…", for one take."""
        if len(tasks) != 1:
            return
        task = tasks[0]
        output = _saved_output(task, output_index)
        if output is None:
            return
        kind = output_kind(task, output.mime)
        roles = self.roles(kind)
        if roles:
            submenu = menu.addMenu(self.tr("Use as"))
            submenu.setObjectName("useAsMenu")
            submenu.setToolTip(
                self.tr("Put this output into a form as an input; the new take records its origin."))
            for role in roles:
                entry = submenu.addAction(role.label)
                entry.setData(role)
                entry.triggered.connect(lambda _=False, r=role: self.use_as(r, task, output.index))
        if can_add_sound(task) and kind == "video":
            entry = menu.addAction(translated(ADD_SOUND_LABEL))
            entry.setObjectName("addSoundAction")
            entry.setToolTip(translated(ADD_SOUND_TIP))
            entry.triggered.connect(lambda _=False: self.addSound.emit(task, output.index))

    def use_as(self, role: UseAs, task: TaskRecord, output_index: int = 0) -> None:
        """Send the output to `role`'s place, naming the take (and output) it came from."""
        output = _saved_output(task, output_index)
        if output is None or not output.path:
            return
        origin = MediaOrigin(task.id, output.index, output.sha256)
        self.useAs.emit(role, MediaValue(path=output.path, position=role.position, origin=origin))

    # -- asking first --------------------------------------------------------------------------

    def ask(
        self, title: str, question: str, accept_label: str, on_accept: Callable[[], object]
    ) -> QMessageBox:
        """A window-modal question shown with `open()`; `on_accept` runs only if the person agrees."""
        if self.confirmation is not None:
            self.confirmation.close()
        box = QMessageBox(self._window)
        box.setObjectName("queueConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(question)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            agreed = box.clickedButton() is accept
            if self.confirmation is box:
                self.confirmation = None
            if agreed:
                on_accept()

        box.finished.connect(finished)
        self.confirmation = box
        box.open()
        return box

    def _retry(self, task: TaskRecord) -> None:
        """Warn about unknown outcomes and moderation first; then the same spending check as Generate."""
        warning = retry_warning(task)
        if warning is None:
            self._confirm_retry_spend(task)
        else:
            self.ask(self.tr("Retry this task?"), warning, self.tr("Retry anyway"),
                     lambda: self._confirm_retry_spend(task))

    def _confirm_retry_spend(self, task: TaskRecord) -> None:
        spend = Spend(
            what=self.tr("Retrying this {model} task").format(model=task.model),
            fingerprint=request_fingerprint(task.endpoint, task.body, _media_names(task)),
            credits=task.estimated_credits,
            dollars=task.estimated_credits / 100 if task.estimated_credits is not None else None,
            detail=self.tr("A retry is a new task at Runway, charged like the first."),
            repeats_after=task.finished_at or task.updated_at,
        )
        question = confirm_spend(
            self._window, self._bridge.spend_guard, spend, lambda: self._bridge.retry(task.id),
            accept_label=self.tr("Retry"),
        )
        if question is not None:
            self.confirmation = question
            question.finished.connect(lambda _r: self._forget(question))

    def _forget(self, question: QMessageBox) -> None:
        if self.confirmation is question:
            self.confirmation = None

    def _remove(self, tasks: Sequence[TaskRecord]) -> None:
        def remove_all() -> None:
            for task in tasks:
                self._bridge.remove(task.id)

        count = QLocale().toString(len(tasks))
        if len(tasks) > 1:
            question = self.tr("Remove {count} tasks from the history? Saved files stay on disk in the "
                               "library; only the entries in this list go.").format(count=count)
            label = self.tr("Remove {count} tasks").format(count=count)
        else:
            question = self.tr("Remove this task from the history? Saved files stay on disk in the library; "
                               "only the entry in this list goes.")
            label = self.tr("Remove")
        self.ask(self.tr("Remove from history"), question, label, remove_all)

    # -- files -------------------------------------------------------------------------------------

    def _open_existing(self, path: str, what: str, missing: str, no_launcher: str) -> None:
        """Open a file or folder once a worker has checked it is still there; say so when nothing can."""

        def opened(exists: bool) -> None:
            if not exists:
                self._bridge.failed.emit(missing.format(path=path), "")
            elif self._open_url(QUrl.fromLocalFile(path)) is False:
                self._bridge.failed.emit(no_launcher.format(path=path), "")

        self._bridge.run(lambda: asyncio.to_thread(os.path.exists, path), what, opened)

    def _save_as(self, task: TaskRecord, source: str) -> None:
        kind = output_kind(task, next((o.mime for o in task.outputs if o.path == source), None))
        folder = QStandardPaths.writableLocation(_KIND_FOLDERS.get(kind, _KIND_FOLDERS["video"]))
        suggestion = str(Path(folder or Path.home()) / Path(source).name)
        dialog = QFileDialog(self._window, self.tr("Save a copy of the output"), suggestion)
        dialog.setObjectName("queueSaveAs")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(suggestion)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(destination: str) -> None:
            self._bridge.run(
                lambda: asyncio.to_thread(shutil.copyfile, source, destination),
                self.tr("Saving a copy"),
                lambda _result: self.notice.emit(
                    self.tr("Saved a copy as {path}.").format(path=destination)),
            )

        def closed(_result: int) -> None:
            if self.file_dialog is dialog:
                self.file_dialog = None

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(closed)
        self.file_dialog = dialog
        dialog.open()

    def _copy_url(self, task: TaskRecord, output_index: int) -> None:
        urls = [o.url for o in task.outputs if o.url]
        if not urls:
            return
        QGuiApplication.clipboard().setText(urls[min(output_index, len(urls) - 1)])
        self.notice.emit(self.tr("Copied the output URL. Runway's output URLs expire 24–48 hours after the "
                                 "task finished; the saved file does not."))


def _media_names(task: TaskRecord) -> list[tuple[str | None, str | None]]:
    return [(m.get("path"), m.get("url")) for m in task.media]


def _saved_output(task: TaskRecord, index: int) -> OutputFile | None:
    """The saved output at `index`, else the first saved one."""
    saved = [o for o in task.outputs if o.state is OutputState.SAVED and o.path]
    return next((o for o in saved if o.index == index), saved[0] if saved else None)


def _output_path(task: TaskRecord, index: int) -> str:
    paths = task.saved_paths
    return paths[min(max(index, 0), len(paths) - 1)]
