"""A realistic generation record and ways to decode media, shared by the embedding tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image


def sample_record(prompt: str = "a slow push in on a lighthouse at dusk", **extra: Any) -> dict[str, Any]:
    """A record shaped as the library's sidecar writes it, plus lineage and the app version."""
    record: dict[str, Any] = {
        "generator": "Runway Desktop",
        "task_id": "0f5c1e7a-3a4b-4c1d-9e55-7d2b1c9a8e01",
        "runway_task_id": "17f20503-6c24-4c16-946b-35dbbce2af2f",
        "endpoint": "image_to_video",
        "model": "gen4_turbo",
        "prompt": prompt,
        "seed": 4294967295,
        "parameters": {"promptText": prompt, "ratio": "1280:720", "duration": 5, "seed": 4294967295},
        "request": {"model": "gen4_turbo", "ratio": "1280:720", "promptImage": "data:image/png;base64,AAAA"},
        "inputs": [{"marker": 0, "name": "frame.png", "kind": "image", "sha256": "ab" * 32, "url": None}],
        "estimated_credits": 25,
        "cost_credits": 25.0,
        "created_at": "2026-12-01T22:10:00+00:00",
        "finished_at": "2026-12-01T22:11:02+00:00",
        "saved_at": "2026-12-01T22:11:05+00:00",
        "output_index": 0,
        "file": "gen4-turbo_a-slow-push-in_0f5c1e7a.mp4",
        "size": 123456,
        "mime": "video/mp4",
        "sha256": "cd" * 32,
        "lineage": {"parents": [{"role": "promptImage", "task_id": "0a1b2c3d", "sha256": "ef" * 32}]},
        "app_version": "0.1.0",
    }
    record.update(extra)
    return record


def decoded(path: Path) -> list[bytes]:
    """Every decoded picture or block of samples in the file, as raw bytes in decode order."""
    if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp"):
        with Image.open(path) as image:
            return [np.asarray(image.convert("RGBA")).tobytes()]
    out = []
    with av.open(str(path)) as container:
        for frame in container.decode(*container.streams):
            out.append(frame.to_ndarray().tobytes())
    return out


def packets(path: Path) -> list[bytes]:
    """Every demuxed packet's bytes (what a stream copy must keep)."""
    with av.open(str(path)) as container:
        return [bytes(p) for p in container.demux() if p.size]
