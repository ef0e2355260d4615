"""Records written into real PNG, JPEG, WebP, MP4, MOV, MP3, WAV and FLAC files read back exactly,
and the media decodes to the same pixels and samples as before."""

from __future__ import annotations

import json
import shutil

import pytest
from embed_samples import decoded, packets, sample_record
from media_factory import (
    make_aac,
    make_flac,
    make_jpeg,
    make_m4a,
    make_mp3,
    make_mp4,
    make_png,
    make_wav,
    make_webp,
)

from runway_desktop.core.embed import EmbedError, embed_record, read_record, supports

MAKERS = {
    "png": lambda p: make_png(p, 48, 32),
    "jpg": lambda p: make_jpeg(p, 48, 32),
    "webp": lambda p: make_webp(p, 48, 32),
    "mp4": lambda p: make_mp4(p, 64, 48, seconds=0.5, audio=True),
    "mov": lambda p: make_mp4(p, 64, 48, seconds=0.5),
    "m4a": lambda p: make_m4a(p, 0.5),
    "mp3": lambda p: make_mp3(p, 0.5),
    "wav": lambda p: make_wav(p, 0.5),
    "flac": lambda p: make_flac(p, 0.5),
    "aac": lambda p: make_aac(p, 0.5),
}


@pytest.fixture(params=sorted(MAKERS))
def media(request, tmp_path):
    suffix = request.param
    return MAKERS[suffix](tmp_path / f"take.{suffix}")


def test_round_trip_keeps_the_record_and_the_media(media):
    before_media = decoded(media)
    before_packets = packets(media) if media.suffix not in (".png", ".jpg", ".webp") else None
    record = sample_record()

    embed_record(media, record)

    assert read_record(media) == record
    assert decoded(media) == before_media
    if before_packets is not None:
        assert packets(media) == before_packets


def test_a_second_embed_replaces_the_first(media):
    fresh = media.with_name("fresh" + media.suffix)
    shutil.copyfile(media, fresh)
    embed_record(media, sample_record("first"))
    embed_record(media, sample_record("second"))
    embed_record(fresh, sample_record("second"))

    assert read_record(media)["prompt"] == "second"
    # Nothing of the first record is left beside the second: the file is as if embedded once.
    assert media.read_bytes() == fresh.read_bytes()


def test_unicode_prompts_and_awkward_characters_survive(media):
    prompt = '雨の東京 🌧️ — «ночь» <b>&amp;</b> "quoted" \\ ]]> \u0085\u2028 tab\there\nnew line'
    record = sample_record(prompt, notes={"ключ": "值", "emoji": "🎬" * 50})
    embed_record(media, record)
    assert read_record(media) == record


def test_a_large_record(media):
    record = sample_record(
        "x" * 1000, history=[{"step": i, "text": f"variation {i} ✨" * 20} for i in range(600)]
    )
    assert len(json.dumps(record)) > 200_000  # larger than one JPEG segment, several times over
    before_media = decoded(media)
    embed_record(media, record)
    assert read_record(media) == record
    assert decoded(media) == before_media


def test_files_without_a_record_read_as_none(media):
    assert read_record(media) is None


def test_text_and_unknown_files(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert read_record(notes) is None
    assert not supports(notes)
    with pytest.raises(EmbedError, match="cannot carry a generation record"):
        embed_record(notes, sample_record())
    with pytest.raises(EmbedError, match="does not exist"):
        read_record(tmp_path / "missing.png")


def test_a_damaged_file_says_so_and_is_left_alone(tmp_path):
    folder = tmp_path / "takes"
    folder.mkdir()
    path = make_png(folder / "cut.png")
    data = path.read_bytes()[:60]
    path.write_bytes(data)
    with pytest.raises(EmbedError, match="looks damaged"):
        embed_record(path, sample_record())
    assert path.read_bytes() == data
    assert sorted(p.name for p in folder.iterdir()) == ["cut.png"]  # no temporary file left


def test_a_record_must_be_json(tmp_path):
    path = make_png(tmp_path / "a.png")
    with pytest.raises(EmbedError, match="JSON"):
        embed_record(path, {"when": object()})
    assert read_record(path) is None
