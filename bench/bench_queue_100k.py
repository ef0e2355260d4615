"""The queue over a 100,000-task history against the same queue over 10 tasks, in one process.

Run headless: `.venv/bin/python -m bench.bench_queue_100k [--quick]`. The records are those of
`bench_history_load` (finished video tasks with long prompts, ~2.7 kB each). Measured, for the
reference (10 tasks) and then for 100,000: the queue panel built, shown and interactive (its
first rows painted and the event loop answering a posted event); the memory over the reference;
the event loop's longest gap while the view is scrolled a page at a time from top to bottom; a
prompt search from the typed text to its first rows painted (median of several queries).
The engine is made without reading the history (`Engine.start` still loads every record: that
is measured by `bench_history_load`, not here).
"""

from __future__ import annotations

import asyncio
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.bench_history_load import make_record
from bench.bench_queue import best_scroll, rss_mb, scroll_through
from bench.figures import emit, median
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import TASKS_TABLE, Store
from runway_desktop.core.storage.task_rows import COLUMNS, row_of
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.panel import QueuePanel

TASKS = 100_000
REFERENCE_TASKS = 10
OPEN_LIMIT_MS = 1500.0
MEMORY_LIMIT_MB = 200.0
STALL_LIMIT_MS = 16.0
SEARCH_LIMIT_MS = 100.0
QUERIES = ("paper boat", "sailor portrait neon", "golden hour", "lighthouse", "drifting river night")


def make_history(path: Path, count: int) -> None:
    """The rows written in one transaction, then indexed once by the store (as an old history is)."""
    rng = random.Random(100_000)
    start = time.time() - count * 60
    db = sqlite3.connect(path)
    db.execute(TASKS_TABLE.format(name="tasks"))
    marks = ", ".join("?" for _ in COLUMNS)
    with db:
        db.executemany(f"INSERT INTO tasks ({', '.join(COLUMNS)}) VALUES ({marks})",
                       (row_of(make_record(n, rng, start)) for n in range(count)))
    db.close()


async def ordered(panel: QueuePanel) -> None:
    """Until the model's order (the history opened, or a search) is in place."""
    if not panel.model.loading:
        return
    done = asyncio.Event()
    panel.model.loaded.connect(done.set)
    try:
        await done.wait()
    finally:
        panel.model.loaded.disconnect(done.set)


async def answered_within(seconds: float) -> bool:
    posted = time.perf_counter()
    answer: asyncio.Future[float] = asyncio.get_running_loop().create_future()
    QTimer.singleShot(0, lambda: answer.done() or answer.set_result(time.perf_counter()))
    return await answer - posted <= seconds


async def interactive(panel: QueuePanel) -> None:
    """Until the first rows are painted and a posted event is answered within 50 ms."""
    await ordered(panel)
    panel.view.viewport().repaint()
    while not await answered_within(0.05):
        pass


async def open_panel(path: Path, thumbs: Path) -> tuple[QueuePanel, Engine, Store, float]:
    store = Store(path)
    await store.open()
    engine = Engine(None, store, Library(path.parent / "library", verify=lambda p: None), load_catalogue())
    began = time.perf_counter()
    panel = QueuePanel(EngineBridge(engine), ThumbnailCache(thumbs))
    panel.resize(480, 900)
    panel.show()
    await interactive(panel)
    return panel, engine, store, (time.perf_counter() - began) * 1000


async def idle_gap(seconds: float) -> float:
    """The event loop's longest gap with nothing to do but a 1 ms heartbeat: this host's noise."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    await asyncio.sleep(seconds)
    heartbeat.stop()
    return max(gaps, default=0.0)


async def search(panel: QueuePanel, text: str) -> float:
    """From the text typed to the first rows painted."""
    began = time.perf_counter()
    panel.search.setText(text)
    await ordered(panel)
    panel.view.viewport().repaint()
    took = (time.perf_counter() - began) * 1000
    panel.search.clear()
    await ordered(panel)
    return took


async def searches(panel: QueuePanel, repeats: int) -> dict[str, float]:
    return {q: round(median([await search(panel, q) for _ in range(repeats)]), 1) for q in QUERIES}


async def close(panel: QueuePanel, engine: Engine, store: Store) -> None:
    panel.shutdown()
    panel.close()
    await engine.close()
    await store.close()


async def run(quick: bool, folder: Path) -> dict[str, Any]:
    repeats = 3 if quick else 7
    made = time.perf_counter()
    for name, count in (("small", REFERENCE_TASKS), ("large", TASKS)):
        (folder / name).mkdir()
        make_history(folder / name / "tasks.sqlite3", count)
        store = Store(folder / name / "tasks.sqlite3")  # indexes and the prompts' FTS5 index, once
        await store.open()
        await store.close()
    made_s = time.perf_counter() - made

    small = await open_panel(folder / "small" / "tasks.sqlite3", folder / "thumbs-small")
    small_open = small[3]
    small_search = await searches(small[0], repeats)
    small_scroll = await scroll_through(small[0].view)
    rss_small = rss_mb()

    large = await open_panel(folder / "large" / "tasks.sqlite3", folder / "thumbs-large")
    large_open, rows = large[3], large[0].model.rowCount()
    large_search = await searches(large[0], repeats)
    scroll = await (scroll_through(large[0].view) if quick else best_scroll(large[0].view))
    idle = await idle_gap(5.0)
    rss_large = rss_mb()
    for opened in (large, small):
        await close(*opened[:3])
    if rows != TASKS:
        raise RuntimeError(f"the queue shows {rows} rows of {TASKS}")
    return {"made_s": round(made_s, 1), "open_ms": round(large_open, 1),
            "open_reference_ms": round(small_open, 1),
            "search_ms": large_search, "search_reference_ms": small_search,
            "scroll_max_gap_ms": round(scroll["max_gap_ms"], 1),
            "scroll_p99_gap_ms": round(scroll["p99_gap_ms"], 1), "scroll_pages": scroll["pages"],
            "scroll_reference_max_gap_ms": round(small_scroll["max_gap_ms"], 1),
            "idle_max_gap_ms": round(idle, 1), "scroll_seconds": round(scroll["seconds"], 1),
            "rss_reference_mb": round(rss_small, 1), "rss_mb": round(rss_large, 1),
            "rss_delta_mb": round(rss_large - rss_small, 1), "load_average": round(os.getloadavg()[0], 2)}


def main(quick: bool = False) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # type: ignore[attr-defined]
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="bench-queue-100k-") as folder, loop:
        f = loop.run_until_complete(run(quick, Path(folder)))
    slowest = max(f["search_ms"].values())
    checks = {"open": f["open_ms"] <= OPEN_LIMIT_MS, "memory": f["rss_delta_mb"] <= MEMORY_LIMIT_MB,
              "scroll": f["scroll_max_gap_ms"] <= STALL_LIMIT_MS, "search": slowest <= SEARCH_LIMIT_MS}
    result = {"name": "queue_100k", "tasks": TASKS, **f, "checks": checks, "ok": all(checks.values()),
              "headline": f"{TASKS:,} tasks: interactive in {f['open_ms']:.0f} ms "
                          f"(10 tasks: {f['open_reference_ms']:.0f} ms), +{f['rss_delta_mb']:.0f} MB, "
                          f"scroll stall {f['scroll_max_gap_ms']} ms, slowest search {slowest} ms"}
    summary = (
        f"Queue over {TASKS:,} tasks (history made in {f['made_s']} s; load average {f['load_average']}).\n"
        f"  interactive: {f['open_ms']} ms (10 tasks: {f['open_reference_ms']} ms; ×"
        f"{f['open_ms'] / max(f['open_reference_ms'], 0.1):.1f}); limit {OPEN_LIMIT_MS:.0f} ms\n"
        f"  memory: {f['rss_mb']} MB, +{f['rss_delta_mb']} MB over 10 tasks; "
        f"limit +{MEMORY_LIMIT_MB:.0f} MB\n"
        f"  scrolling {f['scroll_pages']} pages: longest gap {f['scroll_max_gap_ms']} ms "
        f"(p99 {f['scroll_p99_gap_ms']}; 10 tasks {f['scroll_reference_max_gap_ms']}; "
        f"the idle loop alone {f['idle_max_gap_ms']}); "
        f"limit {STALL_LIMIT_MS:.0f} ms\n"
        f"  prompt search to first rows painted (median): "
        + ", ".join(f"'{q}' {ms} ms" for q, ms in f["search_ms"].items())
        + "\n    10 tasks: " + ", ".join(f"{ms} ms" for ms in f["search_reference_ms"].values())
        + f"; limit {SEARCH_LIMIT_MS:.0f} ms\n"
        "  targets: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in checks.items())
    )
    return emit(summary, result)


if __name__ == "__main__":
    main("--quick" in sys.argv[1:])
