"""Queue panel with 10,000 tasks: time to open, scrolling stalls, and memory — against a bare list.

Run headless: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_queue.py [--tasks N]`.
Prints one JSON line (for tools) and one line for people. The reference figures come from a
bare QListView over a QStringListModel of as many strings, measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import av
import numpy as np
import qasync
from PIL import Image
from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.panel import QueuePanel

OPEN_LIMIT_MS = 500.0
STALL_LIMIT_MS = 16.0
SCROLL_PASSES = 3  # the best pass counts: other work on the machine can preempt any single one
MEMORY_LIMIT_MB = 150.0
WORDS = ("a", "red", "fox", "paper", "boat", "river", "neon", "city", "rain", "slow", "dolly", "shot",
         "golden", "hour", "portrait", "of", "an", "old", "sailor")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def make_outputs(folder: Path) -> list[tuple[str, str]]:
    """A few real files (images, videos, audio) that the history's outputs point at."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[tuple[str, str]] = []
    rng = np.random.default_rng(3)
    for i in range(8):
        path = folder / f"image_{i}.png"
        pixels = rng.integers(0, 255, (360, 640, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(path)
        made.append((str(path), "image/png"))
    for i in range(4):
        path = folder / f"video_{i}.mp4"
        with av.open(str(path), "w") as container:
            stream = container.add_stream("libx264", rate=12)
            stream.width, stream.height, stream.pix_fmt = 320, 180, "yuv420p"
            stream.time_base = Fraction(1, 12)
            for n in range(12):
                frame = av.VideoFrame.from_ndarray(
                    np.full((180, 320, 3), (n * 20 + i * 50) % 255, dtype=np.uint8), format="rgb24"
                )
                container.mux(stream.encode(frame))
            container.mux(stream.encode())
        made.append((str(path), "video/mp4"))
    return made


def make_history(count: int, outputs: list[tuple[str, str]]) -> list[TaskRecord]:
    rng = random.Random(7)
    states = [TaskState.SUCCEEDED] * 14 + [TaskState.FAILED] * 3 + [TaskState.CANCELLED, TaskState.UNKNOWN]
    tasks = []
    start = time.time() - count * 60
    for n in range(count):
        state = rng.choice(states)
        prompt = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 24)))
        path, mime = outputs[n % len(outputs)]
        tab = "image" if mime.startswith("image") else "video"
        saved = state is TaskState.SUCCEEDED
        tasks.append(
            TaskRecord(
                id=f"bench{n:06d}",
                endpoint="text_to_image" if tab == "image" else "text_to_video",
                model="gen4_image" if tab == "image" else "gen4.5",
                tab=tab,
                state=state,
                body={"model": "gen4.5", "promptText": prompt, "ratio": "1280:720", "seed": n},
                params={"promptText": prompt, "ratio": "1280:720"},
                prompt=prompt,
                runway_id=f"rw-{n}",
                created_at=start + n * 60,
                submitted_at=start + n * 60 + 1,
                updated_at=start + n * 60 + 40,
                finished_at=start + n * 60 + 40,
                estimated_credits=12.0,
                cost_credits=12.0 if state in (TaskState.SUCCEEDED, TaskState.FAILED) else None,
                failure="Input text flagged by moderation" if state is TaskState.FAILED else None,
                failure_code="SAFETY.INPUT.TEXT" if state is TaskState.FAILED else None,
                outputs=(OutputFile(0, f"https://x.test/{n}", path, OutputState.SAVED, mime=mime),)
                if saved
                else (),
            )
        )
    return tasks


async def seed(data: Path, tasks: list[TaskRecord]) -> None:
    store = Store(data / "tasks.sqlite3")
    await store.open()
    await store.save_many(tasks)
    await store.close()


async def open_panel(data: Path, thumbs: Path) -> tuple[QueuePanel, Engine, Store, dict[str, float]]:
    """Store load → engine → model and panel → first paint; returns the phases in ms."""
    t0 = time.perf_counter()
    store = Store(data / "tasks.sqlite3")
    await store.open()
    engine = Engine(None, store, Library(data / "library", verify=lambda p: None), load_catalogue())
    await engine.start()
    t1 = time.perf_counter()
    panel = QueuePanel(EngineBridge(engine), ThumbnailCache(thumbs))
    panel.resize(480, 900)
    t2 = time.perf_counter()
    panel.show()
    if panel.model.loading:  # a long history's order is read in the queue's own thread
        loaded = asyncio.Event()
        panel.model.loaded.connect(loaded.set)
        await loaded.wait()
    panel.view.viewport().repaint()
    t3 = time.perf_counter()
    phases = {"load_ms": (t1 - t0) * 1000, "build_ms": (t2 - t1) * 1000, "paint_ms": (t3 - t2) * 1000}
    phases["open_ms"] = (t3 - t0) * 1000
    return panel, engine, store, phases


def open_reference(count: int) -> tuple[QListView, float]:
    t0 = time.perf_counter()
    model = QStringListModel([f"task {n}: " + " ".join(WORDS[: 4 + n % 12]) for n in range(count)])
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(480, 900)
    view.show()
    view.viewport().repaint()
    return view, (time.perf_counter() - t0) * 1000


async def scroll_through(view: QAbstractItemView) -> dict[str, float]:
    """Page down through the whole list from a timer while a 1 ms heartbeat measures the gaps."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    gaps: list[float] = []
    steps: list[float] = []
    last = [time.perf_counter()]
    done = asyncio.get_running_loop().create_future()

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    def step() -> None:
        t = time.perf_counter()
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        view.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
        if bar.value() >= bar.maximum() and not done.done():
            done.set_result(None)

    heartbeat, driver = QTimer(), QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(beat)
    driver.setInterval(0)
    driver.timeout.connect(step)
    last[0] = time.perf_counter()
    heartbeat.start()
    driver.start()
    started = time.perf_counter()
    await done
    driver.stop()
    heartbeat.stop()
    return {
        "pages": len(steps),
        "seconds": time.perf_counter() - started,
        "over_limit": sum(1 for g in gaps if g > STALL_LIMIT_MS),
        "max_gap_ms": max(gaps) if gaps else 0.0,
        "p99_gap_ms": _percentile(gaps, 99),
        "max_step_ms": max(steps),
        "mean_step_ms": statistics.fmean(steps),
    }


async def best_scroll(view: QAbstractItemView) -> dict[str, float]:
    passes = [await scroll_through(view) for _ in range(SCROLL_PASSES)]
    best = min(passes, key=lambda p: p["max_gap_ms"])
    best["worst_pass_max_gap_ms"] = max(p["max_gap_ms"] for p in passes)
    return best


def _percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


async def run(count: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as tmp:
        root = Path(tmp)
        outputs = make_outputs(root / "files")
        (root / "empty").mkdir()
        (root / "full").mkdir()
        await seed(root / "full", make_history(count, outputs))

        # The empty app: the same panel over an empty history, painted once.
        empty_panel, empty_engine, empty_store, _ = await open_panel(root / "empty", root / "thumbs-empty")
        rss_empty = rss_mb()

        reference, reference_open = open_reference(count)
        reference_scroll = await best_scroll(reference)
        reference.close()

        panel, engine, store, phases = await open_panel(root / "full", root / "thumbs")
        rows = panel.model.rowCount()
        scroll = await best_scroll(panel.view)
        await asyncio.sleep(1.0)  # the last screen's thumbnails arrive, as a person would see them
        rss_loaded = rss_mb()

        for p, e, s in ((panel, engine, store), (empty_panel, empty_engine, empty_store)):
            p.shutdown()
            p.close()
            await e.close()
            await s.close()

    result = {
        "bench": "queue",
        "tasks": rows,
        "open_ms": round(phases["open_ms"], 1),
        "open_phases_ms": {k: round(v, 1) for k, v in phases.items() if k != "open_ms"},
        "open_reference_ms": round(reference_open, 1),
        "open_ratio": round(phases["open_ms"] / reference_open, 2) if reference_open else None,
        "scroll_pages": scroll["pages"],
        "scroll_max_gap_ms": round(scroll["max_gap_ms"], 1),
        "scroll_p99_gap_ms": round(scroll["p99_gap_ms"], 1),
        "scroll_worst_pass_max_gap_ms": round(scroll["worst_pass_max_gap_ms"], 1),
        "scroll_gaps_over_limit": scroll["over_limit"],
        "scroll_max_step_ms": round(scroll["max_step_ms"], 1),
        "scroll_mean_step_ms": round(scroll["mean_step_ms"], 2),
        "scroll_reference_max_gap_ms": round(reference_scroll["max_gap_ms"], 1),
        "scroll_reference_worst_pass_max_gap_ms": round(reference_scroll["worst_pass_max_gap_ms"], 1),
        "scroll_reference_mean_step_ms": round(reference_scroll["mean_step_ms"], 2),
        "rss_empty_mb": round(rss_empty, 1),
        "rss_loaded_mb": round(rss_loaded, 1),
        "rss_delta_mb": round(rss_loaded - rss_empty, 1),
        "load_average": round(os.getloadavg()[0], 2),
    }
    result["pass"] = {
        "open": phases["open_ms"] <= OPEN_LIMIT_MS,
        "scroll": scroll["max_gap_ms"] <= STALL_LIMIT_MS,
        "memory": rss_loaded - rss_empty <= MEMORY_LIMIT_MB,
    }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000, help="tasks in the history (default 10,000)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # closing the panels at the end must not stop the loop
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(run(args.tasks))
    print(json.dumps(result))
    ok = result["pass"]
    print(
        f"queue with {result['tasks']:,} tasks: opens in {result['open_ms']:.0f} ms "
        f"(bare list {result['open_reference_ms']:.0f} ms, ×{result['open_ratio']}; "
        f"limit {OPEN_LIMIT_MS:.0f}) · "
        f"scrolling {result['scroll_pages']} pages: longest stall {result['scroll_max_gap_ms']:.1f} ms "
        f"(p99 {result['scroll_p99_gap_ms']:.1f}; bare list {result['scroll_reference_max_gap_ms']:.1f}; "
        f"limit {STALL_LIMIT_MS:.0f}) · memory +{result['rss_delta_mb']:.0f} MB over the empty app "
        f"(limit {MEMORY_LIMIT_MB:.0f}) · {'PASS' if all(ok.values()) else 'FAIL ' + str(ok)}"
    )
    return 0 if all(ok.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
