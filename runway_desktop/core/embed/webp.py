"""WebP: the record in an `XMP ` chunk, which needs the extended (VP8X) layout.

A simple file (a lone VP8 or VP8L chunk) is given a VP8X header whose canvas size and alpha flag
are read from the bitstream; the image chunk itself is copied unchanged.
"""

from __future__ import annotations

import struct
from pathlib import Path

from runway_desktop.core.embed import xmp
from runway_desktop.core.embed.atomic import replacing

_XMP_FLAG, _ALPHA_FLAG = 0x04, 0x10
_XMP = b"XMP "

Chunk = tuple[bytes, bytes]


def _chunks(data: bytes) -> list[Chunk]:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("not a WebP file")
    end = min(len(data), 8 + struct.unpack("<I", data[4:8])[0])
    chunks, pos = [], 12
    while pos + 8 <= end:
        kind, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        body = data[pos + 8 : pos + 8 + size]
        if len(body) != size:
            raise EOFError("the WebP file ends inside a chunk")
        chunks.append((kind, body))
        pos += 8 + size + (size & 1)
    return chunks


def _chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\0" if len(body) & 1 else b"")


def _vp8x_for(kind: bytes, body: bytes) -> bytes:
    """The VP8X header a simple file gets: its canvas size, and alpha if the lossless image has it."""
    if kind == b"VP8 ":
        if len(body) < 10 or body[3:6] != b"\x9d\x01\x2a":
            raise ValueError("the WebP image data (VP8) is damaged")
        width = struct.unpack("<H", body[6:8])[0] & 0x3FFF
        height = struct.unpack("<H", body[8:10])[0] & 0x3FFF
        flags = 0
    elif kind == b"VP8L":
        if len(body) < 5 or body[0] != 0x2F:
            raise ValueError("the WebP image data (VP8L) is damaged")
        bits = struct.unpack("<I", body[1:5])[0]
        width, height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        flags = _ALPHA_FLAG if (bits >> 28) & 1 else 0
    else:
        raise ValueError(f"unexpected WebP chunk {kind!r}")
    return _vp8x(flags, width, height)


def _vp8x(flags: int, width: int, height: int) -> bytes:
    return bytes([flags, 0, 0, 0]) + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")


def write(path: Path, record_text: str, summary: str) -> None:
    chunks = _chunks(path.read_bytes())
    if not chunks:
        raise ValueError("the WebP file holds no image")
    existing = next((body.decode("utf-8", "replace") for kind, body in chunks if kind == _XMP), None)
    foreign = xmp.without_ours(existing) if existing else None
    packet = xmp.packet(xmp.description(record_text, summary), foreign).encode("utf-8")
    kept = [(kind, body) for kind, body in chunks if kind != _XMP]
    if kept[0][0] == b"VP8X":
        header = bytes([kept[0][1][0] | _XMP_FLAG]) + kept[0][1][1:]
        kept[0] = (b"VP8X", header)
    else:
        header = _vp8x_for(*kept[0])
        kept.insert(0, (b"VP8X", bytes([header[0] | _XMP_FLAG]) + header[1:]))
    kept.append((_XMP, packet))
    body = b"WEBP" + b"".join(_chunk(kind, data) for kind, data in kept)
    with replacing(path) as out:
        out.write(b"RIFF" + struct.pack("<I", len(body)) + body)


def read(path: Path) -> str | None:
    for kind, body in _chunks(path.read_bytes()):
        if kind == _XMP:
            return xmp.record_text(body.decode("utf-8", "replace"))
    return None
