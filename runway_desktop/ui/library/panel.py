"""The library browser: search, filters, a paged grid (or list) of takes, marks, trash with undo, export."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.takes import TakeRow, TakesIndex
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.library.delegate import GRID_TILE, LIST_ROW_HEIGHT, TakeDelegate
from runway_desktop.ui.library.filters import LibraryFilterBar
from runway_desktop.ui.library.model import TakesModel
from runway_desktop.ui.library.thumbnails import TileThumbnails
from runway_desktop.ui.library.trash import move_takes_to_trash, put_back
from runway_desktop.ui.library.view import TakesView

log = logging.getLogger(__name__)
COMPARE_MIN, COMPARE_MAX = 2, 4
NEW_TAKES_DELAY_MS = 400  # outputs saved in a burst (a batch) refresh the grid once
UndoBatch = list[tuple[TakeRow, str | None, str | None]]


class LibraryPanel(QWidget):
    """Every saved take; `take_activated(task_id, output_index)` on double-click or Enter,
    `compare_requested(list[TakeRow])` for 2–4 selected takes."""

    take_activated = Signal(str, int)
    compare_requested = Signal(list)
    busy_changed = Signal(bool)

    def __init__(self, index: TakesIndex, thumbnails: ThumbnailCache | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setWindowTitle(self.tr("Library"))
        self._index = index
        self._tiles = TileThumbnails(thumbnails, self)
        self.model = TakesModel(index, self._tiles, self)
        self._undo: list[UndoBatch] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._busy = False
        self._count = 0
        self._grid = True
        self._new_takes = False
        self._keep_scroll: int | None = None
        self._new_takes_timer = QTimer(self)
        self._new_takes_timer.setSingleShot(True)
        self._new_takes_timer.setInterval(NEW_TAKES_DELAY_MS)
        self._new_takes_timer.timeout.connect(self._show_new_takes)

        self.filter_bar = LibraryFilterBar()
        self.view = TakesView()
        self.view.setModel(self.model)
        self.delegate = TakeDelegate(lambda: self._grid, self)
        self.view.setItemDelegate(self.delegate)
        self.view.resized.connect(self._fit_columns)
        self._set_grid(True)
        self.empty_label = QLabel(self.tr("No takes yet: every output you generate is kept here."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)

        self.status_label = QLabel("")
        self.status_label.setAccessibleName(self.tr("Library status"))
        self.favourite_button = QPushButton(self.tr("♥ Favourite"))
        self.favourite_button.setAccessibleName(self.tr("Mark or unmark the selected takes as favourites"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setAccessibleName(self.tr("Compare the selected takes side by side"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(
            self.tr("Copy the selected takes and their sidecars to a folder"))
        self.trash_button = QPushButton(self.tr("Move to trash"))
        self.trash_button.setAccessibleName(self.tr("Move the selected takes' files to the trash"))
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        for button in (self.favourite_button, self.compare_button, self.export_button, self.trash_button):
            actions.addWidget(button)

        self.notice = QFrame()
        self.notice.setObjectName("libraryNotice")
        self.notice_label = QLabel("")
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("Library message"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Put the trashed takes back"))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(lambda: self.notice.setVisible(False))
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(8, 4, 8, 4)
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.undo_button)
        notice_row.addWidget(dismiss)
        self.notice.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        layout.addLayout(actions)

        self.filter_bar.changed.connect(self._query_changed)
        self.filter_bar.grid_toggled.connect(self._set_grid)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._show_problem)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.view.activated.connect(self._activated)
        self.delegate.rating_clicked.connect(self._rating_clicked)
        self.delegate.favourite_clicked.connect(self._favourite_clicked)
        self.favourite_button.clicked.connect(
            lambda: self._spawn(self._toggle_favourite(self.selected_rows()))
        )
        self.compare_button.clicked.connect(lambda: self._spawn(self._compare()))
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.trash_button.clicked.connect(lambda: self._spawn(self._trash(self.selected_rows())))
        self.undo_button.clicked.connect(lambda: self._spawn(self._undo_trash()))
        self._shortcuts()
        self._selection_changed()

    def _shortcuts(self) -> None:
        def on_view(keys: str | QKeySequence.StandardKey, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        on_view(QKeySequence.StandardKey.Delete, lambda: self._spawn(self._trash(self.selected_rows())))
        on_view("F", lambda: self._spawn(self._toggle_favourite(self.selected_rows())))
        for stars in range(6):
            on_view(str(stars), lambda n=stars: self._spawn(self._rate(self.selected_rows(), n)))
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(lambda: self._spawn(self._undo_trash()))

    # --- loading ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the takes (call once the index is open), and whenever new outputs were saved: `refresh`."""
        self.refresh()

    def refresh(self) -> None:
        self.model.set_query(self.filter_bar.filters(), self.filter_bar.sort())
        self._spawn(self._refresh_choices())

    def takes_added(self) -> None:
        """New outputs were indexed: show them soon, but never under a selection the person is acting on."""
        self._new_takes = True
        self._new_takes_timer.start()

    def _show_new_takes(self) -> None:
        if self._new_takes and not self.selected_rows() and not self._busy:
            self._new_takes = False
            self._keep_scroll = self.view.verticalScrollBar().value()
            self.refresh()

    async def _refresh_choices(self) -> None:
        models, groups = await self._index.models(), await self._index.groups()
        self.filter_bar.set_choices(models, groups)

    def _query_changed(self) -> None:
        self.model.set_query(self.filter_bar.filters(), self.filter_bar.sort())

    def _loaded(self, count: int) -> None:
        self._count = count
        if self._keep_scroll is not None:
            self.view.verticalScrollBar().setValue(self._keep_scroll)
            self._keep_scroll = None
        filtered = self.model.filters != type(self.model.filters)()
        self.empty_label.setText(self.tr("No takes match these filters.") if filtered
                                 else self.tr("No takes yet: every output you generate is kept here."))
        self.empty_label.setVisible(count == 0)
        self._selection_changed()

    def _set_grid(self, grid: bool) -> None:
        self._grid = grid
        self._fit_columns()

    def _fit_columns(self) -> None:
        """As many tiles to a row as the width holds (one row per take in the list), selection kept."""
        width = max(GRID_TILE.width(), self.view.viewport().width())
        columns = max(1, width // GRID_TILE.width()) if self._grid else 1
        self.view.set_cell_size(width // columns, GRID_TILE.height() if self._grid else LIST_ROW_HEIGHT)
        if columns != self.model.columns:
            selected = self.selected_rows()
            current = self.model.flat(self.view.currentIndex())
            self.model.set_columns(columns)
            for flat in selected:
                self.view.selectionModel().select(self.model.index_of(flat),
                                                  self.view.selectionModel().SelectionFlag.Select)
            if current is not None:
                self.view.selectionModel().setCurrentIndex(self.model.index_of(current),
                                                           self.view.selectionModel().SelectionFlag.NoUpdate)

    # --- selection --------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The positions (in sort order) of the selected takes."""
        flats = (self.model.flat(index) for index in self.view.selectionModel().selectedIndexes())
        return sorted({flat for flat in flats if flat is not None})

    def _selection_changed(self, *_: Any) -> None:
        selected = len(self.selected_rows())
        if self._new_takes and not selected:
            self._new_takes_timer.start()
        text = self._takes(self._count)
        if selected:
            text = self.tr("{takes} · {selected} selected").format(
                takes=text, selected=QLocale().toString(selected))
        self.status_label.setText(text)
        for button in (self.favourite_button, self.export_button, self.trash_button):
            button.setEnabled(selected > 0 and not self._busy)
        self.compare_button.setEnabled(COMPARE_MIN <= selected <= COMPARE_MAX)
        self.compare_button.setToolTip("" if COMPARE_MIN <= selected <= COMPARE_MAX
                                       else self.tr("Select 2 to 4 takes to compare them."))

    def _activated(self, index: Any) -> None:
        flat = self.model.flat(index)
        take = self.model.take_at(flat) if flat is not None else None
        if take is not None:
            self.take_activated.emit(take.task_id, take.output_index)

    # --- marks ------------------------------------------------------------------------------------

    def _targets(self, row: int) -> list[int]:
        """A click on a selected take acts on the whole selection, on any other take on that take alone."""
        selected = self.selected_rows()
        return selected if row in selected else [row]

    def _rating_clicked(self, row: int, stars: int) -> None:
        self._spawn(self._rate(self._targets(row), stars))

    def _favourite_clicked(self, row: int) -> None:
        self._spawn(self._toggle_favourite(self._targets(row)))

    async def _rate(self, rows: list[int], stars: int) -> None:
        takes = await self.model.takes_at(rows)
        if takes:
            await self._index.set_rating([t.key for t in takes], stars)
            self.model.update_takes({t.key: replace(t, rating=stars) for t in takes})

    async def _toggle_favourite(self, rows: list[int]) -> None:
        takes = await self.model.takes_at(rows)
        if not takes:
            return
        favourite = not all(t.favourite for t in takes)  # mixed: all become favourites
        await self._index.set_favourite([t.key for t in takes], favourite)
        self.model.update_takes({t.key: replace(t, favourite=favourite) for t in takes})

    async def _compare(self) -> None:
        rows = self.selected_rows()
        if COMPARE_MIN <= len(rows) <= COMPARE_MAX:
            self.compare_requested.emit(await self.model.takes_at(rows))

    # --- files: trash, undo, export ---------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.undo_button.setEnabled(not busy)
        self._selection_changed()
        self.busy_changed.emit(busy)

    async def _trash(self, rows: list[int]) -> None:
        if self._busy or not rows:
            return
        self._set_busy(True)
        try:
            takes = await self.model.takes_at(rows)
            outcome = await asyncio.to_thread(move_takes_to_trash, takes)
            by_key = {t.key: t for t in takes}
            moved_keys = [(m.key, m.file_in_trash, m.sidecar_in_trash) for m in outcome.moved]
            await self._index.mark_trashed(moved_keys)
            if outcome.moved:
                self._undo.append([(by_key[m.key], m.file_in_trash, m.sidecar_in_trash)
                                   for m in outcome.moved])
            count = len(outcome.moved)
            moved_text = self.tr("Moved 1 take to the trash.") if count == 1 else self.tr(
                "Moved {count} takes to the trash.").format(count=QLocale().toString(count))
            moved = [moved_text] if outcome.moved else []
            self._show(" ".join([*moved, *outcome.problems]), undo=bool(outcome.moved))
            self.refresh()
        finally:
            self._set_busy(False)

    async def _undo_trash(self) -> None:
        if self._busy or not self._undo:
            return
        self._set_busy(True)
        try:
            batch = self._undo.pop()
            restored, problems = await asyncio.to_thread(put_back, batch)
            await self._index.restore(restored)
            count = len(restored)
            text = self.tr("Put 1 take back.") if count == 1 else self.tr("Put {count} takes back.").format(
                count=QLocale().toString(count))
            self._show(" ".join([text, *problems]), undo=False)
            self.refresh()
        finally:
            self._set_busy(False)

    def export_selected(self, folder: str | Path | None = None) -> None:
        """Copy the selected takes with their sidecars to `folder` (asked for when not given)."""
        rows = self.selected_rows()
        if not rows or self._busy:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export takes to a folder"))
            if not folder:
                return
        self._spawn(self._export(rows, Path(folder)))

    async def _export(self, rows: list[int], folder: Path) -> None:
        self._set_busy(True)
        try:
            takes = await self.model.takes_at(rows)
            result = await self._index.export(takes, folder)
            files = len(result.copied)
            if files == 1:
                text = self.tr("Exported 1 file to {folder}.").format(folder=folder)
            elif files:
                text = self.tr("Exported {count} files to {folder}.").format(
                    count=QLocale().toString(files), folder=folder)
            else:
                text = self.tr("Nothing was exported.")
            self._show(" ".join([text, *(core_text(p) for p in result.problems)]), undo=False)
        finally:
            self._set_busy(False)

    # --- messages and tasks -----------------------------------------------------------------------

    def _show(self, text: str, *, undo: bool) -> None:
        self.notice_label.setText(text)
        self.undo_button.setVisible(undo and bool(self._undo))
        self.notice.setVisible(True)

    def _show_problem(self, text: str) -> None:
        self._show(text, undo=False)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        # The task runs the coroutine itself: cancelled before it starts (a shutdown), it is closed too.
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:  # a database or disk problem: said in the panel, never a traceback
            log.error("library action failed", exc_info=exc)
            self._show(self.tr("That did not work: {reason}. Nothing else was changed.").format(reason=exc),
                       undo=False)

    def _takes(self, count: int) -> str:
        if count == 1:
            return self.tr("1 take")
        return self.tr("{count} takes").format(count=QLocale().toString(count))

    def shutdown(self) -> None:
        self._new_takes_timer.stop()  # a refresh due after the event loop has stopped would find none
        self.model.close()
        self._tiles.close()
        for task in list(self._tasks):
            task.cancel()
