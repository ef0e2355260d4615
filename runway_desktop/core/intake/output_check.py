"""Checking a downloaded output really is the media it claims to be, before it is kept.

Looser than input intake on purpose: outputs may exceed the 200 MB input limit (4K ProRes),
use formats Runway does not accept as inputs (Ogg Opus), or be ZIP archives of frames.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from runway_desktop.core.intake import sniff
from runway_desktop.core.intake.media import MediaInfo
from runway_desktop.failure_words import failure_reason

_CONTAINER_MIMES = {
    "mp4": "video/mp4", "mov": "video/quicktime", "matroska": "video/x-matroska", "webm": "video/webm",
    "mp3": "audio/mpeg", "wav": "audio/wav", "flac": "audio/flac", "ogg": "audio/ogg", "aac": "audio/aac",
}


_BY_IDENT = {"mp4": "video/mp4", "mov": "video/quicktime", "m4a": "audio/mp4", "mkv": "video/x-matroska",
             "webm": "video/webm", "ogg": "audio/ogg"}


class OutputInvalid(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def verify_output(path: str | Path) -> MediaInfo:
    """MediaInfo for a downloaded file that decodes; OutputInvalid (with a reason) otherwise."""
    # Pillow and PyAV load with the first download, not with the window that imports this module.
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise OutputInvalid("the file is empty")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _zip_archive(path, size)
    try:
        with Image.open(path) as image:
            image.load()  # decodes every pixel: a truncated image fails here
            mime = Image.MIME.get(image.format or "", "image/" + (image.format or "unknown").lower())
            return MediaInfo(str(path), "image", mime, size, image.width, image.height)
    except UnidentifiedImageError:
        pass
    except (OSError, SyntaxError) as exc:
        raise OutputInvalid(f"the image does not decode ({failure_reason(exc)})") from exc
    return _audio_video(path, size)


def _zip_archive(path: Path, size: int) -> MediaInfo:
    try:
        with zipfile.ZipFile(path) as archive:
            broken = archive.testzip()
    except zipfile.BadZipFile as exc:
        raise OutputInvalid(f"the ZIP archive is damaged ({exc})") from exc
    if broken:
        raise OutputInvalid(f"'{broken}' inside the ZIP archive is damaged")
    return MediaInfo(str(path), "video", "application/zip", size)


def _sniffed_mime(path: Path) -> str | None:
    """The precise type from the file's magic bytes (FFmpeg names MP4 and MOV alike)."""
    with path.open("rb") as handle:
        fmt = sniff.sniff_file(handle)
    if fmt is None:
        return None
    return fmt.mime or _BY_IDENT.get(fmt.id)


def _audio_video(path: Path, size: int) -> MediaInfo:
    import av

    try:
        with av.open(str(path)) as container:
            video = next(iter(container.streams.video), None)
            audio = next(iter(container.streams.audio), None)
            main = video or audio
            if main is None:
                raise OutputInvalid("the file has no audio or video")
            next(iter(container.decode(main)))  # at least one frame decodes
            names = container.format.name.split(",")
            sniffed = _sniffed_mime(path)
            known = (_CONTAINER_MIMES[n] for n in names if n in _CONTAINER_MIMES)
            mime = sniffed or next(known, "application/octet-stream")
            if video is None and mime.startswith("video/"):
                mime = "audio/mp4"
            duration = container.duration / av.time_base if container.duration else None
            return MediaInfo(
                str(path), "video" if video else "audio", mime, size,
                video.width if video else None, video.height if video else None, duration,
                (main.codec_context.name if main.codec_context else None),
            )
    except OutputInvalid:
        raise
    except (av.error.FFmpegError, StopIteration, OSError) as exc:
        raise OutputInvalid(f"the media does not decode ({failure_reason(exc)})") from exc
