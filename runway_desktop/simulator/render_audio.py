"""Audio: a seeded tone sequence, a filtered copy of an input's sound, and encoding to MP3/WAV/FLAC."""

from __future__ import annotations

import math
import os

import av
import numpy as np

from runway_desktop.simulator.render_canvas import seeded_rng
from runway_desktop.simulator.render_types import AUDIO_FORMATS, RenderJob, RenderResult

SAMPLE_RATE = 44100
# Codec, container and sample format (PyAV converts our float samples to it) per file format.
_ENCODINGS = {"mp3": ("libmp3lame", "mp3"), "wav": ("pcm_s16le", "wav"), "flac": ("flac", "flac")}
_PENTATONIC = (0, 2, 4, 7, 9, 12, 14, 16)
_BLOCK = 10 * SAMPLE_RATE


def render_audio(job: RenderJob, tmp_path: str) -> RenderResult:
    """Write the job's audio file to tmp_path and describe it (as it will be at job.out_path)."""
    if job.input_media is not None:
        samples = transformed_input_audio(job.input_media, job.seed)
    else:
        samples = synthesise(job.seed, job.prompt, max(1, round(job.duration * SAMPLE_RATE)))
    encode_audio_file(samples, tmp_path, job.output_format)
    return RenderResult(
        path=job.out_path,
        mime=AUDIO_FORMATS[job.output_format],
        size=os.path.getsize(tmp_path),
        width=None,
        height=None,
        duration=samples.shape[1] / SAMPLE_RATE,
    )


def synthesise(seed: int, text: str, length: int, channels: int = 2) -> np.ndarray:
    """A gentle pentatonic melody over a soft drone and a breath of noise, float32 (channels, length)."""
    rng = seeded_rng(seed, "audio", text)
    root = float(rng.choice([174.61, 196.0, 220.0, 246.94, 261.63]))
    tremolo = rng.uniform(0.08, 0.2)
    out = np.zeros((channels, length), np.float32)
    # The bed is made a block at a time so a long track never needs float64 arrays of its full length.
    for begin in range(0, length, _BLOCK):
        times = np.arange(begin, min(begin + _BLOCK, length), dtype=np.float64) / SAMPLE_RATE
        drone = 0.10 * np.sin(math.pi * root * times) + 0.05 * np.sin(1.5 * math.pi * root * times)
        drone *= 0.75 + 0.25 * np.sin(2 * math.pi * tremolo * times)
        noise = _smooth(rng.standard_normal(times.size).astype(np.float32), 24)
        out[:, begin : begin + times.size] += drone.astype(np.float32) + 0.02 * noise
    beat = 60 / rng.uniform(76, 112) / 2
    degree = int(rng.integers(0, len(_PENTATONIC)))
    step = 0
    while step * beat < length / SAMPLE_RATE:
        degree = int(np.clip(degree + rng.integers(-2, 3), 0, len(_PENTATONIC) - 1))
        if rng.random() < 0.8:
            pan = 0.5 + 0.35 * math.sin(step * 0.9)
            gains = (1 - pan, pan) if channels == 2 else (1.0,)
            frequency = root * 2 ** (_PENTATONIC[degree] / 12)
            _add_note(out, int(step * beat * SAMPLE_RATE), frequency, beat * 3, gains)
        step += 1
    _fade_edges(out)
    peak = float(np.abs(out).max()) if length else 0.0
    if peak > 0:
        out *= 0.8 / peak
    return out


def _add_note(
    out: np.ndarray, start: int, frequency: float, seconds: float, gains: tuple[float, ...]
) -> None:
    """Add a plucked note (a few harmonics under a decaying envelope) at sample `start`."""
    length = min(int(seconds * SAMPLE_RATE), out.shape[1] - start)
    if length <= 0:
        return
    t = np.arange(length, dtype=np.float32) / SAMPLE_RATE
    envelope = np.minimum(t / 0.01, 1.0) * np.exp(-t * 3.0 / seconds)
    tone = np.sin(2 * math.pi * frequency * t) + 0.35 * np.sin(4 * math.pi * frequency * t)
    tone += 0.12 * np.sin(6 * math.pi * frequency * t)
    note = (0.3 * envelope * tone).astype(np.float32)
    for channel, gain in enumerate(gains):
        out[channel, start : start + length] += gain * note


def _smooth(signal: np.ndarray, width: int) -> np.ndarray:
    """A moving average: turns white noise into a soft rumble."""
    kernel = np.ones(width, np.float32) / width
    return np.convolve(signal, kernel, mode="same")


def _fade_edges(out: np.ndarray, seconds: float = 0.02) -> None:
    """Short fades so the sound starts and stops without a click."""
    length = min(int(seconds * SAMPLE_RATE), out.shape[1] // 2)
    if length:
        ramp = np.linspace(0, 1, length, dtype=np.float32)
        out[:, :length] *= ramp
        out[:, out.shape[1] - length :] *= ramp[::-1]


def decode_audio(path: str, channels: int | None = None) -> np.ndarray:
    """All of a file's first audio stream as float32 at 44.1 kHz, shape (channels, samples)."""
    with av.open(path) as container:
        if not container.streams.audio:
            raise ValueError(f"input media {path} has no audio stream")
        stream = container.streams.audio[0]
        wanted = channels or min(2, max(1, stream.codec_context.channels or 1))
        # Decoders may hand back the encoder's padding too; the stream's own duration is the truth.
        base = stream.time_base
        expected = round(stream.duration * base * SAMPLE_RATE) if stream.duration and base else None
        resampler = av.AudioResampler(
            format="fltp", layout="stereo" if wanted == 2 else "mono", rate=SAMPLE_RATE
        )
        chunks: list[np.ndarray] = []
        for frame in container.decode(stream):
            frame.pts = None
            chunks.extend(piece.to_ndarray() for piece in resampler.resample(frame))
        chunks.extend(piece.to_ndarray() for piece in resampler.resample(None))
    samples = np.concatenate(chunks, axis=1) if chunks else np.zeros((wanted, 0), np.float32)
    if expected is not None and samples.shape[1] > 0:
        samples = samples[:, :expected]
        if samples.shape[1] < expected:
            samples = np.pad(samples, ((0, 0), (0, expected - samples.shape[1])))
    return samples.astype(np.float32, copy=False)


def transformed_input_audio(path: str, seed: int, channels: int | None = None) -> np.ndarray:
    """The input's sound band-limited to the voice range and shifted a little in frequency; same length."""
    samples = decode_audio(path, channels)
    if samples.shape[1] == 0:
        raise ValueError(f"input media {path} has no audio samples")
    rng = seeded_rng(seed, "voice")
    shift = float(rng.uniform(25, 70)) * (1 if rng.random() < 0.5 else -1)
    size = 1 << max(1, (samples.shape[1] - 1).bit_length())
    spectrum = np.fft.rfft(samples, n=size, axis=1)
    frequencies = np.fft.rfftfreq(size, 1 / SAMPLE_RATE)
    band = 1 / (1 + (90 / np.maximum(frequencies, 1)) ** 4) / (1 + (frequencies / 5000) ** 4)
    spectrum *= band
    # Moving every component by the same number of hertz gives a recognisable, slightly robotic voice.
    bins = round(shift / (SAMPLE_RATE / size))
    spectrum = np.roll(spectrum, bins, axis=1)
    if bins > 0:
        spectrum[:, :bins] = 0
    elif bins < 0:
        spectrum[:, bins:] = 0
    result = np.fft.irfft(spectrum, n=size, axis=1)[:, : samples.shape[1]].astype(np.float32)
    peak = float(np.abs(result).max())
    if peak > 0.9:
        result *= 0.9 / peak
    _fade_edges(result, 0.005)
    return result


def encode_audio_file(samples: np.ndarray, path: str, fmt: str) -> None:
    """Encode float samples (channels, n) to an MP3, WAV or FLAC file at path."""
    codec, container_format = _ENCODINGS[fmt]
    layout = "stereo" if samples.shape[0] == 2 else "mono"
    options = {"fflags": "+bitexact"}
    with av.open(path, "w", format=container_format, options=options) as container:
        stream = container.add_stream(codec, rate=SAMPLE_RATE, layout=layout)
        assert isinstance(stream, av.AudioStream)
        if fmt == "mp3":
            stream.bit_rate = 160_000 if layout == "stereo" else 96_000
        write_audio(container, stream, samples, 0, samples.shape[1])
        container.mux(stream.encode(None))


def write_audio(
    container: av.container.OutputContainer,
    stream: av.AudioStream,
    samples: np.ndarray,
    start: int,
    stop: int,
) -> None:
    """Encode and mux samples[start:stop] (in chunks) to an audio stream."""
    layout = "stereo" if samples.shape[0] == 2 else "mono"
    for begin in range(start, stop, 8192):
        chunk = np.ascontiguousarray(samples[:, begin : min(begin + 8192, stop)], dtype=np.float32)
        frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=layout)
        frame.sample_rate = SAMPLE_RATE
        frame.pts = begin
        container.mux(stream.encode(frame))
