"""The values that describe a render: what to make, what was made, what a media file holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MediaKind = Literal["video", "image", "audio"]

# Limits that keep one render within seconds and memory within reason.
MAX_VIDEO_SIDE = 8192
MAX_IMAGE_SIDE = 16384
MAX_DURATION = 600.0
MAX_FPS = 120

IMAGE_FORMATS = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "webp": "image/webp"}
AUDIO_FORMATS = {"mp3": "audio/mpeg", "wav": "audio/wav", "flac": "audio/flac"}
VIDEO_FORMATS = {"mp4": "video/mp4"}
DEFAULT_FORMAT = {"video": "mp4", "image": "png", "audio": "mp3"}


@dataclass(frozen=True)
class RenderJob:
    """One piece of media to produce; the same job always renders the same content."""

    kind: MediaKind
    out_path: str
    width: int = 1280
    height: int = 720
    # Seconds. For a video made from input_media, 0 (or less) means "as long as the input";
    # audio made from input_media always lasts as long as the input.
    duration: float = 5.0
    seed: int = 0
    prompt: str = ""
    image: bytes | None = None
    input_media: str | None = None
    fps: int = 24
    with_audio: bool = False
    format: str = ""

    @property
    def output_format(self) -> str:
        """The container or file format, lower case, with the kind's default filled in."""
        chosen = (self.format or DEFAULT_FORMAT.get(self.kind, "")).strip().lower()
        return "jpeg" if chosen == "jpg" else chosen


@dataclass(frozen=True)
class RenderResult:
    """The file a render wrote and what it holds."""

    path: str
    mime: str
    size: int
    width: int | None
    height: int | None
    duration: float | None


@dataclass(frozen=True)
class MediaInfo:
    """What a media file holds, as far as a caller deciding about it needs to know."""

    kind: MediaKind
    width: int | None
    height: int | None
    duration: float | None
    codec: str
    mime: str


def validate_job(job: RenderJob) -> None:
    """Raise ValueError naming the first field of the job that cannot be rendered."""
    if job.kind not in DEFAULT_FORMAT:
        raise ValueError(f"render kind must be video, image or audio, not {job.kind!r}")
    if not job.out_path:
        raise ValueError("render out_path must name the file to write")
    fmt = job.output_format
    allowed = {"video": VIDEO_FORMATS, "image": IMAGE_FORMATS, "audio": AUDIO_FORMATS}[job.kind]
    if fmt not in allowed:
        names = ", ".join(sorted(set(allowed) - {"jpg"}))
        raise ValueError(f"{job.kind} format must be one of {names}, not {job.format!r}")
    if job.kind in ("video", "image"):
        limit = MAX_VIDEO_SIDE if job.kind == "video" else MAX_IMAGE_SIDE
        for name, value in (("width", job.width), ("height", job.height)):
            if not 1 <= value <= limit:
                raise ValueError(f"{job.kind} {name} must be between 1 and {limit} pixels, not {value}")
    if job.kind == "video" and not 1 <= job.fps <= MAX_FPS:
        raise ValueError(f"video fps must be between 1 and {MAX_FPS}, not {job.fps}")
    follows_input = job.input_media is not None and (job.kind == "audio" or job.duration <= 0)
    if job.kind != "image" and not follows_input and not 0 < job.duration <= MAX_DURATION:
        raise ValueError(
            f"{job.kind} duration must be above 0 and at most {MAX_DURATION:g} s, not {job.duration}"
        )


def even(value: int) -> int:
    """The value rounded up to an even number (H.264 in 4:2:0 needs even sides)."""
    return max(2, value + (value % 2))
