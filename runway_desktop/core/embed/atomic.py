"""Rewriting a file in place safely: a temporary file beside it, then one rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_COPY_BLOCK = 1 << 20


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """Yield a new file that replaces `path` (keeping its permissions) only if the block succeeds."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".embed", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def copy_range(src: BinaryIO, dst: BinaryIO, start: int, length: int | None = None) -> None:
    """Copy `length` bytes of `src` from `start` (to the end when None) without loading them whole."""
    src.seek(start)
    remaining = length
    while remaining is None or remaining > 0:
        block = src.read(_COPY_BLOCK if remaining is None else min(_COPY_BLOCK, remaining))
        if not block:
            break
        dst.write(block)
        if remaining is not None:
            remaining -= len(block)
    if remaining:
        raise EOFError(f"the file ended {remaining} bytes early")


def read_exact(fh: BinaryIO, size: int) -> bytes:
    """Exactly `size` bytes, or EOFError: a truncated structure is never half-read."""
    data = fh.read(size)
    if len(data) != size:
        raise EOFError(f"expected {size} bytes, the file ended after {len(data)}")
    return data
