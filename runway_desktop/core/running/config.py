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
class EngineConfig:
    timing: PollTiming = field(default_factory=PollTiming)
    polls_per_second: float = 4.0  # the global request budget shared by every live task
    poll_burst: int = 8
    max_submitting: int = 4  # create calls (and their uploads) in flight at once
    max_live: int | None = None  # tasks at Runway at once (pending to running); more wait QUEUED
    downloads: int = 4
    download_retry_delay: float = 30.0
    typical_scale: float = 1.0  # multiplies the catalogue's typical durations (simulator speed)
