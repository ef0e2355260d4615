"""Recognising a file's format from its first bytes (magic numbers), never from its name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from runway_desktop.core.intake.media import MediaKind

HEAD_BYTES = 4096


@dataclass(frozen=True)
class Format:
    """A file format as recognised from content.

    `family` groups formats that share a container (MP4/MOV/M4A); `accepted` says whether
    Runway takes it as input; `kind` and `mime` are None where only probing the streams can
    tell (an MP4 may hold video or audio only).
    """

    id: str
    family: str
    name: str  # how a message names it: "a PNG image"
    accepted: bool
    kind: MediaKind | None = None
    mime: str | None = None


def _fmt(
    ident: str,
    family: str,
    name: str,
    accepted: bool = False,
    kind: MediaKind | None = None,
    mime: str | None = None,
) -> Format:
    return Format(ident, family, name, accepted, kind, mime)


JPEG = _fmt("jpeg", "jpeg", "a JPEG image", True, "image", "image/jpeg")
PNG = _fmt("png", "png", "a PNG image", True, "image", "image/png")
WEBP = _fmt("webp", "webp", "a WebP image", True, "image", "image/webp")
GIF = _fmt("gif", "gif", "a GIF image", kind="image", mime="image/gif")
MP4 = _fmt("mp4", "isobmff", "an MP4 file", True)
MOV = _fmt("mov", "isobmff", "a QuickTime (MOV) file", True)
M4A = _fmt("m4a", "isobmff", "an M4A audio file", True)
HEIF = _fmt("heif", "heif", "a HEIC/AVIF image", kind="image")
MKV = _fmt("mkv", "matroska", "a Matroska (MKV) file", True)
WEBM = _fmt("webm", "matroska", "a WebM file", True)
WAV = _fmt("wav", "wav", "a WAV audio file", True, "audio", "audio/wav")
FLAC = _fmt("flac", "flac", "a FLAC audio file", True, "audio", "audio/flac")
MP3 = _fmt("mp3", "mpeg-audio", "an MP3 audio file", True, "audio", "audio/mpeg")
AAC = _fmt("aac", "mpeg-audio", "an AAC audio file", True, "audio", "audio/aac")
OGG = _fmt("ogg", "ogg", "an Ogg file")
AVI = _fmt("avi", "avi", "an AVI video")
BMP = _fmt("bmp", "bmp", "a BMP image")
TIFF = _fmt("tiff", "tiff", "a TIFF image")
PDF = _fmt("pdf", "pdf", "a PDF document")
ZIP = _fmt("zip", "zip", "a ZIP archive (or an Office document)")
TEXT = _fmt("text", "text", "plain text")

# What a file's extension promises, by family; suffixes not listed promise nothing.
EXTENSION_FAMILIES: dict[str, tuple[str, str]] = {
    **dict.fromkeys((".jpg", ".jpeg", ".jpe", ".jfif"), ("jpeg", "a JPEG image")),
    ".png": ("png", "a PNG image"),
    ".webp": ("webp", "a WebP image"),
    ".gif": ("gif", "a GIF image"),
    **dict.fromkeys((".mp4", ".m4v"), ("isobmff", "an MP4 video")),
    **dict.fromkeys((".mov", ".qt"), ("isobmff", "a QuickTime (MOV) video")),
    **dict.fromkeys((".m4a", ".m4b"), ("isobmff", "an M4A audio file")),
    **dict.fromkeys((".heic", ".heif", ".avif"), ("heif", "a HEIC/AVIF image")),
    ".mkv": ("matroska", "a Matroska (MKV) video"),
    ".mka": ("matroska", "a Matroska audio file"),
    ".webm": ("matroska", "a WebM video"),
    **dict.fromkeys((".wav", ".wave"), ("wav", "a WAV audio file")),
    ".flac": ("flac", "a FLAC audio file"),
    ".mp3": ("mpeg-audio", "an MP3 audio file"),
    **dict.fromkeys((".aac", ".adts"), ("mpeg-audio", "an AAC audio file")),
    **dict.fromkeys((".ogg", ".oga", ".ogv", ".opus"), ("ogg", "an Ogg file")),
    ".avi": ("avi", "an AVI video"),
    ".bmp": ("bmp", "a BMP image"),
    **dict.fromkeys((".tif", ".tiff"), ("tiff", "a TIFF image")),
    ".pdf": ("pdf", "a PDF document"),
    ".zip": ("zip", "a ZIP archive"),
    **dict.fromkeys(
        (".txt", ".md", ".csv", ".json", ".html", ".htm", ".xml", ".srt"), ("text", "a text file")
    ),
}

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}
_M4A_BRANDS = {b"M4A ", b"M4B ", b"M4P "}


def sniff_file(fh: BinaryIO) -> Format | None:
    """The format of an open binary file, from its first bytes; None when unrecognised."""
    head = fh.read(HEAD_BYTES)
    if head.startswith(b"ID3"):
        return _after_id3(fh, head)
    return sniff(head)


def sniff(head: bytes) -> Format | None:
    """The format whose magic number starts `head`; None when unrecognised."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WEBP": WEBP, b"WAVE": WAV, b"AVI ": AVI}.get(head[8:12])
    if head[4:8] == b"ftyp":
        return _iso_brand(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        # The EBML header names its DocType within the first few dozen bytes.
        return WEBM if b"webm" in head[:64] else MKV
    if head.startswith(b"fLaC"):
        return FLAC
    if head.startswith(b"OggS"):
        return OGG
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    if head.startswith(b"BM") and len(head) >= 26 and head[14] in (12, 40, 52, 56, 64, 108, 124):
        return BMP
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    frame = _mpeg_audio_frame(head)
    if frame:
        return frame
    return TEXT if _looks_like_text(head) else None


def _iso_brand(head: bytes) -> Format:
    brand = head[8:12]
    if brand in _HEIF_BRANDS:
        return HEIF
    if brand in _M4A_BRANDS:
        return M4A
    if brand == b"qt  ":
        return MOV
    return MP4


def _mpeg_audio_frame(head: bytes) -> Format | None:
    """ADTS (AAC) or MPEG-1/2 audio (MP3) frame sync: 0xFFF (ADTS) or 0xFFE with a layer."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    layer = (head[1] >> 1) & 0b11
    if head[1] & 0xF0 == 0xF0 and layer == 0:
        return AAC
    valid_version = (head[1] >> 3) & 0b11 != 0b01
    valid_rates = head[2] >> 4 != 0xF and (head[2] >> 2) & 0b11 != 0b11
    if layer != 0 and valid_version and valid_rates:
        return MP3
    return None


def _after_id3(fh: BinaryIO, head: bytes) -> Format:
    """Skip an ID3v2 tag (which may hold cover art) and sniff the audio frames behind it."""
    if len(head) < 10:
        return MP3
    size = 0
    for byte in head[6:10]:
        size = (size << 7) | (byte & 0x7F)  # "syncsafe" integer: 7 bits per byte
    offset = 10 + size + (10 if head[5] & 0x10 else 0)
    fh.seek(offset)
    behind = fh.read(16)
    found = sniff(behind) if behind else None
    return found if found in (AAC, FLAC) else MP3


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for cut in range(4):  # the head may end inside a multi-byte character
        try:
            text = head[: len(head) - cut].decode("utf-8")
            break
        except UnicodeDecodeError:
            continue
    else:
        return False
    printable = sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
    return printable >= 0.95 * len(text)
