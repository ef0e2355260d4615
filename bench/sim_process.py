"""The simulator in its own process, so a benchmark's load generator never shares its event loop."""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from typing import Any

# The first stdout line must arrive within this many seconds (render workers warm up first).
START_TIMEOUT = 60.0


@contextlib.contextmanager
def simulator(*args: str) -> Iterator[str]:
    """Start `python -m runway_desktop.simulator --port 0 ARGS`, yield its base URL, stop it with SIGTERM."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "runway_desktop.simulator", "--host", "127.0.0.1", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        url = _first_line(process)
        yield url
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()


def _first_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
    line = process.stdout.readline().strip() if ready else ""
    if not line.startswith("http://127.0.0.1:"):
        raise RuntimeError(f"the simulator did not start (first line: {line!r}, exit code {process.poll()})")
    return line


def sim_stats(url: str) -> dict[str, Any]:
    """GET /_sim/stats (blocking: call it between measurements, or from a thread)."""
    with urllib.request.urlopen(f"{url}/_sim/stats", timeout=30) as response:
        return json.load(response)
