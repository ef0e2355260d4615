"""The limits a command takes from Settings, as the window does: tasks at Runway at once, daily budget."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from runway_desktop.core.storage.settings import load_settings, settings_path


@dataclass(frozen=True)
class Limits:
    """`max_live`: tasks at Runway at once (the rest wait locally); `daily_budget` in credits, or None."""

    max_live: int
    daily_budget: float | None
    problems: tuple[str, ...] = ()  # what was wrong in the settings file (the default stands in)


def settings_limits(data_dir: Path | str | None) -> Limits:
    """The limits in the settings file the window reads with this `--data-dir` (None: the user's)."""
    loaded = load_settings(settings_path(Path(data_dir) if data_dir is not None else None))
    return Limits(loaded.settings.max_concurrent_tasks, loaded.settings.daily_budget, loaded.problems)
