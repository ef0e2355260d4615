"""Which service a session's generations go to: the offline simulator, or Runway with the saved key.

Switching never loses work: Runway tasks the simulator would not know keep the simulator from
starting, and a simulator session switching to Runway opens the Runway history in its place.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runway_desktop.core.storage.secrets import KeySource, Secrets
from runway_desktop.core.storage.settings import Settings
from runway_desktop.simulator_child import PLACEHOLDER_KEY, SimulatorChild, SimulatorError, shared_simulator
from runway_desktop.ui.shell import session_words as words
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.wiring import build_engine, close_engine, default_data_dir, engine_config, make_client

if TYPE_CHECKING:
    from runway_desktop.core.intake.worker import MediaProcess
    from runway_desktop.core.running.engine import Engine, EngineConfig
    from runway_desktop.session_log import SessionLog
    from runway_desktop.ui.bridge import EngineBridge
    from runway_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

CLOSE_TIMEOUT = 3.0


def unfinished_at_runway(engine: Engine) -> int:
    """Tasks another service could not know: sent (they have an id) and not settled yet."""
    return sum(
        1 for t in engine.tasks if t.runway_id and (t.state.is_live_at_runway or t.needs_download)
    )


class ServiceSwitching:
    """The session's moves between services (mixed into `Session`, which provides what is declared here)."""

    base_url: str

    engine: Engine | None
    bridge: EngineBridge | None
    window: MainWindow | None
    child: SimulatorChild | None
    secrets: Secrets | None
    settings: Settings
    data_dir: Path
    simulator_only: bool
    simulator_speed: float
    _engine_config: EngineConfig | None
    _key: str | None
    _closing: bool
    _log: SessionLog
    media: MediaProcess
    # Also from the session: base_url, _host(), _spawn(), _open_takes(), _close_takes(), _data_dir_option().

    async def use_simulator(self) -> str | None:
        """Start the child simulator and send generations to it; returns its URL (None if it failed)."""
        engine, window = self.engine, self.window
        assert engine is not None and window is not None
        if self.child is not None and self.child.running:
            return self.child.url
        unknown = unfinished_at_runway(engine)
        if not self.simulator_only and unknown:
            window.simulator_failed(words.unknown_to_simulator(unknown))
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
        assert self.engine is not None
        old = self.engine.client
        await self.engine.attach_client(client)
        if old is not None and old is not client:
            await old.aclose()

    async def apply_settings(self, settings: Settings, key_changed: bool) -> None:
        """After Settings → Save: use a new key or base URL now, when that is safe."""
        window, secrets = self.window, self.secrets
        assert window is not None and secrets is not None
        old_url = self.base_url
        self.settings = settings
        if not key_changed and self.base_url == old_url:
            return
        if self.simulator_only:
            if key_changed:
                status = await asyncio.to_thread(secrets.status)
                window.offer_key_now(words.key_waits(status.source is KeySource.SESSION))
            return
        key = await asyncio.to_thread(secrets.get)
        if not key:
            return
        try:
            client = make_client(key, self.base_url)
        except ValueError as exc:
            window.show_error(words.runway_unusable(str(exc)))
            return
        self._key = key
        await self._attach(client)
        await self._stop_child()
        window.set_connection(ConnectionMode.RUNWAY, self._host())

    async def use_runway_now(self) -> bool:
        """Switch a simulator session to Runway with the saved key, without a restart.

        A simulator session keeps its own history (unless a data folder was given): the Runway
        history is opened in its place, and the window's parts reload it through the bridge.
        """
        window, secrets, bridge = self.window, self.secrets, self.bridge
        assert window is not None and secrets is not None and bridge is not None
        key = await asyncio.to_thread(secrets.get)
        if not key:
            window.show_error(words.no_key_yet())
            return False
        try:
            client = make_client(key, self.base_url)
        except ValueError as exc:
            window.show_error(words.runway_unusable(str(exc)))
            return False
        runway_dir = self._data_dir_option() or default_data_dir()
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
            self._log.move_to(runway_dir)
            bridge.replace_engine(engine)
            window.library_dir = self.settings.library_path(runway_dir)
            window.takes.set_waiting()
            await self._close_takes(CLOSE_TIMEOUT)
            assert old is not None
            await close_engine(old, CLOSE_TIMEOUT)
            self._spawn(self._open_takes(), words.work("library"))
        self.simulator_only = False
        self._key = key
        await self._attach(client)
        await self._stop_child()
        window.set_connection(ConnectionMode.RUNWAY, self._host())
        log.info("switched to Runway at %s", self._host())
        return True

    async def _key_removed(self) -> None:
        window, secrets = self.window, self.secrets
        assert window is not None and secrets is not None
        if window.mode is ConnectionMode.RUNWAY and not await asyncio.to_thread(secrets.get):
            window.show_error(words.key_removed())

    async def _stop_child(self) -> None:
        child, self.child = self.child, None
        if child is not None:
            await child.astop()
