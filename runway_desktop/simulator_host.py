"""The offline Runway as one data dir's shared service: the window and the CLI find it by a state file.

`python -m runway_desktop.simulator_host --state-file F --data-dir D [--speed S] [--idle-exit SECONDS]`
serves as `runway-desktop-sim` does and prints its base URL as the first line of stdout. While it
serves, F holds `{"url", "pid", "speed"}`, so a later window or CLI run reuses it (a restarted
simulator would have forgotten every task); F is removed when it stops. With `--idle-exit` it
stops itself once it has had no request and no live task for that long, so a simulator started by
a command in a terminal does not run for ever.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from runway_desktop.simulator.config import SimConfig
from runway_desktop.simulator.serving import positive, run_until_stopped, serving
from runway_desktop.simulator.state import SimState

_LIVE = ("PENDING", "THROTTLED", "RUNNING")


def write_state(state_file: Path, url: str, speed: float) -> None:
    """Record where this process serves (written whole, then renamed: readers never see half)."""
    part = state_file.with_name(state_file.name + ".part")
    part.write_text(json.dumps({"url": url, "pid": os.getpid(), "speed": speed}), encoding="utf-8")
    part.replace(state_file)


def clear_state(state_file: Path) -> None:
    """Remove the state file if it still describes this process (a successor may have replaced it)."""
    with contextlib.suppress(OSError, ValueError):
        if json.loads(state_file.read_text(encoding="utf-8")).get("pid") == os.getpid():
            state_file.unlink()


def _activity(state: SimState) -> tuple[int, int]:
    """Requests served so far and tasks still live: either changing means someone uses the simulator."""
    return sum(state.stats.requests.values()), sum(state.tasks.count(s) for s in _LIVE)


async def _stop_when_idle(state: SimState, idle: float, stop: asyncio.Event) -> None:
    seen, quiet_since = _activity(state), time.monotonic()
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=min(max(idle / 4, 0.1), 15.0))
        current = _activity(state)
        if current != seen or current[1]:
            seen, quiet_since = current, time.monotonic()
        elif time.monotonic() - quiet_since >= idle:
            print(f"No request for {idle:g} s: stopping.", file=sys.stderr, flush=True)
            stop.set()


async def serve(config: SimConfig, state_file: Path, idle_exit: float | None) -> None:
    async with serving(config) as running:
        try:
            write_state(state_file, running.url, config.speed)
            print(running.url, flush=True)
            # Whoever started this process may stop reading: nothing more goes to that pipe.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
            print(f"Offline Runway for {state_file.parent} listening on {running.url}",
                  file=sys.stderr, flush=True)
            watcher = None
            state = running.server.state
            if idle_exit is not None and state is not None:
                watcher = asyncio.ensure_future(_stop_when_idle(state, idle_exit, running.stop))
            await running.stop.wait()
            if watcher is not None:
                watcher.cancel()
        finally:
            clear_state(state_file)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m runway_desktop.simulator_host")
    parser.add_argument("--state-file", type=Path, required=True)
    parser.add_argument("--data-dir", default=None, help="where uploads and outputs go (default: temporary)")
    parser.add_argument("--speed", type=positive, default=1.0)
    parser.add_argument("--api-key", default=None)
    parser.add_argument("--idle-exit", type=positive, default=None, metavar="SECONDS")
    args = parser.parse_args(argv)
    config = SimConfig(speed=args.speed, api_key=args.api_key, data_dir=args.data_dir)
    return run_until_stopped(lambda: serve(config, args.state_file, args.idle_exit),
                             "runway-desktop simulator")


if __name__ == "__main__":
    sys.exit(main())
