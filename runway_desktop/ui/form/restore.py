"""Settings back from a bare file: the record an output carries inside (or its sidecar) fills a form.

Two ways in: File → "Use parameters from file…", and a drop on a tab's general drop zone. A file
dropped there that could be both an input and a recipe is asked about (two buttons, non-modal);
the media slots themselves always take a file as an input.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from runway_desktop.core.catalogue.spec import Catalogue
from runway_desktop.core.lineage import record_of_file
from runway_desktop.ui.form.drop_zone import Dropped
from runway_desktop.ui.i18n.failures import failure_text

if TYPE_CHECKING:
    from runway_desktop.core.running.tasks import TaskRecord

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# English here; shown through translate("Restore", …).
NO_RECORD = QT_TRANSLATE_NOOP(
    "Restore",
    "{name} carries no generation settings (it was not saved by Runway Desktop, or an editor removed "
    "them), so there is nothing to fill the form with. Choose an output saved by the app.",
)
NOT_A_GENERATION = QT_TRANSLATE_NOOP(
    "Restore", "{name} carries settings, but they name no model this app knows; the form is unchanged.")
RESTORED = QT_TRANSLATE_NOOP("Restore", "Settings from {name} are in the form: {model}.")
RESTORED_SEED = QT_TRANSLATE_NOOP("Restore", "Settings from {name} are in the form: {model} · seed {seed}.")
ASK_TITLE = QT_TRANSLATE_NOOP("Restore", "Input or settings?")
ASK_TEXT = QT_TRANSLATE_NOOP(
    "Restore",
    "{name} was made with {model}. Use the file as an input of this form, or fill the form with "
    "the settings it was made with?",
)
USE_AS_INPUT = QT_TRANSLATE_NOOP("Restore", "Use as input")
USE_SETTINGS = QT_TRANSLATE_NOOP("Restore", "Use its settings")


def words(text: str) -> str:
    """One of the texts above in the window's language."""
    return translate("Restore", text)


async def task_of_file(path: str, catalogue: Catalogue | None = None) -> tuple[TaskRecord | None, str]:
    """The task the file's record describes, and why there is none when there is none (off the UI thread)."""
    name = Path(path).name
    try:
        record = await asyncio.to_thread(record_of_file, path)
    except OSError as exc:
        return None, translate("Restore", "{name} cannot be read ({error}).").format(
            name=name, error=failure_text(exc))
    if record is None:
        return None, words(NO_RECORD).format(name=name)
    from runway_desktop.core.embed.restore import task_from_record  # with the embedders: on first drop

    task = await asyncio.to_thread(task_from_record, record, catalogue)
    if task is None:
        return None, words(NOT_A_GENERATION).format(name=name)
    return task, ""


def restored_text(path: str, task: TaskRecord) -> str:
    seed = task.body.get("seed", task.params.get("seed"))
    text = words(RESTORED) if seed is None else words(RESTORED_SEED)
    return text.format(name=Path(path).name, model=task.model, seed=seed)


def _kind_of_record(task: TaskRecord, path: str) -> str | None:
    """The file's kind as far as its name tells (it is inspected again if taken as an input)."""
    suffix = Path(path).suffix.lower()
    for kind, suffixes in _SUFFIXES.items():
        if suffix in suffixes:
            return kind
    return task.tab if task.tab in _SUFFIXES else None


_SUFFIXES = {
    "image": {".png", ".jpg", ".jpeg", ".webp", ".gif"},
    "video": {".mp4", ".mov", ".mkv", ".webm", ".m4v"},
    "audio": {".mp3", ".wav", ".flac", ".m4a", ".aac", ".ogg"},
}


class RestoreFromFile(QObject):
    """File → "Use parameters from file…": a non-modal chooser, then the window's "Use parameters"."""

    said = Signal(str, str)  # message, tone ("ok" or "warning")

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self.file_dialog: QFileDialog | None = None
        self.work: asyncio.Task[Any] | None = None
        self.said.connect(self._show)

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self._window, self.tr("Use the settings of an output file"))
        dialog.setObjectName("useParametersFromFile")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        outputs = self.tr("Outputs (*.png *.jpg *.jpeg *.webp *.mp4 *.mov *.mp3 *.wav *.flac *.m4a)")
        dialog.setNameFilters([outputs, self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.restore)
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def restore(self, path: str) -> asyncio.Task[Any]:
        """Read the file's record in a worker thread, then fill its tab's form (or say why not)."""
        self.work = asyncio.ensure_future(self._restore(path))
        return self.work

    async def _restore(self, path: str) -> None:
        try:
            task, why = await task_of_file(path)
        except Exception as exc:  # stated, never a traceback
            log.exception("reading the settings of %s failed", path)
            why = self.tr("The settings in {name} could not be read: {error}").format(
                name=Path(path).name, error=exc)
            task = None
        if task is None:
            self.said.emit(why, "warning")
            return
        self._window.use_parameters(task)
        self.said.emit(restored_text(path, task), "ok")

    def _show(self, text: str, _tone: str) -> None:
        self._window.statusBar().showMessage(text, 15000)


class DropRecipes:
    """A tab's general drop zone: files carrying settings are offered as recipe or input; the rest
    go straight to the tab's router (inputs)."""

    def __init__(self, parent: QWidget, route: Callable[[list[Dropped]], None],
                 takes: Callable[[str | None], bool], apply: Callable[[TaskRecord], None],
                 say: Callable[[str, str], None]) -> None:
        self._parent = parent
        self._route = route  # as inputs
        self._takes = takes  # whether the form has a place for a kind
        self._apply = apply
        self._say = say
        self.question: QMessageBox | None = None
        self._work: set[asyncio.Task[Any]] = set()

    def route(self, items: list[Dropped]) -> None:
        # A take dragged from the queue is a chain (an input); a file from elsewhere may be a recipe.
        files = [i for i in items if i.kind == "file" and i.path and not i.from_queue]
        rest = [i for i in items if i not in files]
        if rest:
            self._route(rest)
        for item in files:
            work = asyncio.ensure_future(self._one(item))
            self._work.add(work)
            work.add_done_callback(self._work.discard)

    async def _one(self, item: Dropped) -> None:
        path = item.path or ""
        try:
            task, _why = await task_of_file(path)
        except Exception:  # a record that cannot be read: the file is still an input
            log.exception("reading the settings of %s failed", path)
            task = None
        if task is None:
            self._route([item])
        elif not self._takes(_kind_of_record(task, path)):
            self._use(path, task)
        else:
            self.ask(item, task)

    def _use(self, path: str, task: TaskRecord) -> None:
        self._apply(task)
        self._say(restored_text(path, task), "ok")

    def ask(self, item: Dropped, task: TaskRecord) -> QMessageBox:
        """Non-modal: the form stays usable while the question is up; one question at a time."""
        if self.question is not None:
            self.question.close()
        box = QMessageBox(self._parent)
        box.setObjectName("inputOrSettings")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(words(ASK_TITLE))
        box.setText(words(ASK_TEXT).format(name=item.name, model=task.model))
        as_input = box.addButton(words(USE_AS_INPUT), QMessageBox.ButtonRole.AcceptRole)
        settings = box.addButton(words(USE_SETTINGS), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            if self.question is box:
                self.question = None
            if button is as_input:
                self._route([item])
            elif button is settings:
                self._use(item.path or "", task)

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _r: self._forget(box))
        self.question = box
        box.show()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if self.question is box:
            self.question = None
