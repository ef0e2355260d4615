"""What closing the window now would leave unfinished, in words."""

from __future__ import annotations

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.shell.connection import ConnectionMode


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def unfinished_work_notice(tasks: list[TaskRecord], mode: ConnectionMode) -> str:
    """What closing now leaves unfinished, in words; empty when nothing is."""
    live = sum(1 for t in tasks if t.state.is_live_at_runway)
    queued = sum(1 for t in tasks if t.state is TaskState.QUEUED)
    submitting = sum(1 for t in tasks if t.state is TaskState.SUBMITTING)
    downloads = sum(1 for t in tasks if t.needs_download)
    if mode is ConnectionMode.SIMULATOR:
        unfinished = live + queued + submitting + downloads
        if not unfinished:
            return ""
        return (
            f"{_plural(unfinished, 'simulated task is', 'simulated tasks are')} not finished. The offline "
            "simulator stops with the app, so they will not finish."
        )
    parts = []
    if live:
        verb = "is" if live == 1 else "are"
        parts.append(
            f"{_plural(live, 'task', 'tasks')} {verb} still running at Runway. They will carry on, and their "
            "results will be downloaded the next time you open Runway Desktop."
        )
    if downloads:
        parts.append(
            f"{_plural(downloads, 'finished task has', 'finished tasks have')} results not downloaded yet; "
            "the download resumes the next time you open Runway Desktop (Runway keeps them for about a day)."
        )
    if queued:
        parts.append(
            f"{_plural(queued, 'task is', 'tasks are')} waiting to be sent; "
            "they will be sent the next time you open Runway Desktop."
        )
    if submitting:
        parts.append(
            f"{_plural(submitting, 'task is', 'tasks are')} being sent right now. If you quit, the app "
            "cannot tell whether Runway received them; they will be marked “outcome unknown”."
        )
    return "\n\n".join(parts)
