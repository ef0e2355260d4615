"""Media intake: content Runway refuses, from GIFs and misnamed files to codecs and cut-off media."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from media_factory import (
    make_gif,
    make_mp3,
    make_mp4,
    make_ogg,
    make_png,
    make_subtitles_only_mkv,
    make_wav,
    make_webm_audio,
)

from runway_desktop.core.intake.inspect import IntakeError, inspect_file


def _rejection(path: Path) -> IntakeError:
    with pytest.raises(IntakeError) as caught:
        inspect_file(path)
    return caught.value


def test_gif_is_refused_with_conversion_advice(tmp_path):
    error = _rejection(make_gif(tmp_path / "loop.gif"))
    assert error.code == "gif"
    assert str(error) == "GIF images are not supported by Runway: convert 'loop.gif' to PNG, JPEG or WebP."


def test_accepted_content_under_the_wrong_name_is_refused_with_the_right_name(tmp_path):
    error = _rejection(make_png(tmp_path / "photo.jpg"))
    assert error.code == "mismatch"
    assert str(error) == (
        "'photo.jpg' is named like a JPEG image but is really a PNG image. "
        "Rename it to 'photo.png' so its name matches its content."
    )
    assert "really an MP3 audio file" in str(_rejection(make_mp3(tmp_path / "voice.wav")))


@pytest.mark.parametrize(
    ("head", "what", "advice"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document", "It is not a media file"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive (or an Office document)", "It is not a media file"),
        (b"BM" + bytes(12) + b"\x28" + bytes(11), "a BMP image", "Runway takes images as JPEG, PNG or WebP"),
        (b"II*\x00\x08\x00\x00\x00", "a TIFF image", "Runway takes images as JPEG, PNG or WebP"),
        (
            b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
            "a HEIC/AVIF image",
            "Runway takes images as JPEG, PNG",
        ),
        (b"RIFF\x00\x10\x00\x00AVI LIST", "an AVI video", "Runway takes video as MP4, MOV, MKV or WebM"),
    ],
    ids=["pdf", "zip", "bmp", "tiff", "heic", "avi"],
)
def test_recognised_formats_runway_refuses_are_named(tmp_path, head, what, advice):
    path = tmp_path / "upload"  # no extension: only the content speaks
    path.write_bytes(head + bytes(600))
    error = _rejection(path)
    assert error.code == "unsupported-format"
    assert str(error).startswith(f"'upload' is {what}, which Runway does not accept. {advice}")


def test_unknown_content_is_refused(tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 8)
    error = _rejection(path)
    assert error.code == "unknown-format"
    assert str(error).startswith(
        "'blob.bin' is not in a format Runway accepts: Runway takes JPEG, PNG or WebP"
    )


def test_video_with_an_unsupported_codec_is_refused(tmp_path):
    error = _rejection(make_mp4(tmp_path / "old.mp4", codec="mpeg4"))
    assert error.code == "unsupported-codec"
    assert str(error).startswith("'old.mp4' uses the MPEG-4 part 2 video codec; Runway takes H.264")


def test_audio_in_a_container_runway_does_not_take_is_refused(tmp_path):
    ogg = _rejection(make_ogg(tmp_path / "voice.ogg"))
    assert ogg.code == "unsupported-format" and "'voice.ogg' is an Ogg file" in str(ogg)
    error = _rejection(make_webm_audio(tmp_path / "voice.webm", 0.5))
    assert error.code == "unsupported-format"
    assert str(error).startswith("'voice.webm' is a WebM file holding only audio")


def test_an_image_too_big_to_decode_safely_is_refused_before_decoding(tmp_path):
    """A PNG header claiming 30000×20000 pixels: refused without allocating 1.8 GB."""
    header = struct.pack(">IIBBBBB", 30000, 20000, 8, 2, 0, 0, 0)
    ihdr = struct.pack(">I", len(header)) + b"IHDR" + header + struct.pack(">I", zlib.crc32(b"IHDR" + header))
    iend = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    path = tmp_path / "poster.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + ihdr + iend)
    error = _rejection(path)
    assert (error.code, str(error)) == (
        "too-large",
        "'poster.png' has 600,000,000 pixels, too many to decode safely.",
    )


def test_files_without_usable_streams_are_refused(tmp_path):
    error = _rejection(make_subtitles_only_mkv(tmp_path / "captions.mkv"))
    assert (error.code, str(error)) == (
        "no-streams",
        "'captions.mkv' is a Matroska (MKV) file with no video or audio in it.",
    )
    error = _rejection(make_wav(tmp_path / "old.wav", 0.5, codec="adpcm_ms"))
    assert error.code == "unsupported-codec"
    assert str(error).startswith("'old.wav' uses the ADPCM Microsoft audio codec; Runway takes MP3, AAC")


def test_cut_off_webm_and_wav_are_caught(tmp_path):
    webm = make_mp4(tmp_path / "whole.webm", codec="libvpx-vp9", seconds=2, audio=True).read_bytes()
    (tmp_path / "cut.webm").write_bytes(webm[: len(webm) // 2])
    error = _rejection(tmp_path / "cut.webm")
    assert error.code == "truncated" and "it should last 2.0 s, yet only" in str(error)

    wav = make_wav(tmp_path / "whole.wav", 1).read_bytes()
    (tmp_path / "cut.wav").write_bytes(wav[: len(wav) // 2])
    error = _rejection(tmp_path / "cut.wav")
    assert error.code == "truncated" and "its header says 86.2 KB, but only 43.1 KB is there" in str(error)
