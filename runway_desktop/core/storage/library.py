"""The library folder: outputs kept as verified files with a JSON sidecar each.

Fetching the bytes is the engine's business (`running/fetching.py`); the library says where
they go while they arrive, checks what arrived (complete, a media type the model produces,
decodes), names the file from the task and the type its content turned out to be, renames
it into place and writes a sidecar recording everything needed to make it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import inspect
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from runway_desktop.core.intake import sniff
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.intake.plan import file_sha256
from runway_desktop.core.running.tasks import NextStep, OutputFile, OutputState, TaskRecord
from runway_desktop.failure_words import failure_reason

_log = logging.getLogger(__name__)

# Extensions by the type the content turned out to be (never by the URL's name).
_EXTENSIONS = {
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "video/x-matroska": ".mkv",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/aac": ".aac",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/flac": ".flac",
    "audio/ogg": ".ogg",
    "application/zip": ".zip",
}
# What each tab's models produce; an archive of frames is accepted from any of them.
_KINDS = {"image": {"image"}, "video": {"video", "audio"}, "audio": {"audio", "video"}}
_ARCHIVE = "application/zip"
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}


class LibraryError(Exception):
    """Saving an output failed; `message` says what and why, and whether it will be retried."""

    def __init__(self, message: str, *, retry: bool = True, step: NextStep = NextStep.DOWNLOAD_AGAIN) -> None:
        super().__init__(message)
        self.message = message
        self.retry = retry
        self.step = step


def _slug(text: str, limit: int) -> str:
    words = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return words[:limit].rstrip("-") or "untitled"


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def disk_error_message(exc: OSError, folder: Path) -> str:
    if exc.errno in _DISK_FULL:
        return f"The disk holding {folder} is full, so the output could not be saved."
    if exc.errno in _NOT_WRITABLE:
        return f"Cannot write to {folder} ({failure_reason(exc)}). Choose another library folder."
    return f"Saving to {folder} failed: {failure_reason(exc)}."


def disk_error(exc: OSError, folder: Path) -> LibraryError:
    return LibraryError(disk_error_message(exc, folder), step=NextStep.CHOOSE_LIBRARY_FOLDER)


class Library:
    """Where outputs go, named by date, model and prompt: <root>/<YYYY-MM-DD>/<model>_<prompt>_<id>.ext"""

    def __init__(
        self,
        root: str | Path,
        *,
        verify: Callable[[str], MediaInfo] | Callable[[str], Awaitable[MediaInfo]],
        clock: Callable[[], float] = time.time,
    ) -> None:
        """`verify(path)` checks a download decodes: a plain function runs in a thread, a coroutine
        function (the media worker process's `verify`) is awaited."""
        self.root = Path(root)
        self._verify = verify
        self._verify_is_async = inspect.iscoroutinefunction(verify)
        self._clock = clock

    def folder_for(self, task: TaskRecord) -> Path:
        return self.root / datetime.fromtimestamp(task.created_at or self._clock(), UTC).strftime("%Y-%m-%d")

    def _stem(self, task: TaskRecord, index: int) -> str:
        """Made from the task alone (model, prompt, local id): nothing a server says names a file."""
        name = f"{_slug(task.model, 24)}_{_slug(task.prompt, 40)}_{_slug(task.id, 8)}"
        return f"{name}_{index + 1}" if len(task.outputs) > 1 else name

    def part_path(self, task: TaskRecord, index: int) -> Path:
        """Where the bytes of one output land while they arrive."""
        return self.folder_for(task) / f".{self._stem(task, index)}.part"

    def target_for(self, task: TaskRecord, index: int, mime: str | None) -> Path:
        """The output's file, its extension from the type its content turned out to be."""
        return self.folder_for(task) / f"{self._stem(task, index)}{_EXTENSIONS.get(mime or '', '.bin')}"

    async def prepare(self, task: TaskRecord, index: int) -> Path:
        """The folder made; the path to download into (a download truncates what it finds there)."""
        part = self.part_path(task, index)
        try:
            await asyncio.to_thread(part.parent.mkdir, parents=True, exist_ok=True)
        except OSError as exc:
            raise disk_error(exc, part.parent) from exc
        return part

    async def discard(self, part: Path) -> None:
        with contextlib.suppress(OSError):
            await asyncio.to_thread(_remove, part)

    async def commit(self, task: TaskRecord, output: OutputFile, part: Path, size: int) -> OutputFile:
        """Check a download, name it from the task and its content, move it in place, add its sidecar."""
        try:
            info = await self._check(task, part, size)
            target = self.target_for(task, output.index, info.mime)
            placed = replace(output, path=str(target), mime=info.mime)
            record = sidecar_data(task, placed, saved_at=self._clock())
            await asyncio.to_thread(_embed, part, record)
            digest = await asyncio.to_thread(file_sha256, part)
            size = (await asyncio.to_thread(part.stat)).st_size
            await asyncio.to_thread(part.replace, target)
        except OSError as exc:
            await self.discard(part)
            raise disk_error(exc, part.parent) from exc
        except BaseException:
            await self.discard(part)
            raise
        saved = OutputFile(
            index=output.index,
            url=output.url,
            path=str(target),
            state=OutputState.SAVED,
            size=size,
            mime=info.mime,
            sha256=digest,
        )
        try:
            await asyncio.to_thread(self.write_sidecar, task, saved)
        except OSError as exc:
            raise disk_error(exc, target.parent) from exc
        return saved

    async def _check(self, task: TaskRecord, part: Path, size: int) -> MediaInfo:
        actual = (await asyncio.to_thread(part.stat)).st_size
        if actual == 0:
            raise LibraryError("The server sent an empty file instead of the output.")
        if actual != size:
            raise LibraryError(f"The download was incomplete ({actual} of {size} bytes).")
        found = await asyncio.to_thread(_sniff, part)
        if found is not None and found.kind is None and found.family not in _CONTAINERS:
            raise _not_media(f"it is {found.name}")
        try:
            info = await self._decode(part)
        except Exception as exc:  # any verification failure means the file is not kept
            if found is None:
                raise _not_media("its content is not any media format") from exc
            reason = getattr(exc, "message", None) or str(exc)
            raise LibraryError(f"The downloaded file does not decode ({reason}).") from exc
        expected = _KINDS.get(task.tab)
        if expected and info.mime != _ARCHIVE and info.kind not in expected:
            raise _not_media(f"it is {info.kind} ({info.mime}), which a {task.tab} model does not produce")
        return info

    async def _decode(self, part: Path) -> MediaInfo:
        if self._verify_is_async:
            outcome = self._verify(str(part))
        else:
            outcome = await asyncio.to_thread(self._verify, str(part))
        return await outcome if inspect.isawaitable(outcome) else outcome

    def write_sidecar(self, task: TaskRecord, output: OutputFile) -> Path:
        """<output>.json: model, prompt, seed, parameters, ids, costs, input hashes and times."""
        assert output.path
        path = Path(output.path)
        sidecar = path.with_name(path.name + ".json")
        data = sidecar_data(task, output, saved_at=self._clock())
        tmp = sidecar.with_name(sidecar.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")
        tmp.replace(sidecar)
        return sidecar


def sidecar_data(task: TaskRecord, output: OutputFile, *, saved_at: float) -> dict[str, Any]:
    """The generation record: in the sidecar, and (less its own hash and size) inside the file.

    Each input made here names its origin (parent task, output index, content hash); `lineage`
    lists those parents once each, so a file alone tells which takes it was made from."""
    inputs = []
    parents: list[dict[str, Any]] = []
    roles = _roles(task.body)
    for index, raw in enumerate(task.media):
        value = MediaValue.from_json(raw)
        entry: dict[str, Any] = {
            "marker": index,
            "name": value.display_name,
            "kind": value.kind,
            "sha256": (value.info.sha256 if value.info else None) or task.input_hashes.get(str(index)),
            "url": value.url,
        }
        if value.origin is not None and not value.origin.pending:
            entry["origin"] = value.origin.to_json()
            if all(p["task_id"] != value.origin.task_id or p["output_index"] != value.origin.output_index
                   for p in parents):
                parents.append({"role": roles.get(index), **value.origin.to_json(), "marker": index})
        inputs.append(entry)
    return {
        "generator": "Runway Desktop",
        "task_id": task.id,
        "runway_task_id": task.runway_id,
        "endpoint": task.endpoint,
        "model": task.model,
        "prompt": task.prompt,
        "seed": task.body.get("seed"),
        "parameters": task.params,
        "request": task.body,
        "inputs": inputs,
        "estimated_credits": task.estimated_credits,
        "cost_credits": task.cost_credits,
        "created_at": _iso(task.created_at),
        "finished_at": _iso(task.finished_at),
        "saved_at": _iso(saved_at),
        "output_index": output.index,
        "file": Path(output.path or "").name,
        "size": output.size,
        "mime": output.mime,
        "sha256": output.sha256,
        "lineage": {"parents": parents},
    }


def _roles(body: dict[str, Any]) -> dict[int, str]:
    """Which request field each `{"$media": i}` marker stands in (promptImage, referenceImages…)."""
    found: dict[int, str] = {}

    def walk(node: Any, field: str) -> None:
        if isinstance(node, dict):
            marker = node.get("$media")
            if isinstance(marker, int):
                found.setdefault(marker, field)
            for item in node.values():
                walk(item, field)
        elif isinstance(node, list):
            for item in node:
                walk(item, field)

    for key, value in body.items():
        walk(value, key)
    return found


# Families whose kind only decoding can tell (an MP4 may hold video or audio only), and archives of frames.
_CONTAINERS = {"isobmff", "matroska", "ogg", "zip"}


def _sniff(path: Path) -> sniff.Format | None:
    with path.open("rb") as handle:
        return sniff.sniff_file(handle)


def _not_media(why: str) -> LibraryError:
    return LibraryError(
        f"The server sent something that is not a media file ({why}), so it was not saved.",
        retry=False,
        step=NextStep.CONTACT_SUPPORT,
    )


def _embed(part: Path, sidecar: dict[str, Any]) -> None:
    """Carry the generation record inside the file too, so it survives being copied without its sidecar.

    A format that cannot carry one keeps its media untouched: the sidecar still holds everything."""
    # Imported on first save: the embedders (XML, metadata) are not needed to open the window.
    from runway_desktop.core.embed import EmbedError, embed_record, record_for_file

    try:
        embed_record(part, record_for_file(sidecar))
    except EmbedError as exc:
        _log.warning("The generation record was not embedded in %s: %s", part.name, exc.message)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
