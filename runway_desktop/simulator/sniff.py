"""What a file is, judged by its first bytes (magic numbers), never by its name."""

from __future__ import annotations

from dataclasses import dataclass

HEAD_BYTES = 64

# Media types an image field accepts, by the format the bytes must then have.
IMAGE_TYPES = {"image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp"}
_ISO = frozenset({"mp4", "mov", "m4a"})
# Formats the bytes may have for a declared media type; types not listed are checked by family only.
_DECLARED_FORMATS: dict[str, frozenset[str]] = {
    "audio/mpeg": frozenset({"mp3"}),
    "audio/mp3": frozenset({"mp3"}),
    "audio/wav": frozenset({"wav"}),
    "audio/x-wav": frozenset({"wav"}),
    "audio/wave": frozenset({"wav"}),
    "audio/flac": frozenset({"flac"}),
    "audio/x-flac": frozenset({"flac"}),
    "audio/ogg": frozenset({"ogg"}),
    "audio/aac": frozenset({"aac"}) | _ISO,
    "audio/mp4": _ISO,
    "audio/m4a": _ISO,
    "audio/x-m4a": _ISO,
    "audio/webm": frozenset({"webm"}),
    "video/mp4": _ISO,
    "video/quicktime": _ISO,
    "video/webm": frozenset({"webm"}),
    "video/x-matroska": frozenset({"webm"}),
    "video/ogg": frozenset({"ogg"}),
    "video/x-msvideo": frozenset({"avi"}),
}
_AUDIO_BRANDS = (b"M4A ", b"M4B ", b"M4P ", b"F4A ")
_IMAGE_BRANDS = {b"heic": "heic", b"heix": "heic", b"mif1": "heif", b"avif": "avif", b"avis": "avif"}


@dataclass(frozen=True)
class Sniffed:
    """A container format and the media kinds it may carry (an MP4 may be video or audio only)."""

    format: str
    kinds: frozenset[str]

    @property
    def label(self) -> str:
        return self.format.upper() if len(self.format) <= 4 else self.format


def _mpeg_audio_frame(head: bytes) -> bool:
    return len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0


def sniff(head: bytes) -> Sniffed | None:
    """The format of data starting with `head`, or None when it is no media we know."""

    def of(fmt: str, *kinds: str) -> Sniffed:
        return Sniffed(fmt, frozenset(kinds))

    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return of("png", "image")
    if head.startswith(b"\xff\xd8\xff"):
        return of("jpeg", "image")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return of("gif", "image")
    if head.startswith(b"RIFF") and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return of("webp", "image")
        if form == b"WAVE":
            return of("wav", "audio")
        if form == b"AVI ":
            return of("avi", "video")
    if head.startswith(b"BM") and len(head) > 14:
        return of("bmp", "image")
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _IMAGE_BRANDS:
            return of(_IMAGE_BRANDS[brand], "image")
        if brand in _AUDIO_BRANDS:
            return of("m4a", "audio")
        if brand == b"qt  ":
            return of("mov", "video")
        return of("mp4", "video", "audio")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return of("webm", "video", "audio")
    if head.startswith(b"OggS"):
        return of("ogg", "audio", "video")
    if head.startswith(b"fLaC"):
        return of("flac", "audio")
    if head.startswith(b"ID3"):
        return of("mp3", "audio")
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0:
        return of("aac", "audio")
    if _mpeg_audio_frame(head):
        return of("mp3", "audio")
    return None


def fits_declared(declared: str, sniffed: Sniffed | None) -> str | None:
    """Why bytes of format `sniffed` do not match the declared media type, or None when they do."""
    family = declared.split("/", 1)[0]
    if sniffed is None:
        return f"the data is not a recognisable {family} file (its first bytes match no known format)"
    if family == "image":
        expected = IMAGE_TYPES.get(declared)
        if expected and sniffed.format != expected:
            return f"the data is {sniffed.label}, not {expected.upper()} as its media type {declared} says"
        return None
    if family not in sniffed.kinds or sniffed.format not in _DECLARED_FORMATS.get(declared, {sniffed.format}):
        kinds = "/".join(sorted(sniffed.kinds))
        return f"the data is {sniffed.label} ({kinds}), which does not match {declared}"
    return None
