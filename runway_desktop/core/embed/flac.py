"""FLAC: the record in the VORBIS_COMMENT block as `RUNWAY_DESKTOP=<json>`, the summary as COMMENT.

Metadata blocks are rebuilt (STREAMINFO stays first); the audio frames are copied unchanged.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

from runway_desktop.core.embed.atomic import copy_range, read_exact, replacing
from runway_desktop.core.embed.record import EmbedError

FIELD = "RUNWAY_DESKTOP"
SUMMARY_FIELD = "COMMENT"
_VORBIS_COMMENT = 4
_MAX_BLOCK = (1 << 24) - 1

Block = tuple[int, bytes]


def _prefix_size(fh: BinaryIO) -> int:
    """Bytes of an ID3v2 tag some tools put before `fLaC` (kept as it is)."""
    head = fh.read(10)
    if head[:3] == b"ID3" and len(head) == 10:
        size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
        return 10 + size + (10 if head[5] & 0x10 else 0)
    return 0


def _blocks(fh: BinaryIO) -> tuple[int, list[Block], int]:
    """(offset of fLaC, metadata blocks, offset of the first audio frame)."""
    fh.seek(0)
    start = _prefix_size(fh)
    fh.seek(start)
    if fh.read(4) != b"fLaC":
        raise ValueError("not a FLAC file")
    blocks: list[Block] = []
    while True:
        header = read_exact(fh, 4)
        kind, size = header[0] & 0x7F, int.from_bytes(header[1:], "big")
        blocks.append((kind, read_exact(fh, size)))
        if header[0] & 0x80:
            return start, blocks, fh.tell()


def _comments(block: bytes) -> tuple[bytes, list[bytes]]:
    (vendor_len,) = struct.unpack("<I", block[:4])
    vendor = block[4 : 4 + vendor_len]
    pos = 4 + vendor_len
    (count,) = struct.unpack("<I", block[pos : pos + 4])
    pos += 4
    entries = []
    for _ in range(count):
        (length,) = struct.unpack("<I", block[pos : pos + 4])
        entries.append(block[pos + 4 : pos + 4 + length])
        pos += 4 + length
    return vendor, entries


def _field(entry: bytes) -> str:
    return entry.partition(b"=")[0].decode("ascii", "replace").upper()


def write(path: Path, record_text: str, summary: str) -> None:
    with path.open("rb") as fh:
        start, blocks, audio = _blocks(fh)
        ours = [f"{SUMMARY_FIELD}={summary}".encode(), f"{FIELD}={record_text}".encode()]
        vendor, entries = b"Runway Desktop", list[bytes]()
        existing = next((data for kind, data in blocks if kind == _VORBIS_COMMENT), None)
        if existing is not None:
            vendor, entries = _comments(existing)
        entries = [e for e in entries if _field(e) not in (FIELD, SUMMARY_FIELD)] + ours
        comment = struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(entries))
        comment += b"".join(struct.pack("<I", len(e)) + e for e in entries)
        if len(comment) > _MAX_BLOCK:
            raise EmbedError("The record is too large for a FLAC comment block (16 MB).")
        kept = [block for block in blocks if block[0] != _VORBIS_COMMENT]
        kept.insert(1, (_VORBIS_COMMENT, comment))
        with replacing(path) as out:
            copy_range(fh, out, 0, start)
            out.write(b"fLaC")
            for index, (kind, data) in enumerate(kept):
                last = 0x80 if index == len(kept) - 1 else 0
                out.write(bytes([last | kind]) + len(data).to_bytes(3, "big") + data)
            copy_range(fh, out, audio)


def read(path: Path) -> str | None:
    with path.open("rb") as fh:
        _, blocks, _ = _blocks(fh)
    for kind, data in blocks:
        if kind == _VORBIS_COMMENT:
            for entry in _comments(data)[1]:
                if _field(entry) == FIELD:
                    return entry.partition(b"=")[2].decode("utf-8", "replace")
    return None
