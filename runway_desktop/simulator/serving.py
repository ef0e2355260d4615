"""Starting and stopping the offline Runway as a process: shared by `runway-desktop-sim` and the
data dir's shared host (`simulator_host`)."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from .config import SimConfig
from .render import Renderer
from .server import SimulatorServer


def positive(text: str) -> float:
    """An argparse type: a number greater than 0."""
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, got {text}")
    return value


@dataclass
class Serving:
    """A started server, its base URL, and the event SIGINT or SIGTERM sets to stop it."""

    server: SimulatorServer
    url: str
    stop: asyncio.Event


@asynccontextmanager
async def serving(config: SimConfig) -> AsyncIterator[Serving]:
    """The server started with its renderer; both are stopped on leaving, however that happens."""
    renderer = Renderer(workers=config.render_workers)
    server = SimulatorServer(config, renderer=renderer)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        yield Serving(server, await server.start(), stop)
    finally:
        await server.stop()
        await renderer.aclose()


def run_until_stopped(serve: Callable[[], Coroutine[Any, Any, None]], name: str) -> int:
    """Run `serve` to its end: 0 when stopped (Ctrl+C too), 1 with a line saying why it could not start."""
    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass
    except OSError as error:
        print(f"{name}: cannot start: {error}", file=sys.stderr)
        return 1
    return 0
