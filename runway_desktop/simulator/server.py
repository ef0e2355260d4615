"""The offline Runway as an aiohttp server on loopback, usable in-process or from the command line."""

from __future__ import annotations

import asyncio
import secrets
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from aiohttp import web

from runway_desktop.core.catalogue.spec import Catalogue, load_catalogue

from .config import SimConfig
from .faults import FaultInjector, parse_faults
from .handlers import add_routes
from .media_refs import MediaResolver
from .middleware import api_middleware, fault_middleware
from .organization import Organization
from .own_outputs import OwnOutputs
from .render import Renderer, probe_media
from .signing import Signer, UrlSigner
from .state import STATE, SimState
from .storage import UploadStore
from .tasks import OUTPUT_PREFIX, TaskStore

# Requests carry data URIs of up to 5 MB each (≈ 7 MB of base64), several per request.
_MAX_BODY = 64 * 1024 * 1024
# Seconds stop() waits for requests still being handled.
_SHUTDOWN_GRACE = 2.0


def build_app(state: SimState) -> web.Application:
    """The aiohttp application serving the API, storage, downloads and the /_sim admin endpoints."""
    app = web.Application(middlewares=[fault_middleware, api_middleware], client_max_size=_MAX_BODY)
    app[STATE] = state
    add_routes(app, list(state.catalogue.endpoints))
    return app


class SimulatorServer:
    """One simulator: `base_url = await server.start()`, then `await server.stop()` (or `async with`)."""

    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        renderer: Renderer | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self.config = config or SimConfig()
        self._faults = FaultInjector(parse_faults(self.config.faults))  # a bad SPEC fails here, before start
        self._catalogue = catalogue or load_catalogue()
        self._renderer = renderer
        self._owns_renderer = renderer is None
        self._runner: web.AppRunner | None = None
        self._data_dir: Path | None = None
        self._temporary_dir = False
        self.state: SimState | None = None
        self.base_url = ""

    async def start(self) -> str:
        """Start serving; returns the base URL, e.g. http://127.0.0.1:54321."""
        if self._runner is not None:
            return self.base_url
        config = self.config
        if config.data_dir:
            self._data_dir = Path(config.data_dir)
            await asyncio.to_thread(self._data_dir.mkdir, parents=True, exist_ok=True)
        else:
            self._data_dir = Path(await asyncio.to_thread(tempfile.mkdtemp, prefix="runway-sim-"))
            self._temporary_dir = True
        for sub in ("uploads", "outputs"):
            await asyncio.to_thread((self._data_dir / sub).mkdir, exist_ok=True)
        if self._renderer is None:
            self._renderer = Renderer(workers=config.render_workers)
        self.state = self._build_state(self._data_dir, self._renderer)
        self._runner = web.AppRunner(build_app(self.state), access_log=None, shutdown_timeout=_SHUTDOWN_GRACE)
        await self._runner.setup()
        site = web.TCPSite(self._runner, config.host, config.port)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        shown = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown}:{port}"
        self.state.base_url = self.base_url
        return self.base_url

    def _build_state(self, data_dir: Path, renderer: Renderer) -> SimState:
        config, catalogue = self.config, self._catalogue
        signer = Signer(secrets.token_bytes(32))
        organization = Organization(config, (m.id for m in catalogue.models))
        uploads = UploadStore(data_dir / "uploads", config, signer)
        tasks = TaskStore(config, organization, self._faults, renderer, data_dir / "outputs")
        url_signer = UrlSigner(signer, config.url_ttl, config.clock)
        outputs = OwnOutputs(url_signer, OUTPUT_PREFIX, lambda: self.base_url, tasks.output_file)
        return SimState(
            config=config,
            catalogue=catalogue,
            organization=organization,
            tasks=tasks,
            uploads=uploads,
            resolver=MediaResolver(config, uploads, probe_media, outputs),
            url_signer=url_signer,
        )

    def set_faults(self, spec: str) -> None:
        """Replace the fault plan at run time (raises FaultSpecError on a bad SPEC)."""
        if self.state is None:
            self._faults = FaultInjector(parse_faults(spec))
        else:
            self._faults = self.state.set_faults(spec)

    async def stop(self) -> None:
        """Stop serving: cancel tasks, close connections and the renderer, remove a temporary data dir."""
        if self._runner is None:
            return
        state, runner = self.state, self._runner
        self._runner = None
        if state is not None:
            state.closing.set()
            await state.tasks.close()
        await runner.cleanup()
        if self._owns_renderer and self._renderer is not None:
            await self._renderer.aclose()
            self._renderer = None
        if self._temporary_dir and self._data_dir is not None:
            await asyncio.to_thread(shutil.rmtree, self._data_dir, ignore_errors=True)

    async def __aenter__(self) -> SimulatorServer:
        await self.start()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.stop()
