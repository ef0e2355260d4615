"""A generation task as the app records it, and its local state machine."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any


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

    @property
    def is_live_at_runway(self) -> bool:
        return self in (TaskState.PENDING, TaskState.THROTTLED, TaskState.RUNNING)

    @property
    def is_terminal(self) -> bool:
        return self in (TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED, TaskState.UNKNOWN)

    @property
    def label(self) -> str:
        return _LABELS[self]


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
}


class OutputState(enum.Enum):
    PENDING = "pending"  # known URL, not saved yet
    SAVED = "saved"
    ERROR = "error"  # last attempt failed; retried later


@dataclass(frozen=True)
class OutputFile:
    """One output of a task: its (expiring) URL and where it was saved."""

    index: int
    url: str | None = None
    path: str | None = None
    state: OutputState = OutputState.PENDING
    size: int | None = None
    mime: str | None = None
    sha256: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class TaskRecord:
    """Everything the app keeps about one task (immutable: changes make a new record)."""

    id: str
    endpoint: str
    model: str
    tab: str
    state: TaskState
    body: dict[str, Any]  # the wire body, with {"$media": i} markers for local files
    media: list[dict[str, Any]] = field(default_factory=list)  # MediaValue.to_json() per marker
    params: dict[str, Any] = field(default_factory=dict)  # the form values, for "Use parameters"
    prompt: str = ""
    runway_id: str | None = None
    created_at: float = 0.0
    submitted_at: float | None = None
    updated_at: float = 0.0
    finished_at: float | None = None
    progress: float | None = None
    estimated_credits: float | None = None
    cost_credits: float | None = None
    failure: str | None = None
    failure_code: str | None = None
    error: str | None = None  # the latest local problem (network, disk…), as a sentence
    outputs: tuple[OutputFile, ...] = ()
    retry_of: str | None = None
    runway_deleted: bool = False  # deleted at Runway by the user (after saving the outputs)
    input_hashes: dict[str, str] = field(default_factory=dict)

    def evolve(self, **changes: Any) -> TaskRecord:
        return replace(self, **changes)

    @property
    def all_outputs_saved(self) -> bool:
        return all(o.state is OutputState.SAVED for o in self.outputs)

    @property
    def needs_download(self) -> bool:
        return self.state is TaskState.SUCCEEDED and not self.all_outputs_saved

    @property
    def saved_paths(self) -> list[str]:
        return [o.path for o in self.outputs if o.state is OutputState.SAVED and o.path]

    @property
    def is_safety_failure(self) -> bool:
        return bool(self.failure_code and self.failure_code.startswith("SAFETY"))
