"""Takes to the desktop's trash (freedesktop.org spec, through Qt) and back again; blocking, for threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, QStandardPaths

from runway_desktop.core.takes import TakeKey, TakeRow
from runway_desktop.core.takes.files import restore_from_trash
from runway_desktop.ui.i18n.failures import failure_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Trashed:
    """Where a take's file and sidecar went (None: there was nothing to move)."""

    key: TakeKey
    path: str
    file_in_trash: str | None
    sidecar_in_trash: str | None


@dataclass
class TrashOutcome:
    moved: list[Trashed] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _to_trash(path: Path) -> str | None:
    """The file's new path inside the trash, or None if it was already gone; OSError if it cannot move."""
    if not path.exists():
        return None
    # Qt creates Trash/ inside the data folder but not the folder itself (missing on a fresh account).
    Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)).mkdir(
        parents=True, exist_ok=True
    )
    handle = QFile(str(path))
    if not handle.moveToTrash():
        raise OSError(handle.errorString() or translate("LibraryText", "the desktop's trash refused it"))
    return handle.fileName()


def move_takes_to_trash(rows: list[TakeRow]) -> TrashOutcome:
    """Each take's file, then its sidecar, to the trash; a take whose file cannot move stays put."""
    outcome = TrashOutcome()
    for row in rows:
        try:
            file_in_trash = _to_trash(Path(row.path))
        except OSError as exc:
            problem = translate("LibraryText", "{name} could not be moved to the trash: {reason}.")
            outcome.problems.append(problem.format(name=Path(row.path).name, reason=failure_text(exc)))
            continue
        try:
            sidecar_in_trash = _to_trash(row.sidecar)
        except OSError:
            sidecar_in_trash = None  # the take is gone already; an orphan sidecar harms nothing
        outcome.moved.append(Trashed(row.key, row.path, file_in_trash, sidecar_in_trash))
    return outcome


def put_back(items: list[tuple[TakeRow, str | None, str | None]]) -> tuple[list[TakeKey], list[str]]:
    """Move trashed files (and sidecars) back where they were: the keys restored, and the problems."""
    restored: list[TakeKey] = []
    problems: list[str] = []
    for row, file_in_trash, sidecar_in_trash in items:
        try:
            if file_in_trash:
                restore_from_trash(file_in_trash, row.path)
        except OSError as exc:
            problems.append(translate("LibraryText", "{name} could not be put back: {reason}").format(
                name=Path(row.path).name, reason=failure_text(exc)))
            continue
        if sidecar_in_trash:
            try:
                restore_from_trash(sidecar_in_trash, row.sidecar)
            except OSError as exc:
                problem = translate("LibraryText", "The sidecar of {name} stayed in the trash: {reason}")
                problems.append(problem.format(name=Path(row.path).name, reason=failure_text(exc)))
        restored.append(row.key)
    return restored, problems
