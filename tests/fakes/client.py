"""A scripted Runway client implementing the engine's `RunwayApi` Protocol.

Replies are queued per operation with `push` and consumed in order; `always` sets the reply
once the queue is empty. A reply is returned as is, raised when it is an exception, called
(and awaited) when it is a function of the call's arguments, and for `download` written to
the destination when it is bytes. An unscripted call fails the test loudly.
"""

from __future__ import annotations

import asyncio
import inspect
from collections import defaultdict, deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from runway_desktop.api.models import CreatedTask, TaskSnapshot, TaskStatus

_NOTHING = object()
FAKE_KEY = "key_" + "0123456789abcdef" * 4  # the key the scripted engine's redactor knows


def snapshot(status: str, *outputs: str, runway_id: str = "rw-1", progress: float | None = None,
             failure: str | None = None, failure_code: str | None = None) -> TaskSnapshot:
    """A task as Runway would describe it."""
    return TaskSnapshot(id=runway_id, status=TaskStatus.from_wire(status), raw_status=status,
                        progress=progress, outputs=tuple(outputs), failure=failure, failure_code=failure_code)


class Gate:
    """A reply that waits until the test opens it (to catch work in the middle)."""

    def __init__(self, then: Any = None) -> None:
        self.entered = asyncio.Event()
        self.opened = asyncio.Event()
        self.then = then

    async def __call__(self, *args: Any) -> Any:
        self.entered.set()
        await self.opened.wait()
        return self.then


class ScriptedClient:
    """Every call is recorded in `calls` as (operation, first argument)."""

    def __init__(self) -> None:
        self._queued: dict[str, deque[Any]] = defaultdict(deque)
        self._always: dict[str, Any] = {}
        self.calls: list[tuple[str, Any]] = []
        self.closed = False

    def push(self, operation: str, *replies: Any) -> ScriptedClient:
        self._queued[operation].extend(replies)
        return self

    def always(self, operation: str, reply: Any) -> ScriptedClient:
        self._always[operation] = reply
        return self

    def count(self, operation: str) -> int:
        return sum(1 for op, _ in self.calls if op == operation)

    async def _reply(self, operation: str, *args: Any) -> Any:
        self.calls.append((operation, args[0] if args else None))
        queue = self._queued[operation]
        reply = queue.popleft() if queue else self._always.get(operation, _NOTHING)
        if reply is _NOTHING:
            raise AssertionError(f"unscripted call: {operation}{args!r}")
        if isinstance(reply, BaseException):
            raise reply
        if callable(reply) and not isinstance(reply, bytes | type):
            reply = reply(*args)
            if inspect.isawaitable(reply):
                reply = await reply
            if isinstance(reply, BaseException):
                raise reply
        return reply

    async def create(self, endpoint: str, body: dict[str, Any]) -> CreatedTask:
        reply = await self._reply("create", endpoint, body)
        return reply if isinstance(reply, CreatedTask) else CreatedTask(id=str(reply))

    async def retrieve(self, task_id: str) -> TaskSnapshot:
        return await self._reply("retrieve", task_id)

    async def delete(self, task_id: str) -> None:
        await self._reply("delete", task_id)

    async def upload(self, path: str | Path, *, filename: str | None = None, mime: str | None = None,
                     progress: Callable[[int, int], None] | None = None) -> str:
        return await self._reply("upload", path)

    async def download(self, url: str, dest: str | Path, *,
                       progress: Callable[[int, int | None], None] | None = None) -> int:
        reply = await self._reply("download", url, dest)
        if isinstance(reply, bytes):
            await asyncio.to_thread(Path(dest).write_bytes, reply)
            return len(reply)
        return reply

    async def aclose(self) -> None:
        self.closed = True
