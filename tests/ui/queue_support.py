"""Helpers for the queue and preview tests: real engines on real stores against a real simulator."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import BuiltRequest, build_request
from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.wiring import Services, open_services

TEST_KEY = "key_queue_tests_" + "0" * 48
CATALOGUE = load_catalogue()


def engine_config(speed: float) -> EngineConfig:
    """Polls often and expects tasks to take as long as the simulator at `speed` makes them."""
    return EngineConfig(timing=PollTiming(min_interval=0.05, max_interval=0.5), typical_scale=1 / speed)


def run_coro(qtbot, coro, timeout: int = 15000):
    """Run a coroutine on the qasync loop while Qt keeps processing events; return its result."""
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


class Running:
    """Store, library, client and engine on `data_dir`, opened and closed from a test."""

    def __init__(self, qtbot, data_dir: Path, url: str, speed: float) -> None:
        self._qtbot = qtbot
        self._stack = AsyncExitStack()
        self.services: Services = run_coro(
            qtbot,
            self._stack.enter_async_context(
                open_services(data_dir, base_url=url, api_key=TEST_KEY, config=engine_config(speed))
            ),
        )

    @property
    def engine(self):
        return self.services.engine

    def close(self) -> None:
        run_coro(self._qtbot, self._stack.aclose())


@contextlib.contextmanager
def simulator(speed: float) -> Iterator[str]:
    """The offline Runway at `speed` on its own thread; yields its base URL."""
    from runway_desktop.simulator.config import SimConfig
    from runway_desktop.simulator.server import SimulatorServer

    ready = threading.Event()
    state: dict[str, Any] = {}

    def serve() -> None:
        loop = asyncio.new_event_loop()
        state["loop"] = loop
        server = SimulatorServer(SimConfig(port=0, speed=speed))
        state["url"] = loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=serve, name=f"simulator-{speed}", daemon=True)
    thread.start()
    assert ready.wait(30), "the simulator did not start"
    try:
        yield state["url"]
    finally:
        state["loop"].call_soon_threadsafe(state["loop"].stop)
        thread.join(15)


def set_faults(url: str, spec: str) -> None:
    response = httpx.post(f"{url}/_sim/faults", json={"spec": spec}, timeout=5)
    response.raise_for_status()


def built(endpoint: str, model: str, values: dict[str, Any]) -> BuiltRequest:
    spec = CATALOGUE.get(endpoint, model)
    assert spec is not None, f"{endpoint}/{model} is not in the catalogue"
    request = build_request(spec, values)
    assert request.ok, request.errors
    return request


def image_request(prompt: str = "a red fox in the snow") -> BuiltRequest:
    return built("text_to_image", "gen4_image", {"promptText": prompt, "ratio": "1280:720"})


def video_request(prompt: str = "a paper boat on a river", duration: int = 2) -> BuiltRequest:
    return built(
        "text_to_video", "gen4.5", {"promptText": prompt, "ratio": "1280:720", "duration": duration}
    )


def record(
    n: int,
    state: TaskState = TaskState.SUCCEEDED,
    *,
    tab: str = "video",
    prompt: str | None = None,
    path: str | None = None,
    **changes: Any,
) -> TaskRecord:
    """A history record made directly (no simulator), created `n` seconds after an epoch."""
    created = 1_700_000_000.0 + n
    outputs: tuple[OutputFile, ...] = ()
    if path is not None:
        outputs = (OutputFile(0, url=f"https://example.test/out/{n}", path=path, state=OutputState.SAVED),)
    fields: dict[str, Any] = {
        "id": f"task{n:06d}",
        "endpoint": {"video": "text_to_video", "image": "text_to_image", "audio": "sound_effect"}[tab],
        "model": {"video": "gen4.5", "image": "gen4_image", "audio": "seed_audio"}[tab],
        "tab": tab,
        "state": state,
        "body": {"promptText": prompt or f"prompt number {n}"},
        "prompt": prompt or f"prompt number {n}",
        "runway_id": f"rw-{n}",
        "created_at": created,
        "updated_at": created + 5,
        "finished_at": created + 30 if state.is_terminal else None,
        "estimated_credits": 10.0,
        "cost_credits": 10.0 if state is TaskState.SUCCEEDED else None,
        "outputs": outputs,
    }
    fields.update(changes)
    return TaskRecord(**fields)
