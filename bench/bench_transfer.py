"""Upload and download throughput of RunwayClient against curl to the same simulator, and peak memory.

Run: `.venv/bin/python -m bench.bench_transfer [--quick]`. The upload is a 150 MB WAV file sent as
an ephemeral upload (POST /v1/uploads, then the presigned multipart POST); curl does the same two
steps (its own `time_total` for each, so its process start-up is not counted against it). The
download is the largest output the simulator renders quickly: a 300 s WAV sound effect (≈ 53 MB).
Each figure is the median of five runs (three with --quick), alternating client and curl; files
live on tmpfs when there is one. Memory: the growth of the peak resident set (VmHWM, reset just
before) during the process's first upload and first download, and, in a later pass (tracing
slows Python down), the peak of traced Python allocations during one upload and one download.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bench.figures import emit, median
from bench.media_files import MB, make_wav, scratch_root
from bench.sim_process import simulator
from runway_desktop.api.client import RunwayClient

UPLOAD_MB = 150
TARGET_RATIO = 0.70
TARGET_MEMORY_MB = 32.0
API_KEY = "key_bench"
HEADERS = ["-H", f"Authorization: Bearer {API_KEY}", "-H", "X-Runway-Version: 2024-11-06"]
SOUND = {"model": "mirelo_sfx_2_0", "promptText": "rain on a tin roof, distant thunder", "duration": 300,
         "format": "wav"}


def curl(*args: str) -> tuple[str, float]:
    """Run curl; returns its output and its own total time in seconds (from `-w %{time_total}`)."""
    done = subprocess.run(
        ["curl", "--silent", "--show-error", "--fail", "--noproxy", "*", *args, "-w", "\n%{time_total}"],
        capture_output=True, text=True, check=True,
    )
    body, _, seconds = done.stdout.rpartition("\n")
    return body, float(seconds)


def curl_upload(url: str, path: Path) -> float:
    ticket_text, ticket_seconds = curl(
        "-X", "POST", *HEADERS, "-H", "Content-Type: application/json",
        "--data", json.dumps({"filename": path.name, "type": "ephemeral"}), f"{url}/v1/uploads",
    )
    ticket = json.loads(ticket_text)
    form = [arg for key, value in ticket["fields"].items() for arg in ("-F", f"{key}={value}")]
    upload_args = ("-o", "/dev/null", *form, "-F", f"file=@{path};type=audio/wav", ticket["uploadUrl"])
    _, upload_seconds = curl(*upload_args)
    return ticket_seconds + upload_seconds


def curl_download(output_url: str, dest: Path) -> float:
    return curl("-o", str(dest), output_url)[1]


async def timed(action: Callable[[], Awaitable[Any]]) -> float:
    began = time.perf_counter()
    await action()
    return time.perf_counter() - began


def peak_rss_reset() -> None:
    """Make VmHWM start again from the current resident set (Linux: /proc/self/clear_refs)."""
    Path("/proc/self/clear_refs").write_text("5")


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


async def rss_growth_of(action: Callable[[], Awaitable[Any]]) -> float:
    """How far the resident set's peak rose above its level before `action` (MB)."""
    peak_rss_reset()
    before = status_kb("VmRSS")
    await action()
    return round((status_kb("VmHWM") - before) / 1024, 1)


async def traced_peak_of(action: Callable[[], Awaitable[Any]]) -> float:
    """The peak of Python allocations made while `action` runs, above what was live before (MB)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        await action()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return round((peak - before) / MB, 1)


async def render_sound(client: RunwayClient) -> str:
    created = await client.create("sound_effect", SOUND)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        snapshot = await client.retrieve(created.id)
        if snapshot.status.value == "SUCCEEDED":
            return snapshot.outputs[0]
        if snapshot.status.value in ("FAILED", "CANCELLED"):
            raise RuntimeError(f"the sound effect task ended {snapshot.status.value}: {snapshot.failure}")
        await asyncio.sleep(0.2)
    raise RuntimeError("the sound effect was not rendered within 120 s")


async def measure(url: str, folder: Path, repeats: int) -> dict[str, Any]:
    upload_file = folder / "upload.wav"
    make_wav(upload_file, UPLOAD_MB)
    upload_size = upload_file.stat().st_size
    dest, curl_dest = folder / "client.wav.part", folder / "curl.wav"
    times: dict[str, list[float]] = {"client_up": [], "curl_up": [], "client_down": [], "curl_down": []}
    async with RunwayClient(API_KEY, url) as client:
        output_url = await render_sound(client)
        # The process's first transfers: what they add to its resident set is what a user would see.
        rss = {"up": await rss_growth_of(lambda: client.upload(upload_file)),
               "down": await rss_growth_of(lambda: client.download(output_url, dest))}
        download_size = dest.stat().st_size
        for _ in range(repeats):
            times["client_up"].append(await timed(lambda: client.upload(upload_file)))
            times["curl_up"].append(await asyncio.to_thread(curl_upload, url, upload_file))
            times["client_down"].append(await timed(lambda: client.download(output_url, dest)))
            times["curl_down"].append(await asyncio.to_thread(curl_download, output_url, curl_dest))
        if curl_dest.stat().st_size != download_size or dest.read_bytes() != curl_dest.read_bytes():
            raise RuntimeError("the client and curl downloaded different files")
        traced = {"up": await traced_peak_of(lambda: client.upload(upload_file)),
                  "down": await traced_peak_of(lambda: client.download(output_url, dest))}
    rate = {key: (upload_size if key.endswith("up") else download_size) / MB / median(values)
            for key, values in times.items()}
    return {
        "upload_mb": round(upload_size / MB, 1),
        "download_mb": round(download_size / MB, 1),
        "repeats": repeats,
        "mb_per_s": {key: round(value, 1) for key, value in rate.items()},
        "upload_ratio": round(rate["client_up"] / rate["curl_up"], 2),
        "download_ratio": round(rate["client_down"] / rate["curl_down"], 2),
        "upload_memory": {"traced_peak_mb": traced["up"], "rss_growth_mb": rss["up"]},
        "download_memory": {"traced_peak_mb": traced["down"], "rss_growth_mb": rss["down"]},
    }


def main(quick: bool = False) -> dict[str, Any]:
    if shutil.which("curl") is None:
        raise SystemExit("bench_transfer needs curl on PATH (the reference it is measured against)")
    with (
        tempfile.TemporaryDirectory(prefix="bench-transfer-", dir=scratch_root()) as folder,
        simulator("--speed", "50", "--data-dir", f"{folder}/sim") as url,
    ):
        figures = asyncio.run(measure(url, Path(folder), 3 if quick else 5))
    rate, up, down = figures["mb_per_s"], figures["upload_memory"], figures["download_memory"]
    memory = max(*up.values(), *down.values())
    ratio = min(figures["upload_ratio"], figures["download_ratio"])
    ok = ratio >= TARGET_RATIO and memory <= TARGET_MEMORY_MB
    result = {
        "name": "transfer", **figures, "memory_growth_mb": memory, "target_ratio": TARGET_RATIO,
        "target_memory_mb": TARGET_MEMORY_MB, "ok": ok,
        "headline": (f"upload {figures['upload_ratio']:.0%} of curl, download "
                     f"{figures['download_ratio']:.0%} of curl, peak memory growth {memory} MB"),
    }
    summary = (
        f"Transfer (median of {figures['repeats']}; {figures['upload_mb']} MB up, "
        f"{figures['download_mb']} MB down):\n"
        f"  upload:   client {rate['client_up']} MB/s, curl {rate['curl_up']} MB/s "
        f"→ {figures['upload_ratio']:.2f}×\n"
        f"  download: client {rate['client_down']} MB/s, curl {rate['curl_down']} MB/s "
        f"→ {figures['download_ratio']:.2f}×\n"
        f"  memory growth, traced peak / resident peak: upload {up['traced_peak_mb']} / "
        f"{up['rss_growth_mb']} MB, download {down['traced_peak_mb']} / {down['rss_growth_mb']} MB\n"
        f"  targets ≥ {TARGET_RATIO:.2f}× curl and ≤ {TARGET_MEMORY_MB:.0f} MB: {'met' if ok else 'MISSED'}"
    )
    return emit(summary, result)


if __name__ == "__main__":
    main()
