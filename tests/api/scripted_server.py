"""A scripted HTTP server on a real loopback socket: queued replies, drops, stalls; every request recorded."""

from __future__ import annotations

import asyncio
import hashlib
import json
import socket
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

KEY = "key_" + "0123456789abcdef" * 8


@dataclass(frozen=True)
class Reply:
    """One scripted answer, or an action: "drop" (close without answering), "truncate", "sleep", "stall"."""

    status: int = 200
    json: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    action: str | None = None
    delay: float = 0.0

    def response(self) -> web.StreamResponse:
        if self.json is not None:
            return web.json_response(self.json, status=self.status, headers=self.headers)
        return web.Response(status=self.status, body=self.body or b"", headers=self.headers)


def drop() -> Reply:
    """Read the whole request, then close the connection without a byte of answer."""
    return Reply(action="drop")


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes = b""
    parts: list[dict[str, Any]] = field(default_factory=list)  # multipart: name, filename, size, sha256

    def json(self) -> Any:
        return json.loads(self.body)


class ScriptedServer:
    """Answers each (method, path) from a queue of Replies, then from its standing reply, else 418."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._queues: dict[tuple[str, str], deque[Reply]] = defaultdict(deque)
        self._standing: dict[tuple[str, str], Reply] = {}
        self._stop = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    def script(self, method: str, path: str, *replies: Reply) -> None:
        self._queues[(method, path)].extend(replies)

    def always(self, method: str, path: str, reply: Reply) -> None:
        self._standing[(method, path)] = reply

    def seen(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        return [r for r in self.requests
                if (method is None or r.method == method) and (path is None or r.path == path)]

    async def start(self) -> str:
        app = web.Application(client_max_size=1 << 30)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        return self.url

    async def stop(self) -> None:
        self._stop.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        record = Recorded(request.method, request.rel_url.raw_path, request.query_string,
                          dict(request.headers))
        self.requests.append(record)
        if request.content_type == "multipart/form-data":
            await _read_parts(request, record)
        else:
            record.body = await request.read()
        key = (request.method, record.path)
        queue = self._queues.get(key)
        reply = queue.popleft() if queue else self._standing.get(key, Reply(418, {"error": "unscripted"}))
        if reply.action == "sleep":
            try:
                await asyncio.wait_for(self._stop.wait(), reply.delay)
            except TimeoutError:
                pass
        if reply.action == "drop":
            assert request.transport is not None
            request.transport.abort()
            raise asyncio.CancelledError  # nothing more to write to a closed socket
        if reply.action in ("truncate", "stall"):  # announce the whole body, send half, hang up or go quiet
            body = reply.body or b""
            response = web.StreamResponse(status=reply.status, headers=reply.headers)
            response.content_length = len(body)
            await response.prepare(request)
            await response.write(body[: len(body) // 2])
            if reply.action == "stall":
                await self._stop.wait()
            assert request.transport is not None
            request.transport.abort()
            raise asyncio.CancelledError
        return reply.response()


async def _read_parts(request: web.Request, record: Recorded) -> None:
    """Parse a multipart body as it streams in, keeping only sizes and hashes (never the bytes)."""
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if part.filename is None:
            record.parts.append({"name": part.name, "value": await part.text()})
            continue
        digest, size = hashlib.sha256(), 0
        while chunk := await part.read_chunk(1 << 16):
            digest.update(chunk)
            size += len(chunk)
        record.parts.append({"name": part.name, "filename": part.filename, "size": size,
                             "sha256": digest.hexdigest(), "content_type": part.headers.get("Content-Type")})


class RecordingSleep:
    """Stands in for asyncio.sleep: records each delay and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        await asyncio.sleep(0)


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
