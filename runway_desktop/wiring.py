"""Building the engine and its collaborators; shared by the two composition roots (app, CLI)."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from runway_desktop.api.base_url import DEFAULT_BASE_URL
from runway_desktop.api.redact import install_redaction
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.worker import MEDIA

# The engine, the store and the library are imported by the functions that build them: the window's
# form is composed (and answers) before the history is opened, so they load after it.
if TYPE_CHECKING:
    from runway_desktop.api.client import RunwayClient
    from runway_desktop.core.intake.media import MediaInfo
    from runway_desktop.core.running.engine import Engine, EngineConfig
    from runway_desktop.core.storage.library import Library
    from runway_desktop.core.storage.store import Store
    from runway_desktop.core.takes import TakesFollower, TakesIndex

APP_NAME = "runway-desktop"
_BACKFILL_PAGE = 2_000  # tasks read from the history per step of the takes backfill


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_base_url() -> str:
    return os.environ.get("RUNWAYML_BASE_URL") or DEFAULT_BASE_URL


@dataclass
class Services:
    store: Store
    library: Library
    client: RunwayClient | None
    engine: Engine


@contextlib.asynccontextmanager
async def open_store(data_dir: Path) -> AsyncIterator[Store]:
    from runway_desktop.core.storage.store import Store

    store = Store(data_dir / "tasks.sqlite3")
    await store.open()
    try:
        yield store
    finally:
        await store.close()


@contextlib.asynccontextmanager
async def open_services(
    data_dir: Path,
    *,
    base_url: str,
    api_key: str | None,
    library_dir: Path | None = None,
    config: EngineConfig | None = None,
    start: bool = True,
    daily_budget: float | None = None,
) -> AsyncIterator[Services]:
    """The engine and its collaborators, built as the window builds them (`build_engine`);
    with `start` it resumes unfinished work, without it the history is only loaded. With no key
    the engine has no client, as the window has before one is added."""
    engine = await build_engine(data_dir, library_dir=library_dir, config=config, daily_budget=daily_budget)
    try:
        client = make_client(api_key, base_url) if api_key is not None else None
        if client is not None and start:
            await engine.attach_client(client)
        else:
            engine.client = client
        yield Services(engine.store, engine.downloads.library, client, engine)
    finally:
        await close_engine(engine)


def make_client(api_key: str, base_url: str) -> RunwayClient:
    """A client for `base_url`; raises ValueError for an empty key or an unusable URL.

    The key is remembered for redaction: no server reply that echoes it reaches disk or a screen.
    """
    from runway_desktop.api.client import RunwayClient  # httpx loads only once a client is needed
    from runway_desktop.core.running.redaction import SECRETS

    SECRETS.add(api_key)
    return RunwayClient(api_key, base_url)


def engine_config(max_live: int = 4, *, simulator_speed: float | None = None) -> EngineConfig:
    """The engine's settings (`max_live`: tasks at Runway at once, the rest wait locally);
    against the local simulator, shorter polls and scaled durations."""
    from runway_desktop.core.running.engine import EngineConfig
    from runway_desktop.core.running.poll_schedule import PollTiming

    if simulator_speed is None:
        return EngineConfig(max_live=max_live)
    # Runway's five-second polling guidance is for its servers; the simulator runs on this machine.
    return EngineConfig(
        max_live=max_live,
        timing=PollTiming(min_interval=1.0, max_interval=10.0, throttled_interval=2.0),
        typical_scale=1.0 / simulator_speed,
    )


async def build_engine(
    data_dir: Path,
    *,
    library_dir: Path | None = None,
    config: EngineConfig | None = None,
    client: RunwayClient | None = None,
    inspect: Callable[[str], Awaitable[MediaInfo]] | None = None,
    verify: Callable[[str], Awaitable[MediaInfo]] = MEDIA.verify,
    daily_budget: float | None = None,
) -> Engine:
    """Store, library and engine, history loaded; without a client it waits for `attach_client`.

    Downloads are checked by `verify`: by default in the media worker process, because decoding a
    frame holds the interpreter lock and would stall the event loop (and the window on it).
    """
    from runway_desktop.core.running.engine import Engine, EngineConfig
    from runway_desktop.core.running.redaction import SECRETS, install_log_filter
    from runway_desktop.core.storage.library import Library
    from runway_desktop.core.storage.store import Store

    install_redaction()
    install_log_filter(SECRETS)
    await asyncio.to_thread(data_dir.mkdir, parents=True, exist_ok=True)
    store = Store(data_dir / "tasks.sqlite3")
    await store.open()
    library = Library(library_dir or data_dir / "library", verify=verify)
    engine = Engine(
        client, store, library, load_catalogue(), config=config or EngineConfig(), inspect=inspect
    )
    engine.set_limits(daily_budget=daily_budget)  # before resuming: a held run must not slip out first
    try:
        await engine.start()
    except BaseException:
        await store.close()
        raise
    return engine


async def close_engine(engine: Engine, timeout: float = 2.0) -> None:
    """Stop polling and downloads (bounded wait), close the client and the store.

    Live tasks are not cancelled at Runway: the next start resumes them from the store.
    """
    try:
        await engine.close(timeout)
    finally:
        client = engine.client
        try:
            if client is not None:
                await client.aclose()
        finally:
            await engine.store.close()


class TakesLink:
    """The takes index of one engine's history: backfilled once, then kept in step with its saves."""

    def __init__(self, index: TakesIndex, follower: TakesFollower) -> None:
        self.index = index
        self._follower = follower
        self.backfill: asyncio.Task[int] | None = None

    @classmethod
    async def open(
        cls, engine: Engine, on_indexed: Callable[[], None] | None = None
    ) -> TakesLink:
        """Open the index in the engine's database and follow it; the first backfill runs in the background.

        `on_indexed()` is called (on the event loop) after new takes were indexed, backfill included.
        """
        from runway_desktop.core.takes import TakesFollower, TakesIndex  # after the window is up

        index = TakesIndex(engine.store.path)
        await index.open()
        notify = on_indexed or (lambda: None)
        link = cls(index, TakesFollower(index, engine.events, lambda _task: notify()))
        if not await index.backfilled():
            link.backfill = asyncio.ensure_future(link._backfill(engine, notify))
        return link

    async def _backfill(self, engine: Engine, notify: Callable[[], None]) -> int:
        added, offset = 0, 0
        while True:  # the whole history from the store, a page at a time (the engine holds only some)
            page = await engine.store.page(offset, _BACKFILL_PAGE)
            offset += len(page)
            added += await self.index.backfill_from_tasks(page, last=len(page) < _BACKFILL_PAGE)
            if len(page) < _BACKFILL_PAGE:
                break
        if added:
            notify()
        return added

    async def close(self, timeout: float = 2.0) -> None:
        """Stop following (bounded wait for takes being indexed), then close the database connection."""
        await self._follower.close(timeout)
        if self.backfill is not None and not self.backfill.done():
            await asyncio.wait({self.backfill}, timeout=timeout)
            self.backfill.cancel()  # unfinished: it runs again at the next start
        with contextlib.suppress(TimeoutError):  # a backfill still writing holds the connection
            await asyncio.wait_for(self.index.close(), timeout)
