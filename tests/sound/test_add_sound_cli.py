"""`add-sound VIDEO AUDIO -o OUT`: a new file path on success, a sentence and an exit code otherwise."""

from __future__ import annotations

import pytest
from sound_samples import bframe_mp4, decoded_audio, first_loud, tone_wav, video_packets

from runway_desktop.commands import add_sound
from runway_desktop.core.embed import read_record


@pytest.fixture
def video(tmp_path):
    return bframe_mp4(tmp_path / "silent.mp4", seconds=1.5)


@pytest.fixture
def sound(tmp_path):
    return tone_wav(tmp_path / "tone.wav", seconds=2.0)


def test_adds_sound_and_prints_the_new_path(video, sound, tmp_path, capsys):
    out = tmp_path / "with sound.mp4"

    settings = ["--offset", "0.5", "--gain", "-3", "--fade", "0.05"]
    code = add_sound.main(["add-sound", str(video), str(sound), "-o", str(out), *settings])

    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert video_packets(out) == video_packets(video)
    assert first_loud(*decoded_audio(out), threshold=0.02) == pytest.approx(0.5, abs=0.004)
    assert read_record(out)["sound"] == {"offset": 0.5, "gain_db": -3.0, "fade": 0.05}


def test_an_existing_output_is_kept_unless_forced(video, sound, tmp_path, capsys):
    out = tmp_path / "out.mp4"
    out.write_bytes(b"keep me")

    assert add_sound.main(["add-sound", str(video), str(sound), "-o", str(out)]) == 1
    assert "already exists; choose another name or pass --force" in capsys.readouterr().err
    assert out.read_bytes() == b"keep me"

    assert add_sound.main(["add-sound", str(video), str(sound), "-o", str(out), "--force"]) == 0
    assert video_packets(out) == video_packets(video)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["{sound}", "{sound}", "-o", "{tmp}/o.mp4"], 1, "tone.wav has no video stream; choose a video"),
        (["{video}", "{video}", "-o", "{tmp}/o.mp4"], 1, "silent.mp4 has no sound (no audio stream)"),
        (["{video}", "{tmp}/none.wav", "-o", "{tmp}/o.mp4"], 1, "none.wav does not exist"),
        (["{video}", "{sound}", "-o", "{tmp}/missing/o.mp4"], 1, "missing does not exist; create it"),
        (["{video}", "{sound}", "-o", "{tmp}/o.mp4", "--offset", "9"], 2, "falls outside the video"),
        (["{video}", "{sound}", "-o", "{tmp}/o.mp4", "--fade", "-1"], 2, "fade must be zero or more"),
    ],
)
def test_problems_give_a_sentence_and_an_exit_code(video, sound, tmp_path, capsys, args, code, message):
    argv = [a.format(video=video, sound=sound, tmp=tmp_path) for a in args]

    assert add_sound.main(["add-sound", *argv]) == code

    err = capsys.readouterr().err
    assert err.startswith("runway-desktop-cli: ")
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "o.mp4").exists()


def test_unreadable_input(video, tmp_path, capsys):
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"\0" * 100)
    assert add_sound.main(["add-sound", str(video), str(junk), "-o", str(tmp_path / "o.mp4")]) == 1
    assert "junk.wav cannot be read as sound" in capsys.readouterr().err


def test_bad_numbers_are_usage_errors(video, sound, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        add_sound.main(["add-sound", str(video), str(sound), "-o", str(tmp_path / "o.mp4"), "--gain", "loud"])
    assert exit_info.value.code == 2
    assert "--gain: invalid float value" in capsys.readouterr().err
