"""Tiny real media files for tests: images via Pillow, video and audio encoded with PyAV.

Every function writes one file at `path` and returns the path, so tests can write
`info = inspect_file(make_png(tmp_path / "a.png"))`. The content follows the function, not the
file name (so a test can write a GIF named .png), except for `make_mp4`, whose container follows
the suffix unless told otherwise.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

Color = tuple[int, int, int]

# Pixel formats each test encoder accepts; ProRes wants 10-bit 4:2:2.
_PIX_FMT = {"prores_ks": "yuv422p10le", "mjpeg": "yuvj420p"}
# Fast, quiet, single-threaded settings for the encoders that have their own thread pools.
_ENCODER_OPTIONS = {
    "libx264": {"preset": "ultrafast", "threads": "1"},
    "libx265": {"preset": "ultrafast", "x265-params": "pools=none:frame-threads=1:log-level=error"},
    "libsvtav1": {"preset": "12", "svtav1-params": "lp=1"},
    "libvpx": {"deadline": "realtime", "cpu-used": "8", "threads": "1"},
    "libvpx-vp9": {"deadline": "realtime", "cpu-used": "8", "threads": "1", "row-mt": "0"},
}
# Audio codec paired with a video container when audio=True.
_AUDIO_FOR_CONTAINER = {".webm": "libopus", ".mkv": "aac", ".mp4": "aac", ".mov": "aac"}


def make_png(path: str | Path, w: int = 64, h: int = 64, color: Color = (200, 40, 40)) -> Path:
    return _save_image(path, w, h, color, "PNG")


def make_jpeg(path: str | Path, w: int = 64, h: int = 64, color: Color = (40, 160, 40)) -> Path:
    return _save_image(path, w, h, color, "JPEG", quality=90)


def make_webp(path: str | Path, w: int = 64, h: int = 64, color: Color = (40, 40, 200)) -> Path:
    return _save_image(path, w, h, color, "WEBP", quality=80)


def make_gif(path: str | Path, w: int = 64, h: int = 64, color: Color = (220, 200, 0)) -> Path:
    return _save_image(path, w, h, color, "GIF")


def _save_image(path: str | Path, w: int, h: int, color: Color, fmt: str, **options: int) -> Path:
    path = Path(path)
    pixels = np.zeros((h, w, 3), dtype=np.uint8)
    pixels[:, :] = color
    # A diagonal gradient keeps encoders from collapsing the image to a trivial stream.
    pixels[:, :, 2] = (np.add.outer(np.arange(h), np.arange(w)) * 3 % 256).astype(np.uint8)
    Image.fromarray(pixels, "RGB").save(path, fmt, **options)
    return path


def make_mp4(
    path: str | Path,
    w: int = 64,
    h: int = 64,
    seconds: float = 1.0,
    fps: int = 12,
    codec: str = "libx264",
    audio: bool = False,
    container_format: str | None = None,
) -> Path:
    """A video of a moving gradient; the container follows the suffix (.mp4, .mov, .mkv, .webm)
    unless `container_format` names an FFmpeg muxer ("mp4", "mov", "matroska", "webm")."""
    path = Path(path)
    frames = max(1, round(seconds * fps))
    with av.open(str(path), "w", format=container_format) as container:
        video = container.add_stream(codec, rate=fps)
        video.width, video.height = w, h
        video.pix_fmt = _PIX_FMT.get(codec, "yuv420p")
        # One encoder thread: on a busy machine libvpx's worker threads can spin-wait for ever,
        # and tiny frames gain nothing from threads anyway.
        video.codec_context.thread_count = 1
        video.options = _ENCODER_OPTIONS.get(codec, {})
        sound = (
            _add_audio_stream(container, _AUDIO_FOR_CONTAINER.get(path.suffix.lower(), "aac"))
            if audio
            else None
        )
        ramp = np.add.outer(np.arange(h), np.arange(w))
        for index in range(frames):
            pixels = np.zeros((h, w, 3), dtype=np.uint8)
            pixels[:, :, 0] = (ramp + index * 8) % 256
            pixels[:, :, 1] = 90
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            container.mux(video.encode(frame))
        container.mux(video.encode())
        if sound is not None:
            _write_tone(container, sound, frames / fps)
    return path


def make_wav(path: str | Path, seconds: float = 1.0, codec: str = "pcm_s16le") -> Path:
    return _make_audio(path, codec, seconds, container_format="wav")


def make_mp3(path: str | Path, seconds: float = 1.0) -> Path:
    return _make_audio(path, "libmp3lame", seconds, container_format="mp3")


def make_flac(path: str | Path, seconds: float = 1.0) -> Path:
    return _make_audio(path, "flac", seconds, container_format="flac")


def make_m4a(path: str | Path, seconds: float = 1.0) -> Path:
    """AAC in an MP4 container with the M4A brand."""
    return _make_audio(path, "aac", seconds, container_format="ipod")


def make_aac(path: str | Path, seconds: float = 1.0) -> Path:
    """Raw AAC in ADTS frames."""
    return _make_audio(path, "aac", seconds, container_format="adts")


def make_ogg(path: str | Path, seconds: float = 1.0) -> Path:
    return _make_audio(path, "libopus", seconds, container_format="ogg")


def make_webm_audio(path: str | Path, seconds: float = 1.0) -> Path:
    """Opus audio alone in a WebM container."""
    return _make_audio(path, "libopus", seconds, container_format="webm")


def make_subtitles_only_mkv(path: str | Path) -> Path:
    """A Matroska file holding one subtitle line and no video or audio."""
    path = Path(path)
    with av.open(str(path), "w", format="matroska") as container:
        stream = container.add_stream("ass")
        stream.time_base = Fraction(1, 1000)
        packet = av.Packet(b"Dialogue: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,hello")
        packet.stream = stream
        packet.pts = packet.dts = 0
        packet.duration = 1000
        packet.time_base = stream.time_base
        container.mux(packet)
    return path


def _make_audio(path: str | Path, codec: str, seconds: float, container_format: str | None = None) -> Path:
    path = Path(path)
    with av.open(str(path), "w", format=container_format) as container:
        stream = _add_audio_stream(container, codec)
        _write_tone(container, stream, seconds)
    return path


def _add_audio_stream(container: av.container.OutputContainer, codec: str) -> av.audio.stream.AudioStream:
    rate = 48000 if codec == "libopus" else 44100
    stream = container.add_stream(codec, rate=rate, layout="mono")
    return stream


def _write_tone(
    container: av.container.OutputContainer, stream: av.audio.stream.AudioStream, seconds: float
) -> None:
    """A 440 Hz sine of `seconds`, then flush the encoder."""
    rate = stream.rate
    total = round(seconds * rate)
    one_second = np.sin(2 * np.pi * 440 * np.arange(rate) / rate) * 0.3 * 32767
    samples = np.resize(one_second.astype(np.int16), total)  # whole cycles repeat every second
    # PCM takes frames of any size, so long WAVs are written a second at a time.
    step = 1024 if stream.codec_context.frame_size else rate
    for start in range(0, total, step):
        chunk = samples[start : start + step].reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="mono")
        frame.sample_rate = rate
        frame.pts = start
        frame.time_base = Fraction(1, rate)
        container.mux(stream.encode(frame))
    container.mux(stream.encode())
