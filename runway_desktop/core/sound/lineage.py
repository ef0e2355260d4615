"""The record a file made by adding sound carries: what was done, and the two takes it came from."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from runway_desktop.core.embed import EmbedError, read_record, with_app_version
from runway_desktop.core.intake.plan import file_sha256

# What a parent entry keeps of the parent's own record: enough to find it and to make it again.
_PARENT_KEYS = ("task_id", "runway_task_id", "model", "endpoint", "prompt", "seed", "parameters", "lineage")


def parent(role: str, path: Path) -> dict[str, Any]:
    """One parent: its file name and hash, and the generation it came from when the file says."""
    entry: dict[str, Any] = {"role": role, "file": path.name, "sha256": file_sha256(path)}
    try:
        record = read_record(path)
    except EmbedError:
        record = None
    if record:
        entry.update({key: record[key] for key in _PARENT_KEYS if key in record})
    return entry


def sound_record(
    video: dict[str, Any], audio: dict[str, Any], out: Path, settings: dict[str, float], now: float
) -> dict[str, Any]:
    """The new take's record: the video parent's generation, the sound settings and both parents."""
    record: dict[str, Any] = {
        "generator": "Runway Desktop",
        "operation": "add_sound",
        "model": video.get("model"),
        "endpoint": video.get("endpoint"),
        "prompt": video.get("prompt", ""),
        "seed": video.get("seed"),
        "parameters": video.get("parameters", {}),
        "sound": settings,
        "lineage": {"parents": [video, audio]},
        "created_at": datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds"),
        "file": out.name,
        "mime": "video/quicktime" if out.suffix.lower() == ".mov" else "video/mp4",
    }
    return with_app_version(record)
