"""JPEG: the record in an XMP packet (APP1), in extended XMP segments when it outgrows one.

Only the segments before the scan are parsed; everything from the SOS marker on (the image
data) is copied unchanged.
"""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path
from typing import BinaryIO

from runway_desktop.core.embed import xmp
from runway_desktop.core.embed.atomic import copy_range, read_exact, replacing
from runway_desktop.core.embed.record import EmbedError

XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
EXT_ID = b"http://ns.adobe.com/xmp/extension/\x00"
_MAX_PAYLOAD = 65533  # a segment's length field counts itself and tops out at 65535
_EXT_CHUNK = _MAX_PAYLOAD - len(EXT_ID) - 32 - 8
_SUMMARY_LIMIT = 8000
_SOS, _APP0, _APP1 = 0xDA, 0xE0, 0xE1
_STANDALONE = {0x01, *range(0xD0, 0xD8)}

Segment = tuple[int, bytes]


def _segments(fh: BinaryIO) -> tuple[list[Segment], int]:
    """The segments before the scan, and the offset where the scan (SOS) starts."""
    if fh.read(2) != b"\xff\xd8":
        raise ValueError("not a JPEG file")
    segments: list[Segment] = []
    while True:
        byte = read_exact(fh, 1)
        if byte != b"\xff":
            raise ValueError("the JPEG header is damaged (a segment does not start with 0xFF)")
        marker = read_exact(fh, 1)[0]
        while marker == 0xFF:  # fill bytes
            marker = read_exact(fh, 1)[0]
        if marker == _SOS:
            return segments, fh.tell() - 2
        if marker in _STANDALONE:
            segments.append((marker, b""))
            continue
        (length,) = struct.unpack(">H", read_exact(fh, 2))
        segments.append((marker, read_exact(fh, length - 2)))


def _segment(marker: int, payload: bytes) -> bytes:
    if marker in _STANDALONE:
        return bytes([0xFF, marker])
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _standard(segments: list[Segment]) -> str | None:
    for marker, payload in segments:
        if marker == _APP1 and payload.startswith(XMP_ID):
            return payload[len(XMP_ID) :].decode("utf-8", "replace")
    return None


def _ours(segments: list[Segment], text: str | None) -> list[Segment]:
    """Every segment except our XMP packet and the extended segments it points to."""
    guid = xmp.extended_guid(text) if text else None
    kept = []
    for marker, payload in segments:
        if marker == _APP1 and payload.startswith(XMP_ID):
            continue
        if guid and marker == _APP1 and payload.startswith(EXT_ID + guid.encode()):
            continue
        kept.append((marker, payload))
    return kept


def _xmp_segments(record_text: str, summary: str, existing: str | None) -> list[Segment]:
    foreign = xmp.without_ours(existing) if existing else None
    inline = xmp.packet(xmp.description(record_text, summary), foreign).encode("utf-8")
    if len(XMP_ID) + len(inline) <= _MAX_PAYLOAD:
        return [(_APP1, XMP_ID + inline)]
    if foreign and "HasExtendedXMP" in foreign:
        raise EmbedError("This JPEG already carries extended XMP from another tool; the record does not fit.")
    extension = xmp.extension_packet(record_text).encode("utf-8")
    guid = hashlib.md5(extension, usedforsecurity=False).hexdigest().upper()
    # The readable summary stays in the main packet, shortened if a very long prompt would not fit.
    short = summary if len(summary) <= _SUMMARY_LIMIT else summary[:_SUMMARY_LIMIT] + "…"
    main = xmp.packet(xmp.description(None, short, guid), foreign).encode("utf-8")
    if len(XMP_ID) + len(main) > _MAX_PAYLOAD:
        raise EmbedError("The JPEG's XMP metadata is too large to add the record to.")
    out = [(_APP1, XMP_ID + main)]
    head = EXT_ID + guid.encode() + struct.pack(">I", len(extension))
    for start in range(0, len(extension), _EXT_CHUNK):
        out.append((_APP1, head + struct.pack(">I", start) + extension[start : start + _EXT_CHUNK]))
    return out


def write(path: Path, record_text: str, summary: str) -> None:
    with path.open("rb") as fh:
        segments, scan = _segments(fh)
        existing = _standard(segments)
        kept = _ours(segments, existing)
        at = 0
        while at < len(kept) and kept[at][0] in (_APP0, _APP1):
            at += 1
        kept[at:at] = _xmp_segments(record_text, summary, existing)
        with replacing(path) as out:
            out.write(b"\xff\xd8")
            for marker, payload in kept:
                out.write(_segment(marker, payload))
            copy_range(fh, out, scan)


def read(path: Path) -> str | None:
    with path.open("rb") as fh:
        segments, _ = _segments(fh)
    text = _standard(segments)
    if text is None or not xmp.is_ours(text):
        return None
    inline = xmp.record_text(text)
    guid = xmp.extended_guid(text)
    if inline is not None or guid is None:
        return inline
    prefix = EXT_ID + guid.encode()
    parts: dict[int, bytes] = {}
    total = 0
    for marker, payload in segments:
        if marker == _APP1 and payload.startswith(prefix):
            total, offset = struct.unpack(">II", payload[len(prefix) : len(prefix) + 8])
            parts[offset] = payload[len(prefix) + 8 :]
    extension = b"".join(parts[k] for k in sorted(parts))
    if len(extension) != total:
        return None
    return xmp.record_text(extension.decode("utf-8", "replace"))
