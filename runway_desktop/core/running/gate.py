"""Whether a queued task may be sent now, and if not, why it waits — in words a row can show.

Everything that holds a task locally is decided here, in one order: the pause, an earlier run
whose output it needs, the account's per-model daily and concurrency limits (read from
GET /v1/organization), the limit in Settings, the group's own limit, the group's budget and
the daily budget. The gate follows every task change (`observe`) so a decision costs no scan
of the history; a dispatch pass takes a `Snapshot` and updates it as it lets tasks through.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from runway_desktop.core.intake.media import origin_of_item
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.groups import Group, charged
from runway_desktop.core.running.states import TaskState
from runway_desktop.core.running.tasks import TaskRecord

PAUSED = "Paused: nothing new is sent until the queue is resumed."
_ACTIVE = frozenset({TaskState.QUEUED, TaskState.SUBMITTING, TaskState.PENDING, TaskState.THROTTLED,
                     TaskState.RUNNING})


@dataclass(frozen=True)
class ModelTier:
    """One model's limits in the organization's tier, and how many it had made today when read."""

    max_concurrent: int | None = None
    max_daily: int | None = None
    daily_used: int = 0


def waiting_for(task: TaskRecord) -> list[str]:
    """Run keys of the earlier runs whose outputs this task still needs."""
    if not task.group_id:
        return []  # only a run of a group waits for another run (a copied record never does)
    keys = []
    for item in task.media:
        origin = origin_of_item(item)
        if origin is not None and origin.pending and origin.run is not None:
            keys.append(origin.run)
    return list(dict.fromkeys(keys))


def dependency_reason(keys: list[str]) -> str:
    """"Waiting for run 1.1 to finish: its output is this run's input"."""
    return f"Waiting for run {', '.join(keys)} to finish: its output is this run's input."


def _utc_day(when: float) -> date:
    return datetime.fromtimestamp(when, UTC).date()


@dataclass
class Snapshot:
    """Counts for one dispatch pass: busy tasks per model, group and in all; commitments in credits."""

    busy: int = 0
    by_model: Counter[str] = field(default_factory=Counter)
    by_group: Counter[str] = field(default_factory=Counter)
    committed_group: dict[str, float] = field(default_factory=dict)
    committed_today: float = 0.0
    committed_since_usage: float = 0.0  # sent since the month's usage was read

    def take(self, task: TaskRecord) -> None:
        """Count a task let through in this pass as busy and committed."""
        self.busy += 1
        self.by_model[task.model] += 1
        estimate = task.estimated_credits or 0.0
        self.committed_today += estimate
        self.committed_since_usage += estimate
        if task.group_id:
            self.by_group[task.group_id] += 1
            self.committed_group[task.group_id] = self.committed_group.get(task.group_id, 0.0) + estimate


class Gate:
    """The local limits; `reason(task, snapshot)` is None when the task may be sent now."""

    def __init__(self, clock: Callable[[], float], *, max_live: int | None = None) -> None:
        self._clock = clock
        self.max_live = max_live
        self.paused = False
        self.daily_budget: float | None = None
        self.groups: dict[str, Group] = {}
        self._tier: dict[str, ModelTier] = {}
        self._tier_day: date | None = None
        self._sent: Counter[str] = Counter()  # creates per model since the tier was read
        self._active: dict[str, TaskRecord] = {}
        self._charges: dict[str, tuple[str | None, float, float]] = {}  # task → group, when sent, credits
        self.monthly_cap: float | None = None  # the tier's monthly spend cap, in credits
        self._month_used = 0.0  # credits used this month when the usage was read
        self._usage_read_at: float | None = None

    # -- following the tasks ---------------------------------------------------------------

    def load(self, tasks: Iterable[TaskRecord]) -> None:
        for task in tasks:
            self._follow(task)

    def observe(self, event: ev.Event) -> None:
        if isinstance(event, ev.TaskAdded | ev.TaskChanged):
            self._follow(event.task)
        elif isinstance(event, ev.TaskRemoved):
            self._active.pop(event.task_id, None)
            self._charges.pop(event.task_id, None)

    def _follow(self, task: TaskRecord) -> None:
        if task.state in _ACTIVE:
            self._active[task.id] = task
        else:
            self._active.pop(task.id, None)
        credits = charged(task)
        if credits:
            self._charges[task.id] = (task.group_id, task.submitted_at or task.updated_at, credits)
        else:
            self._charges.pop(task.id, None)

    @property
    def queued(self) -> list[TaskRecord]:
        """The tasks waiting locally, oldest first."""
        return sorted((t for t in self._active.values() if t.state is TaskState.QUEUED),
                      key=lambda t: t.created_at)

    # -- the account's tier ---------------------------------------------------------------------

    def set_tier(self, models: dict[str, ModelTier]) -> None:
        """The organization's limits as just read; creates counted before now are in `daily_used`."""
        self._tier = dict(models)
        self._tier_day = _utc_day(self._clock())
        self._sent.clear()

    def set_month(self, cap: float | None, used: float | None) -> None:
        """The monthly spend cap and this month's use as just read (None: unknown, not enforced)."""
        self.monthly_cap = cap
        if used is None:
            self._usage_read_at = None
            return
        self._month_used = used
        self._usage_read_at = self._clock()

    def tier_of(self, model: str) -> ModelTier | None:
        return self._tier.get(model)

    def _daily_used(self, model: str, limits: ModelTier) -> int:
        if self._tier_day != _utc_day(self._clock()):
            return self._sent[model] if self._tier_day is None else 0  # a new UTC day: counts start over
        return limits.daily_used + self._sent[model]

    # -- deciding ----------------------------------------------------------------------------

    def snapshot(self, in_flight: Iterable[str] = ()) -> Snapshot:
        """Counts as they are now; `in_flight` are tasks let through whose state is still QUEUED."""
        flying = set(in_flight)
        snap = Snapshot()
        for task in self._active.values():
            if task.state is TaskState.QUEUED and task.id not in flying:
                continue
            snap.busy += 1
            snap.by_model[task.model] += 1
            if task.group_id:
                snap.by_group[task.group_id] += 1
        today = _utc_day(self._clock())
        since = self._usage_read_at
        for group_id, when, credits in self._charges.values():
            if _utc_day(when) == today:
                snap.committed_today += credits
            if since is not None and when >= since:
                snap.committed_since_usage += credits
            if group_id:
                snap.committed_group[group_id] = snap.committed_group.get(group_id, 0.0) + credits
        for task_id in flying:  # not charged yet by state: count what they will commit
            flown = self._active.get(task_id)
            if flown is not None and flown.state is TaskState.QUEUED:
                snap.committed_today += flown.estimated_credits or 0.0
                snap.committed_since_usage += flown.estimated_credits or 0.0
                if flown.group_id:
                    snap.committed_group[flown.group_id] = (
                        snap.committed_group.get(flown.group_id, 0.0) + (flown.estimated_credits or 0.0))
        return snap

    def reason(self, task: TaskRecord, snap: Snapshot) -> str | None:
        """Why `task` waits, or None when it may be sent now."""
        if self.paused:
            return PAUSED
        needed = waiting_for(task)
        if needed:
            return dependency_reason(needed)
        limits = self._tier.get(task.model)
        if limits is not None and limits.max_daily is not None:
            used = self._daily_used(task.model, limits)
            if used >= limits.max_daily:
                return (f"Daily limit for {task.model} reached ({limits.max_daily} a day); "
                        "resumes at 00:00 UTC.")
        if limits is not None and limits.max_concurrent is not None:
            busy = snap.by_model[task.model]
            if busy >= limits.max_concurrent:
                return f"Waiting for a {task.model} slot: {busy} of {limits.max_concurrent} busy."
        estimate = task.estimated_credits or 0.0
        if self.monthly_cap is not None and self._usage_read_at is not None:
            spent = self._month_used + snap.committed_since_usage
            if spent + estimate > self.monthly_cap:
                return (f"Waiting: this run ({estimate:,.0f} credits) would pass the account's monthly spend "
                        f"cap of {self.monthly_cap:,.0f} credits ({spent:,.0f} used this month); resumes "
                        "when the month starts over (UTC) or the cap is raised.")
        if self.max_live and snap.busy >= self.max_live:
            return (f"Waiting for a slot: {snap.busy} of {self.max_live} tasks at Runway "
                    "(the limit in Settings).")
        group = self.groups.get(task.group_id or "")
        if group is not None and group.max_parallel and snap.by_group[group.id] >= group.max_parallel:
            return (f"Waiting for a slot in “{group.name}”: {snap.by_group[group.id]} of "
                    f"{group.max_parallel} of its runs at Runway.")
        if group is not None and group.budget_credits is not None:
            committed = snap.committed_group.get(group.id, 0.0)
            if committed + estimate > group.budget_credits:
                return (f"Waiting: this run ({estimate:,.0f} credits) would take “{group.name}” past its "
                        f"budget of {group.budget_credits:,.0f} credits ({committed:,.0f} committed). "
                        "Raise the budget to send it.")
        return self._daily_budget_reason(task, snap)

    def _daily_budget_reason(self, task: TaskRecord, snap: Snapshot) -> str | None:
        estimate = task.estimated_credits or 0.0
        if self.daily_budget is not None and snap.committed_today + estimate > self.daily_budget:
            return (f"Waiting: this run ({estimate:,.0f} credits) would pass the daily budget of "
                    f"{self.daily_budget:,.0f} credits ({snap.committed_today:,.0f} committed today); "
                    "resumes at 00:00 UTC, or raise the budget in Settings.")
        return None

    def holds_for_daily_budget(self, task: TaskRecord) -> bool:
        """True when the daily budget is, right now, what keeps this queued task from being sent."""
        if task.state is not TaskState.QUEUED or self.daily_budget is None:
            return False
        snap = self.snapshot()
        reason = self.reason(task, snap)
        return reason is not None and reason == self._daily_budget_reason(task, snap)

    def committed_today(self) -> float:
        """Credits sent or charged today (UTC), as the daily budget counts them."""
        return self.snapshot().committed_today

    def let_through(self, task: TaskRecord, snap: Snapshot) -> None:
        """Count a task that passed: it is busy now, and one more of its model today."""
        snap.take(task)
        self._sent[task.model] += 1

    def seconds_to_midnight(self) -> float:
        """When the daily limits and budget start over (a recheck then, whatever else happens)."""
        now = datetime.fromtimestamp(self._clock(), UTC)
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC)
        return max(1.0, (midnight - now).total_seconds() + 1.0)


def tier_from(organization: Any) -> dict[str, ModelTier]:
    """Per-model limits from an `api.models.Organization` (its `models` map of ModelLimits)."""
    models = getattr(organization, "models", None) or {}
    return {name: ModelTier(getattr(m, "max_concurrent", None), getattr(m, "max_daily", None),
                            int(getattr(m, "daily_used", 0) or 0)) for name, m in models.items()}
