"""Engine fixtures: a real simulator on loopback, a real SQLite store and library in tmp_path."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from runway_desktop.api.client import RunwayClient
from runway_desktop.api.retry import RetryPolicy
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.output_check import verify_output
from runway_desktop.core.running.engine import Engine, EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store
from runway_desktop.simulator.config import SimConfig
from runway_desktop.simulator.render import Renderer
from runway_desktop.simulator.server import SimulatorServer

FAST_TIMING = PollTiming(min_interval=0.05, max_interval=0.5, throttled_interval=0.1)


async def _no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture(scope="session")
def engine_renderer() -> Iterator[Renderer]:
    pool = Renderer(workers=2)
    yield pool
    asyncio.run(pool.aclose())


class ShiftableClock:
    """Wall time plus an offset the test can push forward (to expire signed URLs)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@dataclasses.dataclass
class Rig:
    """One simulator and the means to build engines (several, for restarts) on one data dir."""

    server: SimulatorServer
    url: str
    data_dir: Path
    clock: ShiftableClock
    engines: list[Engine] = dataclasses.field(default_factory=list)

    async def engine(self, **config: Any) -> Engine:
        store = Store(self.data_dir / "tasks.sqlite3")
        await store.open()
        client = RunwayClient("key_test", self.url, retry=RetryPolicy(max_attempts=6, base=0.01, cap=0.05))
        library = Library(self.data_dir / "library", verify=verify_output)
        settings = {"timing": FAST_TIMING, "download_retry_delay": 0.05, "polls_per_second": 200.0,
                    "poll_burst": 50, **config}
        engine = Engine(client, store, library, load_catalogue(), config=EngineConfig(**settings))
        await engine.start()
        self.engines.append(engine)
        return engine

    async def stop_engine(self, engine: Engine) -> None:
        await engine.close()
        await engine.client.aclose()
        await engine.store.close()
        self.engines.remove(engine)

    async def faults(self, spec: str) -> None:
        async with httpx.AsyncClient() as http:
            (await http.post(f"{self.url}/_sim/faults", content=spec)).raise_for_status()

    async def stats(self) -> dict[str, Any]:
        async with httpx.AsyncClient() as http:
            return (await http.get(f"{self.url}/_sim/stats")).json()


@pytest.fixture
async def rig(engine_renderer, tmp_path) -> AsyncIterator[Rig]:
    clock = ShiftableClock()
    server = SimulatorServer(
        SimConfig(speed=400.0, data_dir=str(tmp_path / "sim"), max_concurrent_generations=4,
                  url_ttl=600.0, clock=clock),
        renderer=engine_renderer,
    )
    url = await server.start()
    rig = Rig(server, url, tmp_path / "app", clock)
    yield rig
    for engine in list(rig.engines):
        with contextlib.suppress(Exception):
            await rig.stop_engine(engine)
    await server.stop()
