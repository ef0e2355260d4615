"""One run of the window, composed: settings → secrets → data dir → engine → bridge → window.

This is the window's composition root (with `app.py`, its entry point): the one place that
builds HTTP clients and the simulator child. Which service generations go to, and the moves
between them, are `switching.ServiceSwitching`; the log file is `session_log.SessionLog`.
Closing stops polling with a bounded wait, closes the client and stops the simulator child;
tasks live at Runway are not cancelled — the next start resumes them from the store.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QObject

from runway_desktop.api.redact import redact_text
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.intake.worker import MediaProcess
from runway_desktop.core.storage.secrets import Secrets
from runway_desktop.core.storage.settings import Settings, load_settings, settings_path
from runway_desktop.core.storage.unreadable import HISTORY_FILE, set_aside
from runway_desktop.session_log import SessionLog
from runway_desktop.simulator_child import DEMO_SPEED, SIMULATOR_HISTORY, SimulatorChild
from runway_desktop.switching import CLOSE_TIMEOUT, ServiceSwitching, unfinished_at_runway
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.shell import session_words as words
from runway_desktop.ui.shell.background import Background
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.error_banner import ErrorReporter
from runway_desktop.ui.shell.first_paint import after_next_paint
from runway_desktop.ui.shell.main_window import MainWindow
from runway_desktop.ui.shell.window_state import window_state_path
from runway_desktop.wiring import (
    APP_NAME,
    TakesLink,
    build_engine,
    close_engine,
    default_data_dir,
    engine_config,
    make_client,
)

if TYPE_CHECKING:
    from runway_desktop.core.running.engine import Engine, EngineConfig

log = logging.getLogger(__name__)

__all__ = ["SIMULATOR_HISTORY", "Options", "Session", "unfinished_at_runway"]

SETTLE_MS = 300  # after the composed window's first paint: the library and the media worker start
# What opening the history needs, leaves first; loaded one per loop turn once the form is on screen.
HISTORY_MODULES = (
    "runway_desktop.core.running.tasks",
    "runway_desktop.api.models",
    "runway_desktop.core.running.events",
    "runway_desktop.core.storage.store",
    "runway_desktop.core.running.writer",
    "runway_desktop.core.running.poller",
    "runway_desktop.core.running.engine",
)


@dataclass(frozen=True)
class Options:
    """The command line: `runway-desktop [--simulator] [--data-dir DIR] [--base-url URL]`."""

    simulator: bool = False
    data_dir: Path | None = None
    base_url: str | None = None


class Session(ServiceSwitching, QObject):
    """Builds everything on `start()`, switches services on request, tears down on `close()`."""

    def __init__(
        self,
        options: Options,
        *,
        secrets: Secrets | None = None,
        environ: dict[str, str] | None = None,
        simulator_speed: float = DEMO_SPEED,
        engine_config: EngineConfig | None = None,
        make_tab: Callable[..., Any] | None = None,
        make_queue: Callable[..., Any] | None = None,
        media: MediaProcess | None = None,
    ) -> None:
        super().__init__()
        self.options = options
        self.secrets = secrets
        self.environ = environ
        self.simulator_speed = simulator_speed
        self._engine_config = engine_config
        self._make_tab = make_tab
        self._make_queue = make_queue
        # File checks, thumbnails and download checks run in this worker process; the session owns it
        # (made here unless given) and hands it to the engine and, through the bridge, to the forms.
        self.media = media if media is not None else MediaProcess()
        self._owns_media = media is None
        self.settings = Settings()
        self.settings_file = settings_path(options.data_dir)
        self.data_dir: Path = options.data_dir or default_data_dir()
        self.simulator_only = False  # the whole session talks to the simulator (its own history)
        self.engine: Engine | None = None
        self.bridge: EngineBridge | None = None
        self.window: MainWindow | None = None
        self.child: SimulatorChild | None = None
        self.reporter: ErrorReporter | None = None
        self.takes: TakesLink | None = None  # the library's index of the engine's history
        self._key: str | None = None
        self._closed = asyncio.Event()
        self._closing = False
        self._starting = False
        self._started = asyncio.Event()
        self._log = SessionLog()
        self._work = Background(self._report)

    # -- start-up --------------------------------------------------------------------------------

    async def start(self, window: MainWindow | None = None) -> MainWindow:
        """Compose the window (`window` is its frame, already on screen; made here if not given)."""
        if window is None:
            window = MainWindow(state_file=window_state_path(self.options.data_dir))
        self.window = window
        window.closing.connect(lambda: self._spawn(self.close(), words.work("closing")))
        if window.is_closed:  # closed before anyone listened: there is nothing to start
            self._spawn(self.close(), words.work("closing"))
            return window
        self._starting = True
        try:
            await self._compose(window)
        finally:
            self._starting = False
            self._started.set()
        return window

    async def _compose(self, window: MainWindow) -> None:
        # The catalogue (a large JSON file, parsed once and cached) is read on a thread meanwhile,
        # so the loop keeps turning while it is parsed.
        catalogue = asyncio.ensure_future(asyncio.to_thread(load_catalogue))
        loaded = await asyncio.to_thread(load_settings, self.settings_file)
        self.settings = loaded.settings
        self.simulator_only = self.options.simulator or self.settings.use_simulator
        if self.options.data_dir is None and self.simulator_only:
            # Simulated tasks never mix with real ones: Runway would not know them, nor they Runway's.
            self.data_dir = default_data_dir() / SIMULATOR_HISTORY
        await asyncio.to_thread(self.data_dir.mkdir, parents=True, exist_ok=True)
        if self.secrets is None:
            self.secrets = Secrets(None, self.environ)  # the keychain itself is opened by the lookup below
        problems = list(loaded.problems)
        library = self.settings.library_path(self.data_dir)
        # The form on screen comes first (a person starts typing while the rest arrives); the history
        # is opened and the engine attached behind it, then the queue and the rest are added.
        self.bridge = EngineBridge(None, media=self.media)
        steps = window.compose_in_steps(
            self.bridge,
            await catalogue,
            ThumbnailCache(self._cache_dir() / "thumbnails"),
            settings=self.settings,
            settings_file=self.settings_file,
            secrets=self.secrets,
            library_dir=library,
            make_tab=self._make_tab,
            make_queue=self._make_queue,
        )
        next(steps)  # the form
        self._log.start(self.data_dir)  # once the form is on screen (the handler's imports and file)
        for name in HISTORY_MODULES:  # one per loop turn: the form answers in between
            await asyncio.sleep(0)
            importlib.import_module(name)
        speed = self.simulator_speed if self.simulator_only else None
        config = self._engine_config or engine_config(
            self.settings.max_concurrent_tasks, simulator_speed=speed
        )
        self.engine = await self._open_history(library, config, problems)
        await asyncio.sleep(0)  # let the window answer input and repaint between the steps
        if self._stopping:  # closed while starting: `close` takes it from here
            return
        self.bridge.attach(self.engine)
        for _step in steps:  # the queue, the status bar and the rest; the window answers between them
            await asyncio.sleep(0)
        # Looking the key up loads the keychain backends (a few hundred milliseconds of imports in a
        # thread): only once the window is composed, so they do not compete with composing it.
        key_lookup = None
        if not self.simulator_only:
            key_lookup = asyncio.ensure_future(asyncio.to_thread(self.secrets.get))
        await asyncio.sleep(0)
        self.reporter = ErrorReporter(self._redact, self)
        self.reporter.reported.connect(window.show_error)
        self.reporter.install(asyncio.get_running_loop())
        client = await self._client_for_stored_key(key_lookup, problems) if key_lookup is not None else None
        for problem in problems:
            window.show_error(problem)
        window.simulatorRequested.connect(lambda: self._spawn(self.use_simulator(), words.work("simulator")))
        window.settingsSaved.connect(
            lambda new, changed: self._spawn(self.apply_settings(new, changed), words.work("settings"))
        )
        window.keyRemoved.connect(lambda: self._spawn(self._key_removed(), words.work("key removed")))
        window.runwayRequested.connect(lambda: self._spawn(self.use_runway_now(), words.work("runway")))
        if self._stopping:
            if client is not None:
                await client.aclose()
            return
        if client is not None:
            await self.engine.attach_client(client)  # resumes the history's unfinished work
            window.set_connection(ConnectionMode.RUNWAY, self._host())
        window.show()
        if self.simulator_only:
            self._spawn(self.use_simulator(), words.work("simulator"))
            self._spawn(self._welcome_without_key(), words.work("keychain"))
        # The library's index and the media worker (file checks, thumbnails, download checks) start once
        # the composed window has painted and settled: the first clicks need neither, and they would
        # compete with that paint. Soon enough that the first dropped file or download rarely waits.
        after_next_paint(window, SETTLE_MS, self._start_background_parts)

    async def _open_history(self, library: Path, config: EngineConfig, problems: list[str]) -> Engine:
        """The engine over the history. A file SQLite cannot read is set aside (kept) and a new one begun."""

        async def engine() -> Engine:
            return await build_engine(
                self.data_dir,
                library_dir=library,
                config=config,
                client=None,
                inspect=self.media.inspect,
                verify=self.media.verify,
            )

        try:
            return await engine()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):  # locked, unwritable, full: not the file's fault
                raise
            kept = await asyncio.to_thread(set_aside, self.data_dir / HISTORY_FILE)
            log.warning("the history %s could not be read (%s); set aside as %s", self.data_dir, exc, kept)
            problems.append(words.history_set_aside(str(kept), str(exc)))
            return await engine()

    def _start_background_parts(self) -> None:
        if self._stopping:
            return
        self._spawn(self._open_takes(), words.work("library"))
        self._spawn(self.media.start(), words.work("media"))

    async def _open_takes(self) -> None:
        """Open the takes index of the engine's history and show it in the window's library."""
        engine = self.engine
        try:
            link = await TakesLink.open(engine, self._takes_added)
        except Exception as exc:  # the history itself is unharmed; only the library's index is missing
            log.exception("opening the takes index failed")
            self.window.takes.set_waiting(words.library_unavailable(str(exc)))
            return
        # Closed, another history opened, or this one's index opened by a switch meanwhile.
        if self._stopping or engine is not self.engine or self.takes is not None:
            await link.close(CLOSE_TIMEOUT)
            return
        self.takes = link
        self.window.takes.set_index(link.index)

    def _takes_added(self) -> None:
        if self.window is not None and self.window.composed and not self._stopping:
            self.window.takes.takes_added()

    async def _close_takes(self, timeout: float) -> None:
        link, self.takes = self.takes, None
        if link is not None:
            await link.close(timeout)

    async def _welcome_without_key(self) -> None:
        """In the simulator with no key anywhere yet: the welcome card says so and offers one."""
        if not await asyncio.to_thread(self.secrets.get) and not self._stopping:
            self.window.welcome_to_simulator()

    @property
    def _stopping(self) -> bool:
        # The window's close is seen at once; `close()` itself starts on a later loop turn.
        return self._closing or (self.window is not None and self.window.is_closed)

    async def _client_for_stored_key(self, lookup: asyncio.Future[str | None], problems: list[str]) -> Any:
        """A client for the key in the environment or keychain; None (and a problem) if unusable."""
        self._key = await lookup
        if not self._key:
            return None
        try:
            return make_client(self._key, self.base_url)
        except ValueError as exc:
            problems.append(words.runway_unusable(str(exc)))
            return None

    @property
    def base_url(self) -> str:
        env = (self.environ if self.environ is not None else os.environ).get("RUNWAYML_BASE_URL", "")
        return self.options.base_url or env.strip() or self.settings.base_url

    def _host(self) -> str:
        return self.base_url.split("://", 1)[-1].rstrip("/")

    def _cache_dir(self) -> Path:
        if self.options.data_dir is not None:
            return self.data_dir / "cache"
        return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))

    def _redact(self, text: str) -> str:
        return redact_text(text, self._key)

    def _spawn(self, coro: Any, what: str) -> asyncio.Task[Any]:
        return self._work.run_coroutine(coro, what)

    def _report(self, message: str, detail: str) -> None:
        if self.reporter is not None:
            self.reporter.report(message, detail)
        else:  # before the window can show anything, the log keeps it
            log.error("%s\n%s", message, detail)

    def _data_dir_option(self) -> Path | None:
        return self.options.data_dir

    # -- closing -------------------------------------------------------------------------------------------

    async def close(self, timeout: float = CLOSE_TIMEOUT) -> None:
        """Stop polling (bounded), close the client, stop the simulator; live tasks stay live."""
        if self._closing:
            await self._closed.wait()
            return
        self._closing = True
        if self._starting:  # let start-up reach a point where what it built can be taken down
            await self._started.wait()
        if self.window is not None:
            self.window.close_without_asking()
            if self.window.composed:
                self.window.queue.shutdown()  # stops playback and stops listening to the engine
                self.window.takes.shutdown()
        try:
            self._work.cancel_all()
            if self.bridge is not None:
                self.bridge.close()
            await self._close_takes(timeout)
            if self.engine is not None:
                await close_engine(self.engine, timeout)
            await self._stop_child()
        finally:
            if self._owns_media:
                self.media.close()
            if self.reporter is not None:
                self.reporter.uninstall()
            self._log.stop()
            self._closed.set()

    async def wait_closed(self) -> None:
        await self._closed.wait()

