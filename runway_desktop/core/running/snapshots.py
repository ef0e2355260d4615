"""Folding what Runway says about a task (a snapshot) into the app's task record."""

from __future__ import annotations

from runway_desktop.api.models import TaskSnapshot, TaskStatus
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState

_STATES = {
    TaskStatus.PENDING: TaskState.PENDING,
    TaskStatus.THROTTLED: TaskState.THROTTLED,
    TaskStatus.RUNNING: TaskState.RUNNING,
    TaskStatus.SUCCEEDED: TaskState.SUCCEEDED,
    TaskStatus.FAILED: TaskState.FAILED,
    TaskStatus.CANCELLED: TaskState.CANCELLED,
}


def state_for(status: TaskStatus, current: TaskState) -> TaskState:
    """An unknown status from a newer API keeps the task live (polled), never finished."""
    match status:
        case TaskStatus.UNKNOWN:
            return current if current.is_live_at_runway else TaskState.PENDING
        case _:
            return _STATES[status]


def apply_snapshot(task: TaskRecord, snap: TaskSnapshot, now: float) -> TaskRecord:
    state = state_for(snap.status, task.state)
    changes: dict = {"state": state, "updated_at": now}
    if snap.progress is not None:
        changes["progress"] = snap.progress
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
    """Fresh URLs for every output; saved files stay saved."""
    by_index = {o.index: o for o in current}
    refreshed = []
    for index, url in enumerate(urls):
        old = by_index.get(index)
        if old is None:
            refreshed.append(OutputFile(index=index, url=url))
        elif old.state is OutputState.SAVED:
            refreshed.append(OutputFile(**{**old.__dict__, "url": url}))
        else:
            refreshed.append(OutputFile(**{**old.__dict__, "url": url, "state": OutputState.PENDING}))
    return tuple(refreshed)
