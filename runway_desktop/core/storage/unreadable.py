"""A history file SQLite cannot read is set aside — renamed, never deleted — so a new one can start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

HISTORY_FILE = "tasks.sqlite3"
COMPANIONS = ("-wal", "-shm")  # SQLite's journal files belong to the file they were written for


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename `path` (and its journal files) to `<name>.unreadable-<time>`; returns the new path.

    The records in it may still be recoverable with SQLite's own tools; nothing is lost by this.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    number = 1
    while target.exists():
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{number}")
        number += 1
    path.rename(target)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target
