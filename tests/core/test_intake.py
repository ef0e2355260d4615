"""Media intake: local files judged by content, with one clear sentence for each refusal."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import av
import pytest
from heartbeat import Heartbeat
from media_factory import (
    make_aac,
    make_flac,
    make_gif,
    make_jpeg,
    make_m4a,
    make_mp3,
    make_mp4,
    make_png,
    make_wav,
    make_webp,
)
from PIL import Image

from runway_desktop.core.intake.inspect import IntakeError, inspect, inspect_file
from runway_desktop.core.intake.plan import file_sha256

MB = 1024 * 1024


def _rejection(path: Path) -> IntakeError:
    with pytest.raises(IntakeError) as caught:
        inspect_file(path)
    return caught.value


# --- accepted formats --------------------------------------------------------------------

ACCEPTED = [
    # file name, factory, arguments, kind, mime, width, height, duration, codec
    ("photo.png", make_png, dict(w=64, h=48), "image", "image/png", 64, 48, None, None),
    ("photo.jpg", make_jpeg, dict(w=40, h=64), "image", "image/jpeg", 40, 64, None, None),
    ("photo.webp", make_webp, dict(w=64, h=64), "image", "image/webp", 64, 64, None, None),
    ("clip.mp4", make_mp4, dict(seconds=1), "video", "video/mp4", 64, 64, 1.0, "h264"),
    ("talk.mp4", make_mp4, dict(w=96, seconds=2, audio=True), "video", "video/mp4", 96, 64, 2.0, "h264"),
    ("hevc.mp4", make_mp4, dict(codec="libx265"), "video", "video/mp4", 64, 64, 1.0, "hevc"),
    ("av1.mp4", make_mp4, dict(codec="libsvtav1"), "video", "video/mp4", 64, 64, 1.0, "av1"),
    ("clip.webm", make_mp4, dict(codec="libvpx-vp9", audio=True), "video", "video/webm", 64, 64, 1.0, "vp9"),
    ("old.webm", make_mp4, dict(codec="libvpx"), "video", "video/webm", 64, 64, 1.0, "vp8"),
    ("clip.mkv", make_mp4, dict(codec="libvpx-vp9"), "video", "video/x-matroska", 64, 64, 1.0, "vp9"),
    ("pro.mov", make_mp4, dict(codec="prores_ks"), "video", "video/quicktime", 64, 64, 1.0, "prores"),
    ("tone.wav", make_wav, dict(seconds=1.5), "audio", "audio/wav", None, None, 1.5, "pcm_s16le"),
    ("tone.mp3", make_mp3, dict(seconds=2), "audio", "audio/mpeg", None, None, 2.0, "mp3"),
    ("tone.flac", make_flac, dict(seconds=1), "audio", "audio/flac", None, None, 1.0, "flac"),
    ("tone.m4a", make_m4a, dict(seconds=1), "audio", "audio/mp4", None, None, 1.0, "aac"),
    ("tone.aac", make_aac, dict(seconds=1), "audio", "audio/aac", None, None, 1.0, "aac"),
]


@pytest.mark.parametrize(
    ("name", "factory", "args", "kind", "mime", "width", "height", "duration", "codec"),
    ACCEPTED,
    ids=[row[0] for row in ACCEPTED],
)
def test_accepted_formats_are_described_by_content(
    tmp_path, name, factory, args, kind, mime, width, height, duration, codec
):
    path = factory(tmp_path / name, **args)
    info = inspect_file(path)
    assert (info.kind, info.mime, info.width, info.height, info.codec) == (kind, mime, width, height, codec)
    assert info.size == path.stat().st_size
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert info.path == str(path.absolute())
    if duration is None:
        assert info.duration is None
    else:
        # Audio encoders add a few milliseconds of priming; nothing more.
        assert info.duration == pytest.approx(duration, abs=0.06)


def test_a_file_without_extension_is_judged_by_its_content(tmp_path):
    info = inspect_file(make_png(tmp_path / "download", 32, 16))
    assert (info.kind, info.mime, info.width, info.height) == ("image", "image/png", 32, 16)


def test_mp4_and_mov_names_are_interchangeable(tmp_path):
    """They are one container family; the content still decides the MIME type."""
    info = inspect_file(make_mp4(tmp_path / "phone.mov", container_format="mp4"))
    assert (info.kind, info.mime) == ("video", "video/mp4")


def test_jpeg_size_is_as_displayed_after_exif_rotation(tmp_path):
    path = tmp_path / "portrait.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, displayed rotated 90°
    Image.new("RGB", (64, 32), (10, 20, 30)).save(path, "JPEG", exif=exif)
    info = inspect_file(path)
    assert (info.width, info.height) == (32, 64)


def test_mp3_cover_art_does_not_make_it_a_video(tmp_path):
    """An ID3 tag with a picture comes before the audio frames and shows up as a video stream."""
    source = make_mp3(tmp_path / "plain.mp3", 1)
    cover = make_png(tmp_path / "cover.png", 16, 16).read_bytes()
    # A minimal ID3v2.3 tag holding an APIC (attached picture) frame.
    body = b"\x00image/png\x00\x03\x00" + cover
    frame = b"APIC" + len(body).to_bytes(4, "big") + b"\x00\x00" + body
    size = len(frame)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    tagged = tmp_path / "song.mp3"
    tagged.write_bytes(b"ID3\x03\x00\x00" + syncsafe + frame + source.read_bytes())
    with av.open(str(tagged)) as container:
        assert any(s.type == "video" for s in container.streams)  # the picture really is a stream
    info = inspect_file(tagged)
    assert (info.kind, info.mime, info.codec) == ("audio", "audio/mpeg", "mp3")


# --- the broken-file catalogue ---------------------------------------------------------------


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    return path


def _truncated_png(tmp_path: Path) -> Path:
    data = make_png(tmp_path / "whole.png", 64, 64).read_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) // 2])
    return path


def _truncated_mp4(tmp_path: Path) -> Path:
    data = make_mp4(tmp_path / "whole.mp4", seconds=2).read_bytes()
    path = tmp_path / "cut.mp4"
    path.write_bytes(data[: len(data) // 2])
    return path


def _gif_named_png(tmp_path: Path) -> Path:
    return make_gif(tmp_path / "sticker.png")


def _text_named_mp4(tmp_path: Path) -> Path:
    path = tmp_path / "notes.mp4"
    path.write_text("Shot list:\n1. wide\n2. close-up\n", encoding="utf-8")
    return path


def _sparse_201_mb(tmp_path: Path) -> Path:
    path = tmp_path / "huge.mp4"
    with open(path, "wb") as fh:
        fh.truncate(201 * MB)
    return path


def _unreadable(tmp_path: Path) -> Path:
    """A file the process may not read: chmod 000, or for root (who reads anything) a
    symbolic link to a write-only kernel setting, which even root cannot open for reading."""
    if os.geteuid() != 0:
        path = make_png(tmp_path / "locked.png")
        path.chmod(0)
        return path
    target = Path("/proc/sys/vm/drop_caches")
    try:
        with open(target, "rb"):
            pytest.skip("running as root with no file root cannot read; permission errors cannot be produced")
    except PermissionError:
        pass
    except OSError:
        pytest.skip("running as root without /proc/sys/vm/drop_caches; permission errors cannot be produced")
    path = tmp_path / "locked.png"
    path.symlink_to(target)
    return path


def _symlink_loop(tmp_path: Path) -> Path:
    first, second = tmp_path / "loop.png", tmp_path / "loop-back.png"
    first.symlink_to(second)
    second.symlink_to(first)
    return first


def _broken_symlink(tmp_path: Path) -> Path:
    path = tmp_path / "moved.png"
    path.symlink_to(tmp_path / "gone" / "original.png")
    return path


def _directory(tmp_path: Path) -> Path:
    path = tmp_path / "album.png"
    path.mkdir()
    return path


BROKEN = {
    "empty": (_empty, "empty", "'empty.png' is empty"),
    "truncated png": (_truncated_png, "truncated", "'cut.png' is damaged or incomplete"),
    "truncated mp4": (_truncated_mp4, "truncated", "'cut.mp4' is damaged or incomplete"),
    "gif named png": (
        _gif_named_png,
        "mismatch",
        "'sticker.png' is named like a PNG image but is really a GIF",
    ),
    "text named mp4": (
        _text_named_mp4,
        "mismatch",
        "'notes.mp4' is named like an MP4 video but is really plain text",
    ),
    "over 200 MB": (
        _sparse_201_mb,
        "too-large",
        "'huge.mp4' is 201 MB; Runway accepts files up to 200 MB",
    ),
    "unreadable": (_unreadable, "unreadable", "'locked.png' cannot be read: permission denied"),
    "symlink loop": (_symlink_loop, "link-loop", "'loop.png' is a symbolic link that loops back on itself"),
    "broken symlink": (_broken_symlink, "broken-link", "'moved.png' is a symbolic link to"),
    "directory": (_directory, "not-a-file", "'album.png' is a folder, not a file"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_each_broken_file_gets_its_own_sentence(tmp_path, case):
    make, code, start = BROKEN[case]
    error = _rejection(make(tmp_path))
    assert error.code == code
    assert str(error).startswith(start), str(error)
    assert error.path


def test_broken_file_messages_all_differ(tmp_path):
    messages = {}
    for case, (make, _code, _start) in BROKEN.items():
        folder = tmp_path / case.replace(" ", "-")
        folder.mkdir()
        try:
            messages[case] = str(_rejection(make(folder)))
        except pytest.skip.Exception:
            continue
    assert len(set(messages.values())) == len(messages)
    # Each sentence also says what would fix it or why, not just "invalid".
    assert all(len(text.split()) >= 6 for text in messages.values())


def test_broken_symlink_names_its_target(tmp_path):
    error = _rejection(_broken_symlink(tmp_path))
    assert "original.png" in str(error) and "does not exist" in str(error)


def _bytes_read_by_this_process() -> int:
    with open("/proc/self/io") as fh:
        fields = dict(line.split(": ") for line in fh.read().splitlines())
    return int(fields["rchar"])


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's per-process I/O counters")
def test_oversized_file_is_refused_from_its_size_alone(tmp_path):
    path = _sparse_201_mb(tmp_path)
    before = _bytes_read_by_this_process()
    started = time.perf_counter()
    error = _rejection(path)
    elapsed = time.perf_counter() - started
    read = _bytes_read_by_this_process() - before
    assert error.code == "too-large"
    assert elapsed < 0.5
    assert read < 64 * 1024  # the counter itself costs a few hundred bytes; a single hash chunk is 1 MB


def test_permission_denied_on_open_is_reported_as_unreadable(tmp_path):
    """The message for a file that exists but cannot be opened, produced by a real failing open."""
    path = _unreadable(tmp_path)
    with pytest.raises(PermissionError):
        open(path, "rb").close()
    error = _rejection(path)
    assert error.code == "unreadable"
    assert str(error) == "'locked.png' cannot be read: permission denied (check the file's permissions)."


def test_special_and_missing_files(tmp_path):
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)
    error = _rejection(fifo)  # must not block opening a pipe nobody writes to
    assert (error.code, str(error)) == ("not-a-file", "'pipe.mp4' is a named pipe, not a regular file.")
    missing = _rejection(tmp_path / "nowhere.png")
    assert (missing.code, str(missing)) == ("missing", "'nowhere.png' does not exist.")


# --- hashing and running off the loop -----------------------------------------------------------


def test_sha256_reads_in_chunks_and_matches(tmp_path):
    path = tmp_path / "data.bin"
    data = os.urandom(2 * MB + 123)
    path.write_bytes(data)
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()


async def test_inspect_runs_off_the_event_loop(tmp_path):
    path = make_wav(tmp_path / "long.wav", seconds=240)
    assert path.stat().st_size > 20 * MB
    async with Heartbeat() as heart:
        before = heart.beats
        info = await inspect(path)
        during = heart.beats - before
    assert info.duration == pytest.approx(240, abs=0.01) and info.sha256
    # Inspecting on the loop would hold it for the whole job: not a single beat in between.
    # (Under heavy load the loop may get only one turn; without load it beats dozens of times.)
    assert during >= 1


async def test_inspect_raises_the_same_errors(tmp_path):
    with pytest.raises(IntakeError) as caught:
        await inspect(_empty(tmp_path))
    assert caught.value.code == "empty"
