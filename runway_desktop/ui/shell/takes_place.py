"""The window's Library page (a fourth tab, Ctrl+4) and Compare, from the library and from the queue.

The page exists from the start with a waiting line; the library itself arrives once the session
has opened the takes index (off the window's first paint), and is made again when the session
swaps histories. Compare opens a window of its own over 2–4 takes of one kind; a refusal is said
in the window's banner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolButton, QWidget

from runway_desktop.core.running.tasks import OutputState
from runway_desktop.ui.compare.takes import CompareRefused, Take, take_from_task, why_not_comparable
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.shell.assets import icon

if TYPE_CHECKING:
    from runway_desktop.core.intake.thumbnails import ThumbnailCache
    from runway_desktop.core.running.tasks import TaskRecord
    from runway_desktop.core.takes import TakeRow, TakesIndex
    from runway_desktop.ui.compare.window import CompareWindow
    from runway_desktop.ui.library.panel import LibraryPanel
    from runway_desktop.ui.queue.panel import QueuePanel
    from runway_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

LIBRARY_TITLE = QT_TRANSLATE_NOOP("TakesPlace", "Library")
OPENING = QT_TRANSLATE_NOOP("TakesPlace", "Opening the library…")
COMPARE_KEYS = "Ctrl+K"


def _say(text: str) -> str:
    return QCoreApplication.translate("TakesPlace", text)


def compare_tip() -> str:
    """The Compare button's tip while the selection can be compared."""
    tip = QCoreApplication.translate("TakesPlace", "Compare the selected takes side by side ({keys})")
    return tip.format(keys=QKeySequence(COMPARE_KEYS).toString(QKeySequence.SequenceFormat.NativeText))


def take_of(row: TakeRow, task: TaskRecord | None) -> Take:
    """The compare take for a library row: with its task's parameters when the history has the task."""
    if task is not None:
        try:
            return take_from_task(task, row.path)
        except CompareRefused:
            pass  # the history no longer lists this file as saved: the library's own record still holds
    return Take(path=row.path, kind=row.kind, model=row.model, seed=row.seed, prompt=row.prompt,
                task_id=row.task_id)


def takes_of_tasks(tasks: list[TaskRecord], shown: TaskRecord | None, shown_path: str | None) -> list[Take]:
    """One take per task: the output the preview shows for its task, else the task's first saved output."""
    takes = []
    for task in tasks:
        path = shown_path if shown is not None and shown.id == task.id else None
        takes.append(take_from_task(task, path))
    return takes


class TakesPlace(QObject):
    """The Library tab and both ways into Compare; `set_index` shows the library of an opened index."""

    def __init__(self, window: MainWindow, thumbnails: ThumbnailCache | None) -> None:
        super().__init__(window)
        self._window = window
        self._thumbnails = thumbnails
        self.panel: LibraryPanel | None = None
        self.compare_window: CompareWindow | None = None
        self._page: QWidget = _waiting(_say(OPENING))
        window.tabs.addTab(self._page, icon("folder"), _say(LIBRARY_TITLE))
        self.action = QAction(self.tr("&Library"), window)
        self.action.setObjectName("actionLibraryTab")
        self.action.setShortcut(QKeySequence("Ctrl+4"))
        self.action.setStatusTip(self.tr("Every saved take: search, rate, compare"))
        self.action.triggered.connect(self.show_library)
        window.addAction(self.action)
        view_menu = window.menuBar().findChild(QWidget, "menuView")
        if view_menu is not None:
            audio = window.action("actionAudioTab")
            actions = view_menu.actions()
            after = actions.index(audio) + 1 if audio in actions else len(actions)
            view_menu.insertAction(actions[after] if after < len(actions) else None, self.action)
        self.queue_compare = self._wire_queue()

    # -- the library page ----------------------------------------------------------------------------

    def show_library(self) -> None:
        self._window.tabs.setCurrentWidget(self._page)

    def set_index(self, index: TakesIndex) -> LibraryPanel:
        """Show the takes of `index` (a newly opened history replaces the library of the previous one)."""
        from runway_desktop.ui.library.panel import LibraryPanel

        panel = LibraryPanel(index, self._thumbnails)
        panel.take_activated.connect(self.show_take)
        panel.compare_requested.connect(self.compare_rows)
        # In a scroll area: the page's own minimum width (its filter row) never widens the tabs, so
        # nothing in the window moves when the library arrives a moment after start-up.
        page = QScrollArea()
        page.setObjectName("libraryPage")
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(panel)
        self._replace_page(page)
        if self.panel is not None:
            self.panel.shutdown()
        self.panel = panel
        panel.start()
        return panel

    def set_waiting(self, text: str = OPENING) -> None:
        """No library for now (another history is being opened, or the index could not be): `text` says so."""
        self._replace_page(_waiting(_say(text)))
        if self.panel is not None:
            self.panel.shutdown()
            self.panel = None

    def _replace_page(self, page: QWidget) -> None:
        tabs = self._window.tabs
        at = tabs.indexOf(self._page)
        current = tabs.currentIndex()
        blocked = tabs.blockSignals(True)  # the same tab stays current: nobody needs telling
        try:
            tabs.removeTab(at)
            tabs.insertTab(at, page, icon("folder"), _say(LIBRARY_TITLE))
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        self._page.deleteLater()
        self._page = page

    def takes_added(self) -> None:
        """New outputs were indexed (or the first backfill finished): the library shows them."""
        if self.panel is not None:
            self.panel.takes_added()

    def show_take(self, task_id: str, output_index: int) -> None:
        """A take double-clicked in the library: its task selected in the queue, the output in the preview."""
        bridge = self._window.bridge
        task = bridge.task(task_id) if bridge is not None else None
        if task is None and bridge is not None:  # an older task: read from the history, then shown
            bridge.recall(task_id, lambda found: self._show_take(found, task_id, output_index))
            return
        self._show_take(task, task_id, output_index)

    def _show_take(self, task: TaskRecord | None, task_id: str, output_index: int) -> None:
        queue = self._queue()
        if queue is None or task is None:
            gone = self.tr("That take's task is no longer in the history, so it cannot be shown.")
            self._window.show_error(gone)
            return
        queue.show()
        queue.raise_()
        queue.select_task(task_id)  # False when the queue's filters hide it: the preview shows it anyway
        if queue.preview.task is None or queue.preview.task.id != task_id:
            queue.preview.show_task(task)
        saved = [o for o in task.outputs if o.state is OutputState.SAVED and o.path]
        position = next((i for i, o in enumerate(saved) if o.index == output_index), 0)
        queue.preview.show_output(position)

    # -- compare ----------------------------------------------------------------------------------------

    def compare_rows(self, rows: list[TakeRow]) -> None:
        bridge = self._window.bridge
        self.compare([take_of(row, bridge.task(row.task_id) if bridge is not None else None) for row in rows])

    def show_error(self, message: str) -> None:
        self._window.show_error(message)

    def compare(self, takes: list[Take]) -> CompareWindow | None:
        """Open the compare view over `takes`; a refusal is said in the banner."""
        reason = why_not_comparable(takes)
        if reason is not None:
            self.show_error(reason)
            return None
        from runway_desktop.ui.compare.window import open_compare  # with its media libraries: on first use

        try:
            opened = open_compare(self._window, takes)
        except CompareRefused as refused:
            self.show_error(str(refused))
            return None
        self.compare_window = opened
        opened.destroyed.connect(lambda *_: self._compare_closed(opened))  # it deletes itself when closed
        return opened

    def _compare_closed(self, closed: CompareWindow) -> None:
        if self.compare_window is closed:
            self.compare_window = None

    def _queue(self) -> QueuePanel | None:
        from runway_desktop.ui.queue.panel import QueuePanel

        queue = self._window.queue
        return queue if isinstance(queue, QueuePanel) else None

    def _wire_queue(self) -> QueueCompare | None:
        queue = self._queue()
        return QueueCompare(queue, self) if queue is not None else None

    def shutdown(self) -> None:
        if self.panel is not None:
            self.panel.shutdown()
        if self.compare_window is not None:
            self.compare_window.close()


def _waiting(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("libraryPending")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class QueueCompare(QObject):
    """Compare for the queue's selection: button, menu entry and Ctrl+K; tooltip says why not."""

    def __init__(self, queue: QueuePanel, place: TakesPlace) -> None:
        super().__init__(queue)
        self._queue = queue
        self._place = place
        self.action = QAction(self.tr("Compare"), queue)
        self.action.setObjectName("queueAction-compare")
        self.action.setShortcut(QKeySequence(COMPARE_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.trigger)
        queue.addAction(self.action)
        queue.extra_actions.append(self.action)
        self.button = QToolButton(queue.toolbar)
        self.button.setObjectName("queueButton-compare")
        self.button.setDefaultAction(self.action)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        queue.toolbar.layout().addWidget(self.button)
        queue.view.selectionModel().selectionChanged.connect(self.refresh)
        queue.filter.dataChanged.connect(self.refresh)
        self.refresh()

    def _takes(self) -> tuple[list[Take], str | None]:
        preview = self._queue.preview
        try:
            takes = takes_of_tasks(self._queue.selected_tasks(), preview.task, preview.current_path)
        except CompareRefused as refused:
            return [], str(refused)
        return takes, why_not_comparable(takes)

    def refresh(self, *_: object) -> None:
        _, reason = self._takes()
        self.action.setEnabled(reason is None)
        tip = compare_tip() if reason is None else core_text(reason)
        self.action.setToolTip(tip)
        self.button.setToolTip(tip)

    def trigger(self) -> None:
        takes, reason = self._takes()
        if reason is not None:
            self._place.show_error(reason)
            return
        self._place.compare(takes)
