"""Polling economy: the engine's poller against the SDK's `wait_for_task_output` on the same tasks.

Run: `.venv/bin/python -m bench.bench_polling_vs_sdk [--quick]`. Twenty tasks of six models (video,
image, speech, sound; several per model, so some wait THROTTLED behind the per-model limit) run
on a simulator at speed S (10; 20 with --quick). To behave as they would in real time, both
clients are scaled by 1/S: the SDK's POLL_TIME and POLL_JITTER, and the engine's PollTiming,
typical durations and request budget. The SDK run (AsyncRunwayML, one waiter per task) and the
engine run each get a fresh simulator with the same tasks. Counted: GET /v1/tasks/{id} requests
(the simulator's own count), and per task the detection delay, from the moment the simulator
marked it SUCCEEDED to the moment the client saw it, in real-time seconds (wall time × S).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from runwayml import AsyncRunwayML
from runwayml.lib import polling

from bench.figures import emit, median
from bench.sim_process import sim_stats, simulator
from runway_desktop.api.client import RunwayClient
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.output_check import verify_output
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.engine import Engine, EngineConfig
from runway_desktop.core.running.poll_schedule import (
    MAX_INTERVAL,
    MIN_INTERVAL,
    THROTTLED_INTERVAL,
    PollTiming,
)
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store

TARGET_RATIO = 0.8
# Simulated time runs this many times faster (--quick: twice that). Slower is more faithful: the
# simulator's renders take wall time that counts S times over in simulated time.
SPEED = 10.0
PROMPT = "a paper boat drifting down a neon river at night"
# (endpoint, model, engine form values, SDK keyword arguments, how many)
MIX: tuple[tuple[str, str, dict[str, Any], dict[str, Any], int], ...] = (
    ("text_to_video", "gen4.5", {"promptText": PROMPT, "ratio": "1280:720", "duration": 5},
     {"prompt_text": PROMPT, "ratio": "1280:720", "duration": 5}, 4),
    ("text_to_video", "veo3.1_fast", {"promptText": PROMPT, "ratio": "1280:720", "duration": 4},
     {"prompt_text": PROMPT, "ratio": "1280:720", "duration": 4}, 3),
    ("text_to_image", "gen4_image", {"promptText": PROMPT, "ratio": "1024:1024"},
     {"prompt_text": PROMPT, "ratio": "1024:1024"}, 4),
    ("text_to_image", "gemini_2.5_flash", {"promptText": PROMPT, "ratio": "1344:768"},
     {"prompt_text": PROMPT, "ratio": "1344:768"}, 3),
    ("text_to_speech", "eleven_multilingual_v2", {"promptText": "The river keeps time.", "voice": "Maya"},
     {"prompt_text": "The river keeps time.", "voice": {"type": "runway-preset", "preset_id": "Maya"}}, 3),
    ("sound_effect", "eleven_text_to_sound_v2", {"promptText": "rain on a tin roof", "duration": 2},
     {"prompt_text": "rain on a tin roof", "duration": 2}, 3),
)
TASKS = sum(entry[-1] for entry in MIX)
RUN_DEADLINE = 180.0


def sim_args(data_dir: Path, speed: float) -> tuple[str, ...]:
    return ("--speed", str(speed), "--data-dir", str(data_dir))


def delays(finished: dict[str, float], seen: dict[str, float], speed: float) -> list[float]:
    """Detection delay per task, in real-time seconds."""
    return [max(0.0, seen[task_id] - finished[task_id]) * speed for task_id in seen if task_id in finished]


async def run_sdk(url: str, speed: float) -> dict[str, float]:
    """Every task created and awaited with the SDK; returns when each was seen SUCCEEDED (wall clock)."""
    client = AsyncRunwayML(api_key="key_bench", base_url=url)
    seen: dict[str, float] = {}

    async def one(endpoint: str, model: str, params: dict[str, Any]) -> None:
        created = await getattr(client, endpoint).create(model=model, **params)
        await created.wait_for_task_output(timeout=RUN_DEADLINE)
        seen[created.id] = time.time()

    original = polling.POLL_TIME, polling.POLL_JITTER
    polling.POLL_TIME, polling.POLL_JITTER = original[0] / speed, original[1] / speed
    try:
        await asyncio.gather(*(one(endpoint, model, params) for endpoint, model, _, params, count in MIX
                               for _ in range(count)))
    finally:
        polling.POLL_TIME, polling.POLL_JITTER = original
        await client.close()
    return seen


async def run_engine(url: str, folder: Path, speed: float) -> tuple[dict[str, float], int]:
    """The same tasks through the engine; returns when each was seen SUCCEEDED and the polls it sent."""
    catalogue = load_catalogue()
    store = Store(folder / "tasks.sqlite3")
    await store.open()
    client = RunwayClient("key_bench", url)
    timing = PollTiming(MIN_INTERVAL / speed, MAX_INTERVAL / speed, THROTTLED_INTERVAL / speed)
    defaults = EngineConfig()
    config = EngineConfig(timing=timing, polls_per_second=defaults.polls_per_second * speed,
                          typical_scale=1 / speed)
    engine = Engine(client, store, Library(folder / "library", verify=verify_output), catalogue,
                    config=config)
    await engine.start()
    try:
        for endpoint, model, values, _, count in MIX:
            built = build_request(catalogue.get(endpoint, model), values)
            for _ in range(count):
                await engine.submit(built)
        deadline = time.monotonic() + RUN_DEADLINE
        while any(not t.state.is_terminal for t in engine.tasks):
            if time.monotonic() > deadline:
                raise RuntimeError("the engine's tasks did not finish in time")
            await asyncio.sleep(0.05)
        failed = [t for t in engine.tasks if t.state is not TaskState.SUCCEEDED]
        if failed:
            first = failed[0]
            raise RuntimeError(f"{len(failed)} engine tasks did not succeed: {first.error or first.failure}")
        # The engine stamps finished_at with its clock the moment a poll shows the task finished.
        seen = {t.runway_id: t.finished_at for t in engine.tasks if t.runway_id and t.finished_at}
        return seen, engine.poller.requests
    finally:
        await engine.close()
        await client.aclose()
        await store.close()


def measured(url: str, seen: dict[str, float], speed: float) -> dict[str, Any]:
    stats = sim_stats(url)
    waits = delays(stats["finished_at"], seen, speed)
    return {"polls": stats["requests"].get("poll", 0), "tasks": len(seen),
            "detection_median_s": round(median(waits), 2), "detection_max_s": round(max(waits, default=0), 2)}


def main(quick: bool = False) -> dict[str, Any]:
    speed = SPEED * 2 if quick else SPEED
    with tempfile.TemporaryDirectory(prefix="bench-polling-") as temporary:
        folder = Path(temporary)
        with simulator(*sim_args(folder / "sim-sdk", speed)) as url:
            began = time.monotonic()
            sdk = measured(url, asyncio.run(run_sdk(url, speed)), speed)
            sdk["wall_s"] = round(time.monotonic() - began, 1)
        with simulator(*sim_args(folder / "sim-engine", speed)) as url:
            began = time.monotonic()
            seen, _ = asyncio.run(run_engine(url, folder / "app", speed))
            engine = measured(url, seen, speed)
            engine["wall_s"] = round(time.monotonic() - began, 1)
    ratio = engine["polls"] / sdk["polls"] if sdk["polls"] else float("inf")
    ok = ratio <= TARGET_RATIO and engine["detection_median_s"] <= sdk["detection_median_s"]
    result = {
        "name": "polling_vs_sdk", "speed": speed, "tasks": TASKS, "sdk": sdk, "engine": engine,
        "requests_ratio": round(ratio, 2), "target_ratio": TARGET_RATIO, "ok": ok,
        "headline": (f"engine {engine['polls']} polls vs SDK {sdk['polls']} ({ratio:.2f}×); detection median "
                     f"{engine['detection_median_s']} s vs {sdk['detection_median_s']} s"),
    }
    summary = (
        f"Polling economy: {TASKS} tasks of {len(MIX)} models, simulator at {speed:g}×, both clients "
        f"scaled to real time.\n"
        f"  SDK wait_for_task_output: {sdk['polls']} polls, detection delay median "
        f"{sdk['detection_median_s']} s, max {sdk['detection_max_s']} s\n"
        f"  engine poller:            {engine['polls']} polls, detection delay median "
        f"{engine['detection_median_s']} s, max {engine['detection_max_s']} s\n"
        f"  requests engine/SDK = {ratio:.2f} (target ≤ {TARGET_RATIO}); engine median ≤ SDK median: "
        f"{'yes' if engine['detection_median_s'] <= sdk['detection_median_s'] else 'no'} → "
        f"{'met' if ok else 'MISSED'}"
    )
    return emit(summary, result)


if __name__ == "__main__":
    main()
