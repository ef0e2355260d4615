"""The engine's event loop stays responsive: 200 live tasks polling, a 150 MB upload, outputs downloading.

Run: `.venv/bin/python -m bench.bench_engine_stall [--quick]`. One Engine (real Store and Library in a
temporary folder, real RunwayClient) drives a simulator in another process. Once 200 speech tasks
are live (of 220 submitted on four models, so most wait THROTTLED behind the per-model
concurrency limit), a heartbeat coroutine asks to wake every 5 ms and records how late it wakes,
while the engine polls them, one 150 MB upload streams on the engine's client, and the engine
submits two sound effects and downloads, verifies and files their 53 MB WAVs (and the speech
MP3s that finish). The reference is the same heartbeat on the same, idle loop, measured first.
The longest loop steps in the window are listed with the CPU time the loop thread spent in them:
a step whose wall time far exceeds its CPU time was waiting for a core or for the GIL, not
blocking the loop with work of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.figures import emit, spread
from bench.machine import MachineLoad
from bench.media_files import make_wav, scratch_root
from bench.sim_process import simulator
from runway_desktop.api.client import RunwayClient
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.worker import MEDIA
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.engine import Engine, EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.tasks import OutputState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store

TARGET_MAX_MS = 20.0
BEAT = 0.005
LIVE_TASKS = 200
# A few finish while the rest are still being submitted: submitting this many keeps 200 live.
SPEECH_TASKS = LIVE_TASKS + 20
UPLOAD_MB = 150
# Simulated run times are divided by this: a speech task runs 2.5 s, so a few finish (and download)
# during the window while most stay live.
SPEED = 4.0
# Polls as often as the engine would at 10× Runway's pace, under a budget 25× the default one.
TIMING = PollTiming(min_interval=0.5, max_interval=3.0, throttled_interval=1.5)
POLLS_PER_SECOND = 100.0
SPEECH = ("Paper boats drift down a neon river while the rain keeps time on the tin roofs of the old "
          "harbour. ") * 2
SPEECH_MODELS = (
    ("eleven_multilingual_v2", {"voice": "Maya"}),
    ("eleven_v3", {"voice": "Noah"}),
    ("eleven_v4", {"voice": "Rachel"}),
    ("seed_audio", {}),
)
BIG_SOUND = {"promptText": "rain on a tin roof, distant thunder", "duration": 300, "format": "wav"}


async def heartbeat(stop: asyncio.Event) -> list[tuple[float, float]]:
    """(when, lateness in ms) of every 5 ms wake-up until `stop`."""
    late = []
    while not stop.is_set():
        asked = time.perf_counter()
        await asyncio.sleep(BEAT)
        woke = time.perf_counter()
        late.append((woke, max(0.0, (woke - asked - BEAT) * 1000)))
    return late


async def beat_for(seconds: float) -> list[float]:
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(seconds, stop.set)
    return [lateness for _, lateness in await heartbeat(stop)]


class LoopSteps:
    """Times every callback and task step the loop runs (wall and CPU), to tell code that blocks the
    loop from a loop that waits for the CPU or the GIL; active only inside `with`."""

    def __init__(self) -> None:
        self.steps: list[tuple[float, float, str]] = []
        self._original = asyncio.events.Handle._run

    def __enter__(self) -> LoopSteps:
        original, steps = self._original, self.steps

        def timed_run(handle: asyncio.events.Handle) -> None:
            wall, cpu = time.perf_counter(), time.thread_time()
            original(handle)
            wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
            if wall > 0.002:
                steps.append((wall * 1000, cpu * 1000, _step_name(handle)))

        asyncio.events.Handle._run = timed_run  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.events.Handle._run = self._original  # type: ignore[method-assign]

    def longest(self, count: int) -> list[dict[str, Any]]:
        ordered = sorted(self.steps, reverse=True)[:count]
        return [{"wall_ms": round(w, 1), "cpu_ms": round(c, 1), "step": name} for w, c, name in ordered]


def _step_name(handle: asyncio.events.Handle) -> str:
    owner = getattr(handle._callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        return owner.get_name().split(" ")[0]
    return getattr(handle._callback, "__qualname__", repr(handle._callback))[:60]


async def timed_upload(client: RunwayClient, path: Path) -> tuple[float, float]:
    """Upload `path` once on the engine's client; returns when it started and ended."""
    began = time.perf_counter()
    await client.upload(path)
    return began, time.perf_counter()


def speech_requests() -> list[Any]:
    catalogue = load_catalogue()
    built = []
    for n in range(SPEECH_TASKS):
        model, extra = SPEECH_MODELS[n % len(SPEECH_MODELS)]
        values = {"promptText": f"Take {n}. {SPEECH}", **extra}
        built.append(build_request(catalogue.get("text_to_speech", model), values))
    return checked(built)


def big_sound_requests() -> list[Any]:
    model = load_catalogue().get("sound_effect", "mirelo_sfx_2_0")
    return checked([build_request(model, {**BIG_SOUND, "seed": n}) for n in range(2)])


def checked(built: list[Any]) -> list[Any]:
    for request in built:
        if not request.ok:
            raise RuntimeError(f"bad benchmark request: {request.blocking_reason}")
    return built


async def wait_until(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def measure(url: str, folder: Path, window: float) -> dict[str, Any]:
    upload_file = make_wav(folder / "take.wav", UPLOAD_MB)
    with MachineLoad() as idle_machine:
        idle = await beat_for(window)

    store = Store(folder / "app" / "tasks.sqlite3")
    await store.open()
    client = RunwayClient("key_bench", url)
    library = Library(folder / "app" / "library", verify=MEDIA.verify)  # as the app checks them
    config = EngineConfig(timing=TIMING, polls_per_second=POLLS_PER_SECOND, poll_burst=50,
                          typical_scale=1 / SPEED)
    engine = Engine(client, store, library, load_catalogue(), config=config)
    await engine.start()
    await MEDIA.start()  # the app starts its worker once the window is up, long before downloads
    big_sounds = big_sound_requests()
    try:
        for request in speech_requests():
            await engine.submit(request)
        await wait_until(lambda: all(t.runway_id or t.state.is_terminal for t in engine.tasks),
                         120, f"{SPEECH_TASKS} tasks created at the simulator")
        live_at_start = sum(t.state.is_live_at_runway for t in engine.tasks)
        polls_before = engine.poller.requests
        stop = asyncio.Event()
        asyncio.get_running_loop().call_later(window, stop.set)
        began = time.perf_counter()
        with LoopSteps() as steps, MachineLoad() as machine:
            beats = asyncio.create_task(heartbeat(stop))
            upload = asyncio.create_task(timed_upload(client, upload_file))
            for request in big_sounds:  # their 53 MB outputs download during the window
                await engine.submit(request)
            beaten = await beats
        elapsed = time.perf_counter() - began
        upload_began, upload_ended = await upload
        loaded = [lateness for _, lateness in beaten]
        while_uploading = [lateness for when, lateness in beaten if upload_began <= when <= upload_ended]
        polls = engine.poller.requests - polls_before
        live_at_end = sum(t.state.is_live_at_runway for t in engine.tasks)
        saved = [o for t in engine.tasks for o in t.outputs if o.state is OutputState.SAVED]
    finally:
        await engine.close()
        await client.aclose()
        await store.close()
        MEDIA.close()
    return {
        "window_s": round(elapsed, 1),
        "polls": polls,
        "polls_per_s": round(polls / elapsed, 1),
        "live_at_start": live_at_start,
        "live_at_end": live_at_end,
        "upload_s": round(upload_ended - upload_began, 2),
        "stall_while_uploading_ms": spread(while_uploading),
        "outputs_saved": len(saved),
        "saved_mb": round(sum(o.size or 0 for o in saved) / 2**20, 1),
        "stall_ms": spread(loaded),
        "idle_stall_ms": spread(idle),
        "longest_steps": steps.longest(3),
        "machine": machine.figures(),
        "idle_machine": idle_machine.figures(),
    }


def main(quick: bool = False) -> dict[str, Any]:
    with contextlib.ExitStack() as stack:
        temporary = tempfile.TemporaryDirectory(prefix="bench-stall-", dir=scratch_root())
        folder = Path(stack.enter_context(temporary))
        url = stack.enter_context(simulator("--speed", str(SPEED), "--data-dir", str(folder / "sim")))
        figures = asyncio.run(measure(url, folder, 6.0 if quick else 10.0))
    stall, idle = figures["stall_ms"], figures["idle_stall_ms"]
    uploading = figures["stall_while_uploading_ms"]
    ok = stall["max"] <= TARGET_MAX_MS
    result = {
        "name": "engine_stall", **figures, "max_stall_ms": stall["max"], "target_max_ms": TARGET_MAX_MS,
        "ok": ok,
        "headline": (f"stall p50 {stall['p50']} / p99 {stall['p99']} / max {stall['max']} ms "
                     f"(idle max {idle['max']} ms), target max ≤ 20 ms"),
    }
    longest = "; ".join(f"{s['step']} {s['wall_ms']} ms ({s['cpu_ms']} ms CPU)"
                        for s in figures["longest_steps"])
    summary = (
        f"Engine loop stalls over {figures['window_s']} s: {figures['live_at_start']} live tasks "
        f"({figures['polls']} polls, {figures['polls_per_s']}/s; {figures['live_at_end']} still live at the "
        f"end), "
        f"{UPLOAD_MB} MB uploaded in {figures['upload_s']} s, {figures['outputs_saved']} outputs saved "
        f"({figures['saved_mb']} MB).\n"
        f"  heartbeat every 5 ms, lateness under load: p50 {stall['p50']} ms, p99 {stall['p99']} ms, "
        f"max {stall['max']} ms\n"
        f"  while the upload streamed:                p50 {uploading['p50']} ms, p99 {uploading['p99']} ms, "
        f"max {uploading['max']} ms\n"
        f"  same heartbeat, idle loop:                p50 {idle['p50']} ms, p99 {idle['p99']} ms, "
        f"max {idle['max']} ms\n"
        f"  longest loop steps (wall, CPU of the loop thread): {longest}\n"
        f"  the machine under load: {figures['machine']}; idle: {figures['idle_machine']}\n"
        f"  target max ≤ {TARGET_MAX_MS:.0f} ms: {'met' if ok else 'MISSED'}"
    )
    return emit(summary, result)


if __name__ == "__main__":
    main()
