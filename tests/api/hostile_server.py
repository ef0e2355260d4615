"""A raw HTTP/1.1 server on loopback that misbehaves byte by byte: endless, huge, slow, lying, cut short.

Each path answers with one behaviour; aiohttp cannot lie about a Content-Length or trickle headers,
so this speaks HTTP itself. Every request is counted per path.
"""

from __future__ import annotations

import asyncio
import contextlib
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable

Writer = asyncio.StreamWriter
Behaviour = Callable[[Writer], Awaitable[bool]]  # True: the connection may serve another request

_REASONS = {200: "OK", 206: "Partial Content", 301: "Moved Permanently", 302: "Found",
            303: "See Other", 307: "Temporary Redirect", 400: "Bad Request", 401: "Unauthorized",
            429: "Too Many Requests", 503: "Service Unavailable"}


def head(status: int, headers: dict[str, str] | None = None, *, length: int | None = None) -> bytes:
    """A status line and headers; `length` becomes the Content-Length when given."""
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Whatever')}"]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None, *,
            length: int | None = None, close: bool = False) -> Behaviour:
    """An answer whose Content-Length is `length` (a lie, when it differs from the body)."""

    async def behave(writer: Writer) -> bool:
        writer.write(head(status, headers, length=len(body) if length is None else length) + body)
        await writer.drain()
        return not close and (length is None or length == len(body))

    return behave


def json_text(status: int, text: str, headers: dict[str, str] | None = None) -> Behaviour:
    return respond(status, text.encode(), {"Content-Type": "application/json", **(headers or {})})


def endless(content_type: str = "application/json", *, chunked: bool = False,
            piece: bytes = b"[" + b"0," * 32767) -> Behaviour:
    """200, then bytes for as long as the client reads (no length, or chunked encoding)."""

    async def behave(writer: Writer) -> bool:
        headers = {"Content-Type": content_type}
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
        writer.write(head(200, headers))
        frame = f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece
        while True:
            writer.write(frame)
            await writer.drain()

    return behave


def gzip_bomb(expanded: int, content_type: str = "application/json", *, status: int = 200) -> Behaviour:
    """A small gzip body that expands to `expanded` bytes of spaces (compressed a megabyte at a time)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: the gzip container
    block = b" " * (1 << 20)
    pieces = [packer.compress(block) for _ in range(expanded // len(block))]
    packed = b"".join(pieces) + packer.compress(b" " * (expanded % len(block))) + packer.flush()
    return respond(status, packed, {"Content-Type": content_type, "Content-Encoding": "gzip"})


def trickle(interval: float, *, prefix: bytes = b"", length: int | None = None,
            content_type: str = "application/json", status: int = 200) -> Behaviour:
    """Headers at once, then one byte every `interval` seconds, forever."""

    async def behave(writer: Writer) -> bool:
        writer.write(head(status, {"Content-Type": content_type}, length=length) + prefix)
        while True:
            await writer.drain()
            await asyncio.sleep(interval)
            writer.write(b" ")

    return behave


def trickle_headers(interval: float) -> Behaviour:
    """The status line, then one header byte every `interval` seconds, forever."""

    async def behave(writer: Writer) -> bool:
        writer.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while True:
            await writer.drain()
            await asyncio.sleep(interval)
            writer.write(b"a")

    return behave


def stall_after(body: bytes, content_type: str = "video/mp4") -> Behaviour:
    """Announce `body`, send its first half, then say nothing ever again (the socket stays open)."""

    async def behave(writer: Writer) -> bool:
        writer.write(head(200, {"Content-Type": content_type}, length=len(body)) + body[: len(body) // 2])
        await writer.drain()
        await asyncio.Event().wait()
        return False

    return behave


def silence() -> Behaviour:
    """Read the request and never answer."""

    async def behave(writer: Writer) -> bool:
        await asyncio.Event().wait()
        return False

    return behave


def garbage(data: bytes = b"\x00\xffSSH-2.0-OpenSSH\r\n\x16\x03\x01 not http at all\r\n\r\n") -> Behaviour:
    """Bytes that are not HTTP, then close."""
    return respond_raw(data)


def respond_raw(data: bytes) -> Behaviour:
    """Exactly `data`, then close."""

    async def behave(writer: Writer) -> bool:
        writer.write(data)
        await writer.drain()
        return False

    return behave


def redirect(location: str, status: int = 302) -> Behaviour:
    return respond(status, b"", {"Location": location})


class HostileServer:
    """Serves each path with its behaviour (418 when none); `hits` counts requests per path."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self._routes: dict[str, Behaviour] = {}
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.url = ""

    def on(self, path: str, behaviour: Behaviour) -> str:
        """Route `path` (without the query) to `behaviour`; returns its full URL."""
        self._routes[path] = behaviour
        return self.url + path

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                path = await _read_request(reader)
                if path is None:
                    return
                self.hits[path] += 1
                behaviour = self._routes.get(path, respond(418, b'{"error": "unscripted"}'))
                if not await behaviour(writer):
                    return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return
        finally:
            self._tasks.discard(task)
            with contextlib.suppress(Exception):
                writer.transport.abort()


async def _read_request(reader: asyncio.StreamReader) -> str | None:
    """The path of the next request (its body read and dropped), or None when the client hung up."""
    try:
        raw = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = raw.decode("latin-1").split("\r\n")
    target = lines[0].split(" ")[1]
    length = next((int(line.split(":", 1)[1]) for line in lines[1:]
                   if line.lower().startswith("content-length:")), 0)
    if length:
        await reader.readexactly(length)
    return target.split("?", 1)[0]
