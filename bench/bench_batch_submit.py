"""Submitting a 1,000-run batch as one group: the engine loop's longest stall against a heartbeat alone.

Run: `.venv/bin/python -m bench.bench_batch_submit [--quick]`. One Engine (real Store and Library
in a temporary folder) on an in-process client that accepts every create at once and reports
every task RUNNING, with a tier of 20 tasks per model: the batch is recorded in one transaction,
20 runs go out and 980 wait locally, each with its reason written. A heartbeat asks to wake
every 5 ms during the submission and the seconds after it; the reference is the same heartbeat
on the same, idle loop, measured first.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_engine_stall import LoopSteps, beat_for, heartbeat
from bench.figures import emit, spread
from runway_desktop.api.models import CreatedTask, ModelLimits, Organization, TaskSnapshot, TaskStatus
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.output_check import verify_output
from runway_desktop.core.plans.batch import plan_batch
from runway_desktop.core.running.engine import Engine, EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.states import TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store

RUNS = 1_000
TIER = 20
TARGET_MAX_MS = 20.0
WINDOW = 3.0  # seconds of heartbeat from the start of the submission


class AcceptingClient:
    """Creates succeed at once; every task stays RUNNING; the tier allows TIER per model."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)

    async def organization(self) -> Organization:
        return Organization(credit_balance=1e9, models={"gen4_image": ModelLimits(TIER, 100_000, 0)})

    async def create(self, endpoint: str, body: dict[str, Any]) -> CreatedTask:
        return CreatedTask(id=f"00000000-0000-4000-8000-{next(self._ids):012d}", estimated_credits=8)

    async def retrieve(self, task_id: str) -> TaskSnapshot:
        return TaskSnapshot(id=task_id, status=TaskStatus.RUNNING, raw_status="RUNNING", progress=0.5)

    async def delete(self, task_id: str) -> None:
        return None

    async def upload(self, path: Any, **_: Any) -> str:
        raise RuntimeError("the benchmark uploads nothing")

    async def download(self, url: str, dest: Any, **_: Any) -> int:
        raise RuntimeError("the benchmark downloads nothing")

    async def aclose(self) -> None:
        return None


async def measure(folder: Path) -> dict[str, Any]:
    idle = await beat_for(WINDOW)
    catalogue = load_catalogue()
    began = time.perf_counter()
    prompts = [f"a paper boat on a neon river, take {n}" for n in range(RUNS // 10)]
    plan = plan_batch(catalogue.get("text_to_image", "gen4_image"), {"ratio": "1024:1024"}, prompts, 10,
                      rng=random.Random(1))
    plan_ms = (time.perf_counter() - began) * 1000
    store = Store(folder / "tasks.sqlite3")
    await store.open()
    config = EngineConfig(timing=PollTiming(min_interval=1.0, max_interval=2.0), polls_per_second=50.0)
    library = Library(folder / "library", verify=verify_output)
    engine = Engine(AcceptingClient(), store, library, catalogue, config=config)
    await engine.start()
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(WINDOW, stop.set)
    beating = asyncio.ensure_future(heartbeat(stop))
    with LoopSteps() as steps:
        began = time.perf_counter()
        group = await engine.submit_group(plan)
        submit_ms = (time.perf_counter() - began) * 1000
        busy = [await beating]
    late = [lateness for _, lateness in busy[0]]
    tasks = engine.groups.tasks(group.id)
    live = sum(1 for t in tasks if t.state.is_live_at_runway)
    waiting = sum(1 for t in tasks if t.state is TaskState.QUEUED and t.waiting)
    await engine.close()
    await store.close()
    if len(plan.runs) != RUNS or len(tasks) != RUNS or live != TIER:
        raise RuntimeError(f"expected {RUNS} runs with {TIER} live, got {len(tasks)} and {live}")
    return {"plan_ms": round(plan_ms, 1), "submit_ms": round(submit_ms, 1), "live": live,
            "waiting_with_reason": waiting, "busy": spread(late), "idle": spread(idle),
            "longest_steps": steps.longest(5)}


def main(quick: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-batch-submit-") as folder:
        f = asyncio.run(measure(Path(folder)))
    ok = f["busy"]["max"] <= TARGET_MAX_MS and f["plan_ms"] <= 200
    result = {"name": "batch_submit", "runs": RUNS, **f, "target_max_ms": TARGET_MAX_MS, "ok": ok,
              "headline": f"{RUNS}-run batch: plan {f['plan_ms']} ms, submit {f['submit_ms']} ms, "
                          f"loop max stall {f['busy']['max']} ms (idle {f['idle']['max']} ms), "
                          "target ≤ 20 ms"}
    summary = (
        f"A {RUNS}-run batch as one group ({f['live']} live at the tier's limit, "
        f"{f['waiting_with_reason']} waiting with their reason).\n"
        f"  plan + quote: {f['plan_ms']} ms; submit_group returned in {f['submit_ms']} ms\n"
        f"  loop lateness while submitting: {f['busy']}\n"
        f"  heartbeat alone:                {f['idle']}\n"
        f"  longest steps: {f['longest_steps']}\n"
        f"  max stall ≤ {TARGET_MAX_MS:.0f} ms: {'met' if ok else 'MISSED'}"
    )
    return emit(summary, result)


if __name__ == "__main__":
    main()
