"""Decoding a media file enough to know it is whole: streams, codec, size and duration.

Images go through Pillow, video and audio through PyAV. Failures are reported as
`ProbeFailure(code, detail)`; intake turns them into sentences that name the file.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

import av
import av.error
from av.stream import Disposition
from PIL import Image

from runway_desktop.core.intake import sniff
from runway_desktop.core.intake.media import MediaKind
from runway_desktop.failure_words import plain_reason

# Runway's accepted video codecs (contract §7), by FFmpeg codec name.
VIDEO_CODECS = {
    "h264": "H.264",
    "hevc": "H.265/HEVC",
    "av1": "AV1",
    "vp8": "VP8",
    "vp9": "VP9",
    "prores": "ProRes",
}
AUDIO_CODECS = {"mp3": "MP3", "aac": "AAC", "flac": "FLAC", "alac": "ALAC"}  # plus any PCM
# Containers Runway takes for audio-only files (an MKV or WebM with only audio is not one).
AUDIO_CONTAINERS = {"mp4", "mov", "m4a", "wav", "flac", "mp3", "aac"}
VIDEO_MIME = {
    "mp4": "video/mp4",
    "m4a": "video/mp4",
    "mov": "video/quicktime",
    "webm": "video/webm",
    "mkv": "video/x-matroska",
}
# Raw MP3 / ADTS streams have no stated length (FFmpeg estimates it from the bitrate) and any
# prefix of them is itself a valid file, so their duration is what the packets add up to.
STREAM_FORMATS = {"mp3", "aac"}
# Beyond this size a file without packet timestamps is not decoded just to learn its duration.
DECODE_FOR_DURATION_MAX = 50 * 1024 * 1024
EXIF_ORIENTATION = 0x0112


class ProbeFailure(Exception):
    """Why decoding failed: truncated, cut-short, no-streams, unsupported-codec, audio-container, …"""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class AvProbe:
    kind: MediaKind
    mime: str
    codec: str
    duration: float | None
    width: int | None = None
    height: int | None = None


def probe_image(path: Path, fmt: sniff.Format) -> tuple[int, int]:
    """The displayed (width, height) of an image, after checking that all of it decodes."""
    try:
        with Image.open(path) as img:
            img.verify()  # checks chunk structure and checksums; must come straight after open
        with Image.open(path) as img:
            width, height = img.size
            if img.format == "JPEG":
                # Decoding at 1/8 scale still reads every byte, at a fraction of the memory.
                img.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            img.load()
            if img.getexif().get(EXIF_ORIENTATION, 1) in (5, 6, 7, 8):
                width, height = height, width  # stored sideways, shown upright
    except Image.DecompressionBombError as exc:
        raise ProbeFailure("too-many-pixels", _pixels_of(exc)) from exc
    except Image.UnidentifiedImageError as exc:
        raise ProbeFailure("truncated", "") from exc  # Pillow's text repeats the full path
    except (OSError, SyntaxError, ValueError, EOFError, struct.error) as exc:
        raise ProbeFailure("truncated", str(exc).lower()) from exc
    return width, height


def _pixels_of(exc: Exception) -> str:
    """The pixel count in Pillow's "Image size (N pixels) exceeds limit …" message."""
    found = re.search(r"\((\d+) pixels\)", str(exc))
    return f"{int(found.group(1)):,}" if found else "too many"


def probe_av(path: Path, fmt: sniff.Format) -> AvProbe:
    """Streams, codec, size and duration of a video or audio file, after reading it to the end."""
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.FFmpegError, ValueError) as exc:
        raise ProbeFailure("truncated", _reason(exc)) from exc
    # Streams must not be touched once the container is closed (PyAV would crash).
    with container:
        # Cover art in an MP3, FLAC or M4A shows up as a video stream; it is a picture, not video.
        pictures = Disposition.attached_pic
        videos = [s for s in container.streams.video if not s.disposition & pictures]
        video = videos[0] if videos and fmt.id in VIDEO_MIME else None
        audio = next(iter(container.streams.audio), None)
        main = video or audio
        if main is None:
            raise ProbeFailure("no-streams")
        index = main.index
        if main.codec_context is None:  # FFmpeg has no decoder for it at all
            raise ProbeFailure("unsupported-codec", f"a {main.type} codec this app cannot decode")
        codec = main.codec_context.codec.canonical_name
        _check_codec(fmt, video is not None, codec, main)
        scan = _scan(container, index)
        declared = _declared_duration(container, main)
        tolerance = _tolerance(declared, main)
        stored_size = (video.codec_context.width, video.codec_context.height) if video else None
    duration = _duration(fmt, declared, scan.span)
    if duration is None and path.stat().st_size <= DECODE_FOR_DURATION_MAX:
        duration = _decoded_duration(path, index)
    _check_complete(fmt, declared, scan.span, tolerance)
    if stored_size is None:
        mime = "audio/mp4" if fmt.family == "isobmff" else fmt.mime or ""
        return AvProbe("audio", mime, codec, _rounded(duration))
    width, height = scan.size or stored_size
    return AvProbe("video", VIDEO_MIME[fmt.id], codec, _rounded(duration), width, height)


def _check_codec(fmt: sniff.Format, has_video: bool, codec: str, stream: av.stream.Stream) -> None:
    long_name = stream.codec_context.codec.long_name or codec
    if has_video:
        if codec not in VIDEO_CODECS:
            accepted = ", ".join(VIDEO_CODECS.values())
            raise ProbeFailure(
                "unsupported-codec", f"the {long_name} video codec; Runway takes {accepted} video"
            )
        return
    if fmt.id not in AUDIO_CONTAINERS:
        raise ProbeFailure("audio-container")
    if codec not in AUDIO_CODECS and not codec.startswith("pcm_"):
        accepted = ", ".join(AUDIO_CODECS.values())
        raise ProbeFailure(
            "unsupported-codec", f"the {long_name} audio codec; Runway takes {accepted} or PCM audio"
        )


@dataclass
class _Scan:
    span: float | None = None  # seconds from the first packet's start to the last packet's end
    size: tuple[int, int] | None = None  # displayed size of the first decoded video frame


def _scan(container: av.container.InputContainer, main_index: int) -> _Scan:
    """Read every packet (cheap: no decoding) and decode the main stream's first frame."""
    first: float | None = None
    last: float | None = None
    decoded = None
    try:
        for packet in container.demux():
            stream = packet.stream
            if packet.pts is not None and stream.type in ("video", "audio"):
                start = float(packet.pts * packet.time_base)
                end = float((packet.pts + (packet.duration or 0)) * packet.time_base)
                first = start if first is None else min(first, start)
                last = end if last is None else max(last, end)
            if decoded is None and stream.index == main_index:
                frames = packet.decode()
                decoded = frames[0] if frames else None
    except (av.error.FFmpegError, ValueError) as exc:
        raise ProbeFailure("truncated", _reason(exc)) from exc
    if decoded is None:
        raise ProbeFailure("truncated", "no frame of it decodes")
    scan = _Scan(span=None if first is None or last is None else last - first)
    if isinstance(decoded, av.VideoFrame):
        sideways = abs(decoded.rotation) % 180 == 90  # a phone's portrait video is stored landscape
        scan.size = (decoded.height, decoded.width) if sideways else (decoded.width, decoded.height)
    return scan


def _declared_duration(container: av.container.InputContainer, main: av.stream.Stream) -> float | None:
    if container.duration and container.duration > 0:
        return container.duration / av.time_base
    if main.duration and main.time_base:
        return float(main.duration * main.time_base)
    return None


def _duration(fmt: sniff.Format, declared: float | None, span: float | None) -> float | None:
    if fmt.id in STREAM_FORMATS and span:
        return span
    return declared if declared is not None else span


def _tolerance(declared: float | None, main: av.stream.Stream) -> float:
    """How far the packets may fall short of the stated duration (last frames may carry no duration)."""
    frame_gap = 1.5 / float(main.average_rate) if main.type == "video" and main.average_rate else 0.0
    return max(0.25, 0.05 * (declared or 0.0), frame_gap)


def _check_complete(fmt: sniff.Format, declared: float | None, span: float | None, tolerance: float) -> None:
    """A file whose packets stop well before its stated duration was cut off."""
    if fmt.id in STREAM_FORMATS or declared is None or span is None:
        return
    if span < declared - tolerance:
        raise ProbeFailure(
            "cut-short", f"it should last {declared:.1f} s, yet only {span:.1f} s of it is there"
        )


def _decoded_duration(path: Path, index: int) -> float | None:
    """Last resort for files without timestamps: decode everything and add up the frames."""
    total = 0.0
    try:
        with av.open(str(path)) as container:
            stream = container.streams[index]
            rate = float(stream.average_rate or 0) if stream.type == "video" else 0.0
            for frame in container.decode(stream):
                if isinstance(frame, av.AudioFrame):
                    total += frame.samples / frame.sample_rate
                elif rate:
                    total += 1 / rate
    except (av.error.FFmpegError, ValueError) as exc:
        raise ProbeFailure("truncated", _reason(exc)) from exc
    return total or None


def _rounded(duration: float | None) -> float | None:
    return None if duration is None else round(duration, 3)


def _reason(exc: Exception) -> str:
    """The failure in words the window translates, else FFmpeg's own without the errno and file name."""
    worded = plain_reason(exc)
    if worded is not None:
        return worded
    if isinstance(exc, av.error.FFmpegError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
