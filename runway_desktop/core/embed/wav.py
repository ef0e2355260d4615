"""WAV: the record in an `iXML` chunk (the broadcast-audio metadata chunk) appended after the data.

The fmt and data chunks are copied unchanged. A foreign iXML document keeps its content; our
element is added to it (replacing an earlier one of ours). The summary also goes in LIST/INFO
`ICMT`, the comment players and ffprobe show.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape, unescape

from runway_desktop.core.embed.atomic import copy_range, read_exact, replacing
from runway_desktop.core.embed.record import EmbedError

_TAG = "RUNWAY_DESKTOP"
_ELEMENT = re.compile(rf"<{_TAG}>(.*?)</{_TAG}>", re.S)
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<BWFXML><IXML_VERSION>2.10</IXML_VERSION>'
# A document we wrote whole (rather than one of another tool's that we added to) is rewritten whole.
_OWN_DOCUMENT = re.compile(re.escape(_HEAD) + rf"<NOTE>.*?</NOTE><{_TAG}>.*?</{_TAG}></BWFXML>\s*", re.S)
_IXML = b"iXML"

Chunk = tuple[bytes, int, int]  # (id, data start, data size)


def _chunks(fh: BinaryIO) -> list[Chunk]:
    head = fh.read(12)
    if head[:4] == b"RF64":
        raise EmbedError("RF64 (very large) WAV files cannot carry the record.")
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise ValueError("not a WAV file")
    fh.seek(0, 2)
    end = fh.tell()
    chunks, pos = [], 12
    while pos + 8 <= end:
        fh.seek(pos)
        kind, size = struct.unpack("<4sI", read_exact(fh, 8))
        size = min(size, end - pos - 8)  # a streamed file may leave the data size unset
        chunks.append((kind, pos + 8, size))
        pos += 8 + size + (size & 1)
    return chunks


def _document(existing: str | None, record_text: str, summary: str) -> str:
    element = f"<{_TAG}>{escape(record_text)}</{_TAG}>"
    if existing and "</BWFXML>" in existing and not _OWN_DOCUMENT.fullmatch(existing):
        cleaned = _ELEMENT.sub("", existing)
        at = cleaned.rindex("</BWFXML>")
        return cleaned[:at] + element + cleaned[at:]
    return f"{_HEAD}<NOTE>{escape(summary)}</NOTE>{element}</BWFXML>"


def _info_list(body: bytes | None, summary: str) -> bytes:
    """A LIST/INFO body whose ICMT (comment) is the summary; other INFO entries are kept."""
    entries, pos = [], 4
    while body is not None and pos + 8 <= len(body):
        kind, size = body[pos : pos + 4], struct.unpack("<I", body[pos + 4 : pos + 8])[0]
        if kind != b"ICMT":
            entries.append((kind, body[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (size & 1)
    entries.append((b"ICMT", summary.encode("utf-8") + b"\0"))
    return b"INFO" + b"".join(_chunk(kind, data) for kind, data in entries)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\0" if len(data) & 1 else b"")


def write(path: Path, record_text: str, summary: str) -> None:
    with path.open("rb") as fh:
        existing, info = None, None
        # Small chunks are rebuilt in memory; the rest (the samples) are copied from the file.
        layout: list[Chunk | bytes] = []
        for kind, start, size in _chunks(fh):
            if kind == _IXML:
                fh.seek(start)
                existing = read_exact(fh, size).decode("utf-8", "replace").rstrip("\0")
            elif kind == b"LIST" and info is None and size >= 4 and _peek(fh, start, 4) == b"INFO":
                fh.seek(start)
                info = len(layout)
                layout.append(_chunk(b"LIST", _info_list(read_exact(fh, size), summary)))
            else:
                layout.append((kind, start, size))
        if info is None:
            layout.append(_chunk(b"LIST", _info_list(None, summary)))
        layout.append(_chunk(_IXML, _document(existing, record_text, summary).encode("utf-8")))
        total = 4 + sum(len(c) if isinstance(c, bytes) else 8 + c[2] + (c[2] & 1) for c in layout)
        if total > 0xFFFFFFFF:
            raise EmbedError("The WAV file is too large (4 GB) to carry the record.")
        with replacing(path) as out:
            out.write(b"RIFF" + struct.pack("<I", total) + b"WAVE")
            for chunk in layout:
                if isinstance(chunk, bytes):
                    out.write(chunk)
                    continue
                kind, start, size = chunk
                out.write(kind + struct.pack("<I", size))
                copy_range(fh, out, start, size)
                if size & 1:
                    out.write(b"\0")


def _peek(fh: BinaryIO, start: int, size: int) -> bytes:
    fh.seek(start)
    return fh.read(size)


def read(path: Path) -> str | None:
    with path.open("rb") as fh:
        for kind, start, size in _chunks(fh):
            if kind == _IXML:
                fh.seek(start)
                found = _ELEMENT.search(read_exact(fh, size).decode("utf-8", "replace"))
                return unescape(found.group(1)) if found else None
    return None
