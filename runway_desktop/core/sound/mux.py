"""Adding sound to a video: the picture copied packet by packet, the sound encoded as AAC.

The video stream is never decoded or re-encoded: its packets go into the new file byte for byte.
The sound is decoded, placed at the offset, cut or padded to the video's length, given gain and
fades, encoded as AAC and interleaved with the picture. The result is written beside `out` and
renamed into place with its generation record (lineage to both parents) embedded. Blocking and
CPU-bound: call it from a worker thread; `cancel` stops it between packets.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

from runway_desktop.core.embed import EmbedError, embed_record
from runway_desktop.core.sound import lineage, track
from runway_desktop.failure_words import failure_reason, plain_reason

Progress = Callable[[float], None]
_AAC_FRAME = 1024
_BIT_RATE = {"mono": 128_000, "stereo": 192_000}
_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.EIO}


class SoundError(Exception):
    """Adding sound failed; `message` says what and what to do about it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SoundSettingError(SoundError):
    """An offset, gain, fade or output name that cannot work: the caller should change it."""


class SoundCancelled(SoundError):
    """The caller cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Adding sound was cancelled; no file was written.")


@dataclass(frozen=True)
class SoundResult:
    """The new file, its embedded record, and where the sound lies in it (seconds)."""

    path: Path
    record: dict[str, Any]
    duration: float
    sound_start: float
    sound_end: float


@dataclass(frozen=True)
class _VideoSpan:
    start: float  # seconds of the first presented frame
    length: float  # seconds from the first frame to the end of the last
    # Decode timestamps for every packet, in stream order, when the container left some unset
    # (Matroska stores none for reordered frames); MP4 needs one on each packet.
    decode_times: tuple[int, ...] | None = None


def add_sound(
    video: str | Path,
    audio: str | Path,
    out: str | Path,
    offset: float = 0.0,
    gain_db: float = 0.0,
    fade: float = 0.0,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SoundResult:
    """Write `out` (MP4, or MOV by its suffix): `video`'s picture untouched with `audio`'s sound under it."""
    video, audio, out = Path(video), Path(audio), Path(out)
    _check_paths(video, audio, out, offset, gain_db, fade)
    span = _video_span(video)
    with _open(audio, "sound") as source:
        if not source.streams.audio:
            raise SoundError(f"{audio.name} has no sound (no audio stream); choose an audio take.")
        stream = source.streams.audio[0]
        rate, layout = track.output_format(stream)
        length = max(1, round(span.length * rate))
        wanted = length + max(0, round(-offset * rate))
        samples = _guarded(audio, "sound", lambda: track.decode(source, stream, rate, layout, wanted))
    if samples.shape[1] == 0:
        raise SoundError(f"{audio.name} holds no sound to add.")
    shaped = track.shape(samples, rate, layout, length, offset, gain_db, fade)
    if shaped.content_end <= shaped.content_start:
        raise SoundSettingError(
            f"With an offset of {offset:g} s the sound falls outside the video ({span.length:.2f} s long); "
            "choose an offset between "
            f"{-samples.shape[1] / rate:.2f} and {span.length:.2f} seconds."
        )
    settings = {"offset": offset, "gain_db": gain_db, "fade": fade}
    parents = (lineage.parent("video", video), lineage.parent("audio", audio))
    record = lineage.sound_record(*parents, out, settings, time.time())
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise SoundError(f"Cannot write in {out.parent} ({failure_reason(exc)}).") from exc
    os.close(fd)
    part = Path(name)
    try:
        _mux(video, part, out.suffix.lower(), shaped, span, progress, cancel)
        embed_record(part, record)
        os.replace(part, out)
    except EmbedError as exc:
        raise SoundError(exc.message) from exc
    except OSError as exc:
        raise SoundError(f"Writing {out} failed: {failure_reason(exc)}.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
    return SoundResult(out, record, span.length, shaped.content_start / rate, shaped.content_end / rate)


def _check_paths(video: Path, audio: Path, out: Path, offset: float, gain_db: float, fade: float) -> None:
    for value, what in ((offset, "offset"), (gain_db, "gain"), (fade, "fade")):
        if not math.isfinite(value):
            raise SoundSettingError(
                f"The {what} must be a number of {'decibels' if what == 'gain' else 'seconds'}."
            )
    if fade < 0:
        raise SoundSettingError("The fade must be zero or more seconds.")
    if not -60 <= gain_db <= 24:
        raise SoundSettingError(f"A gain of {gain_db:g} dB is outside the range -60 to +24 dB.")
    for path, what in ((video, "video"), (audio, "sound")):
        if not path.is_file():
            reason = "is a folder" if path.is_dir() else "does not exist"
            raise SoundError(f"The {what} file {path} {reason}.")
    if not out.parent.is_dir():
        raise SoundError(f"The folder {out.parent} does not exist; create it or choose another output path.")
    if out.suffix.lower() not in (".mp4", ".mov", ".m4v"):
        raise SoundSettingError(f"The output {out.name} must end in .mp4 or .mov.")
    for path in (video, audio):
        if out.exists() and out.samefile(path):
            raise SoundSettingError(f"The output would overwrite {path.name}; choose another name.")


@contextlib.contextmanager
def _open(path: Path, what: str) -> Iterator[av.container.InputContainer]:
    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, OSError) as exc:
        raise SoundError(f"{path.name} cannot be read as {what} ({_reason(exc)}).") from exc
    with container:
        yield container


def _guarded(path: Path, what: str, work: Callable[[], Any]) -> Any:
    try:
        return work()
    except av.error.FFmpegError as exc:
        raise SoundError(f"{path.name} could not be decoded as {what} ({_reason(exc)}).") from exc


def _reason(exc: Exception) -> str:
    return plain_reason(exc) or str(getattr(exc, "strerror", None) or exc).rstrip(".")


def _video_span(path: Path) -> _VideoSpan:
    """When the picture starts and how long it lasts, from packet timestamps (nothing decoded)."""
    with _open(path, "video") as container:
        if not container.streams.video:
            raise SoundError(f"{path.name} has no video stream; choose a video take.")
        stream = container.streams.video[0]
        # Only the timestamps are kept: packets are dropped as they are read, however long the video.
        timing = _guarded(
            path,
            "video",
            lambda: [(p.pts, p.dts, p.duration or 0) for p in container.demux(stream) if p.size],
        )
    if not timing or any(pts is None for pts, _, _ in timing):
        raise SoundError(f"{path.name} holds no video frames with timestamps; it cannot be copied.")
    first = min(pts for pts, _, _ in timing)
    end = max(pts + duration for pts, _, duration in timing)
    if end <= first:
        raise SoundError(f"{path.name} holds no video frames.")
    base = stream.time_base or Fraction(1, 90000)
    decode_times = None
    if any(dts is None for _, dts, _ in timing):
        # Frames decode in stream order and display in pts order: the i-th smallest pts, moved
        # back by the deepest reordering, is a decode time that never passes its own pts.
        ordered = sorted(pts for pts, _, _ in timing)
        lag = max(0, *(ordered[i] - pts for i, (pts, _, _) in enumerate(timing)))
        decode_times = tuple(value - lag for value in ordered)
    return _VideoSpan(float(first * base), float((end - first) * base), decode_times)


class _AudioFeed:
    """Encodes the shaped sound a frame at a time, as far as the picture has got."""

    def __init__(self, sink: av.container.OutputContainer, shaped: track.Track, start: float) -> None:
        self._sink = sink
        self._shaped = shaped
        self._stream = sink.add_stream("aac", rate=shaped.rate, layout=shaped.layout)
        self._stream.bit_rate = _BIT_RATE[shaped.layout]
        self._first_pts = round(start * shaped.rate)
        self._next = 0  # the next sample to encode

    def until(self, seconds: float) -> None:
        """Encode and mux every frame that starts at or before `seconds`."""
        samples, rate = self._shaped.samples, self._shaped.rate
        while self._next < samples.shape[1] and (self._first_pts + self._next) / rate <= seconds:
            chunk = np.ascontiguousarray(samples[:, self._next : self._next + _AAC_FRAME])
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=self._shaped.layout)
            frame.sample_rate = rate
            frame.pts = self._first_pts + self._next
            frame.time_base = Fraction(1, rate)
            self._sink.mux(self._stream.encode(frame))
            self._next += _AAC_FRAME

    def finish(self) -> None:
        self.until(math.inf)
        self._sink.mux(self._stream.encode(None))


def _mux(
    video: Path,
    part: Path,
    suffix: str,
    shaped: track.Track,
    span: _VideoSpan,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    """Copy the picture's packets and interleave the encoded sound with them, in time order."""
    fmt = "mov" if suffix == ".mov" else "mp4"
    # Fast start puts the index first, so a preview can play the file before reading all of it.
    with (
        _open(video, "video") as source,
        av.open(str(part), "w", format=fmt, options={"movflags": "+faststart"}) as sink,
    ):
        in_video = source.streams.video[0]
        try:
            out_video = sink.add_stream_from_template(in_video, opaque=True)
        except (ValueError, av.error.FFmpegError) as exc:
            raise _cannot_store(in_video, fmt, exc) from exc
        feed = _AudioFeed(sink, shaped, span.start)
        reported = -1.0
        index = 0
        try:
            for packet in _read_packets(video, source.demux(in_video)):
                if cancel is not None and cancel.is_set():
                    raise SoundCancelled
                if not packet.size:
                    continue  # the demuxer's end-of-stream marker, not a frame
                if span.decode_times is not None:
                    packet.dts = span.decode_times[index]
                index += 1
                at = float((packet.dts or 0) * packet.time_base)
                feed.until(at)
                packet.stream = out_video
                sink.mux(packet)
                done = min(1.0, max(0.0, (at - span.start) / span.length)) if span.length else 1.0
                if progress is not None and done - reported >= 0.01:
                    progress(done)
                    reported = done
            feed.finish()
        except av.error.FFmpegError as exc:
            if isinstance(exc, OSError) and exc.errno in _DISK_ERRORS:
                raise  # a full or read-only disk, said as such by the caller
            raise _cannot_store(in_video, fmt, exc) from exc
    if progress is not None:
        progress(1.0)


def _cannot_store(stream: av.video.stream.VideoStream, fmt: str, exc: Exception) -> SoundError:
    """The sentence for a picture whose codec the chosen container cannot hold."""
    try:
        codec = stream.codec_context.name
    except Exception:  # no decoder for it here; the name is only for the message
        codec = "this"
    other, article = (".mp4", "a") if fmt == "mov" else (".mov", "an")
    return SoundError(
        f"The video's {codec} picture cannot be copied into {article} {fmt.upper()} file ({_reason(exc)}); "
        f"try saving as {other}, or convert the video to H.264 first."
    )


def _read_packets(video: Path, packets: Iterator[av.Packet]) -> Iterator[av.Packet]:
    """The demuxed packets; a read failure names the file and where it broke (not the output)."""
    reached = 0.0
    while True:
        try:
            packet = next(packets)
        except StopIteration:
            return
        except av.error.FFmpegError as exc:
            raise SoundError(
                f"{video.name} is damaged {reached:.1f} s in ({_reason(exc)}); no file was written."
            ) from exc
        if packet.pts is not None and packet.time_base is not None:
            reached = max(reached, float(packet.pts * packet.time_base))
        yield packet
