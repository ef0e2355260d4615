"""MP3 (and ADTS AAC): the record in an ID3v2 `TXXX` frame described `runway-desktop`.

An existing ID3v2.3/2.4 tag keeps its other frames byte for byte; a file without one gets a
v2.4 tag. The audio frames after the tag are copied unchanged.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

from runway_desktop.core.embed.atomic import copy_range, read_exact, replacing
from runway_desktop.core.embed.record import KEY, EmbedError

SUMMARY_KEY = "parameters"
_UNSYNC, _EXTENDED, _FOOTER = 0x80, 0x40, 0x10


def _syncsafe(value: int) -> bytes:
    return bytes((value >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _unsyncsafe(data: bytes) -> int:
    return (data[0] << 21) | (data[1] << 14) | (data[2] << 7) | data[3]


class _Tag:
    """An ID3v2 tag at the start of a file: its version, frames and where the audio begins."""

    def __init__(self, fh: BinaryIO) -> None:
        fh.seek(0)
        head = fh.read(10)
        self.version = 4
        self.frames: list[tuple[bytes, bytes, bytes]] = []  # (id, flags, body)
        self.audio_start = 0
        if len(head) < 10 or head[:3] != b"ID3":
            return
        major, flags = head[3], head[5]
        size = _unsyncsafe(head[6:10])
        self.audio_start = 10 + size + (10 if flags & _FOOTER else 0)
        if major not in (3, 4) or flags & _UNSYNC:
            self.version = -major  # readable as "no record", but not rewritable frame by frame
            return
        self.version = major
        body = read_exact(fh, size)
        pos = 0
        if flags & _EXTENDED:
            ext = struct.unpack(">I", body[:4])[0]
            pos = _unsyncsafe(body[:4]) if major == 4 else ext + 4
        while pos + 10 <= len(body) and body[pos] != 0:
            frame_id, raw_size = body[pos : pos + 4], body[pos + 4 : pos + 8]
            frame_flags = body[pos + 8 : pos + 10]
            frame_size = _unsyncsafe(raw_size) if major == 4 else struct.unpack(">I", raw_size)[0]
            self.frames.append((frame_id, frame_flags, body[pos + 10 : pos + 10 + frame_size]))
            pos += 10 + frame_size

    def frame_size(self, size: int) -> bytes:
        return _syncsafe(size) if self.version == 4 else struct.pack(">I", size)


def _txxx_description(body: bytes) -> tuple[str, str] | None:
    """(description, value) of a TXXX frame body."""
    if not body:
        return None
    encoding, rest = body[0], body[1:]
    if encoding in (1, 2):
        codec = "utf-16" if encoding == 1 else "utf-16-be"
        for at in range(0, len(rest) - 1, 2):
            if rest[at : at + 2] == b"\0\0":
                text = rest[at + 2 :].decode(codec, "replace").rstrip("\0")
                return rest[:at].decode(codec, "replace"), text
        return None
    codec = "utf-8" if encoding == 3 else "latin-1"
    description, _, value = rest.partition(b"\0")
    return description.decode(codec, "replace"), value.decode(codec, "replace").rstrip("\0")


def _txxx(version: int, description: str, value: str) -> bytes:
    if version == 4:
        return b"\x03" + description.encode("utf-8") + b"\0" + value.encode("utf-8")
    return b"\x01" + description.encode("utf-16") + b"\0\0" + value.encode("utf-16")


def write(path: Path, record_text: str, summary: str) -> None:
    with path.open("rb") as fh:
        tag = _Tag(fh)
        if tag.version < 0:
            version = -tag.version
            raise EmbedError(f"This file's ID3v2.{version} tag cannot be updated; the record was not added.")
        kept = [
            frame
            for frame in tag.frames
            if not (frame[0] == b"TXXX" and (_txxx_description(frame[2]) or ("",))[0] in (KEY, SUMMARY_KEY))
        ]
        kept += [
            (b"TXXX", b"\0\0", _txxx(tag.version, SUMMARY_KEY, summary)),
            (b"TXXX", b"\0\0", _txxx(tag.version, KEY, record_text)),
        ]
        frames = b"".join(fid + tag.frame_size(len(body)) + flags + body for fid, flags, body in kept)
        with replacing(path) as out:
            out.write(b"ID3" + bytes([tag.version, 0, 0]) + _syncsafe(len(frames)) + frames)
            copy_range(fh, out, tag.audio_start)


def read(path: Path) -> str | None:
    with path.open("rb") as fh:
        tag = _Tag(fh)
    for frame_id, _flags, body in tag.frames:
        if frame_id == b"TXXX":
            found = _txxx_description(body)
            if found and found[0] == KEY:
                return found[1]
    return None
