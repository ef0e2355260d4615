"""Benchmark: launch to the first painted window ≤ 1.5×, to an interactive one ≤ 2.5× a bare window's paint.

Each run is a fresh process (`python -m bench.startup_probe ...`), timed from just before it is
spawned to the end of the first paint of its QMainWindow: a bare PySide6 window (the reference,
measured in the same run, interleaved so both see the same machine load), the real app as a new
user starts it (`runway_desktop.app.main(["--data-dir", <empty folder>])`: no key, the welcome
card), and the app with `--simulator` (painted while the simulator child may still be starting).
The app paints its frame first and composes the rest behind it, a step per event-loop turn, the
form on screen first. Reported beside the first paint: the time until it is interactive — the form
on screen is in place (a person can type a prompt, choose a model, open a menu) and the event loop
answers a posted event within 50 ms (`startup_probe.RESPONSIVE_MS`), held to 2.5× the bare window's
first paint — and the time until it is composed (queue, history, status bar and the rest in place),
with its ratio. The longest the event loop went without turning between the paint and composed is
reported too (how well the window answers while the rest is added).
Headless (QT_QPA_PLATFORM=offscreen) and, when Xvfb is installed, under a real X server (xcb).

The children get a private bytecode cache (PYTHONPYCACHEPREFIX), warmed by one uncounted run
of each, so every run reads .pyc files as an installed app does, whatever PYTHONDONTWRITEBYTECODE
says, and nothing is written into the source tree.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    from bench.figures import emit, median
except ImportError:  # run as a script: bench/ itself is on the path
    from figures import emit, median

ROOT = Path(__file__).resolve().parent.parent
LIMIT_RATIO = 1.5
INTERACTIVE_LIMIT_RATIO = 2.5
RUNS, QUICK_RUNS = 7, 3
RUN_TIMEOUT = 120.0
XVFB_SCREEN = "1440x900x24"
SCENARIOS: dict[str, list[str]] = {"bare": ["bare"], "app": ["app"], "app_simulator": ["app", "--simulator"]}


def child_env(platform: str, pycache: Path, display: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "RUNWAYML_API_SECRET")}
    env.update(PYTHONPYCACHEPREFIX=str(pycache), QT_QPA_PLATFORM=platform, QT_API="pyside6")
    env["QT_LOGGING_RULES"] = "qt.multimedia.*=false"  # backend probing chatter, not ours to report
    if display is not None:
        env["DISPLAY"] = display
    return env


def _processes_mentioning(text: str) -> list[int]:
    """Processes whose command line mentions `text` (the simulator children of a finished run)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
    return found


def _wait_for_children_to_end(data_dir: Path, deadline_s: float = 15.0) -> None:
    """The probe ends with os._exit; its simulator child gets SIGTERM from the kernel and exits."""
    if not Path("/proc").is_dir():
        return
    deadline = time.monotonic() + deadline_s
    while _processes_mentioning(str(data_dir)) and time.monotonic() < deadline:
        time.sleep(0.05)


def run_once(scenario: str, env: dict[str, str]) -> dict[str, float]:
    """One launch: milliseconds from spawn to the interpreter running, to the paint, to its end."""
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        args = list(SCENARIOS[scenario])
        if args[0] == "app":
            args += ["--data-dir", str(Path(folder) / "data")]
        command = [sys.executable, "-m", "bench.startup_probe", *args]
        spawned = time.monotonic()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(
                f"{scenario} on {env['QT_QPA_PLATFORM']} did not report a paint "
                f"(exit status {done.returncode}): {done.stderr.strip()[-1500:]}"
            )
        readings = json.loads(lines[-1])
        _wait_for_children_to_end(Path(folder))
    return {
        "python_ms": (readings["started"] - spawned) * 1000,
        "paint_ms": (readings["paint"] - spawned) * 1000,
        "painted_ms": (readings["painted"] - spawned) * 1000,
        "composed_ms": (readings["composed"] - spawned) * 1000,
        "interactive_ms": (readings["interactive"] - spawned) * 1000,
        "stall_ms": readings.get("longest_stall_ms", 0.0),
        # CPU time of the process (every thread) until it painted / was interactive: what the launch
        # cost, far less affected than wall time by other processes on a shared machine.
        "paint_cpu_ms": readings.get("paint_cpu", 0.0) * 1000,
        "interactive_cpu_ms": readings.get("interactive_cpu", readings.get("paint_cpu", 0.0)) * 1000,
        "mode": readings.get("mode"),
    }


def measure(platform: str, runs: int, pycache: Path, display: str | None = None) -> dict[str, Any]:
    """Interleaved rounds of every scenario on one Qt platform; medians and minimums."""
    env = child_env(platform, pycache, display)
    for scenario in SCENARIOS:  # warm-up: bytecode cache, page cache, fontconfig cache
        run_once(scenario, env)
    samples: dict[str, list[dict[str, Any]]] = {scenario: [] for scenario in SCENARIOS}
    for _ in range(runs):
        for scenario in SCENARIOS:
            samples[scenario].append(run_once(scenario, env))
    figures: dict[str, Any] = {}
    for scenario, rows in samples.items():
        painted = [row["painted_ms"] for row in rows]
        figures[scenario] = {
            "median_ms": round(median(painted), 1),
            "min_ms": round(min(painted), 1),
            "python_started_ms": round(median([row["python_ms"] for row in rows]), 1),
            "composed_median_ms": round(median([row["composed_ms"] for row in rows]), 1),
            "composed_min_ms": round(min(row["composed_ms"] for row in rows), 1),
            "interactive_median_ms": round(median([row["interactive_ms"] for row in rows]), 1),
            "interactive_min_ms": round(min(row["interactive_ms"] for row in rows), 1),
            "longest_stall_median_ms": round(median([row["stall_ms"] for row in rows]), 1),
            "paint_cpu_median_ms": round(median([row["paint_cpu_ms"] for row in rows]), 1),
            "interactive_cpu_median_ms": round(median([row["interactive_cpu_ms"] for row in rows]), 1),
            "runs_ms": [round(value, 1) for value in painted],
            "connection": rows[-1]["mode"],
        }
    bare = figures["bare"]
    for scenario in ("app", "app_simulator"):
        figures[scenario]["ratio_median"] = round(figures[scenario]["median_ms"] / bare["median_ms"], 2)
        figures[scenario]["ratio_min"] = round(figures[scenario]["min_ms"] / bare["min_ms"], 2)
        figures[scenario]["composed_ratio_median"] = round(
            figures[scenario]["composed_median_ms"] / bare["median_ms"], 2)
        figures[scenario]["interactive_ratio_median"] = round(
            figures[scenario]["interactive_median_ms"] / bare["median_ms"], 2)
        figures[scenario]["interactive_ratio_min"] = round(
            figures[scenario]["interactive_min_ms"] / bare["min_ms"], 2)
        figures[scenario]["interactive_cpu_ratio"] = round(
            figures[scenario]["interactive_cpu_median_ms"] / bare["paint_cpu_median_ms"], 2)
    return figures


def _free_display() -> int:
    for number in range(90, 400):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :399")


@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """A private Xvfb server (its DISPLAY), or None when Xvfb is not installed or does not start."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    number = _free_display()
    server = subprocess.Popen(
        [binary, f":{number}", "-screen", "0", XVFB_SCREEN, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and server.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        yield f":{number}" if server.poll() is None and Path(f"/tmp/.X11-unix/X{number}").exists() else None
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _line(platform: str, figures: dict[str, Any]) -> str:
    bare, app, sim = figures["bare"], figures["app"], figures["app_simulator"]
    return (
        f"{platform}: bare PySide6 window median {bare['median_ms']:.0f} ms (min {bare['min_ms']:.0f}); "
        f"app median {app['median_ms']:.0f} ms (min {app['min_ms']:.0f}) = {app['ratio_median']}× "
        f"(min/min {app['ratio_min']}×); app --simulator median {sim['median_ms']:.0f} ms "
        f"(min {sim['min_ms']:.0f}) = {sim['ratio_median']}×; composed (queue, history, status in place): "
        f"app {app['composed_median_ms']:.0f} ms = {app['composed_ratio_median']}×, --simulator "
        f"{sim['composed_median_ms']:.0f} ms = {sim['composed_ratio_median']}×; "
        f"interactive (the form in place, the loop answering): app {app['interactive_median_ms']:.0f} ms = "
        f"{app['interactive_ratio_median']}× "
        f"(min/min {app['interactive_ratio_min']}×), --simulator {sim['interactive_median_ms']:.0f} ms = "
        f"{sim['interactive_ratio_median']}×; CPU time to interactive: app "
        f"{app['interactive_cpu_median_ms']:.0f} ms = {app['interactive_cpu_ratio']}× the bare window's "
        f"to its paint ({bare['paint_cpu_median_ms']:.0f} ms), --simulator {sim['interactive_cpu_ratio']}×; "
        f"longest loop stall from the paint to composed: app "
        f"{app['longest_stall_median_ms']:.0f} ms, --simulator {sim['longest_stall_median_ms']:.0f} ms"
    )


def main(quick: bool = False) -> dict[str, Any]:
    runs = QUICK_RUNS if quick else RUNS
    result: dict[str, Any] = {"benchmark": "startup", "runs": runs, "limit_ratio": LIMIT_RATIO,
                              "interactive_limit_ratio": INTERACTIVE_LIMIT_RATIO}
    with tempfile.TemporaryDirectory(prefix="bench-startup-pyc-") as pycache:
        result["offscreen"] = measure("offscreen", runs, Path(pycache))
        with xvfb() as display:
            if display is None:
                result["xcb"] = {"skipped": "Xvfb is not installed or did not start"}
            else:
                try:
                    result["xcb"] = measure("xcb", runs, Path(pycache), display)
                except RuntimeError as exc:  # e.g. Qt's xcb plugin lacks a system library
                    result["xcb"] = {"skipped": str(exc)}
    measured = [p for p in ("offscreen", "xcb") if "bare" in result[p]]
    ratios = {p: result[p]["app"]["ratio_median"] for p in measured}
    interactive = {p: result[p]["app"]["interactive_ratio_median"] for p in measured}
    result["ratio_median"] = ratios
    result["interactive_ratio_median"] = interactive
    painted_ok = all(ratio <= LIMIT_RATIO for ratio in ratios.values())
    interactive_ok = all(ratio <= INTERACTIVE_LIMIT_RATIO for ratio in interactive.values())
    result["ok"] = painted_ok and interactive_ok
    result["headline"] = ", ".join(
        f"{p}: painted {ratios[p]}×, interactive {result[p]['app']['interactive_median_ms']:.0f} ms / bare "
        f"{result[p]['bare']['median_ms']:.0f} ms = {interactive[p]}×, composed "
        f"{result[p]['app']['composed_ratio_median']}×" for p in measured
    ) + f" (limits {LIMIT_RATIO}× / {INTERACTIVE_LIMIT_RATIO}×)"
    lines = [_line(p, result[p]) for p in measured]
    lines += [f"xcb: skipped ({result['xcb']['skipped']})"] if "skipped" in result["xcb"] else []
    lines.append(f"launch → first painted window, limit {LIMIT_RATIO}× the bare window: "
                 f"{'OK' if painted_ok else 'OVER'}")
    lines.append(f"launch → interactive window, limit {INTERACTIVE_LIMIT_RATIO}× the bare window's paint: "
                 f"{'OK' if interactive_ok else 'OVER'}")
    return emit("\n".join(lines), result)


if __name__ == "__main__":
    main()
