"""A take's lineage both ways: the chain it came from (its inputs' origins, recursively) and the
takes made from it (tasks whose inputs name it). Bounded by depth and by the tasks already seen,
so a damaged history with a loop still ends."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from runway_desktop.core.intake.media import origin_of_item

if TYPE_CHECKING:  # the form reads origins before the history (and its task record) is loaded
    from runway_desktop.core.running.tasks import TaskRecord

MAX_DEPTH = 8


@dataclass(frozen=True)
class Node:
    """One task in a lineage tree; `task` is None when the history no longer holds it."""

    task_id: str
    task: TaskRecord | None
    output_index: int = 0
    branches: tuple[Node, ...] = field(default=())


@dataclass(frozen=True)
class Parent:
    """An earlier task's output that this task used as an input."""

    task_id: str
    output_index: int = 0
    sha256: str | None = None


def parents_of(task: TaskRecord) -> list[Parent]:
    """The made origins of the task's inputs (any format), each parent output once, in input order."""
    found: list[Parent] = []
    seen: set[tuple[str, int]] = set()
    for raw in task.media:
        origin = origin_of_item(raw)
        if origin is None or origin.task_id is None:
            continue  # an input still waiting for its run's output has no parent task yet
        if (origin.task_id, origin.output_index) not in seen:
            seen.add((origin.task_id, origin.output_index))
            found.append(Parent(origin.task_id, origin.output_index, origin.sha256))
    return found


def ancestors(
    task: TaskRecord, lookup: Callable[[str], TaskRecord | None], depth: int = MAX_DEPTH
) -> tuple[Node, ...]:
    """The tasks whose outputs this task used, each with its own ancestors."""
    return _up(task, lookup, depth, {task.id})


def _up(task: TaskRecord, lookup: Callable[[str], TaskRecord | None], depth: int,
        path: set[str]) -> tuple[Node, ...]:
    if depth <= 0:
        return ()
    nodes = []
    for origin in parents_of(task):
        if origin.task_id in path:
            continue  # a loop in a damaged history: never followed
        parent = lookup(origin.task_id)
        above = _up(parent, lookup, depth - 1, path | {origin.task_id}) if parent else ()
        nodes.append(Node(origin.task_id, parent, origin.output_index, above))
    return tuple(nodes)


def children(task: TaskRecord, tasks: Iterable[TaskRecord], depth: int = MAX_DEPTH) -> tuple[Node, ...]:
    """The tasks made from this task's outputs, each with the tasks made from them."""
    made_from: dict[str, list[tuple[TaskRecord, int]]] = {}
    for candidate in tasks:
        for origin in parents_of(candidate):
            made_from.setdefault(origin.task_id, []).append((candidate, origin.output_index))
    return _down(task.id, made_from, depth, {task.id})


def _down(task_id: str, made_from: dict[str, list[tuple[TaskRecord, int]]], depth: int,
          path: set[str]) -> tuple[Node, ...]:
    if depth <= 0:
        return ()
    nodes = []
    for child, index in made_from.get(task_id, []):
        if child.id in path:
            continue
        below = _down(child.id, made_from, depth - 1, path | {child.id})
        nodes.append(Node(child.id, child, index, below))
    return tuple(nodes)
