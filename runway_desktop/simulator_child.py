"""The offline Runway as a child process of the window: started on a free port, stopped on close.

The child is `python -m runway_desktop.simulator --port 0` (in the frozen bundle, the bundle's
own executable in its simulator role); its first line on stdout is its base
URL. It runs in its own process so rendering media never competes with the window's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from runway_desktop.frozen import module_command, role_environment

START_TIMEOUT = 60.0  # a cold start on a busy machine imports PyAV, NumPy and aiohttp first
STOP_TIMEOUT = 5.0
# Simulated run times are divided by this: a try-out shows results in seconds, not minutes.
DEMO_SPEED = 8.0
# The simulator accepts any bearer token; this one only ever lives in memory.
PLACEHOLDER_KEY = "offline-simulator"
_SECRET_VARIABLES = ("RUNWAYML_API_SECRET",)
_PR_SET_PDEATHSIG = 1


class SimulatorError(Exception):
    """The simulator could not be started; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _parent_death_signal() -> Callable[[], None] | None:
    """On Linux, a pre-exec hook asking the kernel to stop the child if the app dies unclosed.

    The libc function is looked up here, in the parent: the child, between fork and exec,
    only calls it (importing there could deadlock on a lock held by another thread).
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class SimulatorChild:
    """One simulator process: `url = await child.astart()`, then `await child.astop()`."""

    def __init__(
        self,
        *,
        data_dir: Path | None = None,
        speed: float = DEMO_SPEED,
        api_key: str | None = None,
        log_path: Path | None = None,
        python: str = sys.executable,
    ) -> None:
        self.data_dir = data_dir
        self.speed = speed
        self.api_key = api_key
        self.log_path = log_path
        self.python = python
        self.url: str | None = None
        self._process: subprocess.Popen[str] | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def command(self) -> list[str]:
        args = module_command("runway_desktop.simulator", self.python)
        args += ["--port", "0", "--speed", f"{self.speed:g}"]
        if self.data_dir is not None:
            args += ["--data-dir", str(self.data_dir)]
        if self.api_key is not None:
            args += ["--api-key", self.api_key]
        return args

    def spawn(self) -> None:
        """Start the process (fast; call on the thread that lives as long as the app)."""
        if self._process is not None:
            raise SimulatorError("The offline simulator is already running.")
        if self.data_dir is not None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        # The child never needs the real key: it is kept out of its environment.
        env = {k: v for k, v in os.environ.items() if k not in _SECRET_VARIABLES}
        env.update(role_environment("simulator"))
        stderr: int | object = subprocess.DEVNULL
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            stderr = self.log_path.open("a", encoding="utf-8")
        try:
            self._process = subprocess.Popen(
                self.command(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                env=env,
                preexec_fn=_parent_death_signal(),
            )
        except OSError as exc:
            reason = exc.strerror or exc
            raise SimulatorError(f"The offline simulator could not be started: {reason}") from exc
        finally:
            if hasattr(stderr, "close"):
                stderr.close()  # the child holds its own copy
        threading.Thread(target=self._read_stdout, name="simulator-stdout", daemon=True).start()

    def _read_stdout(self) -> None:
        stream = self._process.stdout if self._process else None
        if stream is None:
            return
        first: str | None = None
        with contextlib.suppress(OSError, ValueError), stream:
            for line in stream:  # drained to the end so the child never blocks on a full pipe
                if first is None:
                    first = line.strip()
                    self._lines.put(first)
        if first is None:
            self._lines.put(None)  # ended before printing its address

    def wait_ready(self, timeout: float = START_TIMEOUT) -> str:
        """Block until the child prints its base URL; stops it and raises SimulatorError otherwise."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            self.stop()
            raise SimulatorError(
                f"The offline simulator did not report its address within {timeout:g} seconds."
            ) from None
        if line is None or not line.startswith("http://"):
            code = self._process.wait(STOP_TIMEOUT) if line is None and self._process else None
            self.stop()
            where = f" (see {self.log_path})" if self.log_path else ""
            if line is None:
                said = f"exited with code {code}"
            else:
                said = f"printed {line[:80]!r} instead of its address"
            raise SimulatorError(f"The offline simulator {said}{where}.")
        self.url = line
        return line

    def start(self, timeout: float = START_TIMEOUT) -> str:
        self.spawn()
        return self.wait_ready(timeout)

    async def astart(self, timeout: float = START_TIMEOUT) -> str:
        """Start and wait for the URL without blocking the event loop."""
        self.spawn()
        return await asyncio.to_thread(self.wait_ready, timeout)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM, then SIGKILL if it has not exited within `timeout` seconds."""
        process, self._process = self._process, None
        self.url = None
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)

    async def astop(self, timeout: float = STOP_TIMEOUT) -> None:
        await asyncio.to_thread(self.stop, timeout)
