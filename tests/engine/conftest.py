"""Engine fixtures: a real simulator on loopback, a real SQLite store and library in tmp_path."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import random
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fakes.client import FAKE_KEY, ScriptedClient
from media_factory import make_png

from runway_desktop.api.client import RunwayClient
from runway_desktop.api.models import CreatedTask
from runway_desktop.api.retry import RetryPolicy
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.output_check import verify_output
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.config import PollLimits
from runway_desktop.core.running.engine import Engine, EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.redaction import Redactor
from runway_desktop.core.running.tasks import TaskRecord, TaskState
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


# -- the scripted client: every branch of the engine, deterministically ---------------------------

FAKE_CONFIG = EngineConfig(
    timing=PollTiming(min_interval=0.001, max_interval=0.01, throttled_interval=0.001),
    polls_per_second=1000.0,
    poll_burst=100,
    download_retry_delay=0.001,
    download_attempts=3,
    limits=PollLimits(attempts=3, unknown_status_polls=3, max_task_seconds=3600.0,
                      backoff_start=0.001, backoff_cap=0.01),
)


@dataclasses.dataclass
class FakeRig:
    """An engine on a scripted client, a real store and library, and a clock the test can move."""

    engine: Engine
    client: ScriptedClient
    clock: ShiftableClock
    data_dir: Path
    events: list[ev.Event]

    async def submit(self, runway_id: str = "rw-1", prompt: str = "a red fox") -> TaskRecord:
        """An image task Runway accepted with `runway_id`."""
        self.client.push("create", CreatedTask(id=runway_id, estimated_credits=8))
        spec = load_catalogue().get("text_to_image", "gen4_image")
        task = await self.engine.submit(build_request(spec, {"promptText": prompt, "ratio": "1024:1024"}), {})
        return await self.engine.wait_for(
            task.id, lambda t: t.state not in (TaskState.QUEUED, TaskState.SUBMITTING), timeout=10)

    async def settled(self, task_id: str) -> TaskRecord:
        return await self.engine.wait_until_settled(task_id, timeout=10)

    def errors(self) -> list[str]:
        return [e.message for e in self.events if isinstance(e, ev.EngineError)]

    async def stored(self) -> dict[str, TaskRecord]:
        """The history as a fresh start would read it from disk."""
        store = Store(self.data_dir / "tasks.sqlite3")
        await store.open()
        try:
            return {t.id: t for t in await store.load_all()}
        finally:
            await store.close()


@pytest.fixture
def png_bytes(tmp_path) -> bytes:
    return make_png(tmp_path / "made.png", 48, 32).read_bytes()


@pytest.fixture
async def fake(tmp_path) -> AsyncIterator[FakeRig]:
    client = ScriptedClient()
    clock = ShiftableClock()
    store = Store(tmp_path / "app" / "tasks.sqlite3")
    await store.open()
    redactor = Redactor()
    redactor.add(FAKE_KEY)
    library = Library(tmp_path / "app" / "library", verify=verify_output)
    engine = Engine(client, store, library, load_catalogue(), config=FAKE_CONFIG, clock=clock,
                    rng=random.Random(7), redactor=redactor)
    events: list[ev.Event] = []
    engine.events.subscribe(events.append)
    await engine.start()
    rig = FakeRig(engine, client, clock, tmp_path / "app", events)
    yield rig
    await engine.close()
    await store.close()
    # Only a job that crashed is reported with a detail (its repr): none may have.
    crashes = [e for e in events if isinstance(e, ev.EngineError) and e.detail]
    assert not crashes, crashes
