"""How the queue reads its history: whole orders in a thread of their own, records a page at a time.

Sizes (measured on the 2-core development machine with 100,000 tasks): a whole order (rowids and
creation times, newest first) takes ~40 ms and a prompt search ~20-40 ms, so both run in a thread
of their own unless the history is small (≤ SMALL tasks: ≤ 2 ms). A page of PAGE records, read by
rowid and decoded, takes ~3 ms while the file is in the OS's cache, but up to a second when it is
not and the disk is busy: a long history's pages are read in another thread, a short one's on the
spot. Finding one task by id, or asking for rows newer than a rowid, takes microseconds (an index
seek): those are done on the UI thread when an event arrives.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Container
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.storage.history_order import HistoryQuery, HistoryReader, Order

log = logging.getLogger(__name__)

PAGE = 50  # records read at once: ~3 ms to read and decode, a screenful and more
PAGES_KEPT = 20  # at most 1,000 records in memory, whatever the history's length
SMALL = 5_000  # up to this many tasks a whole order takes ≤ 2 ms: read on the spot, not in the thread
NEWEST = 2_000  # a filter first looks among this many newest tasks: its first rows show in a few ms


@dataclass
class OrderRead:
    """What one order job found: every task, the ones the query admits, the newest rowid, live ids."""

    full: Order | None  # None: the job filtered the order it was given
    shown: Order | None  # None: the query admits every task
    newest: int = 0
    live: set[str] = field(default_factory=set)
    first: bool = False  # only the newest matches: the whole answer follows, starting with the same rows


def first_rows(reader: HistoryReader, query: HistoryQuery, base: Order) -> OrderRead:
    """The query's matches among the newest NEWEST tasks of `base` (a prefix of the whole answer)."""
    head = Order(base.rowids[:NEWEST], base.keys[:NEWEST])
    chosen = reader.chosen(query, (min(head.rowids), max(head.rowids))) if len(head) else set()
    return OrderRead(None, head if chosen is None else head.keep(chosen), first=True)


def read_order(reader: HistoryReader, query: HistoryQuery, base: Order | None,
               live_states: frozenset[TaskState], early: Callable[[OrderRead], None] | None = None
               ) -> OrderRead:
    """The job: the whole order when no `base` is given, then the query's part of it.

    With `early`, a filter over a long history first hands over its newest matches, so the list
    shows them while the index is asked for every match.
    """
    if early is not None and base is not None and len(base) > NEWEST and not query.everything:
        early(first_rows(reader, query, base))
    full, newest = reader.everything() if base is None else (base, 0)
    chosen = reader.chosen(query)
    shown = None if chosen is None else full.keep(chosen)
    live = reader.live_ids(live_states) if base is None else set()
    return OrderRead(full if base is None else None, shown, newest, live)


class HistoryPages(QObject):
    """Order jobs (their result arrives as `ordered`) and the page cache of records, keyed by rowid."""

    ordered = Signal(object)  # OrderRead, on the UI thread
    pageRead = Signal(int, int)  # first and last row of a page read in the thread, now in memory
    rowsGone = Signal()  # a page lacked rows of the order: another program deleted them
    _done = Signal(int, object)  # from the reader's thread
    _page = Signal(int, object, object, int, int)  # opening, rowids asked, {rowid: record}, first, last

    def __init__(self, live_states: frozenset[TaskState], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live_states = live_states
        self.reader: HistoryReader | None = None
        self._job_reader: HistoryReader | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._generation = 0
        self.pending = False  # a job is under way: events meanwhile are replayed on its result
        self._records: OrderedDict[int, TaskRecord] = OrderedDict()
        self.where: dict[str, tuple[int, float]] = {}  # task id -> rowid, creation time (ids met)
        self.small = True  # a short history: pages are read on the spot (hot in the OS cache, ~1 ms)
        self._page_reader: HistoryReader | None = None
        self._page_executor: ThreadPoolExecutor | None = None
        self._coming: set[int] = set()  # rowids whose page is being read
        self._opening = 0  # which file the pages being read come from (counted at each open)
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._page.connect(self._page_arrived, Qt.ConnectionType.QueuedConnection)

    def open(self, path: Path) -> None:
        self.close()
        self._opening += 1
        self.reader = HistoryReader(path)
        self._job_reader = HistoryReader(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="queue-order")
        self._page_reader = HistoryReader(path)
        self._page_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="queue-pages")

    def close(self) -> None:
        self._generation += 1  # a job still running is ignored when it ends
        self._opening += 1  # and so is a page being read
        self.pending = False
        jobs = ((self._executor, self._job_reader), (self._page_executor, self._page_reader))
        for executor, reader in jobs:
            if executor is not None and reader is not None:
                executor.submit(reader.close)
                executor.shutdown(wait=False)
        if self.reader is not None:
            self.reader.close()
        self.reader = self._job_reader = self._executor = self._page_reader = self._page_executor = None
        self._records.clear()
        self._coming.clear()
        self.where.clear()

    # -- order jobs -----------------------------------------------------------------------------

    def request(self, query: HistoryQuery, base: Order | None) -> None:
        """Order the history for `query` (filtering `base`, else reading it whole); `ordered` follows."""
        self._generation += 1
        generation = self._generation
        if self._job_reader is None or self._executor is None:
            self.ordered.emit(OrderRead(Order(), None))
            return
        reader, states = self._job_reader, self._live_states
        known = len(base) if base is not None else self._count()
        if known <= SMALL:
            self._finished(generation, self._attempt(lambda: read_order(reader, query, base, states)))
            return

        def early(first: OrderRead) -> None:
            self._emit(generation, first)

        def job() -> OrderRead:
            return read_order(reader, query, base, states, early)

        self.pending = True
        self._executor.submit(self._run, generation, job)

    def _count(self) -> int:
        reader = self.reader
        return reader.count() if reader is not None else 0

    @staticmethod
    def _attempt(job: Callable[[], OrderRead]) -> OrderRead | Exception:
        try:
            return job()
        except Exception as exc:  # a damaged or vanished file: the queue shows nothing; the log says why
            log.warning("the queue could not read the history: %r", exc)
            return exc

    def _run(self, generation: int, job: Callable[[], OrderRead]) -> None:
        self._emit(generation, self._attempt(job))

    def _emit(self, generation: int, result: object) -> None:
        try:
            self._done.emit(generation, result)
        except RuntimeError:  # the queue was closed meanwhile
            pass

    def _finished(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # a newer job was asked for; its result comes next
        if isinstance(result, OrderRead) and result.first:
            self.ordered.emit(result)
            return
        self.pending = False
        self.ordered.emit(result if isinstance(result, OrderRead) else OrderRead(Order(), None))

    # -- records ------------------------------------------------------------------------------------

    def record(self, order: Order, row: int) -> TaskRecord | None:
        """The record at `row` of `order`; None while its page is read (`pageRead` says when it is in).

        A long history's file may not be in the OS's cache, where a page can take far longer than
        its ~3 ms: those pages are read in a thread of their own, never on the UI thread.
        """
        rowid = order.rowids[row]
        task = self._records.get(rowid)
        if task is not None:
            return task
        start = row - row % PAGE
        page = order.rowids[start:start + PAGE]
        wanted = [r for r in page if r not in self._records and r not in self._coming]
        if not wanted:
            return None
        if self.small or self._page_executor is None or self._page_reader is None:
            if self.reader is not None:
                self._keep(wanted, self.reader.records(wanted))
            return self._records.get(rowid)
        self._coming.update(wanted)
        opening, reader, last = self._opening, self._page_reader, start + len(page) - 1

        def read() -> None:
            found: object = None
            try:
                found = reader.records(wanted)
            except Exception as exc:  # the rows stay empty until painted again; the log says why
                log.warning("the queue could not read a page of the history: %r", exc)
            try:
                self._page.emit(opening, wanted, found, start, last)
            except RuntimeError:  # the queue was closed meanwhile
                pass

        self._page_executor.submit(read)
        return None

    def _page_arrived(self, opening: int, wanted: object, found: object, first: int, last: int) -> None:
        if opening != self._opening or not isinstance(wanted, list):
            return  # another history was opened meanwhile
        self._coming.difference_update(wanted)
        if isinstance(found, dict):
            self._keep(wanted, found)
            self.pageRead.emit(first, last)

    def _keep(self, wanted: list[int], found: dict[int, TaskRecord]) -> None:
        for rowid, task in found.items():
            self.remember(rowid, task)
        if len(found) < len(wanted):
            self.rowsGone.emit()

    def cached(self, rowid: int) -> TaskRecord | None:
        return self._records.get(rowid)

    def remember(self, rowid: int, task: TaskRecord, keep: Container[str] = ()) -> None:
        self._records[rowid] = task
        self._records.move_to_end(rowid)
        self.where[task.id] = (rowid, task.created_at)
        while len(self._records) > PAGE * PAGES_KEPT:
            _old_rowid, old = self._records.popitem(last=False)
            if old.id not in keep:
                self.where.pop(old.id, None)

    def forget(self, task_id: str) -> tuple[int, float] | None:
        """Drop a task from memory; where it was, if known."""
        place = self.where.pop(task_id, None)
        if place is not None:
            self._records.pop(place[0], None)
        return place

    def drop_records(self, task_ids: Container[str]) -> None:
        """Read these tasks afresh when next shown (another program changed them)."""
        for rowid in [r for r, t in self._records.items() if t.id in task_ids]:
            del self._records[rowid]

    def locate(self, task_id: str) -> tuple[int, float] | None:
        """A task's rowid and creation time: from memory, else by the primary key (microseconds)."""
        place = self.where.get(task_id)
        if place is None and self.reader is not None:
            place = self.reader.locate(task_id)
        return place
