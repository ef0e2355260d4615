"""Which actions make sense for which tasks — pure functions of TaskRecords, so they are unit-tested."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.queue.text import LIVE_STATES


class Action(enum.Enum):
    CANCEL = "cancel"
    RETRY = "retry"
    USE_PARAMETERS = "use-parameters"
    OPEN = "open"
    SAVE_AS = "save-as"
    SHOW_IN_FOLDER = "show-in-folder"
    COPY_URL = "copy-url"
    DELETE_FROM_RUNWAY = "delete-from-runway"
    REMOVE = "remove"


LABELS = {
    Action.CANCEL: "Cancel",
    Action.RETRY: "Retry",
    Action.USE_PARAMETERS: "Use parameters",
    Action.OPEN: "Open",
    Action.SAVE_AS: "Save as…",
    Action.SHOW_IN_FOLDER: "Show in folder",
    Action.COPY_URL: "Copy output URL",
    Action.DELETE_FROM_RUNWAY: "Delete from Runway…",
    Action.REMOVE: "Remove from history",
}

TIPS = {
    Action.CANCEL: "Stop this task (nothing is charged for a task that has not started running).",
    Action.RETRY: "Submit the same request again, as a new task.",
    Action.USE_PARAMETERS: "Fill the form with this task's model and parameters.",
    Action.OPEN: "Open the saved output in your default application.",
    Action.SAVE_AS: "Save a copy of the output somewhere else.",
    Action.SHOW_IN_FOLDER: "Open the folder holding the saved output.",
    Action.COPY_URL: "Copy Runway's URL of the output. It expires 24–48 hours after the task finished.",
    Action.DELETE_FROM_RUNWAY: "Delete the task and its outputs at Runway (your saved copies stay).",
    Action.REMOVE: "Forget this task here; its saved files stay in the library.",
}

RETRYABLE = frozenset({TaskState.FAILED, TaskState.CANCELLED, TaskState.UNKNOWN})
REMOVABLE = frozenset({TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED, TaskState.UNKNOWN})

UNKNOWN_RETRY_WARNING = (
    "Runway may already have created this task; retrying may create and bill a second one."
)
SAFETY_RETRY_QUESTION = (
    "This was blocked by Runway's content moderation, and moderated generations are billed. Retry anyway?"
)
DELETE_QUESTION = (
    "Delete this task and its outputs at Runway? Your saved copies stay in the library, "
    "but Runway's output URLs stop working."
)


def actions_for(task: TaskRecord) -> list[Action]:
    """The actions that make sense for one task, in menu order."""
    actions: list[Action] = []
    if task.state in LIVE_STATES:
        actions.append(Action.CANCEL)
    if task.state in RETRYABLE:
        actions.append(Action.RETRY)
    if task.body or task.params:
        actions.append(Action.USE_PARAMETERS)
    if task.saved_paths:
        actions += [Action.OPEN, Action.SAVE_AS, Action.SHOW_IN_FOLDER]
    if task.state is TaskState.SUCCEEDED and not task.runway_deleted and any(o.url for o in task.outputs):
        actions.append(Action.COPY_URL)
    if (
        task.state is TaskState.SUCCEEDED
        and task.runway_id
        and task.saved_paths
        and task.all_outputs_saved
        and not task.runway_deleted
    ):
        actions.append(Action.DELETE_FROM_RUNWAY)
    if task.state in REMOVABLE:
        actions.append(Action.REMOVE)
    return actions


def actions_for_many(tasks: Sequence[TaskRecord]) -> list[Action]:
    """With several tasks selected: Cancel the live ones, Remove the finished ones."""
    if len(tasks) == 1:
        return actions_for(tasks[0])
    actions: list[Action] = []
    if any(t.state in LIVE_STATES for t in tasks):
        actions.append(Action.CANCEL)
    if any(t.state in REMOVABLE for t in tasks):
        actions.append(Action.REMOVE)
    return actions


def targets(action: Action, tasks: Sequence[TaskRecord]) -> list[TaskRecord]:
    """The tasks among `tasks` that `action` applies to."""
    return [t for t in tasks if action in actions_for(t)]


def retry_warning(task: TaskRecord) -> str | None:
    """What to ask before retrying, or None when a retry needs no confirmation."""
    if task.state is TaskState.UNKNOWN:
        return UNKNOWN_RETRY_WARNING + " Retry anyway?"
    if task.state is TaskState.FAILED and task.is_safety_failure:
        return SAFETY_RETRY_QUESTION
    return None


def label_for(action: Action, count: int) -> str:
    """The menu text, counting the tasks it applies to when there are several."""
    if count > 1 and action is Action.CANCEL:
        return f"Cancel {count} tasks"
    if count > 1 and action is Action.REMOVE:
        return f"Remove {count} tasks from history"
    return LABELS[action]
