"""`Engine.start` over a 100,000-task history against an empty one: time and peak memory.

Run: `.venv/bin/python -m bench.bench_engine_start [--quick]`. The history is the queue bench's
(`bench_queue_100k.make_history`); each start runs in its own process so its peak RSS is its own.
The first open of a history builds the store's indexes once; it is reported apart.
"""

from __future__ import annotations

import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_queue_100k import make_history
from bench.figures import emit

TASKS = 100_000
START_LIMIT_MS = 1500.0
MEMORY_LIMIT_MB = 200.0


async def _start(path: Path) -> dict[str, Any]:
    from runway_desktop.core.catalogue.spec import load_catalogue
    from runway_desktop.core.intake.output_check import verify_output
    from runway_desktop.core.running.engine import Engine
    from runway_desktop.core.storage.library import Library
    from runway_desktop.core.storage.store import Store

    catalogue = load_catalogue()
    store = Store(path)
    await store.open()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    engine = Engine(None, store, Library(path.parent / "library", verify=verify_output), catalogue)
    await engine.start()
    elapsed = (time.perf_counter() - began) * 1000
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    await store.close()
    return {"start_ms": round(elapsed, 1), "rss_mb": round(grown, 1), "held": len(engine.tasks)}


def _in_own_process(path: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_engine_start", "--child", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


async def _first_open(path: Path) -> float:
    from runway_desktop.core.storage.store import Store

    began = time.perf_counter()
    store = Store(path)
    await store.open()
    await store.close()
    return round((time.perf_counter() - began) * 1000, 1)


def main(quick: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-engine-start-") as folder:
        empty, full = Path(folder) / "empty" / "tasks.sqlite3", Path(folder) / "full" / "tasks.sqlite3"
        empty.parent.mkdir()
        full.parent.mkdir()
        make_history(full, TASKS)
        first_open_ms = asyncio.run(_first_open(full))
        small, large = _in_own_process(empty), _in_own_process(full)
    extra_mb = round(large["rss_mb"] - small["rss_mb"], 1)
    ok = large["start_ms"] <= START_LIMIT_MS and extra_mb <= MEMORY_LIMIT_MB
    result = {"name": "engine_start", "tasks": TASKS, "start_ms": large["start_ms"], "held": large["held"],
              "extra_mb": extra_mb, "empty_start_ms": small["start_ms"], "first_open_ms": first_open_ms,
              "ok": ok, "headline": f"Engine.start over {TASKS} tasks {large['start_ms']} ms, +{extra_mb} MB"}
    summary = (f"Engine.start over {TASKS:,} tasks: {large['start_ms']} ms, {large['held']} held, "
               f"+{extra_mb} MB over an empty history ({small['start_ms']} ms); first open (indexes built "
               f"once) {first_open_ms} ms; target ≤ {START_LIMIT_MS:.0f} ms, ≤ +{MEMORY_LIMIT_MB:.0f} MB: "
               f"{'met' if ok else 'MISSED'}")
    return emit(summary, result)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(asyncio.run(_start(Path(sys.argv[2])))))
    else:
        main("--quick" in sys.argv)
