"""What the preview says while a task has no saved output: one sentence per state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from runway_desktop.core.running.tasks import OutputState, TaskRecord, TaskState
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.queue.text import charge_text, failure_reason, next_step_text

translate = QCoreApplication.translate


def no_output_text(task: TaskRecord) -> str:
    """What the preview says while a task has no saved output: one sentence per state."""
    state = task.state
    charge = charge_text(task)
    if state is TaskState.SUCCEEDED:
        unsaved = [o for o in task.outputs if o.state is OutputState.NOT_SAVED]
        if unsaved:
            error = unsaved[0].error
            reason = core_text(error) if error else translate("PreviewText", "no reason given")
            return translate("PreviewText", "The output could not be saved: {reason}").format(reason=reason)
        retrying = [o for o in task.outputs if o.error and not o.path]
        if retrying:  # a full disk or an unwritable folder: said while the engine tries again, not later
            return translate("PreviewText", "The output is not saved yet: {reason}").format(
                reason=core_text(retrying[0].error))
        return translate("PreviewText",
                         "The outputs are being saved to the library; they appear here when saved.")
    if state is TaskState.NEEDS_ATTENTION:
        reason = core_text(task.attention.reason) if task.attention else translate(
            "PreviewText", "it cannot go on by itself.")
        return translate("PreviewText", "This task needs your attention: {reason}\n\n{next_step}").format(
            reason=reason, next_step=next_step_text(task))
    if state is TaskState.FAILED:
        return translate("PreviewText", "This task failed: {reason}\n\n{charge}").format(
            reason=failure_reason(task), charge=charge)
    if state is TaskState.CANCELLED:
        return translate("PreviewText", "This task was cancelled, so it has no output.\n\n{charge}").format(
            charge=charge)
    if state is TaskState.UNKNOWN:
        return translate(
            "PreviewText",
            "Runway may or may not have created this task: the connection broke after it was sent. "
            "It is never sent again by itself; Retry sends it as a new task.\n\n{charge}",
        ).format(charge=charge)
    if state is TaskState.QUEUED:
        return translate("PreviewText",
                         "Waiting on this computer for its turn to be sent (Settings → Tasks sent at once).")
    if state is TaskState.SUBMITTING:
        return translate("PreviewText", "Being sent to Runway…")
    if state is TaskState.PENDING:
        return translate(
            "PreviewText",
            "Runway has the task and will start it shortly. The output appears here when it is ready.",
        )
    if state is TaskState.THROTTLED:
        return translate(
            "PreviewText",
            "Waiting at Runway for a free slot: your organization's tasks at once are in use. "
            "This is not a failure; it starts by itself.",
        )
    if state is TaskState.RUNNING:
        if task.progress is not None:
            return translate(
                "PreviewText",
                "Runway is generating it ({percent} % done). The output appears here when it is ready.",
            ).format(percent=QLocale().toString(round(task.progress * 100)))
        return translate("PreviewText", "Runway is generating it. The output appears here when it is ready.")
    return translate("PreviewText", "The output appears here when the task succeeds.")
