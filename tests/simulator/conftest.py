"""Simulator fixtures: in-process servers on port 0 (fast speed, injected clock) sharing one render pool."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from sim_media import HEADERS, FakeClock

from runway_desktop.simulator.config import SimConfig
from runway_desktop.simulator.render import Renderer
from runway_desktop.simulator.server import SimulatorServer

FAST = 200.0


@pytest.fixture(scope="session")
def renderer() -> Iterator[Renderer]:
    """One process pool for the whole session: spawning workers per test would dominate the run time."""
    pool = Renderer(workers=2)
    yield pool
    asyncio.run(pool.aclose())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


StartSim = Callable[..., Awaitable[SimulatorServer]]


@pytest.fixture
async def start_sim(renderer: Renderer, clock: FakeClock, tmp_path) -> AsyncIterator[StartSim]:
    """Start a simulator with SimConfig overrides; every server is stopped after the test."""
    servers: list[SimulatorServer] = []

    async def start(**overrides: Any) -> SimulatorServer:
        base = SimConfig(speed=FAST, clock=clock, data_dir=str(tmp_path / f"sim{len(servers)}"))
        server = SimulatorServer(dataclasses.replace(base, **overrides), renderer=renderer)
        servers.append(server)
        await server.start()
        return server

    yield start
    for server in servers:
        await server.stop()


@pytest.fixture
async def sim(start_sim: StartSim) -> SimulatorServer:
    return await start_sim()


@pytest.fixture
async def api(sim: SimulatorServer) -> AsyncIterator[httpx.AsyncClient]:
    """An authenticated HTTP client for the default simulator."""
    async with httpx.AsyncClient(base_url=sim.base_url, headers=HEADERS, timeout=30) as client:
        yield client


@pytest.fixture
def fast_polling(monkeypatch) -> None:
    """The SDK's wait_for_task_output polls every 4.5–7.5 s; make it poll every 50 ms."""
    import runwayml.lib.polling as polling

    monkeypatch.setattr(polling, "POLL_TIME", 0.05)
    monkeypatch.setattr(polling, "POLL_JITTER", 0)
