"""An input's origin, read from the file itself: the record embedded in it, else its sidecar.

Both read the disk: call `origin_of_file` off the UI thread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from runway_desktop.core.intake.media import MediaOrigin


def origin_from_record(record: dict[str, Any] | None, sha256: str | None) -> MediaOrigin | None:
    """The task and output a generation record describes; None when it names no task."""
    if not isinstance(record, dict):
        return None
    task_id = record.get("task_id")
    if not isinstance(task_id, str) or not task_id:
        return None
    index = record.get("output_index")
    return MediaOrigin(
        task_id=task_id,
        output_index=index if isinstance(index, int) and not isinstance(index, bool) else 0,
        sha256=sha256,
    )


def _sidecar(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.with_name(path.name + ".json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def record_of_file(path: str | Path) -> dict[str, Any] | None:
    """The generation record the file carries inside, else the one in its sidecar, else None."""
    from runway_desktop.core.embed import EmbedError, read_record  # on first use: not needed to start

    path = Path(path)
    try:
        record = read_record(path)
    except EmbedError:
        record = None  # a damaged record says nothing; the sidecar may still
    if isinstance(record, dict) and (record.get("task_id") or record.get("model")):
        return record
    return _sidecar(path)


def origin_of_file(path: str | Path, sha256: str | None) -> MediaOrigin | None:
    """Which earlier task made this file (`sha256` is the hash of its bytes as sent), or None."""
    return origin_from_record(record_of_file(path), sha256)
