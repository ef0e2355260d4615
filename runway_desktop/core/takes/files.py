"""Takes' files on disk: copying them out with their sidecars, and putting them back from the trash.

Blocking; run in a worker thread. Moving *into* the trash is the desktop's business (the window
uses Qt's freedesktop.org trash); putting a file back follows the same specification: the file
returns to where it was and its `info/<name>.trashinfo` entry is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from runway_desktop.core.takes.rows import TakeRow
from runway_desktop.failure_words import failure_reason


@dataclass
class ExportResult:
    """What an export did: files written, and each take that could not be copied with the reason."""

    copied: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _free_name(folder: Path, name: str, taken: set[str]) -> Path:
    """`name` in `folder`, or `stem (2).ext`, `stem (3).ext`… when a file (or its sidecar) is there."""
    candidate = Path(name)
    n = 1
    while True:
        target = folder / (candidate.name if n == 1 else f"{candidate.stem} ({n}){candidate.suffix}")
        sidecar = target.with_name(target.name + ".json")
        if target.name not in taken and not target.exists() and not sidecar.exists():
            taken.add(target.name)
            return target
        n += 1


def _copy(source: Path, target: Path) -> None:
    """Copy through a temporary name, so an interrupted copy never leaves a half file behind."""
    part = target.with_name(target.name + ".part")
    try:
        shutil.copy2(source, part)
        part.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def export_takes(rows: list[TakeRow], folder: Path) -> ExportResult:
    """Copy each take's file, and its sidecar when it has one, into `folder` without overwriting."""
    result = ExportResult()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        result.problems.append(f"Cannot create {folder}: {failure_reason(exc)}.")
        return result
    taken: set[str] = set()
    for row in rows:
        source = Path(row.path)
        if not source.is_file():
            result.problems.append(f"{source.name} is no longer at {source.parent}; it was not exported.")
            continue
        target = _free_name(folder, source.name, taken)
        try:
            _copy(source, target)
            result.copied.append(target)
            if row.sidecar.is_file():
                sidecar = target.with_name(target.name + ".json")
                _copy(row.sidecar, sidecar)
                result.copied.append(sidecar)
        except OSError as exc:
            result.problems.append(f"Copying {source.name} to {folder} failed: {failure_reason(exc)}.")
    return result


def trash_info_path(in_trash: Path) -> Path:
    """The `.trashinfo` entry that records where a trashed file came from."""
    return in_trash.parent.parent / "info" / (in_trash.name + ".trashinfo")


def restore_from_trash(in_trash: str | Path, original: str | Path) -> None:
    """Move a trashed file back to `original` and drop its trash entry; raises OSError with a reason."""
    source, target = Path(in_trash), Path(original)
    if target.exists():
        raise FileExistsError(f"{target} exists again, so the trashed copy was left in the trash.")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:  # the trash is on another disk
            raise
        shutil.move(str(source), str(target))
    with contextlib.suppress(FileNotFoundError):
        trash_info_path(source).unlink()
