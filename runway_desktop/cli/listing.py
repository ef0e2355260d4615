"""`list`: the history newest first, read from SQLite a page at a time and printed as it is read.

A history of 100,000 tasks is never held whole: JSON lines go out page by page; the table first
learns its column widths from the few short columns they are made of (nothing decoded), then
prints each page as it arrives, aligned as if it had seen every row at once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from runway_desktop.cli.errors import EXIT_OK
from runway_desktop.cli.render import (
    SUMMARY_COLUMNS,
    TASK_HEADERS,
    display_width,
    row_formatter,
    summary_cells,
    task_json,
    task_row,
    terminal_width,
)
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.history_pages import HistoryPages, Mark
from runway_desktop.wiring import open_store

READ_AT_ONCE = 500  # records decoded per query: a few ms each, a few MB at most
_CREATED = 1 + SUMMARY_COLUMNS.index("created_at")  # in a row of ("rowid", *SUMMARY_COLUMNS)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


async def list_tasks(args: argparse.Namespace, data_dir: Path) -> int:
    """Print the newest `--limit` tasks (or `--all`); say on stderr when there are more."""
    limit: int | None = None if args.all else args.limit
    shown = total = 0
    if (data_dir / "tasks.sqlite3").exists():
        async with open_store(data_dir) as store:  # brings a file of an earlier version up to date
            pages = HistoryPages(store.path)
            try:
                shown = await (_json_lines(pages, limit) if args.json else _table(pages, limit))
                total = await asyncio.to_thread(pages.count) if shown == limit else shown
            finally:
                pages.close()
    if shown == 0:
        _say(f"No tasks yet in the history at {data_dir}.")
    elif total > shown:
        _say(f"The newest {shown:,} of {total:,} tasks; --limit N shows more, --all every one.")
    return EXIT_OK


async def _read(pages: HistoryPages, limit: int | None, mark: Mark | None = None,
                ) -> AsyncIterator[list[TaskRecord]]:
    """Each page of records, newest first (from `mark` on), up to `limit` records in all."""
    left = limit
    while left is None or left > 0:
        size = READ_AT_ONCE if left is None else min(READ_AT_ONCE, left)
        page = await asyncio.to_thread(pages.newest, size, mark)
        if page.records:
            yield page.records
        if page.next is None:
            return
        mark = page.next
        if left is not None:
            left -= len(page.records)


async def _json_lines(pages: HistoryPages, limit: int | None) -> int:
    shown = 0
    async for records in _read(pages, limit):
        print("\n".join(json.dumps(task_json(task)) for task in records))
        shown += len(records)
    return shown


async def _table(pages: HistoryPages, limit: int | None) -> int:
    widths = [display_width(header) for header in TASK_HEADERS[:-1]]

    first: list[Mark] = []

    def widen(values: tuple[Any, ...]) -> None:
        if not first:
            first.append(Mark.at(values[_CREATED], values[0]))
        for i, cell in enumerate(summary_cells(*values[1:])):
            width = display_width(cell)
            if width > widths[i]:
                widths[i] = width

    if not await asyncio.to_thread(pages.each, ("rowid", *SUMMARY_COLUMNS), widen, limit):
        return EXIT_OK
    # The prompt column needs no width of its own: it is last, cut only to fit a terminal.
    line = row_formatter([*widths, sys.maxsize], terminal_width() if sys.stdout.isatty() else None)
    print(line(TASK_HEADERS))
    shown = 0
    async for records in _read(pages, limit, first[0]):  # the rows measured, not any added since
        print("\n".join(line(task_row(task)) for task in records))
        shown += len(records)
    return shown
