"""Adding sound to real video files: the picture is copied bit for bit, the sound lands where asked."""

from __future__ import annotations

import threading

import av
import pytest
from media_factory import make_mp4, make_png, make_wav
from sound_samples import (
    audio_seconds,
    bframe_mp4,
    decoded_audio,
    first_loud,
    rms,
    tone_wav,
    video_packets,
    video_seconds,
)

from runway_desktop.core.embed import embed_record, read_record
from runway_desktop.core.sound import SoundCancelled, SoundError, SoundJob, SoundSettingError, add_sound

# AAC blurs an onset over a few milliseconds; sample-exact placement is checked against this.
ONSET_TOLERANCE = 0.004


@pytest.fixture
def video(tmp_path):
    return bframe_mp4(tmp_path / "silent.mp4", seconds=2.0)


@pytest.fixture
def sound(tmp_path):
    return tone_wav(tmp_path / "tone.wav", seconds=3.0)


def test_the_video_stream_is_copied_bit_for_bit(video, sound, tmp_path):
    out = add_sound(video, sound, tmp_path / "out.mp4").path

    assert video_packets(out) == video_packets(video)
    with av.open(str(out)) as container:
        assert [s.type for s in container.streams] == ["video", "audio"]
        assert container.streams.audio[0].codec_context.name == "aac"
    assert video_seconds(out) == pytest.approx(video_seconds(video), abs=1e-6)


@pytest.mark.parametrize("offset", [0.0, 0.25, 1.1])
def test_the_sound_starts_at_the_offset(video, sound, tmp_path, offset):
    out = add_sound(video, sound, tmp_path / "out.mp4", offset=offset).path

    samples, rate = decoded_audio(out)
    assert first_loud(samples, rate) == pytest.approx(offset, abs=ONSET_TOLERANCE)


def test_a_negative_offset_cuts_the_start_of_the_sound(video, tmp_path):
    late = tone_wav(tmp_path / "late.wav", seconds=3.0, lead=0.6)  # silent for 0.6 s, then the tone

    out = add_sound(video, late, tmp_path / "out.mp4", offset=-0.4).path

    samples, rate = decoded_audio(out)
    assert first_loud(samples, rate) == pytest.approx(0.2, abs=ONSET_TOLERANCE)


@pytest.mark.parametrize("sound_seconds", [0.7, 3.0])
def test_the_sound_is_as_long_as_the_video(video, tmp_path, sound_seconds):
    short_or_long = tone_wav(tmp_path / "s.wav", seconds=sound_seconds)

    result = add_sound(video, short_or_long, tmp_path / "out.mp4")

    assert audio_seconds(result.path) == pytest.approx(video_seconds(video), abs=1 / 44100)
    assert result.duration == pytest.approx(video_seconds(video), abs=1e-6)
    samples, rate = decoded_audio(result.path)
    if sound_seconds < 2.0:  # padded with silence after the sound ends
        assert rms(samples, rate, 0.1, 0.6) > 0.3
        assert rms(samples, rate, 0.8, 1.9) < 0.01


def test_gain_is_applied_in_decibels(video, sound, tmp_path):
    plain = add_sound(video, sound, tmp_path / "plain.mp4").path
    quieter = add_sound(video, sound, tmp_path / "quieter.mp4", gain_db=-6.0).path

    loud_rms = rms(*decoded_audio(plain), 0.5, 1.5)
    quiet_rms = rms(*decoded_audio(quieter), 0.5, 1.5)
    assert loud_rms == pytest.approx(0.5 / 2**0.5, rel=0.03)
    assert quiet_rms / loud_rms == pytest.approx(10 ** (-6 / 20), rel=0.03)


def test_fades_rise_from_and_fall_to_silence(video, sound, tmp_path):
    out = add_sound(video, sound, tmp_path / "faded.mp4", offset=0.2, fade=0.5).path

    samples, rate = decoded_audio(out)
    full = rms(samples, rate, 0.8, 1.4)
    # Linear fades: the first and last tenth of each half-second ramp are near silence,
    # the middle of the ramp at about half the level.
    assert rms(samples, rate, 0.2, 0.25) < 0.1 * full
    assert rms(samples, rate, 0.425, 0.475) == pytest.approx(0.5 * full, rel=0.1)
    assert rms(samples, rate, 1.95, 2.0) < 0.1 * full


def test_stereo_sound_and_sound_taken_from_a_video(video, tmp_path):
    stereo = tone_wav(tmp_path / "stereo.wav", seconds=2.5, channels=2)
    with_sound = make_mp4(tmp_path / "talking.mp4", seconds=2.0, audio=True)

    out_stereo = add_sound(video, stereo, tmp_path / "a.mp4").path
    out_borrowed = add_sound(video, with_sound, tmp_path / "b.mp4").path

    assert decoded_audio(out_stereo)[0].shape[0] == 2
    assert first_loud(*decoded_audio(out_borrowed)) < 0.05
    assert video_packets(out_borrowed) == video_packets(video)


def test_a_video_with_sound_gets_the_new_sound_instead(tmp_path):
    noisy = make_mp4(tmp_path / "noisy.mp4", seconds=1.0, audio=True)
    late = tone_wav(tmp_path / "late.wav", seconds=2.0)

    out = add_sound(noisy, late, tmp_path / "out.mp4", offset=0.5).path

    with av.open(str(out)) as container:
        assert len(container.streams.audio) == 1
    assert first_loud(*decoded_audio(out)) == pytest.approx(0.5, abs=ONSET_TOLERANCE)


def test_a_mov_keeps_its_container(tmp_path, sound):
    movie = bframe_mp4(tmp_path / "clip.mov", seconds=1.0)
    out = add_sound(movie, sound, tmp_path / "out.mov").path
    with av.open(str(out)) as container:
        assert container.format.name.startswith("mov")
    assert video_packets(out) == video_packets(movie)


def test_matroska_frames_without_decode_times_are_all_kept(tmp_path, sound):
    # Matroska stores no decode time for the first reordered frames; every frame must still arrive.
    clip = bframe_mp4(tmp_path / "clip.mkv", seconds=1.0, container_format="matroska")
    with av.open(str(clip)) as container:
        assert any(p.dts is None for p in container.demux(video=0) if p.size)

    out = add_sound(clip, sound, tmp_path / "out.mp4").path

    assert video_packets(out) == video_packets(clip)
    with av.open(str(out)) as copied, av.open(str(clip)) as original:
        assert [f.to_ndarray().tobytes() for f in copied.decode(video=0)] == [
            f.to_ndarray().tobytes() for f in original.decode(video=0)
        ]


def test_a_codec_the_container_cannot_hold_is_named(tmp_path, sound):
    prores = make_mp4(tmp_path / "master.mov", seconds=0.5, codec="prores_ks")

    with pytest.raises(
        SoundError, match=r"prores picture cannot be copied into an MP4 file.*try saving as \.mov"
    ):
        add_sound(prores, sound, tmp_path / "out.mp4")
    assert video_packets(add_sound(prores, sound, tmp_path / "out.mov").path) == video_packets(prores)


def test_lineage_to_both_parents_is_embedded(video, sound, tmp_path):
    parent_record = {"task_id": "t-video", "model": "gen4.5", "prompt": "a quiet harbour", "seed": 7}
    embed_record(video, parent_record)

    result = add_sound(video, sound, tmp_path / "out.mp4", offset=0.25, gain_db=-3, fade=0.1)

    record = read_record(result.path)
    assert record == result.record
    assert record["operation"] == "add_sound"
    assert record["sound"] == {"offset": 0.25, "gain_db": -3, "fade": 0.1}
    video_parent, audio_parent = record["lineage"]["parents"]
    assert (video_parent["role"], video_parent["task_id"]) == ("video", "t-video")
    assert video_parent["model"] == "gen4.5"
    assert (audio_parent["role"], audio_parent["file"]) == ("audio", "tone.wav")
    assert len(audio_parent["sha256"]) == 64
    assert record["prompt"] == "a quiet harbour"


def test_progress_rises_to_one(video, sound, tmp_path):
    seen: list[float] = []
    add_sound(video, sound, tmp_path / "out.mp4", progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert len(seen) > 10


def test_cancelling_midway_leaves_no_file(video, sound, tmp_path):
    cancel = threading.Event()

    def stop_halfway(done: float) -> None:
        if done >= 0.5:
            cancel.set()

    with pytest.raises(SoundCancelled, match="cancelled"):
        add_sound(video, sound, tmp_path / "out.mp4", progress=stop_halfway, cancel=cancel)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".out", "out"))) == []


def test_a_job_runs_off_the_calling_thread_and_reports_progress(video, sound, tmp_path):
    threads: set[str] = set()
    seen: list[float] = []

    def report(done: float) -> None:
        threads.add(threading.current_thread().name)
        seen.append(done)

    job = SoundJob(video, sound, tmp_path / "o.mp4", offset=0.25, progress=report)
    result = job.wait(timeout=120)

    assert result.path.exists() and result.sound_start == pytest.approx(0.25, abs=1 / 44100)
    assert threads == {"add sound o.mp4"}
    assert seen[-1] == 1.0


def test_a_cancelled_job_fails_with_cancelled_and_leaves_nothing(video, sound, tmp_path):
    reached, proceed = threading.Event(), threading.Event()

    def hold(done: float) -> None:
        reached.set()
        proceed.wait(timeout=60)

    job = SoundJob(video, sound, tmp_path / "o.mp4", progress=hold)
    # The first progress call comes with the output half written; the cancel lands before the next packet.
    assert reached.wait(timeout=60)
    job.cancel()
    proceed.set()
    with pytest.raises(SoundCancelled):
        job.wait(timeout=60)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".o.mp4", "o.mp4"))] == []


def test_a_job_delivers_errors_through_its_future(tmp_path, sound):
    job = SoundJob(tmp_path / "missing.mp4", sound, tmp_path / "o.mp4")
    with pytest.raises(SoundError, match=r"missing\.mp4 does not exist"):
        job.wait(timeout=60)


def test_problems_are_named(video, sound, tmp_path):
    text = tmp_path / "notes.mp4"
    text.write_text("not a video")
    picture = make_png(tmp_path / "still.png")
    wav = make_wav(tmp_path / "speech.wav")
    cases = [
        ((wav, sound, tmp_path / "o.mp4"), SoundError, "speech.wav has no video stream"),
        ((video, video, tmp_path / "o.mp4"), SoundError, "silent.mp4 has no sound"),
        ((text, sound, tmp_path / "o.mp4"), SoundError, "notes.mp4 cannot be read as video"),
        ((video, text, tmp_path / "o.mp4"), SoundError, "notes.mp4 cannot be read as sound"),
        ((video, picture, tmp_path / "o.mp4"), SoundError, "still.png has no sound"),
        ((tmp_path / "gone.mp4", sound, tmp_path / "o.mp4"), SoundError, "gone.mp4 does not exist"),
        ((video, sound, tmp_path / "nowhere" / "o.mp4"), SoundError, "nowhere does not exist"),
        ((video, sound, tmp_path / "o.mkv"), SoundSettingError, "must end in .mp4 or .mov"),
        ((video, sound, video), SoundSettingError, "would overwrite silent.mp4"),
    ]
    for args, error, message in cases:
        with pytest.raises(error, match=message):
            add_sound(*args)
    with pytest.raises(SoundSettingError, match="falls outside the video"):
        add_sound(video, sound, tmp_path / "o.mp4", offset=2.5)
    with pytest.raises(SoundSettingError, match="falls outside the video"):
        add_sound(video, sound, tmp_path / "o.mp4", offset=-3.5)
    with pytest.raises(SoundSettingError, match="fade must be zero or more"):
        add_sound(video, sound, tmp_path / "o.mp4", fade=-1)
    with pytest.raises(SoundSettingError, match="outside the range"):
        add_sound(video, sound, tmp_path / "o.mp4", gain_db=90)
    assert not (tmp_path / "o.mp4").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]
