"""Running runway-desktop-cli as a user does (a subprocess, the real entry point) and a simulator for it."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

CLI = [sys.executable, "-m", "runway_desktop.cli"]


def cli_env(key: str | None = "key_test", **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RUNWAYML_API_SECRET"}
    if key:
        env["RUNWAYML_API_SECRET"] = key
    env.update(extra)
    return env


def cli(*args: str, data_dir: Path | None, url: str | None = None, key: str | None = "key_test",
        timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = [*CLI, "--min-poll-interval", "0.05"]
    if data_dir is not None:
        base += ["--data-dir", str(data_dir)]
    if url:
        base += ["--base-url", url]
    return subprocess.run([*base, *args], capture_output=True, text=True, timeout=timeout,
                          env=env if env is not None else cli_env(key))


def assert_one_clean_line(stderr: str) -> str:
    """The command ended with one line of its own on stderr and no traceback; returns that line."""
    assert "Traceback" not in stderr, stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("runway-desktop-cli: "), stderr
    return last


@contextlib.contextmanager
def simulator(*args: str, speed: float = 200) -> Iterator[str]:
    """A simulator process of its own (its URL), stopped at the end."""
    process = subprocess.Popen(
        [sys.executable, "-m", "runway_desktop.simulator", "--port", "0", "--speed", f"{speed:g}", *args],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        yield url
    finally:
        process.terminate()
        process.wait(20)


def set_faults(url: str, spec: str) -> None:
    request = urllib.request.Request(f"{url}/_sim/faults", data=json.dumps({"spec": spec}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    urllib.request.urlopen(request, timeout=10).close()
