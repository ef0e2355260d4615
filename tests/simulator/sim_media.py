"""Real input media for simulator tests (Pillow and PyAV), and small helpers to look at outputs."""

from __future__ import annotations

import asyncio
import base64
import io
import math
import time
from collections.abc import Awaitable, Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image

HEADERS = {"Authorization": "Bearer key_test", "X-Runway-Version": "2024-11-06"}


def png_bytes(width: int = 64, height: int = 48, colour: tuple[int, int, int] = (200, 40, 90)) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    # A little structure so encoders do not collapse it to nothing.
    for x in range(0, width, 8):
        image.putpixel((x, height // 2), (255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def image_bytes(fmt: str, width: int = 64, height: int = 48) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (20, 120, 220)).save(buffer, fmt)
    return buffer.getvalue()


def data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def write_mp4(path: Path, seconds: float, width: int = 160, height: int = 96, fps: int = 24) -> Path:
    """An H.264 MP4 of a moving gradient, `seconds` long."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for index in range(round(seconds * fps)):
            pixels = np.zeros((height, width, 3), dtype=np.uint8)
            pixels[:, :, 0] = (np.arange(width) * 255 // width + index * 5) % 256
            pixels[:, :, 1] = 128
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def write_audio(path: Path, seconds: float, codec: str = "pcm_s16le", rate: int = 22050) -> Path:
    """A 440 Hz tone, `seconds` long, as WAV (pcm_s16le) or MP3 (libmp3lame)."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        fmt = "s16p" if codec == "libmp3lame" else "s16"
        frame_size = stream.codec_context.frame_size or 1024
        total = round(seconds * rate)
        done = 0
        while done < total:
            count = min(frame_size, total - done)
            t = (np.arange(done, done + count) / rate).astype(np.float64)
            samples = (np.sin(2 * math.pi * 440 * t) * 12000).astype(np.int16).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(samples, format=fmt, layout="mono")
            frame.sample_rate = rate
            frame.pts = done
            frame.time_base = Fraction(1, rate)
            for packet in stream.encode(frame):
                container.mux(packet)
            done += count
        for packet in stream.encode():
            container.mux(packet)
    return path


def describe_media(data: bytes) -> dict[str, Any]:
    """Width, height, duration and kind of downloaded media, decoded with PyAV."""
    with av.open(io.BytesIO(data)) as container:
        video = [s for s in container.streams.video]
        audio = list(container.streams.audio)
        duration = container.duration / 1_000_000 if container.duration else None
        if video:
            stream = video[0]
            return {
                "kind": "video"
                if container.format.name not in ("png_pipe", "jpeg_pipe", "webp_pipe", "image2")
                else "image",
                "width": stream.codec_context.width,
                "height": stream.codec_context.height,
                "duration": duration,
                "codec": stream.codec_context.name,
                "has_audio": bool(audio),
                "format": container.format.name,
            }
        return {
            "kind": "audio",
            "duration": duration,
            "codec": audio[0].codec_context.name,
            "format": container.format.name,
        }


async def eventually(
    check: Callable[[], Awaitable[Any]], *, timeout: float = 60.0, interval: float = 0.02
) -> Any:
    """Poll `check` until it returns something truthy; fail with its last value after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = await check()
        if last:
            return last
        await asyncio.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s; last value: {last!r}")


class FakeClock:
    """A wall clock tests can move forward; the simulator reads it for createdAt and expiries."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
