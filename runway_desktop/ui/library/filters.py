"""The library's search box (debounced), filters, sort order and grid/list switch."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTimer, Signal
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
from runway_desktop.ui.i18n import core_text

SEARCH_DELAY_MS = 250
_KINDS = (
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "All kinds"), ""),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Video"), "video"),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Image"), "image"),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Audio"), "audio"),
)
# (label, days back from today; 0 = today only); None = any time, -1 = the custom range.
_DATES = (
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Any time"), None),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Today"), 0),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Last 30 days"), 29),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Last 12 months"), 364),
    (QT_TRANSLATE_NOOP("LibraryFilterBar", "Custom range…"), -1),
)


def _words(items: tuple[tuple[str, object], ...]) -> list[tuple[str, object]]:
    return [(QCoreApplication.translate("LibraryFilterBar", label), value) for label, value in items]


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
        self.search.setPlaceholderText(self.tr("Search prompts and models"))
        self.search.setAccessibleName(self.tr("Search takes by prompt or model"))
        self.search.setClearButtonEnabled(True)
        self.sort_box = _combo(self.tr("Sort order"), [(core_text(s.label), s.value) for s in TakeSort])
        self.grid_button = QToolButton()
        self.grid_button.setText(self.tr("List view"))
        self.grid_button.setCheckable(True)
        self.grid_button.setAccessibleName(self.tr("Show the takes as a list"))
        self.kind_box = _combo(self.tr("Kind"), _words(_KINDS))
        self.model_box = _combo(self.tr("Model"), [(self.tr("All models"), "")])
        self.date_box = _combo(self.tr("Date"), _words(_DATES))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit, name in ((self.date_from, self.tr("From date")), (self.date_to, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self.changed)
        self.favourite_button = QToolButton()
        self.favourite_button.setText(self.tr("♥ Favourites"))
        self.favourite_button.setCheckable(True)
        self.favourite_button.setAccessibleName(self.tr("Only favourites"))
        or_more = [(self.tr("{stars} or more").format(stars="★" * n), n) for n in range(1, 5)]
        ratings = [(self.tr("Any rating"), 0), *or_more, ("★★★★★", 5)]
        self.rating_box = _combo(self.tr("Minimum rating"), ratings)
        self.group_box = _combo(self.tr("Batch or pipeline"), [(self.tr("All batches"), "")])

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Sort")))
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
        for combo, values, everything in ((self.model_box, models, self.tr("All models")),
                                          (self.group_box, groups, self.tr("All batches"))):
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
