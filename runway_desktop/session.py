"""One run of the window, composed: settings → secrets → data dir → engine → bridge → window.

This is the window's composition root (with `app.py`, its entry point): the one place that
builds HTTP clients and the simulator child, and decides which service generations go to.
Closing stops polling with a bounded wait, closes the client and stops the simulator child;
tasks live at Runway are not cancelled — the next start resumes them from the store.
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject

from runway_desktop.api.redact import install_redaction, redact_text
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.intake.worker import MEDIA
from runway_desktop.core.running.engine import Engine, EngineConfig
from runway_desktop.core.storage.secrets import Secrets
from runway_desktop.core.storage.settings import Settings, load_settings, settings_path
from runway_desktop.simulator_child import DEMO_SPEED, PLACEHOLDER_KEY, SimulatorChild, SimulatorError
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.error_banner import ErrorReporter
from runway_desktop.ui.shell.main_window import MainWindow
from runway_desktop.ui.shell.window_state import window_state_path
from runway_desktop.wiring import (
    APP_NAME,
    build_engine,
    close_engine,
    default_data_dir,
    engine_config,
    make_client,
)

log = logging.getLogger(__name__)

CLOSE_TIMEOUT = 3.0
SIMULATOR_HISTORY = "offline-simulator"
RESTART_TO_SWITCH = (
    "Your key is saved. This window is using the offline simulator, with its own history; "
    "choose Connect to → Runway in Settings and restart Runway Desktop to generate with Runway."
)


@dataclass(frozen=True)
class Options:
    """The command line: `runway-desktop [--simulator] [--data-dir DIR] [--base-url URL]`."""

    simulator: bool = False
    data_dir: Path | None = None
    base_url: str | None = None


def unfinished_at_runway(engine: Engine) -> int:
    """Tasks another service could not know: sent (they have an id) and not settled yet."""
    return sum(
        1 for t in engine.tasks if t.runway_id and (t.state.is_live_at_runway or t.needs_download)
    )


class Session(QObject):
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
    ) -> None:
        super().__init__()
        self.options = options
        self.secrets = secrets
        self.environ = environ
        self.simulator_speed = simulator_speed
        self._engine_config = engine_config
        self._make_tab = make_tab
        self._make_queue = make_queue
        self.settings = Settings()
        self.settings_file = settings_path(options.data_dir)
        self.data_dir: Path = options.data_dir or default_data_dir()
        self.simulator_only = False  # the whole session talks to the simulator (its own history)
        self.engine: Engine | None = None
        self.bridge: EngineBridge | None = None
        self.window: MainWindow | None = None
        self.child: SimulatorChild | None = None
        self.reporter: ErrorReporter | None = None
        self._key: str | None = None
        self._closed = asyncio.Event()
        self._closing = False
        self._starting = False
        self._started = asyncio.Event()
        self._log_handler: logging.Handler | None = None
        self._work: set[asyncio.Task[Any]] = set()

    # -- start-up --------------------------------------------------------------------------------

    async def start(self, window: MainWindow | None = None) -> MainWindow:
        """Compose the window (`window` is its frame, already on screen; made here if not given)."""
        if window is None:
            window = MainWindow(state_file=window_state_path(self.options.data_dir))
        self.window = window
        window.closing.connect(lambda: self._spawn(self.close(), "Closing"))
        if window.is_closed:  # closed before anyone listened: there is nothing to start
            self._spawn(self.close(), "Closing")
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
        self._start_logging()
        if self.secrets is None:
            self.secrets = Secrets(None, self.environ)  # the keychain itself is opened by the lookup below
        problems = list(loaded.problems)
        speed = self.simulator_speed if self.simulator_only else None
        config = self._engine_config or engine_config(
            self.settings.max_concurrent_tasks, simulator_speed=speed
        )
        library = self.settings.library_path(self.data_dir)
        await catalogue
        self.engine = await build_engine(
            self.data_dir, library_dir=library, config=config, client=None, inspect=MEDIA.inspect
        )
        await asyncio.sleep(0)  # let the frame answer input and repaint between the steps
        if self._stopping:  # closed while starting: `close` takes it from here
            return
        self.bridge = EngineBridge(self.engine)
        window.compose(
            self.bridge,
            self.engine.catalogue,
            ThumbnailCache(self._cache_dir() / "thumbnails"),
            settings=self.settings,
            settings_file=self.settings_file,
            secrets=self.secrets,
            library_dir=library,
            make_tab=self._make_tab,
            make_queue=self._make_queue,
        )
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
        window.simulatorRequested.connect(
            lambda: self._spawn(self.use_simulator(), "Starting the simulator")
        )
        window.settingsSaved.connect(
            lambda settings, changed: self._spawn(self.apply_settings(settings, changed), "Applying settings")
        )
        window.keyRemoved.connect(lambda: self._spawn(self._key_removed(), "Removing the key"))
        if self._stopping:
            if client is not None:
                await client.aclose()
            return
        if client is not None:
            await self.engine.attach_client(client)  # resumes the history's unfinished work
            window.set_connection(ConnectionMode.RUNWAY, self._host())
        window.show()
        if self.simulator_only:
            self._spawn(self.use_simulator(), "Starting the simulator")
        # The media worker (file checks, thumbnails, download checks) starts now, so the first dropped
        # file or finished download does not wait for it.
        self._spawn(MEDIA.start(), "Starting the media worker")

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
            problems.append(f"Runway cannot be used: {exc}")
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

    def _start_logging(self) -> None:
        logs = self.data_dir / "logs"
        logs.mkdir(exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            logs / "runway-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.INFO)
        package = logging.getLogger("runway_desktop")
        package.setLevel(logging.INFO)
        package.addHandler(handler)
        install_redaction(package)  # every record is scrubbed of keys before this handler writes it
        self._log_handler = handler

    def _redact(self, text: str) -> str:
        return redact_text(text, self._key)

    def _spawn(self, coro: Any, what: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._work.add(task)

        def done(finished: asyncio.Task[Any]) -> None:
            self._work.discard(finished)
            if not finished.cancelled() and finished.exception() is not None and self.reporter is not None:
                self.reporter.report_exception(finished.exception(), f"{what} failed: {finished.exception()}")

        task.add_done_callback(done)
        return task

    # -- which service -------------------------------------------------------------------------------

    async def use_simulator(self) -> str | None:
        """Start the child simulator and send generations to it; returns its URL (None if it failed)."""
        engine, window = self.engine, self.window
        if self.child is not None and self.child.running:
            return self.child.url
        unknown = unfinished_at_runway(engine)
        if not self.simulator_only and unknown:
            window.simulator_failed(
                f"Your history has {unknown} unfinished Runway task(s) the simulator would not know. "
                "Add your API key so they can finish, or start with `runway-desktop --simulator`, "
                "which keeps a separate history."
            )
            window.set_connection(ConnectionMode.NONE)
            return None
        window.set_connection(ConnectionMode.STARTING)
        sim_dir = self.data_dir / "simulator"
        # The previous run's simulated files died with its simulator: start clean.
        await asyncio.to_thread(shutil.rmtree, sim_dir, True)
        child = SimulatorChild(
            data_dir=sim_dir, speed=self.simulator_speed, log_path=self.data_dir / "logs" / "simulator.log"
        )
        self.child = child
        try:
            url = await child.astart()
        except SimulatorError as exc:
            self.child = None
            window.set_connection(ConnectionMode.NONE)
            window.simulator_failed(exc.message)
            return None
        if self._closing:
            await child.astop()
            return None
        await self._attach(make_client(PLACEHOLDER_KEY, url))
        window.set_connection(ConnectionMode.SIMULATOR)
        log.info("using the offline simulator at %s", url)
        return url

    async def _attach(self, client: Any) -> None:
        old = self.engine.client
        await self.engine.attach_client(client)
        if old is not None and old is not client:
            await old.aclose()

    async def apply_settings(self, settings: Settings, key_changed: bool) -> None:
        """After Settings → Save: use a new key or base URL now, when that is safe."""
        old_url = self.base_url
        self.settings = settings
        if not key_changed and self.base_url == old_url:
            return
        if self.simulator_only:
            if key_changed:
                self.window.show_error(RESTART_TO_SWITCH)
            return
        key = await asyncio.to_thread(self.secrets.get)
        if not key:
            return
        try:
            client = make_client(key, self.base_url)
        except ValueError as exc:
            self.window.show_error(f"Runway cannot be used: {exc}")
            return
        self._key = key
        await self._attach(client)
        await self._stop_child()
        self.window.set_connection(ConnectionMode.RUNWAY, self._host())

    async def _key_removed(self) -> None:
        if self.window.mode is ConnectionMode.RUNWAY and not await asyncio.to_thread(self.secrets.get):
            self.window.show_error(
                "The key was removed. Tasks already sent keep their place in the history; "
                "add a key again to generate or to follow them."
            )

    async def _stop_child(self) -> None:
        child, self.child = self.child, None
        if child is not None:
            await child.astop()

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
            shutdown = getattr(self.window.queue, "shutdown", None)
            if shutdown is not None:
                shutdown()  # stops playback and stops listening to the engine
        try:
            for task in list(self._work):
                if task is not asyncio.current_task():
                    task.cancel()
            if self.bridge is not None:
                self.bridge.close()
            if self.engine is not None:
                await close_engine(self.engine, timeout)
            await self._stop_child()
        finally:
            if self.reporter is not None:
                self.reporter.uninstall()
            if self._log_handler is not None:
                logging.getLogger("runway_desktop").removeHandler(self._log_handler)
                self._log_handler.close()
            self._closed.set()

    async def wait_closed(self) -> None:
        await self._closed.wait()

