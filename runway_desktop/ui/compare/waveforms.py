"""A sound's loudness envelope for drawing: peak level per time slice (decoded on a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

BUCKETS = 1200
MAX_SECONDS = 600  # longer sounds are drawn from their first ten minutes


@dataclass(frozen=True)
class Waveform:
    """Peaks (0–1, relative to the loudest slice) and the sound's length in seconds."""

    peaks: tuple[float, ...]
    seconds: float


def read_waveform(path: str, buckets: int = BUCKETS) -> Waveform:
    """Decode the first audio stream of `path` and reduce it to `buckets` peak levels (blocking)."""
    import av
    import numpy as np

    chunks: list[np.ndarray] = []
    rate = 0
    total = 0  # samples per channel
    with av.open(path) as container:
        stream = next((s for s in container.streams if s.type == "audio"), None)
        if stream is None:
            message = QCoreApplication.translate("CompareText", "{name} has no sound")
            raise ValueError(message.format(name=path.rsplit("/", 1)[-1]))
        rate = stream.rate or 44100
        for frame in container.decode(stream):
            # Planar audio is (channels, samples), packed (1, samples × channels): peaks need no order.
            level = np.abs(frame.to_ndarray().astype(np.float32)).reshape(-1)
            chunks.append(level)
            total += frame.samples
            if total > rate * MAX_SECONDS:
                break
    data = np.concatenate(chunks) if chunks else np.zeros(1, np.float32)
    slices = np.array_split(data, min(buckets, max(1, data.size)))
    peaks = np.array([float(s.max()) if s.size else 0.0 for s in slices], dtype=np.float32)
    loudest = float(peaks.max()) or 1.0
    return Waveform(tuple(float(p) for p in peaks / loudest), total / rate if rate else 0.0)
