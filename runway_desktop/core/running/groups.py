"""A group of tasks made together (a batch or a pipeline run), and its progress as people read it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol, TypeVar

from runway_desktop.core.running.states import TaskState

GroupKind = Literal["batch", "pipeline"]


class Member(Protocol):
    """What a group's progress reads of a task: a TaskRecord, or a stored row's summary."""

    @property
    def id(self) -> str: ...
    @property
    def run_key(self) -> str | None: ...
    @property
    def created_at(self) -> float: ...
    @property
    def state(self) -> TaskState: ...
    @property
    def runway_id(self) -> str | None: ...
    @property
    def cost_credits(self) -> float | None: ...
    @property
    def estimated_credits(self) -> float | None: ...
    @property
    def needs_download(self) -> bool: ...


M = TypeVar("M", bound=Member)


@dataclass(frozen=True)
class Group:
    """One batch or pipeline run: its plan's identity, its size and the limits the user gave it."""

    id: str
    kind: GroupKind
    name: str
    identity: str  # the plan's identity: the same file and variables (or batch) resume this group
    runs: int  # how many runs the plan has (each run key has one live task; retries replace it)
    created_at: float
    budget_credits: float | None = None  # a run that would take the group past this waits
    max_parallel: int | None = None  # at most this many of the group's tasks at Runway at once
    output_dir: str | None = None  # where a pipeline's outputs are also copied, by filename

    def evolve(self, **changes: Any) -> Group:
        return replace(self, **changes)


@dataclass(frozen=True)
class GroupProgress:
    """k of N done, failed, cost so far: counted over each run's latest task."""

    group_id: str
    total: int
    succeeded: int
    failed: int
    cancelled: int
    unknown: int
    attention: int
    live: int  # submitting or at Runway
    queued: int  # waiting locally (for a slot, a budget, an earlier run, or the pause)
    saving: int  # succeeded, with an output still being downloaded
    cost_credits: float  # charged or committed so far, over every task of the group (retries too)
    estimated_credits: float  # the latest tasks' estimates added up

    @property
    def settled(self) -> int:
        return self.succeeded + self.failed + self.cancelled + self.unknown + self.attention

    @property
    def finished(self) -> bool:
        """Nothing more happens on its own: every run has ended or needs the user."""
        return (self.total > 0 and self.live == 0 and self.queued == 0 and self.saving == 0
                and self.settled >= self.total)

    @property
    def text(self) -> str:
        """"7 of 12 done, 1 failed, 56 credits so far"."""
        parts = [f"{self.succeeded} of {self.total} done"]
        for count, word in ((self.failed, "failed"), (self.cancelled, "cancelled"),
                            (self.unknown, "outcome unknown"), (self.attention, "need attention")):
            if count:
                parts.append(f"{count} {word}")
        parts.append(f"{self.cost_credits:,.0f} credits so far")
        return ", ".join(parts)


def charged(task: Member) -> float:
    """What a task costs or has committed: its cost, else its estimate once it may have been created."""
    if task.cost_credits is not None:
        return task.cost_credits
    if task.state in (TaskState.QUEUED, TaskState.FAILED, TaskState.CANCELLED) and not task.runway_id:
        return 0.0  # never created at Runway (or refused there): nothing spent
    if task.state in (TaskState.FAILED, TaskState.CANCELLED):
        return 0.0  # Runway refunds a task that failed or was cancelled
    return task.estimated_credits or 0.0


def latest_by_run(tasks: Iterable[M]) -> dict[str, M]:
    """Each run key's newest task (a retry replaces the run it retries)."""
    latest: dict[str, M] = {}
    for task in tasks:
        key = task.run_key or task.id
        if key not in latest or task.created_at >= latest[key].created_at:
            latest[key] = task
    return latest


def progress_of(group: Group, tasks: Iterable[Member]) -> GroupProgress:
    """The group's counts over each run's latest task; cost over all of them."""
    mine = list(tasks)
    latest = latest_by_run(mine).values()
    count = {state: 0 for state in TaskState}
    for task in latest:
        count[task.state] += 1
    live = count[TaskState.SUBMITTING] + sum(count[s] for s in TaskState if s.is_live_at_runway)
    return GroupProgress(
        group_id=group.id,
        total=max(group.runs, len(latest)),
        succeeded=count[TaskState.SUCCEEDED],
        failed=count[TaskState.FAILED],
        cancelled=count[TaskState.CANCELLED],
        unknown=count[TaskState.UNKNOWN],
        attention=count[TaskState.NEEDS_ATTENTION],
        live=live,
        queued=count[TaskState.QUEUED],
        saving=sum(1 for t in latest if t.needs_download),
        cost_credits=sum(charged(t) for t in mine),
        estimated_credits=sum(t.estimated_credits or 0.0 for t in latest),
    )
