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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject

from runway_desktop.api.redact import install_redaction, redact_text
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.intake.worker import MediaProcess
from runway_desktop.core.running.engine import Engine, EngineConfig
from runway_desktop.core.storage.secrets import KeySource, Secrets
from runway_desktop.core.storage.settings import Settings, load_settings, settings_path
from runway_desktop.simulator_child import (
    DEMO_SPEED,
    PLACEHOLDER_KEY,
    SIMULATOR_HISTORY,
    SimulatorChild,
    SimulatorError,
    shared_simulator,
)
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.shell.background import Background
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.error_banner import ErrorReporter
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

log = logging.getLogger(__name__)

CLOSE_TIMEOUT = 3.0
KEY_WAITS = (
    "The window uses the offline simulator (its own history). Use the key now to switch to Runway "
    "and your Runway history, without a restart."
)
KEY_FOR_THIS_SESSION = "Your key is kept for this session only (no keychain here): a restart would lose it. "


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
        self._log_handler: logging.Handler | None = None
        self._work = Background(self._report)

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
            self.data_dir,
            library_dir=library,
            config=config,
            client=None,
            inspect=self.media.inspect,
            verify=self.media.verify,
        )
        await asyncio.sleep(0)  # let the frame answer input and repaint between the steps
        if self._stopping:  # closed while starting: `close` takes it from here
            return
        self.bridge = EngineBridge(self.engine, media=self.media)
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
        window.runwayRequested.connect(lambda: self._spawn(self.use_runway_now(), "Switching to Runway"))
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
            self._spawn(self._welcome_without_key(), "Reading the keychain")
        self._spawn(self._open_takes(), "Opening the library")
        # The media worker (file checks, thumbnails, download checks) starts now, so the first dropped
        # file or finished download does not wait for it.
        self._spawn(self.media.start(), "Starting the media worker")

    async def _open_takes(self) -> None:
        """Open the takes index of the engine's history and show it in the window's library."""
        engine = self.engine
        try:
            link = await TakesLink.open(engine, self._takes_added)
        except Exception as exc:  # the history itself is unharmed; only the library's index is missing
            log.exception("opening the takes index failed")
            self.window.takes.set_waiting(
                f"The library could not be opened: {exc}. Your takes are safe in the library folder "
                "(File → Open Library Folder); restart to try again."
            )
            return
        if self._stopping or engine is not self.engine:  # closed, or another history, meanwhile
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

    def _stop_logging(self) -> None:
        handler, self._log_handler = self._log_handler, None
        if handler is not None:
            logging.getLogger("runway_desktop").removeHandler(handler)
            handler.close()

    def _redact(self, text: str) -> str:
        return redact_text(text, self._key)

    def _spawn(self, coro: Any, what: str) -> asyncio.Task[Any]:
        return self._work.run_coroutine(coro, what)

    def _report(self, message: str, detail: str) -> None:
        if self.reporter is not None:
            self.reporter.report(message, detail)
        else:  # before the window can show anything, the log keeps it
            log.error("%s\n%s", message, detail)

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
        try:  # the CLI's simulator for this data dir, if one runs (it knows the CLI's tasks), else ours
            shared, self.child = await shared_simulator(self.data_dir, speed=self.simulator_speed)
        except SimulatorError as exc:
            window.set_connection(ConnectionMode.NONE)
            window.simulator_failed(exc.message)
            return None
        url = shared.url
        if self._closing:
            await self._stop_child()
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
                status = await asyncio.to_thread(self.secrets.status)
                session_only = status.source is KeySource.SESSION
                self.window.offer_key_now((KEY_FOR_THIS_SESSION if session_only else "") + KEY_WAITS)
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

    async def use_runway_now(self) -> bool:
        """Switch a simulator session to Runway with the saved key, without a restart.

        A simulator session keeps its own history (unless a data folder was given): the Runway
        history is opened in its place, and the window's parts reload it through the bridge.
        """
        key = await asyncio.to_thread(self.secrets.get)
        if not key:
            self.window.show_error("There is no key to use yet: save one in Settings first.")
            return False
        try:
            client = make_client(key, self.base_url)
        except ValueError as exc:
            self.window.show_error(f"Runway cannot be used: {exc}")
            return False
        runway_dir = self.options.data_dir or default_data_dir()
        if runway_dir != self.data_dir:
            engine = await build_engine(
                runway_dir,
                library_dir=self.settings.library_path(runway_dir),
                config=self._engine_config or engine_config(self.settings.max_concurrent_tasks),
                client=None,
                inspect=self.media.inspect,
                verify=self.media.verify,
                daily_budget=self.settings.daily_budget,
            )
            old, self.engine, self.data_dir = self.engine, engine, runway_dir
            self._stop_logging()
            self._start_logging()  # the log goes with the history it speaks of
            self.bridge.replace_engine(engine)
            self.window.library_dir = self.settings.library_path(runway_dir)
            self.window.takes.set_waiting()
            await self._close_takes(CLOSE_TIMEOUT)
            await close_engine(old, CLOSE_TIMEOUT)
            self._spawn(self._open_takes(), "Opening the library")
        self.simulator_only = False
        self._key = key
        await self._attach(client)
        await self._stop_child()
        self.window.set_connection(ConnectionMode.RUNWAY, self._host())
        log.info("switched to Runway at %s", self._host())
        return True

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
            self._stop_logging()
            self._closed.set()

    async def wait_closed(self) -> None:
        await self._closed.wait()

