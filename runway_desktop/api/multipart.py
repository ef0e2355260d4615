"""A multipart/form-data body streamed from disk with an exact length: form fields first, the file last."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncGenerator, Callable, Sequence
from pathlib import Path

CHUNK_SIZE = 1 << 20


def _quote(value: str) -> str:
    """HTML5 form encoding of a name or filename inside a Content-Disposition header."""
    out = []
    for char in value:
        if char == '"':
            out.append("%22")
        elif char == "\\":
            out.append("\\\\")
        elif ord(char) < 0x20 or char == "\x7f":
            out.append(f"%{ord(char):02X}")
        else:
            out.append(char)
    return "".join(out)


class StreamedForm:
    """The fields and one file of a storage POST; `body()` may be called again for a fresh send."""

    def __init__(
        self,
        fields: Sequence[tuple[str, str]],
        path: str | Path,
        size: int,
        *,
        filename: str,
        mime: str,
        file_field: str = "file",
        chunk_size: int = CHUNK_SIZE,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be positive, not {chunk_size}")
        self.path = Path(path)
        self.size = size
        self.boundary = os.urandom(16).hex()
        self.chunk_size = chunk_size
        self.progress = progress
        dash = f"--{self.boundary}\r\n".encode()
        parts = [
            dash + f'Content-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'.encode() + value.encode()
            + b"\r\n"
            for name, value in fields
        ]
        file_header = (
            f'Content-Disposition: form-data; name="{_quote(file_field)}"; filename="{_quote(filename)}"\r\n'
            f"Content-Type: {mime}\r\n\r\n"
        ).encode()
        self._head = b"".join(parts) + dash + file_header
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def content_length(self) -> int:
        return len(self._head) + self.size + len(self._tail)

    @property
    def headers(self) -> dict[str, str]:
        return {"Content-Type": self.content_type, "Content-Length": str(self.content_length)}

    async def body(self) -> AsyncGenerator[bytes, None]:
        """The body, the file read in chunks off the event loop; raises OSError if the file shrank."""
        yield self._head
        sent = 0
        if self.progress:
            self.progress(0, self.size)
        handle = await asyncio.to_thread(self.path.open, "rb")
        try:
            while sent < self.size:
                chunk = await asyncio.to_thread(handle.read, min(self.chunk_size, self.size - sent))
                if not chunk:
                    raise OSError(f"{self.path.name} became shorter while it was being uploaded")
                sent += len(chunk)
                yield chunk
                if self.progress:
                    self.progress(sent, self.size)
        finally:
            await asyncio.to_thread(handle.close)
        yield self._tail
