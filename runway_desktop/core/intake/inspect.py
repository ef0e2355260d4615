"""Inspecting a local media file by its content: what it is, and whether Runway can take it.

`inspect_file` and `describe` are blocking (they read, decode and hash the file): call them
from a worker thread, or `await inspect(path)`, which does exactly that.
"""

from __future__ import annotations

import asyncio
import errno
import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from runway_desktop.core.intake import sniff
from runway_desktop.core.intake.errors import IntakeError, display_name, human_size
from runway_desktop.core.intake.media import UPLOAD_MAX_BYTES, MediaInfo
from runway_desktop.core.intake.plan import file_sha256, plan_input
from runway_desktop.failure_words import failure_reason

if TYPE_CHECKING:
    from runway_desktop.core.intake.probe import ProbeFailure

__all__ = ["IntakeError", "describe", "display_name", "human_size", "inspect", "inspect_file"]

ACCEPTED_SUMMARY = "JPEG, PNG or WebP images; MP4, MOV, MKV or WebM video; MP3, WAV, FLAC, M4A or AAC audio"
# How to fix a file whose format Runway refuses, by the family of its real format.
_CONVERT_ADVICE = {
    "gif": "GIF images are not supported by Runway: convert it to PNG, JPEG or WebP.",
    "bmp": "Runway takes images as JPEG, PNG or WebP: convert it to one of those.",
    "tiff": "Runway takes images as JPEG, PNG or WebP: convert it to one of those.",
    "heif": "Runway takes images as JPEG, PNG or WebP: convert it to one of those.",
    "avi": "Runway takes video as MP4, MOV, MKV or WebM: convert it to one of those.",
    "ogg": "Runway takes audio as MP3, WAV, FLAC, M4A or AAC: convert it to one of those.",
}
_NOT_MEDIA_ADVICE = f"It is not a media file: Runway takes {ACCEPTED_SUMMARY}."
# The suffix that matches each accepted format, for "rename it" advice.
_SUFFIX = {
    "jpeg": ".jpg",
    "png": ".png",
    "webp": ".webp",
    "mp4": ".mp4",
    "mov": ".mov",
    "m4a": ".m4a",
    "mkv": ".mkv",
    "webm": ".webm",
    "wav": ".wav",
    "flac": ".flac",
    "mp3": ".mp3",
    "aac": ".aac",
}
_FILE_TYPES = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


async def inspect(path: str | Path) -> MediaInfo:
    """`inspect_file` in a worker thread, so the event loop keeps running."""
    return await asyncio.to_thread(inspect_file, path)


def inspect_file(path: str | Path) -> MediaInfo:
    """What a local file is, judged by its content; raises IntakeError when Runway cannot take it."""
    # PyAV and Pillow load with the first file inspected, not with everything that imports intake.
    from runway_desktop.core.intake.probe import ProbeFailure, probe_av, probe_image

    path = Path(path)
    name = display_name(path)
    size = _checked_size(path, name)
    with _open(path, name) as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            raise IntakeError(
                f"'{name}' is empty (0 bytes): there is nothing in it to send.", path=path, code="empty"
            )
        fmt = _checked_format(sniff.sniff_file(fh), path, name)
        if fmt is sniff.WAV:
            _check_riff_length(fh, size, path, name)
    try:
        if fmt.kind == "image":
            width, height = probe_image(path, fmt)
            info = MediaInfo(str(path.absolute()), "image", fmt.mime or "", size, width, height)
        else:
            found = probe_av(path, fmt)
            info = MediaInfo(
                str(path.absolute()),
                found.kind,
                found.mime,
                size,
                found.width,
                found.height,
                found.duration,
                found.codec,
            )
    except ProbeFailure as failure:
        raise _probe_error(failure, fmt, path, name) from failure
    return replace(info, sha256=file_sha256(path))


def describe(path: str | Path) -> dict[str, Any]:
    """What `runway-desktop-cli inspect` prints for one file: what it is, how it would be sent, or why not."""
    try:
        info = inspect_file(path)
    except IntakeError as exc:
        return {
            "path": str(path),
            "kind": None,
            "mime": None,
            "size": _regular_size(path),
            "width": None,
            "height": None,
            "duration": None,
            "plan": None,
            "error": exc.message,
        }
    return {
        "path": str(path),
        "kind": info.kind,
        "mime": info.mime,
        "size": info.size,
        "width": info.width,
        "height": info.height,
        "duration": info.duration,
        "plan": plan_input(info).method,
        "error": None,
    }


def _regular_size(path: str | Path) -> int | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _checked_size(path: Path, name: str) -> int:
    """The size of a regular file, from stat alone: nothing is read before the limits pass."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            target = os.readlink(path)
            raise IntakeError(
                f"'{name}' is a symbolic link to '{target}', which does not exist (the link is broken).",
                path=path,
                code="broken-link",
            ) from None
        raise IntakeError(f"'{name}' does not exist.", path=path, code="missing") from None
    except PermissionError:
        raise IntakeError(
            f"'{name}' cannot be reached: permission denied on the folder that holds it.",
            path=path,
            code="unreadable",
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise IntakeError(
                f"'{name}' is a symbolic link that loops back on itself, so it never leads to a file.",
                path=path,
                code="link-loop",
            ) from None
        if exc.errno == errno.ENOTDIR:
            raise IntakeError(f"'{name}' does not exist.", path=path, code="missing") from None
        reason = failure_reason(exc)
        raise IntakeError(f"'{name}' cannot be read: {reason}.", path=path, code="unreadable") from None
    if stat.S_ISDIR(st.st_mode):
        raise IntakeError(
            f"'{name}' is a folder, not a file: choose a file inside it.", path=path, code="not-a-file"
        )
    if not stat.S_ISREG(st.st_mode):
        what = _FILE_TYPES.get(stat.S_IFMT(st.st_mode), "a special file")
        raise IntakeError(f"'{name}' is {what}, not a regular file.", path=path, code="not-a-file")
    if st.st_size > UPLOAD_MAX_BYTES:
        raise IntakeError(
            f"'{name}' is {human_size(st.st_size)}; "
            f"Runway accepts files up to {human_size(UPLOAD_MAX_BYTES)}.",
            path=path,
            code="too-large",
        )
    return st.st_size


def _open(path: Path, name: str) -> BinaryIO:
    try:
        return open(path, "rb")
    except PermissionError:
        raise IntakeError(
            f"'{name}' cannot be read: permission denied (check the file's permissions).",
            path=path,
            code="unreadable",
        ) from None
    except OSError as exc:
        reason = failure_reason(exc)
        raise IntakeError(f"'{name}' cannot be read: {reason}.", path=path, code="unreadable") from None


def _checked_format(fmt: sniff.Format | None, path: Path, name: str) -> sniff.Format:
    """The format, unless the content is refused or contradicts the file's extension."""
    promised = sniff.EXTENSION_FAMILIES.get(path.suffix.lower())
    if fmt is None:
        claim = f" (its name says {promised[1]}, but its content is not)" if promised else ""
        raise IntakeError(
            f"'{name}' is not in a format Runway accepts{claim}: Runway takes {ACCEPTED_SUMMARY}.",
            path=path,
            code="unknown-format",
        )
    if promised and promised[0] != fmt.family:
        if fmt.accepted:
            fix = f"Rename it to '{path.stem}{_SUFFIX[fmt.id]}' so its name matches its content."
        else:
            fix = _CONVERT_ADVICE.get(fmt.family, _NOT_MEDIA_ADVICE)
        raise IntakeError(
            f"'{name}' is named like {promised[1]} but is really {fmt.name}. {fix}",
            path=path,
            code="mismatch",
        )
    if fmt is sniff.GIF:
        raise IntakeError(
            f"GIF images are not supported by Runway: convert '{name}' to PNG, JPEG or WebP.",
            path=path,
            code="gif",
        )
    if not fmt.accepted:
        fix = _CONVERT_ADVICE.get(fmt.family, _NOT_MEDIA_ADVICE)
        raise IntakeError(
            f"'{name}' is {fmt.name}, which Runway does not accept. {fix}",
            path=path,
            code="unsupported-format",
        )
    return fmt


def _check_riff_length(fh: BinaryIO, size: int, path: Path, name: str) -> None:
    """A WAV header states the file's length; a shorter file was cut off."""
    fh.seek(4)
    declared = int.from_bytes(fh.read(4), "little") + 8
    # Streaming writers leave the length at 0 or 0xFFFFFFFF; only a real length is evidence.
    if 8 < declared < 0xFFFFFFFF and size < declared:
        raise IntakeError(
            f"'{name}' is incomplete: its header says {human_size(declared)}, "
            f"but only {human_size(size)} is there "
            "(was the copy or download interrupted?).",
            path=path,
            code="truncated",
        )


def _probe_error(failure: ProbeFailure, fmt: sniff.Format, path: Path, name: str) -> IntakeError:
    """The sentence for a file that looked right but failed when decoded."""
    code, detail = failure.code, failure.detail
    if code == "truncated":
        text = (
            f"'{name}' is damaged or incomplete: it starts like {fmt.name} but cannot be decoded"
            f"{f' ({detail})' if detail else ''}. Was the copy or download interrupted?"
        )
    elif code == "cut-short":
        text = f"'{name}' is incomplete: {detail} (was the copy or download interrupted?)."
    elif code == "no-streams":
        text = f"'{name}' is {fmt.name} with no video or audio in it."
    elif code == "unsupported-codec":
        text = f"'{name}' uses {detail}."
    elif code == "audio-container":
        text = (
            f"'{name}' is {fmt.name} holding only audio; Runway takes audio as MP3, WAV, FLAC, M4A or AAC: "
            "convert it to one of those."
        )
        code = "unsupported-format"
    elif code == "too-many-pixels":
        text = f"'{name}' has {detail} pixels, too many to decode safely."
        code = "too-large"
    else:
        text = f"'{name}' cannot be decoded: {detail}."
    return IntakeError(text, path=path, code="truncated" if code == "cut-short" else code)
