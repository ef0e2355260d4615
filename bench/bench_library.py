"""Library of 100,000 takes: time to open the browser and to answer a search — against references.

Run headless: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_library.py [--takes N]`.
The history is saved by the real task store and indexed by `TakesIndex.backfill_from_tasks`. Two
references are measured in the same run: a bare QListView over a QStringListModel of as many
strings (for opening), and the same search as a plain `LIKE` scan of the takes table (for search).
A search is timed from the search box's Enter to the first page painted; each query is repeated
and its median counts.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import numpy as np
import qasync
from PIL import Image
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QListView

try:
    from bench.figures import emit
except ImportError:  # run as a script: bench/ itself is on the path
    from figures import emit

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.store import Store
from runway_desktop.core.takes import TakeFilters, TakesIndex, TakeSort
from runway_desktop.core.takes.query import order_clause, where_clause
from runway_desktop.ui.library.panel import LibraryPanel

OPEN_LIMIT_MS = 1000.0
SEARCH_LIMIT_MS = 100.0
WORDS = ("a", "red", "fox", "paper", "boat", "river", "neon", "city", "rain", "slow", "dolly", "shot",
         "golden", "hour", "portrait", "of", "an", "old", "sailor", "forest", "mist", "drone", "over",
         "desert", "dunes", "close", "up", "hands", "pottery", "wheel", "night", "market", "lanterns", "snow",
         "mountain", "cabin", "jellyfish", "glowing", "deep", "sea", "train", "window", "reflection", "storm",
         "clouds", "timelapse")
MODELS = (("gen4.5", "video", "text_to_video"), ("gen4_image", "image", "text_to_image"),
          ("veo3.1_fast", "video", "text_to_video"), ("eleven_text_to_sound_v2", "audio", "sound_effect"))
# (label, text): a common word, two word prefixes, a rare word, a model name, and no match at all.
QUERIES = (("common word", "neon"), ("two prefixes", "jelly glow"), ("rare word", "lighthouse"),
           ("model", "veo3"), ("no match", "volcano"))
# Filters and sort orders the panel offers, timed in the index (count and first page together).
FILTERED = (
    ("highest rated", TakeFilters(), TakeSort.RATING),
    ("model A-Z", TakeFilters(), TakeSort.MODEL),
    ("videos", TakeFilters(kinds=frozenset({"video"})), TakeSort.NEWEST),
    ("3+ stars", TakeFilters(min_rating=3), TakeSort.NEWEST),
    ("word + images", TakeFilters(text="neon", kinds=frozenset({"image"})), TakeSort.NEWEST),
    ("word, highest rated", TakeFilters(text="neon"), TakeSort.RATING),
)


def make_images(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(5)
    paths = []
    for i in range(12):
        path = folder / f"take_{i}.png"
        Image.fromarray(rng.integers(0, 255, (360, 640, 3), dtype=np.uint8)).save(path)
        paths.append(str(path))
    return paths


def make_history(count: int, images: list[str]) -> list[TaskRecord]:
    rng = random.Random(11)
    start = time.time() - count * 30
    tasks = []
    for n in range(count):
        model, kind, endpoint = MODELS[n % len(MODELS)]
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 24))]
        if n % 1000 == 7:
            words.append("lighthouse")
        prompt = " ".join(words)
        tasks.append(TaskRecord(
            id=f"lib{n:06d}", endpoint=endpoint, model=model, tab=kind, state=TaskState.SUCCEEDED,
            body={"model": model, "promptText": prompt, "seed": n, "ratio": "1280:720"},
            params={"promptText": prompt, **({"group_id": f"batch-{n // 50}"} if n % 3 == 0 else {})},
            prompt=prompt, created_at=start + n * 30, updated_at=start + n * 30,
            outputs=(OutputFile(0, None, images[n % len(images)], OutputState.SAVED, size=1000,
                                mime="image/png" if kind == "image" else f"{kind}/x"),),
        ))
    return tasks


async def seed(db: Path, tasks: list[TaskRecord]) -> dict[str, float]:
    store = Store(db)
    await store.open()
    await store.save_many(tasks)
    t0 = time.perf_counter()
    loaded = await store.load_all()
    t1 = time.perf_counter()
    index = TakesIndex(db)
    await index.open()
    added = await index.backfill_from_tasks(loaded)
    t2 = time.perf_counter()
    await index.close()
    await store.close()
    assert added == len(tasks), added
    return {"history_load_ms": (t1 - t0) * 1000, "backfill_ms": (t2 - t1) * 1000}


def open_reference(count: int) -> float:
    t0 = time.perf_counter()
    model = QStringListModel([f"take {n}: " + " ".join(WORDS[: 4 + n % 12]) for n in range(count)])
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(1024, 700)
    view.show()
    view.viewport().repaint()
    elapsed = (time.perf_counter() - t0) * 1000
    view.close()
    return elapsed


async def open_library(db: Path, thumbs: Path) -> tuple[LibraryPanel, TakesIndex, float]:
    """Index opened → panel built → first page counted, read and painted."""
    t0 = time.perf_counter()
    index = TakesIndex(db)
    await index.open()
    panel = LibraryPanel(index, ThumbnailCache(thumbs))
    panel.resize(1024, 700)
    panel.show()
    loaded = asyncio.get_running_loop().create_future()
    panel.model.loaded.connect(lambda count: loaded.done() or loaded.set_result(count))
    panel.start()
    await loaded
    panel.view.viewport().repaint()
    return panel, index, (time.perf_counter() - t0) * 1000


async def search_once(panel: LibraryPanel, text: str) -> tuple[float, int]:
    loaded = asyncio.get_running_loop().create_future()

    def done(count: int) -> None:
        if not loaded.done():
            loaded.set_result(count)

    panel.model.loaded.connect(done)
    t0 = time.perf_counter()
    panel.filter_bar.search.setText(text)
    panel.filter_bar.search.returnPressed.emit()  # Enter: no debounce pause
    count = await loaded
    panel.view.viewport().repaint()
    elapsed = (time.perf_counter() - t0) * 1000
    panel.model.loaded.disconnect(done)
    return elapsed, count


def rate_some(db: Path) -> None:
    """One take in ten rated (1–5 stars), so rating filters and sorts have work to do."""
    conn = sqlite3.connect(db)
    conn.execute("UPDATE takes SET rating = (id / 10) % 5 + 1 WHERE id % 10 = 0")
    conn.commit()
    conn.close()


async def filtered_once(index: TakesIndex, filters: TakeFilters, sort: TakeSort) -> float:
    """Count and first page of a filter in the index's thread, searched afresh."""
    index._matched = None  # a new search: its matches are read from the search index again
    t0 = time.perf_counter()
    await index.first_page(filters, sort, 120)
    return (time.perf_counter() - t0) * 1000


def unindexed_reference(db: Path, filters: TakeFilters, sort: TakeSort) -> float:
    """The same count and page with the takes table's indexes set aside (`NOT INDEXED`)."""
    conn = sqlite3.connect(db)
    where, params = where_clause(filters)
    t0 = time.perf_counter()
    conn.execute(f"SELECT count(*) FROM takes NOT INDEXED {where}", params).fetchone()
    conn.execute(f"SELECT * FROM takes NOT INDEXED {where} {order_clause(sort)} LIMIT 120", params).fetchall()
    elapsed = (time.perf_counter() - t0) * 1000
    conn.close()
    return elapsed


def like_reference(db: Path, text: str) -> float:
    """The same search without the index: a LIKE scan for every word, count and first page."""
    conn = sqlite3.connect(db)
    words = text.split()
    where = " AND ".join("(prompt LIKE ? OR model LIKE ?)" for _ in words)
    params = [p for w in words for p in (f"%{w}%", f"%{w}%")]
    t0 = time.perf_counter()
    conn.execute(f"SELECT count(*) FROM takes WHERE trashed_at IS NULL AND {where}", params).fetchone()
    page = f"SELECT * FROM takes WHERE trashed_at IS NULL AND {where} ORDER BY created_at DESC LIMIT 120"
    conn.execute(page, params).fetchall()
    elapsed = (time.perf_counter() - t0) * 1000
    conn.close()
    return elapsed


async def run(count: int, rounds: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-library-") as tmp:
        root = Path(tmp)
        images = make_images(root / "files")
        db = root / "tasks.sqlite3"
        seeded = await seed(db, make_history(count, images))
        rate_some(db)
        reference_open = open_reference(count)
        panel, index, open_ms = await open_library(db, root / "thumbs")
        rows = panel.model.count()
        searches: dict[str, list[float]] = {label: [] for label, _ in QUERIES}
        references: dict[str, list[float]] = {label: [] for label, _ in QUERIES}
        matches: dict[str, int] = {}
        for _ in range(rounds):
            for label, text in QUERIES:
                elapsed, matches[label] = await search_once(panel, text)
                searches[label].append(elapsed)
                references[label].append(await asyncio.to_thread(like_reference, db, text))
                await search_once(panel, "")  # back to everything between queries
        filtered: dict[str, list[float]] = {label: [] for label, _, _ in FILTERED}
        unindexed: dict[str, list[float]] = {label: [] for label, _, _ in FILTERED}
        for _ in range(rounds):
            for label, filters, sort in FILTERED:
                filtered[label].append(await filtered_once(index, filters, sort))
                unindexed[label].append(await asyncio.to_thread(unindexed_reference, db, filters, sort))
        panel.shutdown()
        panel.close()
        await index.close()

    medians = {label: round(statistics.median(v), 1) for label, v in searches.items()}
    reference_medians = {label: round(statistics.median(v), 1) for label, v in references.items()}
    filtered_medians = {label: round(statistics.median(v), 1) for label, v in filtered.items()}
    unindexed_medians = {label: round(statistics.median(v), 1) for label, v in unindexed.items()}
    worst_filter = max(filtered_medians, key=lambda k: filtered_medians[k])
    worst_label = max(medians, key=lambda k: medians[k])
    worst = medians[worst_label]
    slowest_filter = filtered_medians[worst_filter]
    ok = open_ms <= OPEN_LIMIT_MS and worst <= SEARCH_LIMIT_MS and slowest_filter <= SEARCH_LIMIT_MS
    summary = (
        f"library of {rows:,} takes: opens in {open_ms:.0f} ms (bare list of as many strings "
        f"{reference_open:.0f} ms; limit {OPEN_LIMIT_MS:.0f}) · search to first page painted: slowest query "
        f"'{worst_label}' {worst:.1f} ms median (LIKE scan {reference_medians[worst_label]:.1f} ms; limit "
        f"{SEARCH_LIMIT_MS:.0f}) · filters and sorts in the index: slowest '{worst_filter}' "
        f"{slowest_filter:.1f} ms median (without indexes {unindexed_medians[worst_filter]:.1f} ms)"
        f" · indexing the history once {seeded['backfill_ms'] / 1000:.1f} s (after "
        f"loading it, {seeded['history_load_ms'] / 1000:.1f} s) · "
        f"{'PASS' if ok else 'FAIL'}"
    )
    return emit(summary, {
        "bench": "library",
        "headline": summary,
        "ok": ok,
        "takes": rows,
        "open_ms": round(open_ms, 1),
        "open_reference_ms": round(reference_open, 1),
        "search_median_ms": medians,
        "search_max_ms": {label: round(max(v), 1) for label, v in searches.items()},
        "search_like_reference_median_ms": reference_medians,
        "search_matches": matches,
        "filter_median_ms": filtered_medians,
        "filter_unindexed_reference_median_ms": unindexed_medians,
        "backfill_ms": round(seeded["backfill_ms"], 1),
        "history_load_ms": round(seeded["history_load_ms"], 1),
        "load_average": round(os.getloadavg()[0], 2),
    })


def main(quick: bool = False, argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--takes", type=int, default=100_000, help="takes in the library (default 100,000)")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(run(args.takes, 3 if quick else 7))


if __name__ == "__main__":
    sys.exit(0 if main()["ok"] else 1)
