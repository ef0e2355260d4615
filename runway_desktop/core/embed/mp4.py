"""MP4/MOV: the record in moov/udta/meta/ilst, as an iTunes-style freeform (`----`) item.

The summary goes in `©cmt`, which players and ffprobe show as the comment. Only the moov box is
rebuilt; every other box, the media data included, is copied unchanged. When moov sits before
the media data (a "fast start" file) it grows, so every chunk offset (stco/co64) that points past
it is moved by the same amount, widening a 32-bit table to co64 if an offset would overflow.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from runway_desktop.core.embed.atomic import copy_range, read_exact, replacing
from runway_desktop.core.embed.record import EmbedError

MEAN = b"com.runway-desktop"
NAME = b"record"
_COMMENT = b"\xa9cmt"
_UTF8 = struct.pack(">II", 1, 0)  # data type 1 (UTF-8 text), default locale
_SAMPLE_TABLE_PATH = (b"trak", b"mdia", b"minf", b"stbl")

Box = tuple[bytes, bytes]  # (type, payload)


def _top_level(fh: BinaryIO) -> Iterator[tuple[bytes, int, int, int]]:
    """(type, start, header length, end) of each top-level box."""
    fh.seek(0, 2)
    size_of_file = fh.tell()
    pos = 0
    while pos + 8 <= size_of_file:
        fh.seek(pos)
        size, kind = struct.unpack(">I4s", read_exact(fh, 8))
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", read_exact(fh, 8))[0], 16
        elif size == 0:
            size = size_of_file - pos
        if size < header or pos + size > size_of_file:
            raise EOFError(f"the {kind.decode('latin-1')!r} box runs past the end of the file")
        yield kind, pos, header, pos + size
        pos += size


def _parse(data: bytes) -> list[Box]:
    boxes, pos = [], 0
    while pos + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", data[pos + 8 : pos + 16])[0], 16
        elif size == 0:
            size = len(data) - pos
        if size < header or pos + size > len(data):
            raise ValueError(f"the {kind.decode('latin-1')!r} box is damaged")
        boxes.append((kind, data[pos + header : pos + size]))
        pos += size
    return boxes


def _box(kind: bytes, payload: bytes) -> bytes:
    if len(payload) + 8 > 0xFFFFFFFF:
        return struct.pack(">I4sQ", 1, kind, len(payload) + 16) + payload
    return struct.pack(">I4s", len(payload) + 8, kind) + payload


def _join(boxes: list[Box]) -> bytes:
    return b"".join(_box(kind, payload) for kind, payload in boxes)


def _meta_split(payload: bytes) -> tuple[bytes, list[Box]]:
    """(version/flags prefix, children) of a meta box, in the MP4 (full box) or QuickTime style."""
    if payload[4:8] == b"hdlr":
        return b"", _parse(payload)
    return payload[:4], _parse(payload[4:])


def _is_ours(kind: bytes, payload: bytes) -> bool:
    if kind != b"----":
        return False
    parts = dict(_parse(payload))
    return parts.get(b"mean", b"")[4:] == MEAN and parts.get(b"name", b"")[4:] == NAME


def _items(record_text: str, summary: str) -> list[Box]:
    data = _box(b"data", _UTF8 + record_text.encode("utf-8"))
    freeform = _box(b"mean", b"\0\0\0\0" + MEAN) + _box(b"name", b"\0\0\0\0" + NAME) + data
    return [(_COMMENT, _box(b"data", _UTF8 + summary.encode("utf-8"))), (b"----", freeform)]


def _new_meta(items: list[Box]) -> bytes:
    hdlr = b"\0" * 8 + b"mdirappl" + b"\0" * 9
    return b"\0\0\0\0" + _box(b"hdlr", hdlr) + _box(b"ilst", _join(items))


def _with_items(meta: bytes, items: list[Box]) -> bytes:
    prefix, children = _meta_split(meta)
    out, placed = [], False
    for kind, payload in children:
        if kind == b"ilst":
            kept = [(k, p) for k, p in _parse(payload) if k != _COMMENT and not _is_ours(k, p)]
            payload, placed = _join(kept + items), True
        out.append((kind, payload))
    if not placed:
        out.append((b"ilst", _join(items)))
    return prefix + _join(out)


def _is_itunes_meta(payload: bytes) -> bool:
    _, children = _meta_split(payload)
    hdlr = dict(children).get(b"hdlr", b"")
    return hdlr[8:12] == b"mdir"


def _udta(moov: list[Box], items: list[Box]) -> list[Box]:
    out, placed = [], False
    for kind, payload in moov:
        if kind == b"udta":
            children, done = [], False
            for child_kind, child in _parse(payload):
                if child_kind == b"meta" and _is_itunes_meta(child) and not done:
                    child, done = _with_items(child, items), True
                children.append((child_kind, child))
            if not done:
                children.append((b"meta", _new_meta(items)))
            payload, placed = _join(children), True
        out.append((kind, payload))
    if not placed:
        out.append((b"udta", _box(b"meta", _new_meta(items))))
    return out


def _offsets(kind: bytes, table: bytes) -> list[int]:
    (count,) = struct.unpack(">I", table[4:8])
    width = "Q" if kind == b"co64" else "I"
    return list(struct.unpack(f">{count}{width}", table[8 : 8 + count * (8 if width == "Q" else 4)]))


def _shift_tables(boxes: list[Box], after: int, delta: int, widen: bool, depth: int = 0) -> list[Box]:
    """The boxes with every chunk offset past `after` moved by `delta` (and stco made co64 if `widen`)."""
    out = []
    for kind, payload in boxes:
        if depth < len(_SAMPLE_TABLE_PATH) and kind == _SAMPLE_TABLE_PATH[depth]:
            payload = _join(_shift_tables(_parse(payload), after, delta, widen, depth + 1))
        elif depth == len(_SAMPLE_TABLE_PATH) and kind in (b"stco", b"co64"):
            moved = [o + delta if o > after else o for o in _offsets(kind, payload)]
            if kind == b"stco" and max(moved, default=0) > 0xFFFFFFFF and not widen:
                raise _Overflow
            if widen:
                kind = b"co64"
            fmt = "Q" if kind == b"co64" else "I"
            payload = payload[:4] + struct.pack(f">I{len(moved)}{fmt}", len(moved), *moved)
        out.append((kind, payload))
    return out


class _Overflow(Exception):
    """A 32-bit chunk offset table would overflow: the tables need 64-bit offsets (co64)."""


def _new_moov(moov: bytes, moov_start: int, record_text: str, summary: str, data_after: bool) -> bytes:
    children = _udta(_parse(moov), _items(record_text, summary))
    if not data_after:
        return _box(b"moov", _join(children))
    old_size = len(_box(b"moov", moov))
    for widen in (False, True):
        # Widening changes sizes but not with the shift, so the size at zero shift is the final size.
        delta = len(_box(b"moov", _join(_shift_tables(children, moov_start, 0, widen)))) - old_size
        try:
            return _box(b"moov", _join(_shift_tables(children, moov_start, delta, widen)))
        except _Overflow:
            continue
    raise EmbedError("The MP4's chunk offsets cannot be moved to make room for the record.")


def write(path: Path, record_text: str, summary: str) -> None:
    with path.open("rb") as fh:
        boxes = list(_top_level(fh))
        moovs = [b for b in boxes if b[0] == b"moov"]
        if len(moovs) != 1:
            raise ValueError("the file has no single moov box (it is not a complete MP4/MOV)")
        _, start, header, end = moovs[0]
        after = [b for b in boxes if b[1] >= end]
        if any(kind == b"moof" for kind, *_ in after):
            raise EmbedError("Fragmented MP4 files cannot carry the record yet.")
        fh.seek(start + header)
        moov = read_exact(fh, end - start - header)
        data_after = any(kind == b"mdat" for kind, *_ in after)
        new_moov = _new_moov(moov, start, record_text, summary, data_after)
        with replacing(path) as out:
            copy_range(fh, out, 0, start)
            out.write(new_moov)
            copy_range(fh, out, end)


def read(path: Path) -> str | None:
    with path.open("rb") as fh:
        moov = next(((s, h, e) for kind, s, h, e in _top_level(fh) if kind == b"moov"), None)
        if moov is None:
            return None
        start, header, end = moov
        fh.seek(start + header)
        children = _parse(read_exact(fh, end - start - header))
    for kind, payload in children:
        if kind != b"udta":
            continue
        for child_kind, child in _parse(payload):
            if child_kind != b"meta":
                continue
            for meta_kind, meta_child in _meta_split(child)[1]:
                if meta_kind != b"ilst":
                    continue
                for item_kind, item in _parse(meta_child):
                    if _is_ours(item_kind, item):
                        data = dict(_parse(item)).get(b"data", b"")
                        return data[8:].decode("utf-8", "replace")
    return None
