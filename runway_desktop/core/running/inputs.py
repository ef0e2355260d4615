"""Resolving a task's media slots into URIs at submission time.

Local files are re-inspected (they may have changed since they were dropped), then sent
inline as a data URI when they fit Runway's 5 MB limit, or as an ephemeral upload otherwise.
An upload is reused for the same content (by SHA-256) while its runway:// URI is valid.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol

from runway_desktop.core.intake import inspect as intake
from runway_desktop.core.intake import plan as input_plan
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.storage.store import Store

# runway:// URIs live 24 h; reuse one only while it has comfortably more than an hour left.
UPLOAD_LIFETIME = 24 * 3600
REUSE_MARGIN = 3600


class Uploader(Protocol):
    async def upload(
        self, path: str | Path, *, filename: str | None = None, mime: str | None = None, progress: Any = None
    ) -> str: ...


class InputResolver:
    """Turns the MediaValues of a request into the URI strings that go on the wire."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], float] = time.time,
        inspect: Callable[[str], Awaitable[MediaInfo]] = intake.inspect,
    ) -> None:
        self._store = store
        self._clock = clock
        # The window passes a worker-process inspector: PyAV holds the GIL while decoding.
        self._inspect = inspect

    async def resolve(
        self,
        client: Uploader,
        media: list[MediaValue],
        progress: Callable[[int, int, int], None] | None = None,
    ) -> tuple[dict[int, str], dict[str, str]]:
        """URIs by marker index, and the SHA-256 of each local input (for the sidecar)."""
        uris: dict[int, str] = {}
        hashes: dict[str, str] = {}
        for index, value in enumerate(media):
            if value.url:
                uris[index] = (
                    value.url if value.url.startswith("runway://") else input_plan.check_url(value.url)
                )
                continue
            if not value.path:
                raise intake.IntakeError(
                    "A media slot holds neither a file nor a URL.", path="", code="empty"
                )
            info = await self._inspect(value.path)
            if info.sha256:
                hashes[str(index)] = info.sha256
            plan = input_plan.plan_input(info)
            if plan.method == "data-uri":
                uris[index] = await input_plan.encode_data_uri(info.path, info.mime)
                continue
            cached = await self._store.cached_upload(info.sha256 or "", self._clock() + REUSE_MARGIN)
            if cached:
                uris[index] = cached
                continue

            def report(sent: int, total: int, _index: int = index) -> None:
                if progress:
                    progress(_index, sent, total)

            uri = await client.upload(
                info.path, filename=Path(info.path).name, mime=info.mime, progress=report
            )
            if info.sha256:
                await self._store.remember_upload(info.sha256, uri, self._clock() + UPLOAD_LIFETIME)
            uris[index] = uri
        return uris, hashes
