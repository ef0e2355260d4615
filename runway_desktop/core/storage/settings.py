"""The app's settings: a small typed JSON file under the config folder (or the --data-dir).

The API key is never a setting: it lives in the keychain (see `core.secrets`). Loading never
fails: a missing, unreadable or partly invalid file gives the defaults for what is wrong,
with a sentence per problem; saving refuses invalid values with the same sentences.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from runway_desktop.api.base_url import DEFAULT_BASE_URL, checked_base_url
from runway_desktop.failure_words import failure_reason

APP_NAME = "runway-desktop"
FILE_NAME = "settings.json"
MAX_CONCURRENT_LIMIT = 20
WARN_LIMIT = 1_000_000


@dataclass(frozen=True)
class SettingProblem:
    """One invalid setting: which, and why, in words for people."""

    field: str
    message: str


class SettingsError(ValueError):
    """Settings that cannot be saved; `problems` lists every reason."""

    def __init__(self, problems: list[SettingProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


THEMES = ("system", "light", "dark")
# "system" follows the desktop's locale (Chinese locales get zh_CN, every other one English).
LANGUAGES = ("system", "en", "zh_CN")


@dataclass(frozen=True)
class Settings:
    """Everything the user can change in Settings except the API key."""

    base_url: str = DEFAULT_BASE_URL  # Runway's API (or any compatible https server)
    use_simulator: bool = False  # start the built-in offline simulator and talk to it instead
    library_dir: str = ""  # empty: the "library" folder inside the data folder
    max_concurrent_tasks: int = 4  # generations being submitted at the same time
    notifications: bool = True  # a system notification when a task finishes in the background
    warn_above_credits: int = 100  # ask before a submission quoted above this; 0 never asks
    ask_before_repeating: bool = True  # ask "Generate again?" when the same request was just sent
    daily_budget_credits: int = 0  # a run that would pass this many credits today waits; 0 is no budget
    theme: str = "system"  # "system" follows the desktop's light or dark scheme; or "light", "dark"
    language: str = "system"  # "system" follows the desktop's locale; or "en", "zh_CN"

    @property
    def daily_budget(self) -> float | None:
        """The daily budget for `Engine.set_limits`, or None when there is none."""
        return float(self.daily_budget_credits) if self.daily_budget_credits else None

    def evolve(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def problems(self) -> list[SettingProblem]:
        """Every invalid value, each with a sentence naming the setting and the rule."""
        found: list[SettingProblem] = []
        try:
            checked_base_url(self.base_url)
        except ValueError as exc:
            found.append(SettingProblem("base_url", str(exc)))
        if self.library_dir and not Path(self.library_dir).expanduser().is_absolute():
            found.append(
                SettingProblem("library_dir", f"The library folder {self.library_dir!r} must be a full path.")
            )
        if not 1 <= self.max_concurrent_tasks <= MAX_CONCURRENT_LIMIT:
            found.append(
                SettingProblem(
                    "max_concurrent_tasks",
                    f"Tasks sent at once must be between 1 and {MAX_CONCURRENT_LIMIT}, "
                    f"not {self.max_concurrent_tasks}.",
                )
            )
        if not 0 <= self.warn_above_credits <= WARN_LIMIT:
            found.append(
                SettingProblem(
                    "warn_above_credits",
                    f"The warning threshold must be between 0 and {WARN_LIMIT:,} credits, "
                    f"not {self.warn_above_credits}.",
                )
            )
        if not 0 <= self.daily_budget_credits <= WARN_LIMIT:
            found.append(
                SettingProblem(
                    "daily_budget_credits",
                    f"The daily budget must be between 0 (none) and {WARN_LIMIT:,} credits, "
                    f"not {self.daily_budget_credits}.",
                )
            )
        if self.theme not in THEMES:
            found.append(
                SettingProblem("theme", f"The theme must be one of {', '.join(THEMES)}, not {self.theme!r}.")
            )
        if self.language not in LANGUAGES:
            found.append(
                SettingProblem(
                    "language", f"The language must be one of {', '.join(LANGUAGES)}, not {self.language!r}."
                )
            )
        return found

    def library_path(self, data_dir: Path) -> Path:
        return Path(self.library_dir).expanduser() if self.library_dir else data_dir / "library"


_DEFAULTS = Settings()
_TYPES = {f.name: type(getattr(_DEFAULTS, f.name)) for f in fields(Settings)}


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()  # what was wrong in the file, replaced by defaults


def settings_path(data_dir: Path | None = None) -> Path:
    """`<data-dir>/settings.json` when a data folder is given, else the user's config folder."""
    if data_dir is not None:
        return Path(data_dir) / FILE_NAME
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def _typed(name: str, value: Any) -> Any:
    """The value if it has the setting's type (bool is not an int here), else raise ValueError."""
    wanted = _TYPES[name]
    if wanted is bool and isinstance(value, bool):
        return value
    if wanted is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if wanted is str and isinstance(value, str):
        return value.strip()
    raise ValueError(f"{value!r} is not a {wanted.__name__}")


def settings_from_json(data: Any) -> LoadedSettings:
    """Settings from a parsed JSON object; wrong or unknown entries are reported and skipped."""
    if not isinstance(data, dict):
        return LoadedSettings(_DEFAULTS, ("The settings file holds no JSON object; using the defaults.",))
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, raw in data.items():
        if name not in _TYPES:
            continue  # from a newer version, or a stray entry; never carried over
        try:
            values[name] = _typed(name, raw)
        except ValueError as exc:
            problems.append(f"The setting {name!r} was ignored: {exc}.")
    settings = Settings(**values)
    for problem in settings.problems():
        settings = replace(settings, **{problem.field: getattr(_DEFAULTS, problem.field)})
        problems.append(f"{problem.message} The default is used instead.")
    return LoadedSettings(settings, tuple(problems))


def load_settings(path: Path) -> LoadedSettings:
    """The settings in `path`; the defaults when it does not exist (blocking: small file)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(_DEFAULTS)
    except OSError as exc:
        reason = failure_reason(exc)
        return LoadedSettings(_DEFAULTS, (f"The settings file {path} could not be read ({reason}).",))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = f"The settings file {path} is not valid JSON (line {exc.lineno}); using the defaults."
        return LoadedSettings(_DEFAULTS, (problem,))
    return settings_from_json(data)


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically; raises SettingsError naming every invalid value."""
    problems = settings.problems()
    if problems:
        raise SettingsError(problems)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    handle, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
