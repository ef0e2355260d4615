"""The queue's groups: one collapsed row per batch or pipeline run, with its progress and its actions.

Opening a row (selecting it) shows only that group's tasks in the list below; Cancel all, Retry
failed and Remove group go through the bridge. The pause switch is made here; the panel puts it
in the queue's head, beside the filters, where it takes no room of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.running.groups import Group, GroupProgress
from runway_desktop.ui.bridge import EngineBridge

ROW_LINES = 4  # the list shows this many groups before it scrolls


# lupdate finds the strings of `translate("Context", "…")` calls (QCoreApplication.translate).
translate = QCoreApplication.translate


def progress_text(progress: GroupProgress) -> str:
    """"7 of 12 done, 1 failed, 56 credits so far", in the window's language."""
    number = QLocale().toString
    parts = [translate("QueueGroups", "{done} of {total} done").format(
        done=number(progress.succeeded), total=number(progress.total))]
    for count, words in ((progress.failed, translate("QueueGroups", "{count} failed")),
                         (progress.cancelled, translate("QueueGroups", "{count} cancelled")),
                         (progress.unknown, translate("QueueGroups", "{count} outcome unknown")),
                         (progress.attention, translate("QueueGroups", "{count} need attention"))):
        if count:
            parts.append(words.format(count=number(count)))
    credits = QLocale().toString(float(round(progress.cost_credits)), "f", 0)
    parts.append(translate("QueueGroups", "{credits} credits so far").format(credits=credits))
    return translate("QueueGroups", ", ").join(parts)


def group_row_text(group: Group, progress: GroupProgress) -> str:
    """"Batch of 12 · gen4_image — 7 of 12 done, 1 failed, 56 credits so far"."""
    text = translate("QueueGroups", "{name} — {progress}").format(name=group.name,
                                                                   progress=progress_text(progress))
    if progress.queued and not progress.live:
        return translate("QueueGroups", "{text} · {count} queued").format(
            text=text, count=QLocale().toString(progress.queued))
    if progress.finished:
        return translate("QueueGroups", "{text} · finished").format(text=text)
    return text


class GroupsStrip(QWidget):
    """Above the task list: the groups (hidden while there are none); the panel places the pause switch."""

    groupOpened = Signal(object)  # the group id whose tasks the list shows, or None for every task

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueGroups")
        self.bridge = bridge
        self.pause_button = QPushButton(self.tr("Pause queue"), self)
        self.pause_button.setObjectName("queuePause")
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(
            self.tr("Send nothing new; tasks already at Runway finish and download."))
        self.pause_button.clicked.connect(lambda checked: self.bridge.set_paused(checked))
        self.list = QListWidget(self)
        self.list.setObjectName("queueGroupList")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # A long name is elided at the right (the tooltip has it all), never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.currentItemChanged.connect(self._opened)
        self.cancel_button = QPushButton(self.tr("Cancel all"), self)
        self.cancel_button.setObjectName("groupCancelAll")
        self.retry_button = QPushButton(self.tr("Retry failed"), self)
        self.retry_button.setObjectName("groupRetryFailed")
        self.remove_button = QPushButton(self.tr("Remove group"), self)
        self.remove_button.setObjectName("groupRemove")
        self.all_button = QPushButton(self.tr("All tasks"), self)
        self.all_button.setObjectName("groupShowAll")
        self.all_button.setToolTip(self.tr("Close the group: show every task again"))
        self.cancel_button.clicked.connect(lambda: self._act(self.bridge.cancel_group))
        self.retry_button.clicked.connect(lambda: self._act(self.bridge.retry_failed))
        self.remove_button.clicked.connect(lambda: self._act(self.bridge.remove_group))
        self.all_button.clicked.connect(lambda: self.list.setCurrentItem(None))

        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.cancel_button, self.retry_button, self.remove_button, self.all_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.group_box = QWidget(self)
        box = QVBoxLayout(self.group_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list)
        box.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group_box)

        bridge.groupAdded.connect(self.show_group)
        bridge.groupChanged.connect(self.show_group)
        bridge.groupRemoved.connect(self.forget_group)
        bridge.queuePaused.connect(self.show_paused)
        bridge.historyReplaced.connect(self.reload)
        self.reload()

    # -- rows ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Every group of the engine's history, afresh (after loading or switching history)."""
        self.list.clear()
        for group in self.bridge.groups():
            self.show_group(group, self.bridge.group_progress(group.id))
        self.show_paused(self.bridge.paused)
        self._fit()

    def item(self, group_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == group_id:
                return item
        return None

    def show_group(self, group: Group, progress: GroupProgress) -> None:
        item = self.item(group.id)
        if item is None:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.list.addItem(item)
        item.setText(group_row_text(group, progress))
        kind = self.tr("Pipeline") if group.kind == "pipeline" else self.tr("Batch")
        item.setToolTip(self.tr("{name}\n{kind}: {progress}. Select it for its tasks.").format(
            name=group.name, kind=kind, progress=progress_text(progress)))
        self._fit()
        self._refresh_buttons()

    def forget_group(self, group_id: str) -> None:
        item = self.item(group_id)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        self._fit()
        self._refresh_buttons()

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setChecked(paused)
        self.pause_button.setText(self.tr("Resume queue") if paused else self.tr("Pause queue"))

    def _fit(self) -> None:
        count = self.list.count()
        self.group_box.setVisible(count > 0)
        row = max(self.list.sizeHintForRow(0) if count else 0, self.list.fontMetrics().height() + 10)
        self.list.setFixedHeight(max(1, min(count, ROW_LINES)) * row + 2 * self.list.frameWidth() + 4)

    # -- opening and acting ---------------------------------------------------------------------

    def current_group(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _opened(self, *_items: object) -> None:
        self._refresh_buttons()
        self.groupOpened.emit(self.current_group())

    def _refresh_buttons(self) -> None:
        group_id = self.current_group()
        progress = self.bridge.group_progress(group_id) if group_id is not None else None
        self.cancel_button.setEnabled(progress is not None and bool(progress.live or progress.queued))
        self.retry_button.setEnabled(progress is not None and bool(progress.failed or progress.cancelled))
        self.remove_button.setEnabled(progress is not None and not progress.live)
        self.all_button.setEnabled(group_id is not None)

    def _act(self, action: object) -> None:
        group_id = self.current_group()
        if group_id is not None and callable(action):
            action(group_id)

    def _context_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self.list)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for button in (self.cancel_button, self.retry_button, self.remove_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.popup(self.list.viewport().mapToGlobal(position))
