"""Media with known timing for the add-sound tests, and ways to measure the result."""

from __future__ import annotations

import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

RATE = 44100


def tone_wav(
    path: Path, seconds: float, lead: float = 0.0, amplitude: float = 0.5, channels: int = 1
) -> Path:
    """A 16-bit WAV: `lead` seconds of silence, then a 440 Hz tone lasting to `seconds`."""
    count = round(seconds * RATE)
    t = np.arange(count) / RATE
    signal = amplitude * np.sin(2 * np.pi * 440 * t)
    signal[: round(lead * RATE)] = 0.0
    pcm = np.repeat((signal * 32767).astype("<i2")[:, None], channels, axis=1)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())
    return path


def bframe_mp4(path: Path, seconds: float = 2.0, fps: int = 25, container_format: str | None = None) -> Path:
    """H.264 with B-frames (decode order differs from display order), so a copy must keep timestamps."""
    with av.open(str(path), "w", format=container_format) as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 96, 64, "yuv420p"
        stream.codec_context.thread_count = 1
        stream.options = {"preset": "veryfast", "bf": "2", "threads": "1"}
        for index in range(round(seconds * fps)):
            pixels = np.zeros((64, 96, 3), dtype=np.uint8)
            pixels[:, :, 0] = (np.add.outer(np.arange(64), np.arange(96)) + index * 9) % 256
            pixels[:, (index * 3) % 96, :] = 255
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
    return path


def video_packets(path: Path) -> list[tuple[bytes, bool]]:
    """(bytes, keyframe) of every video packet, in file order."""
    with av.open(str(path)) as container:
        return [(bytes(p), p.is_keyframe) for p in container.demux(video=0) if p.size]


def video_seconds(path: Path) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        return float(stream.duration * stream.time_base)


def audio_seconds(path: Path) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        return float(stream.duration * stream.time_base)


def decoded_audio(path: Path) -> tuple[np.ndarray, int]:
    """The first audio stream decoded to float samples shaped (channels, n), and its rate."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="fltp", rate=stream.rate)
        parts = [out.to_ndarray() for frame in container.decode(stream) for out in resampler.resample(frame)]
        return np.concatenate(parts, axis=1), stream.rate


def first_loud(samples: np.ndarray, rate: int, threshold: float = 0.1) -> float:
    """Seconds to the first sample whose magnitude passes `threshold` (well above coding noise)."""
    loud = np.nonzero(np.abs(samples).max(axis=0) > threshold)[0]
    return loud[0] / rate if loud.size else float("inf")


def rms(samples: np.ndarray, rate: int, start: float, end: float) -> float:
    window = samples[:, round(start * rate) : round(end * rate)]
    return float(np.sqrt(np.mean(window.astype(np.float64) ** 2)))
