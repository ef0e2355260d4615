"""Folding what Runway says about a task (a snapshot) into the app's task record."""

from __future__ import annotations

import dataclasses
from typing import Any

from runway_desktop.api.models import TaskSnapshot, TaskStatus
from runway_desktop.core.running.tasks import OutputFile, TaskRecord, TaskState

_STATES = {
    TaskStatus.PENDING: TaskState.PENDING,
    TaskStatus.THROTTLED: TaskState.THROTTLED,
    TaskStatus.RUNNING: TaskState.RUNNING,
    TaskStatus.SUCCEEDED: TaskState.SUCCEEDED,
    TaskStatus.FAILED: TaskState.FAILED,
    TaskStatus.CANCELLED: TaskState.CANCELLED,
}


def state_for(status: TaskStatus, current: TaskState) -> TaskState:
    """An unknown status from a newer API keeps the task live (polled, a bounded number of times)."""
    if status is TaskStatus.UNKNOWN:
        return current if current.is_live_at_runway else TaskState.PENDING
    return _STATES[status]


def apply_snapshot(task: TaskRecord, snap: TaskSnapshot, now: float) -> TaskRecord:
    state = state_for(snap.status, task.state)
    changes: dict[str, Any] = {"state": state, "updated_at": now}
    if snap.progress is not None:
        changes["progress"] = min(max(snap.progress, 0.0), 1.0)
    if snap.estimated_credits is not None:
        changes["estimated_credits"] = snap.estimated_credits
    if snap.cost_credits is not None:
        changes["cost_credits"] = snap.cost_credits
    if state is TaskState.FAILED:
        changes["failure"] = snap.failure or "Runway reported a failure without a reason."
        changes["failure_code"] = snap.failure_code
    if state.is_terminal and task.finished_at is None:
        changes["finished_at"] = now
    if state is TaskState.SUCCEEDED:
        changes["progress"] = 1.0
        changes["outputs"] = refresh_outputs(task.outputs, snap.outputs)
    return task.evolve(**changes)


def refresh_outputs(current: tuple[OutputFile, ...], urls: tuple[str, ...]) -> tuple[OutputFile, ...]:
    """Fresh URLs for every output; each keeps its state (saved, being saved, or not saved)."""
    by_index = {o.index: o for o in current}
    return tuple(
        dataclasses.replace(by_index[index], url=url)
        if index in by_index
        else OutputFile(index=index, url=url)
        for index, url in enumerate(urls)
    )
