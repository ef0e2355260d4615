"""A generation task as the app records it (its states and actions are in `states`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from runway_desktop.core.running.states import Attention, NextStep, OutputState, TaskState

__all__ = ["Attention", "NextStep", "OutputFile", "OutputState", "TaskRecord", "TaskState"]


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
    attention: Attention | None = None  # why the user is needed (or flagged), and what would help

    def evolve(self, **changes: Any) -> TaskRecord:
        return replace(self, **changes)

    @property
    def all_outputs_saved(self) -> bool:
        return all(o.state is OutputState.SAVED for o in self.outputs)

    @property
    def needs_download(self) -> bool:
        """Succeeded, with an output still being saved (outputs that gave up are NOT_SAVED)."""
        return self.state is TaskState.SUCCEEDED and any(o.state is OutputState.PENDING for o in self.outputs)

    @property
    def unsaved_outputs(self) -> list[OutputFile]:
        return [o for o in self.outputs if o.state is OutputState.NOT_SAVED]

    def output(self, index: int) -> OutputFile | None:
        return next((o for o in self.outputs if o.index == index), None)

    @property
    def saved_paths(self) -> list[str]:
        return [o.path for o in self.outputs if o.state is OutputState.SAVED and o.path]

    @property
    def is_safety_failure(self) -> bool:
        return bool(self.failure_code and self.failure_code.startswith("SAFETY"))
