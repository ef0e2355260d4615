"""The library folder: outputs saved as verified files with a JSON sidecar each.

Runway's output URLs expire within 24–48 hours, so every output is downloaded as soon as it
exists: streamed to a `.part` file, verified (non-empty, decodes as the media it claims to be),
then renamed into place. A sidecar beside it records everything needed to make it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import inspect
import json
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord

_EXTENSIONS = {
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/flac": ".flac",
    "video/webm": ".webm",
    "audio/ogg": ".ogg",
}
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}


class Downloader(Protocol):
    async def download(self, url: str, dest: str | Path, *, progress: Any = None) -> int: ...


class LibraryError(Exception):
    """Saving an output failed; `message` says what and why, and whether it will be retried."""

    def __init__(self, message: str, *, retry: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.retry = retry


def _slug(text: str, limit: int) -> str:
    words = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return words[:limit].rstrip("-") or "untitled"


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def disk_error_message(exc: OSError, folder: Path) -> str:
    if exc.errno in _DISK_FULL:
        return f"The disk holding {folder} is full, so the output could not be saved. It will be retried."
    if exc.errno in _NOT_WRITABLE:
        return (
            f"Cannot write to {folder} ({exc.strerror}). "
            "Choose another library folder; saving will be retried."
        )
    return f"Saving to {folder} failed: {exc.strerror or exc}. It will be retried."


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

    def target_for(self, task: TaskRecord, index: int, url: str | None) -> Path:
        day = datetime.fromtimestamp(task.created_at or self._clock(), UTC).strftime("%Y-%m-%d")
        suffix = Path(urlparse(url or "").path).suffix.lower() or ".bin"
        many = len(task.outputs) > 1
        name = f"{_slug(task.model, 24)}_{_slug(task.prompt, 40)}_{task.id[:8]}"
        if many:
            name += f"_{index + 1}"
        return self.root / day / f"{name}{suffix}"

    async def save(self, client: Downloader, task: TaskRecord, output: OutputFile) -> OutputFile:
        """Download one output, verify it, rename it into place and write its sidecar."""
        if not output.url:
            raise LibraryError("Runway gave no URL for this output.")
        target = Path(output.path) if output.path else self.target_for(task, output.index, output.url)
        part = target.with_name(target.name + ".part")
        try:
            await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
            size = await client.download(output.url, part)
            info = await self._check(part, size)
            target = self._with_content_suffix(target, info)
            digest = await asyncio.to_thread(sha256_file, part)
            await asyncio.to_thread(part.replace, target)
        except OSError as exc:
            await asyncio.to_thread(_remove, part)
            raise LibraryError(disk_error_message(exc, target.parent)) from exc
        except LibraryError:
            await asyncio.to_thread(_remove, part)
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
            raise LibraryError(disk_error_message(exc, target.parent)) from exc
        return saved

    async def _check(self, part: Path, size: int) -> MediaInfo:
        actual = (await asyncio.to_thread(part.stat)).st_size
        if actual == 0 or actual != size:
            raise LibraryError(f"The download was incomplete ({actual} of {size} bytes). It will be retried.")
        try:
            if self._verify_is_async:
                return await self._verify(str(part))
            return await asyncio.to_thread(self._verify, str(part))
        except Exception as exc:  # any verification failure means a corrupt file, never kept
            reason = getattr(exc, "message", None) or str(exc)
            message = f"The downloaded file does not decode ({reason}). It will be retried."
            raise LibraryError(message) from exc

    @staticmethod
    def _with_content_suffix(target: Path, info: MediaInfo) -> Path:
        wanted = _EXTENSIONS.get(info.mime)
        if wanted and target.suffix.lower() != wanted and not (wanted == ".jpg" and target.suffix == ".jpeg"):
            return target.with_suffix(wanted)
        return target

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
    inputs = []
    for index, raw in enumerate(task.media):
        value = MediaValue.from_json(raw)
        inputs.append(
            {
                "marker": index,
                "name": value.display_name,
                "kind": value.kind,
                "sha256": (value.info.sha256 if value.info else None) or task.input_hashes.get(str(index)),
                "url": value.url,
            }
        )
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
    }


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
