"""A grid model over the takes index that holds only the pages on screen, fetched as they are needed.

Takes are numbered in sort order ("flat" positions) and laid out `columns` to a row, so a table
view shows them as a grid whose layout costs nothing per take (a list view lays out every item,
seconds for 100,000). The number of takes comes from one COUNT query, so the scroll bar is right
from the start; a take whose page is not loaded yet shows a placeholder while that page is read in
the index's thread. At most `_PAGES_KEPT` pages stay in memory.
"""

from __future__ import annotations

import asyncio
import enum
import math
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from runway_desktop.core.takes import TakeFilters, TakeKey, TakeRow, TakesIndex, TakeSort
from runway_desktop.ui.library.thumbnails import TileThumbnails

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 120
_PAGES_KEPT = 24


class TakeRole(enum.IntEnum):
    TAKE = Qt.ItemDataRole.UserRole + 1
    THUMBNAIL = enum.auto()
    THUMBNAIL_FAILED = enum.auto()


translate = QCoreApplication.translate


def caption(take: TakeRow) -> str:
    """The tile's line under the picture: model and seed."""
    if take.seed is None:
        return take.model
    return translate("LibraryText", "{model} · seed {seed}").format(model=take.model, seed=take.seed)


def kind_word(kind: str) -> str:
    """video, image or audio in the window's language, capitalised as a sentence's first word."""
    words = {
        "video": translate("LibraryText", "Video"),
        "image": translate("LibraryText", "Image"),
        "audio": translate("LibraryText", "Audio"),
    }
    return words.get(kind, kind.capitalize())


def describe(take: TakeRow) -> str:
    """What a screen reader and the tooltip say about a take."""
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(take.created_at)),
                              QLocale.FormatType.ShortFormat)
    if take.rating:
        stars = translate("LibraryText", "{stars} of 5 stars").format(stars=QLocale().toString(take.rating))
    else:
        stars = translate("LibraryText", "not rated")
    prompt = take.prompt or translate("LibraryText", "no prompt")
    if take.favourite:
        sentence = translate("LibraryText", "{kind} by {caption}, {when}, {stars}, favourite. {prompt}")
    else:
        sentence = translate("LibraryText", "{kind} by {caption}, {when}, {stars}. {prompt}")
    return sentence.format(kind=kind_word(take.kind), caption=caption(take), when=when, stars=stars,
                           prompt=prompt)


class TakesModel(QAbstractTableModel):
    """Takes matching the current filters and sort, `columns` to a row; `loaded(count)` after each query."""

    loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, index: TakesIndex, thumbnails: TileThumbnails | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._thumbnails = thumbnails
        self._filters = TakeFilters()
        self._sort = TakeSort.NEWEST
        self._count = 0
        self._columns = 1
        self._pages: OrderedDict[int, list[TakeRow]] = OrderedDict()
        self._loading: set[int] = set()
        self._generation = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    # --- queries -----------------------------------------------------------------------------------

    @property
    def filters(self) -> TakeFilters:
        return self._filters

    @property
    def sort(self) -> TakeSort:
        return self._sort

    def set_query(self, filters: TakeFilters, sort: TakeSort) -> None:
        self._filters, self._sort = filters, sort
        self.reload()

    def reload(self) -> None:
        """Count and read the first page again (after a new query, the trash, or new takes)."""
        self._generation += 1
        self._spawn(self._reload(self._generation))

    async def _reload(self, generation: int) -> None:
        try:
            count, first = await self._index.first_page(self._filters, self._sort, PAGE_SIZE)
        except Exception as exc:  # a locked or damaged database: said once, the old rows stay
            self.failed.emit(self.tr("The library could not be read: {reason}.").format(reason=exc))
            return
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = count
        self._pages = OrderedDict({0: first})
        self._loading.clear()
        self.endResetModel()
        self.loaded.emit(count)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _page(self, page: int) -> list[TakeRow] | None:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        if page not in self._loading:
            self._loading.add(page)
            self._spawn(self._fetch(page, self._generation))
        return None

    async def _fetch(self, page: int, generation: int) -> None:
        try:
            rows = await self._index.query(self._filters, self._sort, PAGE_SIZE, page * PAGE_SIZE)
        except Exception as exc:
            self.failed.emit(self.tr("The library could not be read: {reason}.").format(reason=exc))
            return
        finally:
            if generation == self._generation:
                self._loading.discard(page)
        if generation != self._generation:
            return
        self._pages[page] = rows
        while len(self._pages) > _PAGES_KEPT:
            self._pages.popitem(last=False)
        first, last = page * PAGE_SIZE, min(self._count, (page + 1) * PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index_of(first).siblingAtColumn(0),
                                  self.index_of(last).siblingAtColumn(self._columns - 1))

    def take_at(self, row: int) -> TakeRow | None:
        """The take at `row` if its page is in memory (asks for the page otherwise)."""
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // PAGE_SIZE)
        if rows is None or row % PAGE_SIZE >= len(rows):
            return None
        return rows[row % PAGE_SIZE]

    async def takes_at(self, rows: Iterable[int]) -> list[TakeRow]:
        """The takes at `rows`, reading each page not in memory once (for actions on a wide selection)."""
        generation = self._generation
        wanted = sorted(row for row in set(rows) if 0 <= row < self._count)
        read: dict[int, list[TakeRow]] = {}
        for page in sorted({row // PAGE_SIZE for row in wanted} - set(self._pages)):
            read[page] = await self._index.query(self._filters, self._sort, PAGE_SIZE, page * PAGE_SIZE)
            if generation != self._generation:
                return []  # the query changed meanwhile: these positions mean other takes now
        found: list[TakeRow] = []
        for row in wanted:
            page, offset = divmod(row, PAGE_SIZE)
            takes = read.get(page) or self._pages.get(page) or []
            if offset < len(takes):
                found.append(takes[offset])
        return found

    # --- local changes, shown at once --------------------------------------------------------------

    def update_takes(self, changed: dict[TakeKey, TakeRow]) -> None:
        """Show new ratings or favourites in the rows that hold these takes."""
        for page, rows in self._pages.items():
            for offset, take in enumerate(rows):
                if take.key in changed:
                    rows[offset] = changed[take.key]
                    at = self.index_of(page * PAGE_SIZE + offset)
                    self.dataChanged.emit(at, at)

    def _thumbnail_ready(self, path: str) -> None:
        for page, rows in self._pages.items():
            for offset, take in enumerate(rows):
                if take.path == path:
                    at = self.index_of(page * PAGE_SIZE + offset)
                    self.dataChanged.emit(at, at, [TakeRole.THUMBNAIL.value])

    # --- Qt's model interface ----------------------------------------------------------------------

    # --- the grid ---------------------------------------------------------------------------------

    def count(self) -> int:
        """How many takes match (the grid's last row may have empty cells)."""
        return self._count

    @property
    def columns(self) -> int:
        return self._columns

    def set_columns(self, columns: int) -> None:
        columns = max(1, columns)
        if columns != self._columns:
            self.beginResetModel()
            self._columns = columns
            self.endResetModel()

    def index_of(self, flat: int) -> QModelIndex:
        """The cell that shows the take at position `flat`."""
        return self.index(flat // self._columns, flat % self._columns)

    def flat(self, index: AnyIndex) -> int | None:
        """The position of the take in a cell, or None for an empty cell past the last take."""
        if not index.isValid():
            return None
        position = index.row() * self._columns + index.column()
        return position if position < self._count else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else math.ceil(self._count / self._columns)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        flat = self.flat(index)
        if flat is None:
            return None
        take = self.take_at(flat)
        if take is None:
            return self.tr("Loading…") if role == Qt.ItemDataRole.DisplayRole else None
        if role == TakeRole.TAKE:
            return take
        if role == Qt.ItemDataRole.DisplayRole:
            return caption(take)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(take)
        if role == TakeRole.THUMBNAIL:
            return self._thumbnails.pixmap(take.path, take.kind) if self._thumbnails else None
        if role == TakeRole.THUMBNAIL_FAILED:
            return bool(self._thumbnails and self._thumbnails.failed(take.path))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self.flat(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def close(self) -> None:
        self._generation += 1
        for task in list(self._tasks):
            task.cancel()
