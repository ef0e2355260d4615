"""The offline Runway as a child process: started on a free port, stopped on close, shared per data dir.

The child is `python -m runway_desktop.simulator --port 0` (or `runway_desktop.simulator_host`,
which also records itself in the data dir; in the frozen bundle, the bundle's own executable in
that role); its first line on stdout is its base URL. It runs in its own process so rendering media
never competes with the window's thread. `shared_simulator` gives the window and the CLI one
simulator per data dir: the running one if there is one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; two fronts starting at once is then possible
    fcntl = None  # type: ignore[assignment]

from runway_desktop.frozen import module_command, role_environment

START_TIMEOUT = 60.0  # a cold start on a busy machine imports PyAV, NumPy and aiohttp first
STOP_TIMEOUT = 5.0
# Simulated run times are divided by this: a try-out shows results in seconds, not minutes.
DEMO_SPEED = 8.0
# In simulator mode the history lives in this folder of the data dir (window and CLI alike):
# simulated tasks never mix with real ones, which Runway would not know, nor they Runway's.
SIMULATOR_HISTORY = "offline-simulator"
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
        state_file: Path | None = None,
        idle_exit: float | None = None,
        detached: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.speed = speed
        self.api_key = api_key
        self.log_path = log_path
        self.python = python
        # With a state file the child is the shared host (`simulator_host`) that others can find.
        self.state_file = state_file
        self.idle_exit = idle_exit
        # A detached child outlives this process (a CLI command ends; its simulator keeps the tasks).
        self.detached = detached
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
        if self.state_file is not None:
            args = module_command("runway_desktop.simulator_host", self.python)
            args += ["--state-file", str(self.state_file)]
            if self.idle_exit is not None:
                args += ["--idle-exit", f"{self.idle_exit:g}"]
        else:
            args = module_command("runway_desktop.simulator", self.python)
            args += ["--port", "0"]
        args += ["--speed", f"{self.speed:g}"]
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
        env.update(role_environment("simulator-host" if self.state_file is not None else "simulator"))
        stderr: int | IO[str] = subprocess.DEVNULL
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
                preexec_fn=None if self.detached else _parent_death_signal(),
                start_new_session=self.detached,  # Ctrl+C in the terminal is not meant for it
            )
        except OSError as exc:
            reason = exc.strerror or exc
            raise SimulatorError(f"The offline simulator could not be started: {reason}") from exc
        finally:
            if not isinstance(stderr, int):
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


# -- one simulator per data dir, shared by the window and the CLI --------------------------------

STATE_FILE = "simulator.json"
# A simulator started for a terminal command stops itself after this long without a request.
CLI_IDLE_EXIT = 3600.0
_PROBE_TIMEOUT = 2.0


@dataclass(frozen=True)
class SharedSimulator:
    """A running simulator serving one data dir: where it listens, its process and its speed."""

    url: str
    pid: int
    speed: float


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there; the HTTP probe decides
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _answers(url: str) -> bool:
    import urllib.request  # only when a recorded simulator is probed: not on the window's start-up path

    try:
        with urllib.request.urlopen(f"{url}/_sim/stats", timeout=_PROBE_TIMEOUT) as reply:
            return bool(reply.status == 200)
    except (OSError, ValueError):
        return False


def find_running(data_dir: Path) -> SharedSimulator | None:
    """The simulator recorded in `data_dir`, if its process is alive and it answers."""
    try:
        recorded = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
        found = SharedSimulator(str(recorded["url"]), int(recorded["pid"]), float(recorded["speed"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not found.url.startswith("http://127.0.0.1:") or not _pid_alive(found.pid):
        return None
    return found if _answers(found.url) else None


@contextlib.contextmanager
def _exclusive(data_dir: Path) -> Iterator[None]:
    """Held while one front decides to reuse or start, so two never start one each."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / "simulator.lock").open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield


async def shared_simulator(
    data_dir: Path,
    *,
    speed: float = DEMO_SPEED,
    detached: bool = False,
    idle_exit: float | None = None,
) -> tuple[SharedSimulator, SimulatorChild | None]:
    """Reuse the simulator already serving `data_dir`, or start one (returned as the child to stop).

    The window starts an attached child (stopped with it); a terminal command starts a detached
    one that outlives the command, so a later `list` or `download` still finds its tasks.
    """
    lock = contextlib.ExitStack()
    await asyncio.to_thread(lock.enter_context, _exclusive(data_dir))
    try:
        running = await asyncio.to_thread(find_running, data_dir)
        if running is not None:
            return running, None
        sim_dir = data_dir / "simulator"
        # The previous simulator's files died with it: start clean.
        await asyncio.to_thread(shutil.rmtree, sim_dir, True)
        child = SimulatorChild(
            data_dir=sim_dir,
            speed=speed,
            log_path=data_dir / "logs" / "simulator.log",
            state_file=data_dir / STATE_FILE,
            idle_exit=idle_exit,
            detached=detached,
        )
        url = await child.astart()
        return SharedSimulator(url, child.pid or 0, speed), child
    finally:
        lock.close()
