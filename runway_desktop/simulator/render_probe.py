"""Learning what an image, video or audio file holds (kind, size, duration, codec) with FFmpeg."""

from __future__ import annotations

import io

import av

from runway_desktop.simulator.render_types import MediaInfo, MediaKind

_IMAGE_MIMES = {
    "png_pipe": "image/png",
    "apng": "image/apng",
    "jpeg_pipe": "image/jpeg",
    "webp_pipe": "image/webp",
    "gif": "image/gif",
    "bmp_pipe": "image/bmp",
    "tiff_pipe": "image/tiff",
}
# A file opened by name may be read by the generic image demuxer; its codec then tells the type.
_IMAGE_CODEC_MIMES = {
    "png": "image/png",
    "mjpeg": "image/jpeg",
    "webp": "image/webp",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tiff": "image/tiff",
}
_MIMES = {
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "flac": "audio/flac",
    "aac": "audio/aac",
    "avi": "video/x-msvideo",
    "mpegts": "video/mp2t",
}
_WEBM_CODECS = {"vp8", "vp9", "av1", "opus", "vorbis"}


def probe_media(source: str | bytes) -> MediaInfo:
    """Kind, pixel size, duration, codec and MIME type of a media file (a path or its bytes).

    Raises ValueError when the content is not a decodable image, video or audio file.
    """
    what = f"{len(source)} bytes of media" if isinstance(source, bytes | bytearray) else f"file {source}"
    if isinstance(source, bytes | bytearray) and not source:
        raise ValueError("media content is empty (0 bytes), so it is not an image, video or audio file")
    target = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    try:
        container = av.open(target)
    except FileNotFoundError:
        raise
    except (av.FFmpegError, OSError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ValueError(f"{what} is not a readable image, video or audio file ({reason})") from error
    with container:
        assert isinstance(container, av.container.InputContainer)  # opened for reading
        return _describe(container, what)


def _describe(container: av.container.InputContainer, what: str) -> MediaInfo:
    fmt = container.format.name
    pictures = [s for s in container.streams.video if not s.disposition & av.stream.Disposition.attached_pic]
    sounds = list(container.streams.audio)
    if not pictures and not sounds:
        raise ValueError(f"{what} holds no picture or sound (format {fmt!r})")
    stream = pictures[0] if pictures else sounds[0]
    still = fmt in _IMAGE_MIMES or fmt == "image2"
    kind: MediaKind = "image" if still else "video" if pictures else "audio"
    _check_decodable(container, stream, what)
    picture = pictures[0].codec_context if pictures else None
    width = picture.width if picture is not None else None
    height = picture.height if picture is not None else None
    return MediaInfo(
        kind=kind,
        width=width or None,
        height=height or None,
        duration=None if kind == "image" else _duration(container, stream),
        codec=stream.codec_context.codec.canonical_name,
        mime=_mime(container, kind, [s.codec_context.codec.canonical_name for s in pictures + sounds]),
    )


def _check_decodable(container: av.container.InputContainer, stream: av.stream.Stream, what: str) -> None:
    """Decode the first frame: FFmpeg guesses a format for almost any bytes, decoding proves it."""
    try:
        for _ in container.decode(stream):
            return
    except (av.FFmpegError, OSError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ValueError(f"{what} could not be decoded as {container.format.name} ({reason})") from error
    raise ValueError(f"{what} has no decodable frames (format {container.format.name!r})")


def _duration(container: av.container.InputContainer, stream: av.stream.Stream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _mime(container: av.container.InputContainer, kind: MediaKind, codecs: list[str]) -> str:
    fmt = container.format.name
    if fmt in _IMAGE_MIMES:
        return _IMAGE_MIMES[fmt]
    if fmt == "image2":
        return _IMAGE_CODEC_MIMES.get(codecs[0], "application/octet-stream")
    if fmt in _MIMES:
        return _MIMES[fmt]
    if "mp4" in fmt.split(","):
        brand = container.metadata.get("major_brand", "").strip().lower()
        if brand == "qt":
            return "video/quicktime"
        return "video/mp4" if kind == "video" else "audio/mp4"
    if "webm" in fmt.split(","):
        if set(codecs) <= _WEBM_CODECS:
            return "video/webm" if kind == "video" else "audio/webm"
        return "video/x-matroska" if kind == "video" else "audio/x-matroska"
    if fmt == "ogg":
        return "video/ogg" if kind == "video" else "audio/ogg"
    return "application/octet-stream"
