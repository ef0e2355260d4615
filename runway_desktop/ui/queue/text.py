"""The words and numbers a queue row shows for a task: state, elapsed time, cost, media kind."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from runway_desktop.core.catalogue.pricing import credits_text
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.running.tasks import OutputState, TaskRecord, TaskState
from runway_desktop.ui.i18n import core_text, endpoint_text

# lupdate finds the strings of `translate("Context", "…")` calls (QCoreApplication.translate).
translate = QCoreApplication.translate

LIVE_STATES = frozenset(
    {TaskState.QUEUED, TaskState.SUBMITTING, TaskState.PENDING, TaskState.THROTTLED, TaskState.RUNNING}
)

# The state filter's groups, in the order the filter offers them.
STATE_GROUPS: dict[str, frozenset[TaskState]] = {
    "all": frozenset(TaskState),
    "live": LIVE_STATES,
    "succeeded": frozenset({TaskState.SUCCEEDED}),
    "failed": frozenset({TaskState.FAILED}),
    "cancelled": frozenset({TaskState.CANCELLED}),
    "unknown": frozenset({TaskState.UNKNOWN}),
    "attention": frozenset({TaskState.NEEDS_ATTENTION}),
}
# English here; shown through `group_label` (the "QueueText" context).
STATE_GROUP_LABELS = {
    "all": QT_TRANSLATE_NOOP("QueueText", "All states"),
    "live": QT_TRANSLATE_NOOP("QueueText", "In progress"),
    "succeeded": QT_TRANSLATE_NOOP("QueueText", "Succeeded"),
    "failed": QT_TRANSLATE_NOOP("QueueText", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("QueueText", "Cancelled"),
    "unknown": QT_TRANSLATE_NOOP("QueueText", "Outcome unknown"),
    "attention": QT_TRANSLATE_NOOP("QueueText", "Needs attention"),
}


def group_label(key: str) -> str:
    """A state filter's words in the window's language."""
    return translate("QueueText", STATE_GROUP_LABELS[key])


def is_live(task: TaskRecord) -> bool:
    return task.state in LIVE_STATES


def state_text(task: TaskRecord, progress: float | None = None) -> str:
    """One line: the state, with progress, failure reason and code, or saving status."""
    state = task.state
    if state is TaskState.RUNNING:
        value = progress if progress is not None else task.progress
        if value is None:
            text = translate("QueueText", "Running")
        else:
            percent = QLocale().toString(round(value * 100))
            text = translate("QueueText", "Running · {percent} %").format(percent=percent)
    elif state is TaskState.FAILED:
        # The code first: a long reason is elided in the row, the code must stay readable.
        reason = failure_reason(task)
        if task.failure_code:
            text = translate("QueueText", "Failed ({code}): {reason}").format(code=task.failure_code,
                                                                                reason=reason)
        else:
            text = translate("QueueText", "Failed: {reason}").format(reason=reason)
    elif state is TaskState.SUCCEEDED:
        text = _saving_text(task)
    elif state is TaskState.NEEDS_ATTENTION and task.attention:
        reason = core_text(task.attention.reason)
        text = translate("QueueText", "Needs attention: {reason}").format(reason=reason)
    elif state is TaskState.QUEUED and task.waiting:
        # Why it is not sent yet: paused, the budget, waiting for a slot.
        text = translate("QueueText", "{state} · {why}").format(state=core_text(state.label),
                                                                 why=core_text(task.waiting))
    else:
        text = core_text(state.label)
    if task.runway_deleted:
        text = translate("QueueText", "{state} · deleted from Runway").format(state=text)
    return text


def failure_reason(task: TaskRecord) -> str:
    """Why a task failed, in the words a person would use."""
    reason = task.failure or task.error
    return core_text(reason) if reason else translate("QueueText", "no reason given")


def _saving_text(task: TaskRecord) -> str:
    saved = sum(1 for o in task.outputs if o.state is OutputState.SAVED)
    if not task.outputs or saved == len(task.outputs):
        return translate("QueueText", "Succeeded")
    if any(o.state is OutputState.NOT_SAVED for o in task.outputs):
        return translate("QueueText", "Succeeded · not saved")
    return translate("QueueText", "Succeeded · saving {number} of {count}").format(
        number=QLocale().toString(saved + 1), count=QLocale().toString(len(task.outputs)))


def clock_text(seconds: float) -> str:
    """0:07, 12:34 or 1:02:03."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def elapsed_seconds(task: TaskRecord, now: float) -> float | None:
    """From creation to the end (or to now while live); None for a task that never ran."""
    start = task.created_at or task.submitted_at
    if not start:
        return None
    end = task.finished_at if task.state.is_terminal else now
    if end is None:
        end = task.updated_at or start
    return max(0.0, end - start)


def elapsed_text(task: TaskRecord, now: float) -> str:
    seconds = elapsed_seconds(task, now)
    return "" if seconds is None else clock_text(seconds)


def _credits(value: float) -> str:
    return core_text(credits_text(value))


def cost_text(task: TaskRecord) -> str:
    """Final cost when Runway reported one (with the estimate if it differed), else the estimate.

    A task that ended without an output says what it was charged, or plainly that nobody knows.
    """
    if task.state in _ENDED_WITHOUT_OUTPUT:
        return _charge_short(task)
    if task.cost_credits is not None:
        final = _credits(task.cost_credits)
        estimate = task.estimated_credits
        if estimate is not None and abs(estimate - task.cost_credits) > 1e-9:
            return translate("QueueText", "{cost} (est. {estimate})").format(cost=final,
                                                                              estimate=_credits(estimate))
        return final
    if task.estimated_credits is not None:
        return translate("QueueText", "est. {estimate}").format(estimate=_credits(task.estimated_credits))
    return ""


_ENDED_WITHOUT_OUTPUT = frozenset({TaskState.FAILED, TaskState.CANCELLED, TaskState.UNKNOWN})


def _never_sent(task: TaskRecord) -> bool:
    return task.runway_id is None and task.state is not TaskState.UNKNOWN


def _charge_short(task: TaskRecord) -> str:
    if task.cost_credits is not None:
        if task.cost_credits == 0:
            return translate("QueueText", "nothing charged")
        return translate("QueueText", "{cost} charged").format(cost=_credits(task.cost_credits))
    if _never_sent(task):
        return translate("QueueText", "nothing charged")
    return translate("QueueText", "charge unknown")


def charge_text(task: TaskRecord) -> str:
    """A sentence on what a failed, cancelled or unknown-outcome task cost ("" for other states)."""
    if task.state not in _ENDED_WITHOUT_OUTPUT:
        return ""
    if task.cost_credits is not None:
        if task.cost_credits == 0:
            return translate("QueueText", "Runway charged nothing for this task.")
        return translate("QueueText", "Runway charged {cost} for this task.").format(
            cost=_credits(task.cost_credits))
    if _never_sent(task):
        return translate("QueueText", "It never reached Runway, so nothing was charged.")
    if task.estimated_credits:
        return translate(
            "QueueText",
            "What Runway charged for it is unknown (estimated at {estimate}): Runway did not report a cost. "
            "Your usage at dev.runwayml.com shows it.",
        ).format(estimate=_credits(task.estimated_credits))
    return translate(
        "QueueText",
        "What Runway charged for it is unknown: Runway did not report a cost. "
        "Your usage at dev.runwayml.com shows it.",
    )


def output_kind(task: TaskRecord, mime: str | None) -> str:
    """image, video or audio: from the file's MIME type, else from the task's tab."""
    if mime:
        major = mime.split("/", 1)[0]
        if major in ("image", "video", "audio"):
            return major
    return task.tab if task.tab in ("image", "video", "audio") else "video"


def thumbnail_source(task: TaskRecord) -> tuple[str, str] | None:
    """(path, kind) to preview in the row: the first saved output, else a local input while live."""
    for output in task.outputs:
        if output.state is OutputState.SAVED and output.path:
            return output.path, output_kind(task, output.mime)
    if task.state.is_terminal:
        return None
    for raw in task.media:
        value = MediaValue.from_json(raw)
        if value.path and value.kind:
            return value.path, value.kind
    return None


def excerpt(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def next_step_text(task: TaskRecord) -> str:
    """For a task that needs attention: what would help, as a sentence ("" otherwise)."""
    return core_text(task.attention.action.label) if task.attention is not None else ""


def tooltip_text(task: TaskRecord) -> str:
    lines = [f"{task.model} · {endpoint_text(task.endpoint)}"]
    if task.prompt:
        lines.append(excerpt(task.prompt, 400))
    lines.append(state_text(task))
    if cost_text(task):  # a narrow row may leave it out for the state
        lines.append(cost_text(task))
    if next_step_text(task):
        lines.append(next_step_text(task))
    not_saved = translate("QueueText", "Output {number} not saved: {error}")
    lines += [not_saved.format(number=o.index + 1, error=core_text(o.error))
              for o in task.outputs if o.error and not o.path]
    if task.error and task.error != task.failure:
        lines.append(core_text(task.error))
    if task.runway_id:
        lines.append(translate("QueueText", "Runway task {id}").format(id=task.runway_id))
    return "\n".join(lines)
