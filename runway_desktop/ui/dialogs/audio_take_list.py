"""The audio takes a sound can come from: those the engine holds, older ones read from the history a
page at a time off the UI thread (newest first), and new ones as they are saved; narrowed by a search.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QObject, Signal

from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.audio_takes import (
    AudioTake,
    AudioTakes,
    audio_outputs,
    matches,
    search_words,
)
from runway_desktop.core.storage.history_pages import PAGE, Mark
from runway_desktop.ui.bridge import EngineBridge

log = logging.getLogger(__name__)


class AudioTakeList(QObject):
    """Audio takes by key ("take:<task id>:<output index>"); `changed` after a change, `failed` says why."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._source = AudioTakes(bridge.history_path)
        self.takes: dict[str, AudioTake] = {}
        self.words: tuple[str, ...] = ()
        self.next: Mark | None = None  # where the next older page starts; None: nothing older to read
        self.reading = 0  # pages being read
        self._search_id = 0  # a new search makes the pages still being read for an earlier one stale
        self._closed = False
        bridge.taskAdded.connect(self._task_changed)
        bridge.taskChanged.connect(self._task_changed)
        self._hold(bridge.tasks)

    @property
    def long(self) -> bool:
        """More takes than one page, or a search typed: worth a search box."""
        return bool(self.words) or self.next is not None or len(self.takes) > PAGE

    def newest_first(self) -> list[AudioTake]:
        return sorted(self.takes.values(), key=lambda t: (t.task.created_at, t.key), reverse=True)

    def start(self) -> None:
        """Read the newest page from the history (the engine's tasks are listed already)."""
        self._read_page()

    def show_older(self) -> None:
        """Read the next page of older takes, unless one is being read or there is none."""
        if self.next is not None and not self.reading and not self._closed:
            self._read_page()

    def search(self, text: str) -> None:
        """List only the takes whose prompt or model holds every word of `text`, read from the newest."""
        words = search_words(text)
        if words == self.words or self._closed:
            return
        self.words = words
        self._search_id += 1
        self.next = None
        self.takes = {}  # pages of the earlier search are read again: no older take stays in a gap
        self._hold(self._bridge.tasks)
        self._read_page()

    def close(self) -> None:
        """Stop following the engine; the history's connection closes after a page still being read."""
        if self._closed:
            return
        self._closed = True
        for signal in (self._bridge.taskAdded, self._bridge.taskChanged):
            try:
                signal.disconnect(self._task_changed)
            except (RuntimeError, TypeError):
                pass
        self._spawn(asyncio.to_thread(self._source.close))

    def _hold(self, tasks: list[TaskRecord]) -> bool:
        """List the audio takes of these tasks that the search admits; True when any was new or changed."""
        changed = False
        for task in tasks:
            for take in audio_outputs(task):
                if matches(task, self.words) and self.takes.get(take.key) != take:
                    self.takes[take.key] = take
                    changed = True
        return changed

    def _task_changed(self, task: TaskRecord) -> None:
        if self._hold([task]):
            self.changed.emit()

    def _read_page(self) -> None:
        self.reading += 1
        self._spawn(self._read(self._search_id, self.words, self.next))
        self.changed.emit()

    async def _read(self, search_id: int, words: tuple[str, ...], after: Mark | None) -> None:
        try:
            page = await asyncio.to_thread(self._source.page, words, after)
        except sqlite3.Error as exc:
            log.warning("reading audio takes failed: %s", exc)
            if not self._closed and search_id == self._search_id:
                self.failed.emit(str(exc))
            return
        finally:
            self.reading -= 1
        if self._closed or search_id != self._search_id:
            return  # closed, or another search was typed meanwhile
        for take in page.takes:
            self.takes.setdefault(take.key, take)
        self.next = page.next
        self.changed.emit()

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        return asyncio.ensure_future(coro)
