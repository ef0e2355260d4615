"""What the engine needs from a Runway client: the real `RunwayClient` and the tests' scripted fake."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from runway_desktop.api.models import CreatedTask, TaskSnapshot


class RunwayApi(Protocol):
    """The operations the engine calls; every failure is a `RunwayError` (or, for bad input, ValueError)."""

    async def create(self, endpoint: str, body: dict[str, Any]) -> CreatedTask: ...

    async def retrieve(self, task_id: str) -> TaskSnapshot: ...

    async def delete(self, task_id: str) -> None: ...

    async def upload(
        self,
        path: str | Path,
        *,
        filename: str | None = None,
        mime: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> str: ...

    async def download(
        self, url: str, dest: str | Path, *, progress: Callable[[int, int | None], None] | None = None
    ) -> int: ...

    async def aclose(self) -> None: ...
