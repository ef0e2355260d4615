"""The library's search box (debounced), filters, sort order and grid/list switch."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.takes import TakeFilters, TakeSort

SEARCH_DELAY_MS = 250
_KINDS = (("All kinds", ""), ("Video", "video"), ("Image", "image"), ("Audio", "audio"))
# (label, days back from today; 0 = today only); None = any time, -1 = the custom range.
_DATES = (("Any time", None), ("Today", 0), ("Last 7 days", 6), ("Last 30 days", 29),
          ("Last 12 months", 364), ("Custom range…", -1))


def _day_start(day: QDate) -> float:
    return day.startOfDay().toSecsSinceEpoch() if day.isValid() else 0.0


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    # As wide as its longest choice needs, up to a point: a long model name is elided, never the page.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    for label, value in items:
        combo.addItem(label, value)
    return combo


class LibraryFilterBar(QWidget):
    """`changed()` whenever what to show changes (search text after a pause); read `filters()`, `sort()`."""

    changed = Signal()
    grid_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search prompts and models")
        self.search.setAccessibleName("Search takes by prompt or model")
        self.search.setClearButtonEnabled(True)
        self.sort_box = _combo("Sort order", [(s.label, s.value) for s in TakeSort])
        self.grid_button = QToolButton()
        self.grid_button.setText("List view")
        self.grid_button.setCheckable(True)
        self.grid_button.setAccessibleName("Show the takes as a list")
        self.kind_box = _combo("Kind", list(_KINDS))
        self.model_box = _combo("Model", [("All models", "")])
        self.date_box = _combo("Date", list(_DATES))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit, name in ((self.date_from, "From date"), (self.date_to, "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self.changed)
        self.favourite_button = QToolButton()
        self.favourite_button.setText("♥ Favourites")
        self.favourite_button.setCheckable(True)
        self.favourite_button.setAccessibleName("Only favourites")
        ratings = [("Any rating", 0), *(("★" * n + " or more", n) for n in range(1, 5)), ("★★★★★", 5)]
        self.rating_box = _combo("Minimum rating", ratings)
        self.group_box = _combo("Batch or pipeline", [("All batches", "")])

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(QLabel("Sort"))
        top.addWidget(self.sort_box)
        top.addWidget(self.grid_button)
        # Two rows of filters, so each keeps the width of its words in a window as narrow as 1024 px.
        rows = [
            (self.kind_box, self.model_box, self.favourite_button),
            (self.rating_box, self.group_box, self.date_box),
            (self.date_from, self.date_to),  # only while a custom range is chosen
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        for widgets in rows:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.sort_box, self.kind_box, self.model_box, self.rating_box, self.group_box):
            combo.currentIndexChanged.connect(self.changed)
        self.date_box.currentIndexChanged.connect(self._date_choice)
        self.favourite_button.toggled.connect(self.changed)
        self.grid_button.toggled.connect(lambda on: self.grid_toggled.emit(not on))

    def _search_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def _date_choice(self) -> None:
        custom = self.date_box.currentData() == -1
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.changed.emit()

    def set_choices(self, models: list[str], groups: list[str]) -> None:
        """Refill the model and batch lists, keeping the current choice when it still exists."""
        for combo, values, everything in ((self.model_box, models, "All models"),
                                          (self.group_box, groups, "All batches")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _dates(self) -> tuple[float | None, float | None]:
        choice = self.date_box.currentData()
        if choice is None:
            return None, None
        if choice == -1:
            start, end = sorted((self.date_from.date(), self.date_to.date()), key=lambda d: d.toJulianDay())
            return _day_start(start), _day_start(end.addDays(1))
        today = datetime.combine(datetime.now().date(), datetime.min.time())
        return (today - timedelta(days=int(choice))).timestamp(), None

    def filters(self) -> TakeFilters:
        kind = self.kind_box.currentData()
        model = self.model_box.currentData()
        group = self.group_box.currentData()
        since, until = self._dates()
        return TakeFilters(
            text=self.search.text().strip(),
            kinds=frozenset({kind}) if kind else frozenset(),
            models=frozenset({model}) if model else frozenset(),
            since=since,
            until=until,
            favourite_only=self.favourite_button.isChecked(),
            min_rating=int(self.rating_box.currentData() or 0),
            group_id=group or None,
        )

    def sort(self) -> TakeSort:
        return TakeSort(self.sort_box.currentData())


__all__ = ["SEARCH_DELAY_MS", "LibraryFilterBar"]
