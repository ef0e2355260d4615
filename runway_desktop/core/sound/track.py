"""The sound as it will sit under the picture: decoded, offset, trimmed or padded, with gain and fades."""

from __future__ import annotations

from dataclasses import dataclass

import av
import numpy as np

# Sample rates AAC in MP4 is defined for; anything else is resampled to 48 kHz.
AAC_RATES = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000, 88200, 96000}


@dataclass(frozen=True)
class Track:
    """Float samples shaped (channels, length) in [-1, 1] and where the sound lies within them."""

    samples: np.ndarray
    rate: int
    layout: str
    content_start: int
    content_end: int


def output_format(stream: av.audio.stream.AudioStream) -> tuple[int, str]:
    """(rate, layout) for the AAC track: the source's where AAC allows it, mono or stereo."""
    rate = stream.rate if stream.rate in AAC_RATES else 48000
    channels = stream.codec_context.channels or 2
    return rate, "mono" if channels == 1 else "stereo"


def decode(
    container: av.container.InputContainer,
    stream: av.audio.stream.AudioStream,
    rate: int,
    layout: str,
    limit: int,
) -> np.ndarray:
    """At most `limit` samples of the stream, resampled to float planar `rate`/`layout`."""
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
    parts: list[np.ndarray] = []
    have = 0
    for frame in container.decode(stream):
        for out in resampler.resample(frame):
            part = out.to_ndarray()
            parts.append(part)
            have += part.shape[1]
        if have >= limit:
            break
    else:
        for out in resampler.resample(None):
            part = out.to_ndarray()
            parts.append(part)
            have += part.shape[1]
    channels = 1 if layout == "mono" else 2
    if not parts:
        return np.zeros((channels, 0), dtype=np.float32)
    return np.concatenate(parts, axis=1)[:, :limit].astype(np.float32, copy=False)


def shape(
    source: np.ndarray, rate: int, layout: str, length: int, offset: float, gain_db: float, fade: float
) -> Track:
    """`source` placed at `offset` seconds (negative: its start cut), cut or padded to `length`,
    scaled by `gain_db` and faded in and out over `fade` seconds at the sound's own edges."""
    channels = source.shape[0]
    out = np.zeros((channels, length), dtype=np.float32)
    shift = round(offset * rate)
    start = max(shift, 0)
    skip = max(-shift, 0)
    take = max(0, min(source.shape[1] - skip, length - start))
    out[:, start : start + take] = source[:, skip : skip + take]
    end = start + take
    out[:, start:end] *= np.float32(10 ** (gain_db / 20))
    ramp = min(round(fade * rate), (end - start) // 2) if fade > 0 else 0
    if ramp > 0:
        rise = np.linspace(0.0, 1.0, ramp, endpoint=False, dtype=np.float32)
        out[:, start : start + ramp] *= rise
        out[:, end - ramp : end] *= rise[::-1]
    np.clip(out, -1.0, 1.0, out=out)
    return Track(out, rate, layout, start, end)
