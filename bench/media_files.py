"""Large input files for the benchmarks, written quickly."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

MB = 2**20


def make_wav(path: Path, megabytes: int) -> Path:
    """A real WAV file of about `megabytes` MB (stereo noise at 44.1 kHz, a 10 s block repeated)."""
    frames = megabytes * MB // 4
    block = (np.random.default_rng(150).standard_normal((44100 * 10, 2)) * 3000).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44100)
        written = 0
        while written < frames:
            count = min(len(block) // 4, frames - written)
            out.writeframesraw(block[: count * 4])
            written += count
    return path


def scratch_root() -> str | None:
    """tmpfs when there is one: disk write-back stalls would otherwise decide transfer figures."""
    return "/dev/shm" if Path("/dev/shm").is_dir() else None
