"""Benchmark: the compare window playing four 1080p videos keeps the UI thread free and the takes in sync.

Four 1920×1080 H.264 takes (rendered by the offline Runway, 24 fps) play on one transport in a
1240×800 compare window. A 1 ms timer records the gaps between its ticks, first with the window
open and paused (the idle reference, same run), then while all four play. The frames delivered to
each take's QVideoSink are logged; at every tick the spread between the frames the four present
(what a paint would show) is sampled, and no spread wider than one frame may last a whole frame.
The raw worst tick and the spread at single deliveries are reported too (a take's next frame a
few milliseconds late, or frames queued while the process had no CPU, show there).
Run headless: QT_QPA_PLATFORM=offscreen python bench/bench_compare.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

try:
    from bench.figures import emit, spread
except ImportError:  # run as a script: bench/ itself is on the path
    from figures import emit, spread

STALL_LIMIT_MS = 16.0
TICK_MS = 1
IDLE_SECONDS = 3.0
SIZE = (1920, 1080)
PROMPTS = (
    "A slow dolly along a neon street in the rain",
    "A slow dolly along a neon street in the rain, wider",
    "Waves rolling onto a black sand beach at dawn",
    "A paper boat drifting down a gutter stream",
)


def make_take(args: tuple[str, int, str, float]) -> str:
    from runway_desktop.simulator.render import render
    from runway_desktop.simulator.render_types import RenderJob

    path, seed, prompt, seconds = args
    render(RenderJob(kind="video", out_path=path, width=SIZE[0], height=SIZE[1], duration=seconds, seed=seed,
                     prompt=prompt))
    return path


def main(argv: list[str] | None = None, quick: bool = False) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a shorter playback")
    parser.add_argument("--seconds", type=float, default=None, help="playback to measure (10 s; quick: 5 s)")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    quick = quick or args.quick
    play_seconds = args.seconds or (5.0 if quick else 10.0)

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from runway_desktop.ui.compare import Take, open_compare
    from runway_desktop.ui.compare.sync import lasting_spread

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bench-compare")

    def run_for(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def run_until(condition, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting for {what}")
            run_for(0.02)

    gaps: list[float] = []
    last = [time.perf_counter()]

    turn_skews: list[int] = []
    turn_samples: list[tuple[float, int]] = []
    sampling: list = []  # the page whose spread each tick samples, while playing

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now
        if sampling:
            skew = sampling[0].group.skew_us()
            turn_skews.append(skew)
            turn_samples.append((time.monotonic(), skew))

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(tick)

    def measure(seconds: float) -> list[float]:
        gaps.clear()
        last[0] = time.perf_counter()
        heartbeat.start()
        run_for(seconds)
        heartbeat.stop()
        return list(gaps[1:])

    with tempfile.TemporaryDirectory(prefix="bench-compare-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        seconds = play_seconds + 2
        jobs = [(str(root / f"take{i}.mp4"), 11 + i, prompt, seconds) for i, prompt in enumerate(PROMPTS)]
        with ProcessPoolExecutor(max_workers=2) as pool:
            paths = list(pool.map(make_take, jobs))
        made_in = time.perf_counter() - started
        takes = [Take(path, "video", "gen4.5", 11 + i, PROMPTS[i], {"ratio": "1920:1080"})
                 for i, path in enumerate(paths)]
        window = open_compare(None, takes)
        window.resize(1240, 800)
        page = window.page
        run_until(lambda: all(t.last_pts is not None for t in page.tiles), 60, "the first frames")
        run_until(lambda: page.group.duration_ms > 0, 30, "the durations")
        run_for(0.5)
        idle = measure(IDLE_SECONDS)

        skews: list[int] = []
        delivered = [0] * len(page.tiles)
        painted = [0] * len(page.tiles)

        def frame(index: int) -> None:
            delivered[index] += 1
            skews.append(page.group.skew_us())

        for index, tile in enumerate(page.tiles):
            tile.frameShown.connect(lambda _pts, i=index: frame(i))
            original = tile._converted

            def counted(image, i=index, original=original) -> None:
                painted[i] += 1
                original(image)

            tile._delivery._on_done = counted
        page.group.play()
        run_for(0.3)  # the first frames after play
        del skews[:]
        sampling.append(page)
        playing = measure(play_seconds)
        sampling.clear()
        page.group.pause()
        frame_us = page.group.frame_us
        corrections, nudges, holds = page.group.corrections, page.group.nudges, page.group.holds
        window.release()
        window.close()
        run_for(0.3)

    idle_stats, play_stats = spread(idle), spread(playing)
    skew_ms = [s / 1000 for s in turn_skews]
    within = sum(1 for s in turn_skews if s <= frame_us) / max(1, len(turn_skews))
    lasting = lasting_spread(turn_samples, frame_us / 1e6)
    result = {
        "benchmark": "compare",
        "videos": f"4 × {SIZE[0]}x{SIZE[1]} H.264, 24 fps, {seconds:g} s (rendered in {made_in:.1f} s)",
        "play_seconds": play_seconds,
        "idle_stall_ms": idle_stats,
        "play_stall_ms": play_stats,
        "frames_delivered": delivered,
        "frames_painted": painted,
        "skew_ms": spread(skew_ms),
        "skew_per_delivery_ms": spread([s / 1000 for s in skews]),
        "frame_ms": round(frame_us / 1000, 2),
        "within_one_frame": round(within, 4),
        "follower_seeks": corrections,
        "follower_rate_nudges": nudges,
        "holds": holds,
        "lasting_skew_ms": round(lasting / 1000, 2),
        "limit_ms": STALL_LIMIT_MS,
        "ok": play_stats["max"] <= STALL_LIMIT_MS and lasting <= frame_us,
    }
    return emit(
        f"compare: 4 1080p videos playing {play_seconds:g} s; UI-thread stall beyond the {TICK_MS} ms timer: "
        f"p99 {play_stats['p99']} ms, max {play_stats['max']} ms (idle reference: p99 {idle_stats['p99']}, "
        f"max {idle_stats['max']} ms; limit {STALL_LIMIT_MS:g} ms); frames per sink {delivered} "
        f"(painted {painted}); widest spread lasting a frame {result['lasting_skew_ms']} ms; per tick p99 "
        f"{result['skew_ms']['p99']} ms, max "
        f"{result['skew_ms']['max']} ms (one frame {result['frame_ms']} ms; {within:.2%} of "
        f"{len(turn_skews)} ticks within it; at single deliveries max "
        f"{result['skew_per_delivery_ms']['max']} ms); "
        f"follower seeks {corrections}, rate nudges {nudges}, holds {holds}: "
        f"{'OK' if result['ok'] else 'OVER'}",
        result,
    )


if __name__ == "__main__":
    main()
    sys.exit(0)
