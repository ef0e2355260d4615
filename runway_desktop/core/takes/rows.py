"""One saved output as the library sees it, the filters a search applies, and the sort orders."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from runway_desktop.core.running.tasks import OutputState, TaskRecord

KINDS = ("video", "image", "audio")


class TakeKey(NamedTuple):
    """A take is one output of one task."""

    task_id: str
    output_index: int


@dataclass(frozen=True)
class TakeRow:
    """One saved output with what the library shows, filters and sorts on."""

    task_id: str
    output_index: int
    path: str
    kind: str
    model: str
    endpoint: str
    prompt: str
    created_at: float
    seed: int | None = None
    ratio: str | None = None
    duration: float | None = None
    size: int | None = None
    mime: str | None = None
    group_id: str | None = None
    favourite: bool = False
    rating: int = 0
    trashed_at: float | None = None

    @property
    def key(self) -> TakeKey:
        return TakeKey(self.task_id, self.output_index)

    @property
    def sidecar(self) -> Path:
        """Where the library writes this output's JSON sidecar."""
        path = Path(self.path)
        return path.with_name(path.name + ".json")


class TakeSort(enum.Enum):
    NEWEST = "newest"
    OLDEST = "oldest"
    RATING = "rating"
    MODEL = "model"

    @property
    def label(self) -> str:
        return _SORT_LABELS[self]


_SORT_LABELS = {
    TakeSort.NEWEST: "Newest first",
    TakeSort.OLDEST: "Oldest first",
    TakeSort.RATING: "Highest rated",
    TakeSort.MODEL: "Model (A–Z)",
}


@dataclass(frozen=True)
class TakeFilters:
    """What to show: every field left at its default lets everything through (except trashed takes)."""

    text: str = ""  # words searched in the prompt and model name (prefix match, all words)
    kinds: frozenset[str] = field(default_factory=frozenset)
    models: frozenset[str] = field(default_factory=frozenset)
    since: float | None = None  # created_at >= since
    until: float | None = None  # created_at < until
    favourite_only: bool = False
    min_rating: int = 0
    group_id: str | None = None
    trashed: bool = False  # True: only the takes in the trash


def kind_of(task: TaskRecord, mime: str | None) -> str:
    """video, image or audio: from the file's MIME type, else from the task's tab."""
    if mime:
        major = mime.split("/", 1)[0]
        if major in KINDS:
            return major
    return task.tab if task.tab in KINDS else "video"


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number_or_none(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def takes_from_task(task: TaskRecord, group_id: str | None = None) -> list[TakeRow]:
    """A row for every saved output of `task`; the group defaults to the task's `group_id` parameter."""
    body = task.body or {}
    group = group_id if group_id is not None else task.params.get("group_id")
    ratio = body.get("ratio")
    return [
        TakeRow(
            task_id=task.id,
            output_index=output.index,
            path=output.path,
            kind=kind_of(task, output.mime),
            model=task.model,
            endpoint=task.endpoint,
            prompt=task.prompt,
            created_at=task.created_at,
            seed=_int_or_none(body.get("seed")),
            ratio=ratio if isinstance(ratio, str) else None,
            duration=_number_or_none(body.get("duration")),
            size=output.size,
            mime=output.mime,
            group_id=group if isinstance(group, str) and group else None,
        )
        for output in task.outputs
        if output.state is OutputState.SAVED and output.path
    ]
