"""The history's saved audio outputs (takes a sound can come from), newest first, a page at a time.

The engine holds only its working set, so a list of audio takes built from it misses every older
one. This reads them from the history file instead: the tasks that can have audio (an audio tab's,
or any whose outputs are audio files), optionally those whose prompt or model holds every word
searched for (the prompt index, as the queue's search), each page resuming after the last row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from runway_desktop.core.running.tasks import OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.history_order import HistoryQuery
from runway_desktop.core.storage.history_pages import PAGE, HistoryPages, Mark
from runway_desktop.core.storage.history_sql import match_expression

# A succeeded task on the audio tab, or one whose outputs JSON names an audio MIME type (as written).
# `+state`: walk the creation-time index newest first and stop at a page, rather than sort every success.
_MAY_HAVE_AUDIO = "+state = 'succeeded' AND (tab = 'audio' OR instr(outputs, ?) > 0)"
_AUDIO_MIME = json.dumps({"mime": "audio/"})[1:-2]  # '"mime": "audio/', as json.dumps writes outputs
_MODEL_HAS = "instr(lower(model), ?) > 0"
_WORD_HAS = "(instr(lower(model), ?) > 0 OR rowid IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?))"


@dataclass(frozen=True)
class AudioTake:
    """One saved audio output: its task, the output's index and the file."""

    task: TaskRecord
    index: int
    path: str

    @property
    def key(self) -> str:
        return f"take:{self.task.id}:{self.index}"


@dataclass(frozen=True)
class AudioPage:
    """Takes newest first, and where the next page starts (None: no older task can have one)."""

    takes: list[AudioTake]
    next: Mark | None


def audio_outputs(task: TaskRecord) -> list[AudioTake]:
    """The saved audio outputs of a task (a file's MIME type decides, else the task's tab)."""
    if task.state is not TaskState.SUCCEEDED:
        return []
    found = []
    for output in task.outputs:
        if output.state is not OutputState.SAVED or not output.path:
            continue
        major = (output.mime or "").split("/", 1)[0]
        kind = major if major in ("image", "video", "audio") else task.tab
        if kind == "audio":
            found.append(AudioTake(task, output.index, output.path))
    return found


def search_words(text: str) -> tuple[str, ...]:
    """The words of a search as typed (each must start a word of the prompt, or be part of the model)."""
    return tuple(word.casefold() for word in text.split())


def matches(task: TaskRecord, words: tuple[str, ...]) -> bool:
    """The same test as a page's query, for one record that just changed."""
    return HistoryQuery(words=words).matches(task)


class AudioTakes:
    """Pages of audio takes from one history file (call from a worker thread; one call at a time)."""

    def __init__(self, path: str | Path) -> None:
        self._pages = HistoryPages(path)

    def page(self, words: tuple[str, ...] = (), after: Mark | None = None, limit: int = PAGE) -> AudioPage:
        """Up to `limit` tasks' audio takes, newest first, after `after`, matching every word."""
        where = [_MAY_HAVE_AUDIO]
        params: list[object] = [_AUDIO_MIME]
        for word in words:
            expression = match_expression(word)
            if expression is None:  # no letters or digits: only a model name can hold it
                where.append(_MODEL_HAS)
                params.append(word)
            else:
                where.append(_WORD_HAS)
                params += [word, expression]
        page = self._pages.newest(limit, after, " AND ".join(where), params)
        return AudioPage([take for task in page.records for take in audio_outputs(task)], page.next)

    def close(self) -> None:
        self._pages.close()
