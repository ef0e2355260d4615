"""The engine's settings and the refusal it raises, apart from the engine itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from runway_desktop.core.running.poll_schedule import PollTiming

UNKNOWN_AFTER_RESTART = (
    "The app stopped while this task was being submitted, so Runway may or may not have "
    "created it. It was not sent again automatically. Check your Runway usage before retrying."
)


NO_CLIENT = "Add a Runway API key in Settings, or try the offline simulator, before generating."


class EngineRefused(Exception):
    """An action that does not apply to a task in its current state; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PollLimits:
    """When the engine stops trying on its own and asks the user instead."""

    attempts: int = 8  # failed polls of one task in a row
    unknown_status_polls: int = 20  # polls in a row answering a status this app does not know
    max_task_seconds: float = 6 * 3600.0  # from submission to a finished state
    backoff_start: float = 5.0  # after a failed poll, that task waits this long (doubling, jittered)
    backoff_cap: float = 120.0


@dataclass(frozen=True)
class EngineConfig:
    timing: PollTiming = field(default_factory=PollTiming)
    polls_per_second: float = 4.0  # the global request budget shared by every live task
    poll_burst: int = 8
    max_submitting: int = 4  # create calls (and their uploads) in flight at once
    max_live: int | None = None  # tasks at Runway at once (pending to running); more wait QUEUED
    downloads: int = 4
    download_retry_delay: float = 30.0  # before the second attempt at an output; doubles after each
    download_attempts: int = 4  # per output, before it is NOT_SAVED with its reason
    limits: PollLimits = field(default_factory=PollLimits)
    typical_scale: float = 1.0  # multiplies the catalogue's typical durations (simulator speed)
    working_set: int = 2_000  # newest tasks held besides the unfinished ones (the rest stay on disk)
