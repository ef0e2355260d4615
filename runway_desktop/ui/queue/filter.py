"""Which queue rows are shown: by state group, by tab, by group, and by words in the prompt or model name.

The choice is made by SQLite behind the QueueModel (indexes and the prompts' FTS5 index), not by
reading every record here: this proxy only holds the filter bar's settings and passes them on.
"""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QObject

from runway_desktop.core.storage.history_order import HistoryQuery
from runway_desktop.ui.queue.model import QueueModel
from runway_desktop.ui.queue.text import STATE_GROUPS

TABS = ("all", "video", "image", "audio")


class QueueFilter(QIdentityProxyModel):
    """The source's rows as they are; setting a filter asks the source for another order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group = "all"
        self._tab = "all"
        self._words: tuple[str, ...] = ()
        self._group_id: str | None = None  # one batch or pipeline run opened: only its tasks

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
            self._group_id = group_id
            self._ask()

    def set_state_group(self, group: str) -> None:
        if group not in STATE_GROUPS:
            raise ValueError(f"unknown state group {group!r}; expected one of {', '.join(STATE_GROUPS)}")
        if group != self._group:
            self._group = group
            self._ask()

    def set_tab(self, tab: str) -> None:
        if tab not in TABS:
            raise ValueError(f"unknown tab {tab!r}; expected one of {', '.join(TABS)}")
        if tab != self._tab:
            self._tab = tab
            self._ask()

    def set_text(self, text: str) -> None:
        """Every word must begin a word of the prompt or be part of the model name (any case)."""
        words = tuple(text.casefold().split())
        if words != self._words:
            self._words = words
            self._ask()

    def query(self) -> HistoryQuery:
        return HistoryQuery(
            states=None if self._group == "all" else STATE_GROUPS[self._group],
            tab=None if self._tab == "all" else self._tab,
            group_id=self._group_id,
            words=self._words,
        )

    def setSourceModel(self, model: object) -> None:  # type: ignore[override]
        super().setSourceModel(model)  # type: ignore[arg-type]
        self._ask()

    def _ask(self) -> None:
        source = self.sourceModel()
        if isinstance(source, QueueModel):
            source.set_query(self.query())
