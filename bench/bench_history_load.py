"""Loading a 10,000-task history: `Store.load_all()` against sqlite3 reading the same rows raw.

Run: `.venv/bin/python -m bench.bench_history_load [--quick]`. Every record is a finished video
task as the engine stores it: the wire body with its prompt, the form parameters, and one saved
output with its signed URL, path, size and hash; every other task also started from a local
picture (one media item, its uploaded runway:// URI and its input hash). Each figure is the
median of several loads of the same file; the first load is reported too.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.figures import emit, median
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.store import Store

TASKS = 10_000
TARGET_MS = 300.0
WORDS = ("a", "red", "fox", "paper", "boat", "drifting", "down", "neon", "river", "at", "night", "slow",
         "dolly", "shot", "golden", "hour", "portrait", "of", "an", "old", "sailor", "cinematic", "rain")


def make_record(n: int, rng: random.Random, start: float) -> TaskRecord:
    prompt = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 60)))
    seed = rng.randrange(2**32)
    body = {"model": "gen4.5", "promptText": prompt, "ratio": "1280:720", "duration": 10, "seed": seed,
            "contentModeration": {"publicFigureThreshold": "auto"}}
    params = {"promptText": prompt, "ratio": "1280:720", "duration": 10, "seed": seed, "advanced": {}}
    media: list[dict[str, Any]] = []
    hashes: dict[str, str] = {}
    if n % 2:
        picture = f"/home/user/Pictures/still_{n}.png"
        hashes["promptImage"] = f"{rng.getrandbits(256):064x}"
        body["promptImage"] = {"$media": 0}
        params["promptImage"] = [picture]
        media.append({"path": picture,
                      "info": {"path": picture, "kind": "image", "mime": "image/png",
                               "size": rng.randint(200_000, 8_000_000), "width": 1920, "height": 1080,
                               "duration": None, "codec": None, "sha256": hashes["promptImage"]},
                      "url": None, "tag": None, "position": "first", "subject": None})
    url = (f"https://dnznrvs05pmza.cloudfront.net/{rng.getrandbits(128):032x}.mp4?_jwt=" + "x" * 380)
    output = OutputFile(0, url, f"/home/user/Videos/Runway/2025-05-{n % 28 + 1:02d}/gen4.5_{n}.mp4",
                        OutputState.SAVED, rng.randint(2_000_000, 40_000_000), "video/mp4",
                        f"{rng.getrandbits(256):064x}")
    created = start + n * 60
    return TaskRecord(
        id=f"{rng.getrandbits(128):032x}", endpoint="image_to_video" if media else "text_to_video",
        model="gen4.5", tab="video",
        state=TaskState.SUCCEEDED, body=body, media=media, params=params, prompt=prompt,
        runway_id=f"{rng.getrandbits(128):032x}", created_at=created, submitted_at=created + 1,
        updated_at=created + 95, finished_at=created + 95, progress=1.0, estimated_credits=120.0,
        cost_credits=120.0, outputs=(output,), input_hashes=hashes,
    )


def raw_rows(path: Path) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT * FROM tasks ORDER BY created_at DESC").fetchall()
    finally:
        db.close()


async def measure(folder: Path, repeats: int) -> dict[str, Any]:
    path = folder / "tasks.sqlite3"
    rng = random.Random(10_000)
    start = time.time() - TASKS * 60
    records = [make_record(n, rng, start) for n in range(TASKS)]
    store = Store(path)
    await store.open()
    await store.save_many(records)
    await store.close()
    size = path.stat().st_size + sum(p.stat().st_size for p in folder.glob("tasks.sqlite3-*"))

    store = Store(path)
    await store.open()
    loads, raws = [], []
    loaded: list[TaskRecord] = []
    rows: list[tuple[Any, ...]] = []
    for _ in range(repeats):
        del loaded, rows  # freeing the previous result is not part of the next measurement
        began = time.perf_counter()
        loaded = await store.load_all()
        loads.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        rows = await asyncio.to_thread(raw_rows, path)
        raws.append((time.perf_counter() - began) * 1000)
    await store.close()
    if len(loaded) != TASKS or len(rows) != TASKS or loaded[0] != max(records, key=lambda r: r.created_at):
        raise RuntimeError("the store did not give back the history it was given")
    return {"first_ms": round(loads[0], 1), "load_ms": round(median(loads), 1),
            "raw_ms": round(median(raws), 1), "db_mb": round(size / 2**20, 1)}


def main(quick: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-history-") as folder:
        figures = asyncio.run(measure(Path(folder), 3 if quick else 7))
    ratio = figures["load_ms"] / figures["raw_ms"] if figures["raw_ms"] else float("inf")
    ok = figures["load_ms"] <= TARGET_MS
    result = {
        "name": "history_load", "tasks": TASKS, **figures, "ratio_vs_raw": round(ratio, 2),
        "target_ms": TARGET_MS, "ok": ok,
        "headline": f"{TASKS} tasks in {figures['load_ms']} ms ({ratio:.1f}× raw sqlite3), target ≤ 300 ms",
    }
    summary = (
        f"History load: {TASKS} tasks ({figures['db_mb']} MB of SQLite).\n"
        f"  Store.load_all(): {figures['load_ms']} ms median (first load {figures['first_ms']} ms)\n"
        f"  sqlite3 SELECT * into tuples: {figures['raw_ms']} ms median\n"
        f"  {ratio:.1f}× the raw read; target ≤ {TARGET_MS:.0f} ms: {'met' if ok else 'MISSED'}"
    )
    return emit(summary, result)


if __name__ == "__main__":
    main()
