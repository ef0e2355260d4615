"""Which queue rows are shown: by state group, by tab, and by text in the prompt or model name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from runway_desktop.ui.queue.model import QueueModel
from runway_desktop.ui.queue.text import STATE_GROUPS

TABS = ("all", "video", "image", "audio")


class QueueFilter(QSortFilterProxyModel):
    """Keeps the source's newest-first order; only filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group = "all"
        self._tab = "all"
        self._words: tuple[str, ...] = ()
        self._group_id: str | None = None  # one batch or pipeline run opened: only its tasks
        self.setDynamicSortFilter(True)

    @property
    def state_group(self) -> str:
        return self._group

    @property
    def tab(self) -> str:
        return self._tab

    @property
    def text(self) -> str:
        return " ".join(self._words)

    @property
    def active(self) -> bool:
        return self._group != "all" or self._tab != "all" or bool(self._words) or self._group_id is not None

    @property
    def group_id(self) -> str | None:
        return self._group_id

    def set_group_id(self, group_id: str | None) -> None:
        """Show only the tasks of one group (None: every task)."""
        if group_id != self._group_id:
            self.beginFilterChange()
            self._group_id = group_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_state_group(self, group: str) -> None:
        if group not in STATE_GROUPS:
            raise ValueError(f"unknown state group {group!r}; expected one of {', '.join(STATE_GROUPS)}")
        if group != self._group:
            self.beginFilterChange()
            self._group = group
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_tab(self, tab: str) -> None:
        if tab not in TABS:
            raise ValueError(f"unknown tab {tab!r}; expected one of {', '.join(TABS)}")
        if tab != self._tab:
            self.beginFilterChange()
            self._tab = tab
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Every word must appear in the prompt or the model name (case-insensitive)."""
        words = tuple(text.casefold().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.active:
            return True
        source = self.sourceModel()
        if not isinstance(source, QueueModel):
            return True
        task = source.task_at(source_row)
        if self._group_id is not None and task.group_id != self._group_id:
            return False
        if self._group != "all" and task.state not in STATE_GROUPS[self._group]:
            return False
        if self._tab != "all" and task.tab != self._tab:
            return False
        if self._words:
            haystack = f"{task.prompt}\n{task.model}".casefold()
            return all(word in haystack for word in self._words)
        return True
