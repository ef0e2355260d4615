"""The queue: every task (live and history) newest first, filters, per-task actions, and the preview."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.preview.pane import PreviewPane
from runway_desktop.ui.queue.action_handlers import QueueActionRunner
from runway_desktop.ui.queue.actions import Action, actions_for_many, label_for, targets, tip
from runway_desktop.ui.queue.announcer import QueueAnnouncer
from runway_desktop.ui.queue.delegate import QueueDelegate
from runway_desktop.ui.queue.filter import TABS, QueueFilter
from runway_desktop.ui.queue.groups import GroupsStrip
from runway_desktop.ui.queue.list_split import ListPreviewSplit
from runway_desktop.ui.queue.model import QueueModel, QueueRole
from runway_desktop.ui.queue.text import STATE_GROUP_LABELS, group_label
from runway_desktop.ui.queue.view import QueueListView
from runway_desktop.ui.shell.flow_layout import FlowLayout

# Shown as buttons above the list; every action is also in the row's context menu.
PRIMARY = (Action.CANCEL, Action.RETRY, Action.USE_PARAMETERS, Action.OPEN)
NOTICE_MS = 8000
KEPT_SELECTION = 200  # at most this many selected tasks stay selected across a new filter


class QueuePanel(QDockWidget):
    """A dock holding the filter bar, the task list, its actions and the preview of the selection."""

    useParameters = Signal(object)  # TaskRecord
    runningCountChanged = Signal(int)

    def __init__(
        self, bridge: EngineBridge, thumbnails: ThumbnailCache | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Queue"))
        self.setObjectName("queuePanel")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.bridge = bridge
        self.model = QueueModel(bridge, thumbnails, self)
        self.filter = QueueFilter(self)
        self.filter.setSourceModel(self.model)
        self.runner = QueueActionRunner(bridge, self)
        self.runner.useParameters.connect(self.useParameters)
        self.runner.notice.connect(self.show_notice)
        self.model.runningCountChanged.connect(self.runningCountChanged)
        self.model.runningCountChanged.connect(self._update_counts)

        body = QWidget(self)
        body.setObjectName("queuePanelBody")
        self.search = QLineEdit(body)
        self.search.setObjectName("queueSearch")
        self.search.setAccessibleName(self.tr("Search prompts"))
        self.search.setPlaceholderText(self.tr("Search prompts"))
        self.search.setToolTip(self.tr("Show tasks whose prompt has words beginning with every word typed "
                                       "here (or whose model name contains it)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_text)
        self.state_filter = QComboBox(body)
        self.state_filter.setObjectName("queueStateFilter")
        for key in STATE_GROUP_LABELS:
            self.state_filter.addItem(group_label(key), key)
        self.state_filter.currentIndexChanged.connect(
            lambda _i: self.filter.set_state_group(self.state_filter.currentData())
        )
        self.tab_filter = QComboBox(body)
        self.tab_filter.setObjectName("queueTabFilter")
        tab_words = {"all": self.tr("All tabs"), "video": self.tr("Video"), "image": self.tr("Image"),
                     "audio": self.tr("Audio")}
        for key in TABS:
            self.tab_filter.addItem(tab_words[key], key)
        self.tab_filter.currentIndexChanged.connect(
            lambda _i: self.filter.set_tab(self.tab_filter.currentData())
        )
        # The search has a line of its own and the two filters share the next: all three stay
        # readable in the narrowest queue.
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search)
        choices = QHBoxLayout()
        choices.setSpacing(6)
        for combo in (self.state_filter, self.tab_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            choices.addWidget(combo, 1)
        filters.addLayout(choices)
        self.groups = GroupsStrip(bridge, body)
        self.groups.groupOpened.connect(self.filter.set_group_id)

        self.task_actions: dict[Action, QAction] = {}
        for action in Action:
            qaction = QAction(label_for(action, 1), self)
            qaction.setToolTip(tip(action))
            qaction.setStatusTip(tip(action))
            qaction.setObjectName(f"queueAction-{action.value}")
            qaction.triggered.connect(lambda _checked=False, a=action: self.trigger(a))
            qaction.setVisible(False)
            self.task_actions[action] = qaction
        remove = self.task_actions[Action.REMOVE]
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Buttons rather than a QToolBar: a toolbar tucks whatever does not fit behind a chevron.
        self.toolbar = QWidget(body)
        self.toolbar.setObjectName("queueToolbar")
        # A second line in a narrow queue, rather than a wider queue.
        bar = FlowLayout(self.toolbar, spacing=4)
        self.buttons: dict[Action, QToolButton] = {}
        # Always in place (disabled when they do not apply), so none moves under the cursor when
        # the selection changes; their words never change either (the menus count the tasks).
        for action in PRIMARY:
            button = QToolButton(self.toolbar)
            button.setText(label_for(action, 1))
            button.setToolTip(tip(action))
            button.setObjectName(f"queueButton-{action.value}")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setEnabled(False)
            button.clicked.connect(self.task_actions[action].trigger)
            bar.addWidget(button)
            self.buttons[action] = button
        self.more_menu = QMenu(body)
        self.more_button = QToolButton(self.toolbar)
        self.more_button.setObjectName("queueMore")
        self.more_button.setText(self.tr("More"))
        self.more_button.setToolTip(self.tr("More actions for the selected task"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setMenu(self.more_menu)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bar.addWidget(self.more_button)
        bar.addWidget(self.groups.pause_button)  # the queue as a whole: last, after the task's actions

        self.view = QueueListView(body)
        self.delegate = QueueDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.filter)
        self.announcer = QueueAnnouncer(self.view, self)  # what a screen reader hears of the rows
        self.view.addAction(remove)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        self.filter.dataChanged.connect(self._rows_changed)
        # A new filter reads another order (a reset): the tasks selected before stay selected if shown.
        self._kept: tuple[list[str], str | None] = ([], None)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.filter.rowsRemoved.connect(lambda *_: self._refresh_selection())
        # The proxy drops rows while the source is *about* to remove them, so the totals also
        # follow the source's own signals, which come once its count is final.
        for signal in (
            self.filter.rowsInserted,
            self.filter.rowsRemoved,
            self.filter.modelReset,
            self.filter.layoutChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
            self.model.loaded,
        ):
            signal.connect(self._update_counts)

        self.preview = PreviewPane(thumbnails, body)
        self.preview_dock: QDockWidget | None = None
        self.split = ListPreviewSplit(self.view, self.preview, body)
        self.splitter = self.split.splitter

        self.count_label = QLabel(body)
        self.count_label.setObjectName("queueCount")
        self.notice = QLabel(body)
        self.notice.setObjectName("queueNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.groups)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.count_label)
        self.setWidget(body)
        self._offered: dict[Action, str] | None = None
        self.extra_actions: list[QAction] = []  # added by the window (Compare) to the context menu
        self._refresh_actions([])
        self._update_counts()

    # -- what is selected ------------------------------------------------------------------------

    @property
    def running_count(self) -> int:
        return self.model.running_count

    def selected_tasks(self) -> list[TaskRecord]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [task for task in (i.data(QueueRole.TASK) for i in rows) if task is not None]

    def select_task(self, task_id: str) -> bool:
        """Select (and scroll to) one task; False when it is filtered out or unknown."""
        index = self.filter.mapFromSource(self.model.index_of(task_id))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _remember_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if len(rows) > KEPT_SELECTION:
            self._kept = ([], None)
            return
        current = self.view.currentIndex()
        current_id = current.data(QueueRole.TASK_ID) if current.isValid() else None
        self._kept = ([i.data(QueueRole.TASK_ID) for i in rows if i.data(QueueRole.TASK_ID)], current_id)

    def _restore_selection(self) -> None:
        ids, current = self._kept
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for task_id in ids:
            index = self.filter.mapFromSource(self.model.index_of(task_id))
            if index.isValid():
                selection.select(index, flags)
        if current is not None:
            index = self.filter.mapFromSource(self.model.index_of(current))
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def available_actions(self) -> list[Action]:
        return actions_for_many(self.selected_tasks())

    def trigger(self, action: Action) -> None:
        """Do `action` on the selection (it is ignored for tasks it does not apply to)."""
        tasks = self.selected_tasks()
        shown = self.preview.task
        index = self.preview.output_index if shown and tasks and tasks[0].id == shown.id else 0
        self.runner.trigger(action, tasks, index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._refresh_selection()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._refresh_selection()

    def _refresh_selection(self) -> None:
        tasks = self.selected_tasks()
        self._refresh_actions(tasks)
        current = self.view.currentIndex()
        if current.isValid() and self.view.selectionModel().isSelected(current):
            self.preview.show_task(current.data(QueueRole.TASK))
        else:
            self.preview.show_task(tasks[0] if tasks else None)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: list[int]) -> None:
        selection = self.view.selectionModel()
        if any(selection.isRowSelected(row, QModelIndex()) for row in range(top.row(), bottom.row() + 1)):
            self._refresh_selection()

    def _refresh_actions(self, tasks: list[TaskRecord]) -> None:
        available = set(actions_for_many(tasks))
        labels = {action: label_for(action, len(targets(action, tasks))) for action in available}
        if labels == self._offered:
            return  # unchanged: leave an open menu alone (progress updates arrive many times a second)
        self._offered = labels
        self.more_menu.clear()
        for action, qaction in self.task_actions.items():
            qaction.setVisible(action in available)
            qaction.setText(labels.get(action, label_for(action, 1)))
            if action in self.buttons:
                self.buttons[action].setEnabled(action in available)
            elif action in available:
                self.more_menu.addAction(qaction)
        self.more_button.setEnabled(bool(self.more_menu.actions()))

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        tasks = self.selected_tasks()
        available = actions_for_many(tasks)
        if not available:
            return
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in available:
            menu.addAction(self.task_actions[action])
        shown = self.preview.task
        self.runner.add_chain_actions(menu, tasks, self.preview.output_index if shown in tasks else 0)
        menu.addActions(self.extra_actions)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        if Action.OPEN in self.available_actions():
            self.trigger(Action.OPEN)

    # -- status lines ---------------------------------------------------------------------------------

    def _update_counts(self, *_args: object) -> None:
        total, shown, live = self.model.total, self.model.rowCount(), self.model.running_count
        number = QLocale().toString
        if self.model.loading:
            text = self.tr("Reading the history…")
        elif shown != total:
            words = (self.tr("{shown} of 1 task shown") if total == 1
                     else self.tr("{shown} of {total} tasks shown"))
            text = words.format(shown=number(shown), total=number(total))
        else:
            text = self.tr("1 task") if total == 1 else self.tr("{count} tasks").format(count=number(total))
        if live:
            text = self.tr("{tasks} · {live} in progress").format(tasks=text, live=number(live))
        self.count_label.setText(text)
        if self.model.loading:
            self.view.empty_text = ""
        elif self.filter.active and total:
            self.view.empty_text = self.tr("No tasks match the filter.")
        else:
            self.view.empty_text = self.view.no_tasks_text()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start(NOTICE_MS)

    # -- life cycle -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the engine's tasks afresh (call after the engine has loaded its history)."""
        self.model.reload()
        self.groups.reload()

    def shutdown(self) -> None:
        """Stop listening to the engine and stop playback (the window is closing)."""
        self.model.close()
        self.preview.close_media()
