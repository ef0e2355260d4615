"""GUI test fixtures: a qasync loop inside pytest-qt's QApplication, and a simulator thread.

pytest-qt has no qasync integration: `qloop` installs a qasync QEventLoop marked as running,
so asyncio work advances whenever Qt processes events (as in `qtbot.waitUntil`). Exceptions
that reach the loop are collected and fail the test at teardown.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading

import pytest
import qasync


@pytest.fixture
def qloop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    errors: list[dict] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    qapp.processEvents()
    # qasync's worker QThreads (asyncio.to_thread) must end before the interpreter, or Qt aborts.
    executor = getattr(loop, "_QEventLoop__default_executor", None)
    if executor is not None:
        executor.shutdown(wait=True)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    unexpected = [c for c in errors if not isinstance(c.get("exception"), asyncio.CancelledError)]
    assert not unexpected, f"exceptions reached the event loop: {unexpected}"


def run_coro(qtbot, coro, timeout: int = 15000):
    """Run a coroutine on the qasync loop while Qt keeps processing events; return its result."""
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


@pytest.fixture
def simulator_url():
    """The offline Runway on its own thread and loop (as the app's child process would be)."""
    from runway_desktop.simulator.config import SimConfig
    from runway_desktop.simulator.server import SimulatorServer

    ready = threading.Event()
    state: dict = {}

    def serve() -> None:
        loop = asyncio.new_event_loop()
        state["loop"] = loop
        server = SimulatorServer(SimConfig(port=0, speed=200.0))
        state["server"] = server
        state["url"] = loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=serve, name="simulator", daemon=True)
    thread.start()
    assert ready.wait(30), "the simulator did not start"
    yield state["url"]
    state["loop"].call_soon_threadsafe(state["loop"].stop)
    with contextlib.suppress(Exception):
        thread.join(15)
