"""The command line's `list` over a 100,000-task history, and two lookups of old tasks in it.

Run: `.venv/bin/python -m bench.bench_cli_list_100k [--quick]`. The history is `bench_history_100k`'s
(finished video tasks, ~2.7 kB each), plus one audio take older than all of them. Each `list` runs
as a user runs it (its own process, stdout to a file): the time from the command's start to its
end (imports aside) and the process's peak memory. The reference is `list` as it was, every record
read at once (`Store.load_all`) and printed as one table. Then, in this process: the duplicate
check's lookup of the oldest task's Runway id, and the Add sound dialog's first page of audio takes
(the only one is the oldest task) with and without a search word. Medians of several runs.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_history_100k import TASKS, build_history
from bench.figures import emit, median
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.audio_takes import AudioTakes
from runway_desktop.core.storage.history_pages import holders_of_runway_id
from runway_desktop.core.storage.store import Store

LIST_TARGET_MS = 500.0  # the default `list`: a screenful, well under a second at any history size
LOOKUP_TARGET_MS = 10.0
_RUN = """
import resource, sys, time
began = time.perf_counter()
from runway_desktop.cli import main
imported = time.perf_counter()
code = main(sys.argv[1:])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"FIGURES {(time.perf_counter() - imported) * 1000:.1f} {peak}", file=sys.stderr)
sys.exit(code)
"""
_BEFORE = """
import asyncio, resource, sys, time
from pathlib import Path
from runway_desktop.cli.render import task_table
from runway_desktop.wiring import open_store
imported = time.perf_counter()
async def listed(data_dir):
    async with open_store(Path(data_dir)) as store:
        tasks = await store.load_all()
    print("\\n".join(task_table(tasks, None)))
asyncio.run(listed(sys.argv[1]))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"FIGURES {(time.perf_counter() - imported) * 1000:.1f} {peak}", file=sys.stderr)
"""


def _run(code: str, args: list[str], out: Path) -> tuple[float, float, int]:
    """(ms, peak MB, lines printed) of one process."""
    with out.open("w") as stdout:
        done = subprocess.run([sys.executable, "-c", code, *args], stdout=stdout, stderr=subprocess.PIPE,
                              text=True, timeout=600, check=False)
    figures = [line for line in done.stderr.splitlines() if line.startswith("FIGURES ")]
    if done.returncode != 0 or not figures:
        raise RuntimeError(f"{args}: {done.stderr[-2000:]}")
    ms, kb = figures[-1].split()[1:]
    with out.open("rb") as printed:
        lines = sum(1 for _ in printed)
    return float(ms), round(int(kb) / 1024, 1), lines


def _median_run(repeats: int, code: str, args: list[str], out: Path) -> dict[str, Any]:
    runs = [_run(code, args, out) for _ in range(repeats)]
    return {"ms": round(median([r[0] for r in runs]), 1), "peak_mb": max(r[1] for r in runs),
            "lines": runs[-1][2]}


def _timed(repeats: int, work: Any) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeats):
        began = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - began) * 1000)
    return round(median(times), 2), result


async def _add_old_audio_take(path: Path) -> TaskRecord:
    store = Store(path)
    await store.open()
    try:
        oldest = (await store.page(TASKS - 1, 1))[0]
        take = TaskRecord(id="old-audio-take", endpoint="sound_effect", model="eleven_text_to_sound_v2",
                          tab="audio", state=TaskState.SUCCEEDED, body={}, prompt="harbour bells at night",
                          created_at=oldest.created_at - 60, updated_at=oldest.created_at,
                          outputs=(OutputFile(0, path="/takes/bells.mp3", state=OutputState.SAVED,
                                              mime="audio/mpeg"),))
        await store.save(take)
        return oldest
    finally:
        await store.close()


def measure(folder: Path, repeats: int) -> dict[str, Any]:
    path = folder / "tasks.sqlite3"
    asyncio.run(build_history(path))
    oldest = asyncio.run(_add_old_audio_take(path))
    out = folder / "out.txt"
    cli = ["--data-dir", str(folder), "list"]
    figures = {
        "list": _median_run(repeats, _RUN, cli, out),
        "list_1000": _median_run(repeats, _RUN, [*cli, "--limit", "1000"], out),
        "list_all": _median_run(max(1, repeats // 2), _RUN, [*cli, "--all"], out),
        "list_all_json": _median_run(max(1, repeats // 2), _RUN, [*cli, "--all", "--json"], out),
        "before_all": _median_run(max(1, repeats // 2), _BEFORE, [str(folder)], out),
    }
    assert oldest.runway_id is not None
    lookup_ms, holders = _timed(repeats * 3, lambda: holders_of_runway_id(path, oldest.runway_id, "other"))
    takes = AudioTakes(path)
    try:
        audio_ms, page = _timed(repeats, lambda: takes.page())
        search_ms, found = _timed(repeats, lambda: takes.page(("harbour",)))
    finally:
        takes.close()
    if [t.id for t in holders] != [oldest.id] or [t.task.id for t in page.takes] != ["old-audio-take"] \
            or [t.task.id for t in found.takes] != ["old-audio-take"]:
        raise RuntimeError("a lookup did not find the old task it was asked for")
    if figures["list"]["lines"] != 51 or figures["list_all"]["lines"] != TASKS + 2:
        raise RuntimeError(f"list printed the wrong number of lines: {figures}")
    return {**figures, "runway_id_ms": lookup_ms, "audio_page_ms": audio_ms, "audio_search_ms": search_ms}


def main(quick: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-cli-list-100k-") as folder:
        f = measure(Path(folder), 3 if quick else 5)
    ok = f["list"]["ms"] <= LIST_TARGET_MS and f["runway_id_ms"] <= LOOKUP_TARGET_MS
    result = {"name": "cli_list_100k", "tasks": TASKS, **f, "ok": ok,
              "headline": f"`list` at {TASKS:,} tasks: {f['list']['ms']} ms, {f['list']['peak_mb']} MB "
                          f"(--all {f['list_all']['ms']} ms, {f['list_all']['peak_mb']} MB; reading every "
                          f"record at once {f['before_all']['ms']} ms, {f['before_all']['peak_mb']} MB)"}

    def row(name: str, label: str) -> str:
        x = f[name]
        return f"  {label:<28} {x['ms']:>9,.1f} ms  {x['peak_mb']:>7,.1f} MB peak  {x['lines']:>7,} lines"

    summary = "\n".join([
        f"`runway-desktop-cli list` over {TASKS:,} tasks (time after imports, the process's peak memory):",
        row("list", "list (newest 50)"), row("list_1000", "list --limit 1000"), row("list_all", "list --all"),
        row("list_all_json", "list --all --json"), row("before_all", "before: every record at once"),
        f"  Runway id of the oldest task, looked up in the history: {f['runway_id_ms']} ms",
        f"  first page of audio takes (the only one is the oldest task): {f['audio_page_ms']} ms; "
        f"searched by a word: {f['audio_search_ms']} ms",
        f"  targets: list ≤ {LIST_TARGET_MS:.0f} ms, lookup ≤ {LOOKUP_TARGET_MS:.0f} ms: "
        f"{'met' if ok else 'MISSED'}",
    ])
    return emit(summary, result)


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
