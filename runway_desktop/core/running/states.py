"""The one table of task states: which exist, which moves between them are legal, what each allows.

The engine, the window and the command line all read this module; none decides on its own
whether a task may be cancelled, retried or removed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from runway_desktop.core.running.tasks import TaskRecord


class TaskState(enum.Enum):
    """Where a task is, from the app's point of view."""

    QUEUED = "queued"  # recorded locally, waiting for a free slot; nothing sent yet
    SUBMITTING = "submitting"  # inputs resolving / create request in flight
    PENDING = "pending"
    THROTTLED = "throttled"  # waiting at Runway for a concurrency slot: not a failure
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"  # submission outcome unknown: the create may or may not have happened
    NEEDS_ATTENTION = "needs_attention"  # cannot make progress until something changes (see `attention`)

    @property
    def is_live_at_runway(self) -> bool:
        """Runway is working on it and the engine keeps asking about it."""
        return self in _LIVE

    @property
    def is_terminal(self) -> bool:
        """Finished for good: nothing about it changes any more (outputs may still be saving)."""
        return self in _TERMINAL

    @property
    def is_settled(self) -> bool:
        """The engine does nothing more on its own: finished, or waiting for the user."""
        return self in _TERMINAL or self is TaskState.NEEDS_ATTENTION

    @property
    def label(self) -> str:
        return _LABELS[self]


_LIVE = frozenset({TaskState.PENDING, TaskState.THROTTLED, TaskState.RUNNING})
_TERMINAL = frozenset({TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED, TaskState.UNKNOWN})
_WAITING_LOCALLY = frozenset({TaskState.QUEUED, TaskState.SUBMITTING})

_LABELS = {
    TaskState.QUEUED: "Queued locally",
    TaskState.SUBMITTING: "Submitting",
    TaskState.PENDING: "Pending",
    TaskState.THROTTLED: "Throttled (waiting for a slot)",
    TaskState.RUNNING: "Running",
    TaskState.SUCCEEDED: "Succeeded",
    TaskState.FAILED: "Failed",
    TaskState.CANCELLED: "Cancelled",
    TaskState.UNKNOWN: "Submission outcome unknown",
    TaskState.NEEDS_ATTENTION: "Needs attention",
}


class OutputState(enum.Enum):
    """One output file of a succeeded task."""

    PENDING = "pending"  # known URL, being saved (or about to be)
    SAVED = "saved"
    NOT_SAVED = "not_saved"  # saving gave up; `OutputFile.error` says why; "download again" helps

    @property
    def label(self) -> str:
        return {"pending": "Downloading", "saved": "Saved", "not_saved": "Not saved"}[self.value]


class NextStep(enum.Enum):
    """What would let a task that needs attention make progress again."""

    REENTER_KEY = "reenter_key"
    CHECK_CONNECTION = "check_connection"
    CHECK_AGAIN = "check_again"
    DOWNLOAD_AGAIN = "download_again"
    CHOOSE_LIBRARY_FOLDER = "choose_library_folder"
    CHECK_AT_RUNWAY = "check_at_runway"
    CONTACT_SUPPORT = "contact_support"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]


_STEP_LABELS = {
    NextStep.REENTER_KEY: "Enter the API key again in Settings; the task is checked again once it works.",
    NextStep.CHECK_CONNECTION: "Check your connection (and proxy), then check the task again.",
    NextStep.CHECK_AGAIN: "Check the task again later.",
    NextStep.DOWNLOAD_AGAIN: "Try the download again.",
    NextStep.CHOOSE_LIBRARY_FOLDER: "Free some space or choose another library folder, then download again.",
    NextStep.CHECK_AT_RUNWAY: "Look the task up in Runway's dashboard.",
    NextStep.CONTACT_SUPPORT: "If it keeps happening, contact Runway's support with the task id.",
}


@dataclass(frozen=True)
class Attention:
    """Why a task needs the user: the reason, since when, and the step that would help."""

    reason: str
    since: float
    action: NextStep

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "since": self.since, "action": self.action.value}

    @staticmethod
    def from_json(data: Any) -> Attention | None:
        """The attention stored as JSON; None for anything unreadable (an older or damaged row)."""
        if not isinstance(data, dict):
            return None
        try:
            return Attention(str(data["reason"]), float(data["since"]), NextStep(data["action"]))
        except (KeyError, TypeError, ValueError):
            return None


def lasting_attention(attention: Attention | None) -> Attention | None:
    """The attention that stays when other causes resolve: the flag on an id Runway gave twice."""
    return attention if attention is not None and attention.action is NextStep.CHECK_AT_RUNWAY else None


class Action(enum.Enum):
    """Everything a person can do to a task."""

    CANCEL = "cancel"
    RETRY = "retry"
    CHECK_AGAIN = "check_again"
    REMOVE = "remove"
    DELETE_AT_RUNWAY = "delete_at_runway"
    DOWNLOAD_AGAIN = "download_again"
    USE_PARAMETERS = "use_parameters"
    OPEN = "open"
    SAVE_AS = "save_as"
    SHOW_IN_FOLDER = "show_in_folder"
    COPY_URL = "copy_url"
    REENTER_KEY = "reenter_key"


_S = TaskState
# Legal moves; staying in the same state (a field changing) is always legal.
TRANSITIONS: dict[TaskState, frozenset[TaskState]] = {
    _S.QUEUED: frozenset({_S.SUBMITTING, _S.CANCELLED}),
    # Created (polled from PENDING), refused (nothing spent), unknown, or an id that cannot be used.
    _S.SUBMITTING: frozenset({_S.PENDING, _S.FAILED, _S.UNKNOWN, _S.NEEDS_ATTENTION}),
    **dict.fromkeys(
        _LIVE,
        frozenset(
            {_S.PENDING, _S.THROTTLED, _S.RUNNING, _S.SUCCEEDED, _S.FAILED, _S.CANCELLED, _S.NEEDS_ATTENTION}
        ),
    ),
    # Checked again (pending until Runway answers), or cancelled at Runway.
    _S.NEEDS_ATTENTION: frozenset({_S.PENDING, _S.CANCELLED}),
    _S.SUCCEEDED: frozenset(),
    _S.FAILED: frozenset(),
    _S.CANCELLED: frozenset(),
    _S.UNKNOWN: frozenset(),
}


def can_move(old: TaskState, new: TaskState) -> bool:
    """Whether a task in `old` may become `new` (a late poll never revives a cancelled task)."""
    return old is new or new in TRANSITIONS[old]


def actions_for(task: TaskRecord) -> frozenset[Action]:
    """The actions that apply to `task` as it is now."""
    state = task.state
    actions: set[Action] = set()
    at_runway = bool(task.runway_id) and not task.runway_deleted
    if state in _LIVE or state in _WAITING_LOCALLY or (state is _S.NEEDS_ATTENTION and at_runway):
        actions.add(Action.CANCEL)
    if state in (_S.FAILED, _S.CANCELLED, _S.UNKNOWN) or (state is _S.NEEDS_ATTENTION and not task.runway_id):
        actions.add(Action.RETRY)
    if state is _S.NEEDS_ATTENTION and at_runway:
        actions.add(Action.CHECK_AGAIN)
    if task.attention is not None and task.attention.action is NextStep.REENTER_KEY:
        actions.add(Action.REENTER_KEY)
    if state not in _LIVE and state not in _WAITING_LOCALLY:
        actions.add(Action.REMOVE)
    if task.body or task.params:
        actions.add(Action.USE_PARAMETERS)
    if task.saved_paths:
        actions |= {Action.OPEN, Action.SAVE_AS, Action.SHOW_IN_FOLDER}
    if state is _S.SUCCEEDED and not task.runway_deleted:
        if any(o.url for o in task.outputs):
            actions.add(Action.COPY_URL)
        if any(o.state is OutputState.NOT_SAVED for o in task.outputs):
            actions.add(Action.DOWNLOAD_AGAIN)
    finished = (state is _S.SUCCEEDED and task.all_outputs_saved) or state in (_S.FAILED, _S.CANCELLED)
    if at_runway and finished:
        actions.add(Action.DELETE_AT_RUNWAY)
    return frozenset(actions)
