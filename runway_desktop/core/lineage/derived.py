"""Takes made here rather than at Runway (sound added under a video): a finished local task whose
inputs name both parents, so the history, the lineage and "Use as" treat it like any other take.

It is never sent anywhere: no Runway id, no request body, so the state table offers only what
fits a local file (open, save as, show in folder, remove)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import av

from runway_desktop.core.embed import embed_record, record_for_file
from runway_desktop.core.intake.media import MediaOrigin, MediaValue
from runway_desktop.core.intake.plan import file_sha256
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.sound.mux import SoundResult

ADD_SOUND = "add_sound"


def has_sound(path: str | Path) -> bool:
    """Whether the video already carries an audio stream (blocking: run it in a thread)."""
    try:
        with av.open(str(path)) as container:
            return bool(container.streams.audio)
    except (av.FFmpegError, OSError):
        return False


def sound_target(video_path: str | Path, task_id: str) -> Path:
    """Beside the video take: <video stem>_sound_<id>.mp4 (MOV stays MOV, so its picture fits)."""
    video = Path(video_path)
    suffix = ".mov" if video.suffix.lower() == ".mov" else ".mp4"
    return video.with_name(f"{video.stem}_sound_{task_id[:8]}{suffix}")


def new_task_id() -> str:
    return uuid.uuid4().hex


def sound_take(
    task_id: str,
    video: TaskRecord,
    video_index: int,
    audio_path: str,
    audio: TaskRecord | None,
    audio_index: int,
    result: SoundResult,
    now: float,
) -> TaskRecord:
    """The new take as a finished local task, its record re-embedded with its own id (blocking)."""
    video_entry, audio_entry = result.record["lineage"]["parents"]  # each with the hash of its file
    video_entry.update(task_id=video.id, output_index=video_index)
    parents = [MediaValue(path=_path_of(video, video_index),
                          origin=MediaOrigin(video.id, video_index, video_entry.get("sha256")))]
    audio_origin = None
    if audio is not None:
        audio_entry.update(task_id=audio.id, output_index=audio_index)
        audio_origin = MediaOrigin(audio.id, audio_index, audio_entry.get("sha256"))
    elif isinstance(audio_entry.get("task_id"), str) and audio_entry["task_id"]:  # a saved take from disk
        audio_origin = MediaOrigin(audio_entry["task_id"], 0, audio_entry.get("sha256"))
    parents.append(MediaValue(path=audio_path, origin=audio_origin))
    record = {**result.record, "task_id": task_id, "output_index": 0}
    embed_record(result.path, record)  # metadata only: the picture and sound are not touched
    size = result.path.stat().st_size
    digest = file_sha256(result.path)
    _write_sidecar(result.path, {**record, "size": size, "sha256": digest})
    output = OutputFile(
        index=0, path=str(result.path), state=OutputState.SAVED, size=size,
        mime=str(record.get("mime") or "video/mp4"), sha256=digest,
    )
    return TaskRecord(
        id=task_id,
        endpoint=ADD_SOUND,
        model=ADD_SOUND,
        tab="video",
        state=TaskState.SUCCEEDED,
        body={},
        media=[p.to_json() for p in parents],
        params={},  # nothing to send again: the sound settings live in its record and sidecar
        prompt=video.prompt,
        created_at=now,
        updated_at=now,
        finished_at=now,
        cost_credits=0,
        outputs=(output,),
    )


def _path_of(task: TaskRecord, index: int) -> str | None:
    return next((o.path for o in task.outputs if o.index == index and o.path), None)


def _write_sidecar(path: Path, record: dict[str, Any]) -> None:
    sidecar = path.with_name(path.name + ".json")
    tmp = sidecar.with_name(sidecar.name + ".tmp")
    tmp.write_text(json.dumps(record_for_file(record) | {"size": record["size"], "sha256": record["sha256"]},
                              indent=2, ensure_ascii=False), "utf-8")
    tmp.replace(sidecar)
