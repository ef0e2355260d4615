"""Downloaded outputs are kept only when they decode; the check is looser than input intake."""

from __future__ import annotations

import zipfile

import pytest
from media_factory import make_mp3, make_mp4, make_ogg, make_png

from runway_desktop.core.intake.output_check import OutputInvalid, verify_output


def test_real_outputs_pass_with_their_kind_and_size(tmp_path):
    video = verify_output(make_mp4(tmp_path / "v.mp4", 96, 64, seconds=1.0))
    assert (video.kind, video.mime, video.width, video.height) == ("video", "video/mp4", 96, 64)
    assert verify_output(make_png(tmp_path / "i.png", 40, 30)).mime == "image/png"
    assert verify_output(make_mp3(tmp_path / "a.mp3", 1.0)).kind == "audio"
    # Ogg is not accepted as an input, but seed_audio can return ogg_opus outputs.
    assert verify_output(make_ogg(tmp_path / "a.ogg", 1.0)).kind == "audio"


def test_a_zip_of_frames_passes_and_a_damaged_one_does_not(tmp_path):
    archive = tmp_path / "frames.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(make_png(tmp_path / "f1.png", 8, 8), "frame.0001.png")
    assert verify_output(archive).mime == "application/zip"
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(archive.read_bytes()[:60])
    with pytest.raises(OutputInvalid, match="ZIP"):
        verify_output(damaged)


@pytest.mark.parametrize("make", ["truncated-png", "garbage", "empty"])
def test_broken_downloads_are_refused_with_a_reason(tmp_path, make):
    path = tmp_path / "out.bin"
    if make == "truncated-png":
        path.write_bytes(make_png(tmp_path / "x.png", 200, 200).read_bytes()[:300])
    elif make == "garbage":
        path.write_bytes(b"<html>AccessDenied</html>" * 40)
    else:
        path.write_bytes(b"")
    with pytest.raises(OutputInvalid) as caught:
        verify_output(path)
    assert caught.value.message
