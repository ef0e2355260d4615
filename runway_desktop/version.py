"""The app's version, from one place: pyproject.toml's `version`, read back from the installed metadata.

A wheel, an editable install and the PyInstaller bundle (which ships the metadata) all answer through
importlib.metadata; a bare source checkout that was never installed reads pyproject.toml itself.
"""

from __future__ import annotations

import functools
import re
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "runway-desktop"
UNKNOWN = "0+unknown"
_PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
_VERSION_LINE = re.compile(r'^version\s*=\s*"([^"]+)"', re.MULTILINE)


@functools.cache
def version() -> str:
    """The version string, e.g. "0.1.0" (UNKNOWN only if neither metadata nor pyproject.toml exists)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return pyproject_version(_PYPROJECT)


def pyproject_version(path: Path) -> str:
    """The `version` of pyproject.toml's [project] table (UNKNOWN if there is none)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return UNKNOWN
    project = text.partition("[project]")[2].split("\n[", 1)[0]
    found = _VERSION_LINE.search(project)
    return found.group(1) if found else UNKNOWN


def version_line(program: str) -> str:
    """What `--version` prints: "runway-desktop 0.1.0"."""
    return f"{program} {version()}"
