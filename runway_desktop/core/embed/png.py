"""PNG: the record in an `iTXt` chunk keyed `runway-desktop`, the summary in `parameters`.

Chunks are copied byte for byte; only our two text chunks are removed and re-added just before
the first IDAT, so the image data is untouched.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import BinaryIO

from runway_desktop.core.embed.atomic import read_exact, replacing
from runway_desktop.core.embed.record import KEY

SIGNATURE = b"\x89PNG\r\n\x1a\n"
SUMMARY_KEY = "parameters"
_TEXT_TYPES = (b"iTXt", b"tEXt", b"zTXt")
_COMPRESS_ABOVE = 1024
_MAX_TEXT = 64 << 20  # a compressed text chunk never inflates past this (a hostile file could try)


def _chunks(fh: BinaryIO) -> list[tuple[bytes, bytes]]:
    if fh.read(8) != SIGNATURE:
        raise ValueError("not a PNG file")
    chunks = []
    while True:
        head = fh.read(8)
        if len(head) < 8:
            raise EOFError("the PNG file ends before its IEND chunk")
        length, kind = struct.unpack(">I4s", head)
        data = read_exact(fh, length)
        read_exact(fh, 4)  # CRC, recomputed on write
        chunks.append((kind, data))
        if kind == b"IEND":
            return chunks


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _itxt(keyword: str, text: str) -> bytes:
    raw = text.encode("utf-8")
    compressed = len(raw) > _COMPRESS_ABOVE
    payload = zlib.compress(raw, 9) if compressed else raw
    return keyword.encode("latin-1") + b"\0" + bytes([int(compressed), 0]) + b"\0\0" + payload


def _text_of(kind: bytes, data: bytes) -> tuple[str, str | None]:
    """(keyword, text) of a text chunk; the text is None when it cannot be decoded."""
    keyword, _, rest = data.partition(b"\0")
    name = keyword.decode("latin-1")
    try:
        if kind == b"tEXt":
            return name, rest.decode("latin-1")
        if kind == b"zTXt":
            return name, _inflate(rest[1:]).decode("latin-1")
        flag, _method = rest[0], rest[1]
        _lang, _, rest = rest[2:].partition(b"\0")
        _translated, _, body = rest.partition(b"\0")
        return name, (_inflate(body) if flag else body).decode("utf-8")
    except (IndexError, zlib.error, UnicodeDecodeError):
        return name, None


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, _MAX_TEXT)
    if inflater.unconsumed_tail:
        raise zlib.error("the text chunk inflates to more than 64 MB")
    return out


def write(path: Path, record_text: str, summary: str) -> None:
    with path.open("rb") as fh:
        chunks = _chunks(fh)
    kept = [
        (kind, data)
        for kind, data in chunks
        if not (kind in _TEXT_TYPES and _text_of(kind, data)[0] in (KEY, SUMMARY_KEY))
    ]
    first_idat = next((i for i, (kind, _) in enumerate(kept) if kind == b"IDAT"), len(kept) - 1)
    ours = [(b"iTXt", _itxt(SUMMARY_KEY, summary)), (b"iTXt", _itxt(KEY, record_text))]
    kept[first_idat:first_idat] = ours
    with replacing(path) as out:
        out.write(SIGNATURE)
        for kind, data in kept:
            out.write(_chunk(kind, data))


def read(path: Path) -> str | None:
    """Our text chunk's text; only text chunks are read, the image data is skipped over."""
    with path.open("rb") as fh:
        if fh.read(8) != SIGNATURE:
            raise ValueError("not a PNG file")
        while True:
            head = fh.read(8)
            if len(head) < 8:
                raise EOFError("the PNG file ends before its IEND chunk")
            length, kind = struct.unpack(">I4s", head)
            if kind == b"IEND":
                return None
            if kind not in _TEXT_TYPES:
                fh.seek(length + 4, 1)
                continue
            data = read_exact(fh, length)
            fh.seek(4, 1)
            if data.startswith(KEY.encode() + b"\0"):
                return _text_of(kind, data)[1]
