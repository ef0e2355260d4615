"""The simulator's renderer writes real, deterministic media that FFmpeg decodes as asked."""

from __future__ import annotations

import asyncio
import io
import time
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from runway_desktop.simulator.render import MediaInfo, Renderer, RenderJob, probe_media, render

SMALL = {"width": 320, "height": 180}


def video_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


def audio_samples(path: Path) -> int:
    with av.open(str(path)) as container:
        return sum(frame.samples for frame in container.decode(audio=0))


def stream_seconds(stream: av.stream.Stream) -> float:
    return float(stream.duration * stream.time_base)


def write_test_video(path: Path, seconds: float, size=(240, 136), fps=30, with_audio=False) -> Path:
    """An input clip made without the renderer: a bright square sliding over a dark background."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps, options={"preset": "ultrafast"})
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        sound = container.add_stream("aac", rate=44100, layout="mono") if with_audio else None
        count = round(seconds * fps)
        for index in range(count):
            picture = np.full((size[1], size[0], 3), (20, 30, 60), np.uint8)
            left = index * (size[0] - 40) // max(count - 1, 1)
            picture[40:80, left : left + 40] = (250, 220, 40)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
        if sound is not None:
            tone = np.sin(2 * np.pi * 330 * np.arange(round(seconds * 44100)) / 44100).astype(np.float32)
            frame = av.AudioFrame.from_ndarray(tone[None, :] * 0.5, format="fltp", layout="mono")
            frame.sample_rate, frame.pts = 44100, 0
            container.mux(sound.encode(frame))
            container.mux(sound.encode(None))
    return path


def picture_bytes(fmt: str = "PNG") -> bytes:
    """A recognisable picture: warm left half, cool right half, a white stripe."""
    picture = np.zeros((300, 400, 3), np.uint8)
    picture[:, :200] = (200, 60, 30)
    picture[:, 200:] = (30, 90, 190)
    picture[140:160, :] = 255
    buffer = io.BytesIO()
    Image.fromarray(picture).save(buffer, fmt)
    return buffer.getvalue()


def test_generated_video_is_h264_of_the_exact_size_and_length(tmp_path):
    out = tmp_path / "scene.mp4"
    result = render(
        RenderJob("video", str(out), duration=2.0, seed=3, prompt="a lighthouse at dusk", **SMALL)
    )
    with av.open(str(out)) as container:
        video = container.streams.video[0]
        assert video.codec_context.name == "h264"
        assert (video.codec_context.width, video.codec_context.height) == (320, 180)
        assert video.average_rate == Fraction(24)
        assert abs(stream_seconds(video) - 2.0) <= 1 / 24
        assert not container.streams.audio
    assert len(video_frames(out)) == 48
    assert (result.width, result.height, result.duration, result.mime) == (320, 180, 2.0, "video/mp4")
    assert result.size == out.stat().st_size
    assert not (tmp_path / "scene.mp4.tmp").exists()


def test_video_index_is_at_the_front_so_playback_can_start_while_downloading(tmp_path):
    out = tmp_path / "scene.mp4"
    render(RenderJob("video", str(out), duration=1.0, **SMALL))
    data = out.read_bytes()
    assert data.index(b"moov") < data.index(b"mdat")


def test_odd_sizes_round_up_to_even_and_frames_follow_duration_times_fps(tmp_path):
    result = render(
        RenderJob("video", str(tmp_path / "odd.mp4"), width=321, height=179, duration=1.3, fps=30)
    )
    frames = video_frames(tmp_path / "odd.mp4")
    assert (result.width, result.height) == (322, 180) and frames[0].shape == (180, 322, 3)
    assert len(frames) == 39


def test_video_with_audio_has_an_aac_track_as_long_as_the_pictures(tmp_path):
    out = tmp_path / "sound.mp4"
    render(RenderJob("video", str(out), duration=2.0, with_audio=True, **SMALL))
    with av.open(str(out)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert audio.codec_context.name == "aac"
        assert audio.codec_context.sample_rate == 44100
        assert abs(stream_seconds(audio) - stream_seconds(video)) <= 1 / 24
    samples = np.concatenate([f.to_ndarray().ravel() for f in av.open(str(out)).decode(audio=0)])
    assert np.abs(samples).max() > 0.05, "the soundtrack is audible, not silence"


def test_the_scene_moves_over_time(tmp_path):
    out = tmp_path / "scene.mp4"
    render(RenderJob("video", str(out), duration=2.0, **SMALL))
    frames = video_frames(out)
    assert np.abs(frames[0].astype(int) - frames[-1].astype(int)).mean() > 3


def test_a_prompt_image_is_animated_and_recognisable(tmp_path):
    source = picture_bytes()
    out = tmp_path / "animated.mp4"
    render(RenderJob("video", str(out), image=source, duration=2.0, seed=5, **SMALL))
    frames = video_frames(out)
    expected = np.asarray(Image.open(io.BytesIO(source)).convert("RGB")).reshape(-1, 3).mean(axis=0)
    first = frames[0].reshape(-1, 3).mean(axis=0)
    assert np.abs(first - expected).max() < 15, (first, expected)
    left, right = (
        frames[0][:, :100].reshape(-1, 3).mean(axis=0),
        frames[0][:, 220:].reshape(-1, 3).mean(axis=0),
    )
    assert left[0] > left[2] + 80 and right[2] > right[0] + 80, "the picture's layout survives"
    assert np.abs(frames[0].astype(int) - frames[-1].astype(int)).mean() > 3, "the camera moves"


def test_a_prompt_image_that_is_not_a_picture_is_refused_by_name(tmp_path):
    out = tmp_path / "bad.mp4"
    with pytest.raises(ValueError, match="prompt image is not a readable JPEG, PNG or WebP"):
        render(RenderJob("video", str(out), image=b"not a picture", duration=1.0, **SMALL))
    assert not out.exists() and not (tmp_path / "bad.mp4.tmp").exists()


def test_input_video_is_restyled_keeping_its_duration(tmp_path):
    source = write_test_video(tmp_path / "in.mp4", 1.5)
    seconds = probe_media(str(source)).duration
    out = tmp_path / "restyled.mp4"
    result = render(RenderJob("video", str(out), input_media=str(source), duration=seconds, **SMALL))
    with av.open(str(out)) as container:
        assert abs(stream_seconds(container.streams.video[0]) - 1.5) <= 1 / 24
    assert result.duration == pytest.approx(1.5, abs=1 / 24)
    frames = video_frames(out)
    # The sliding square moves from left to right in the output too.
    columns_first = frames[0].astype(int).sum(axis=(0, 2))
    columns_last = frames[-1].astype(int).sum(axis=(0, 2))
    assert int(np.argmax(columns_first)) < 160 < int(np.argmax(columns_last))


def test_input_video_length_is_followed_when_no_duration_is_given(tmp_path):
    source = write_test_video(tmp_path / "in.mp4", 1.2)
    result = render(
        RenderJob("video", str(tmp_path / "out.mp4"), input_media=str(source), duration=0, **SMALL)
    )
    assert result.duration == pytest.approx(1.2, abs=1 / 24)


def test_a_short_input_video_is_looped_to_fill_the_duration(tmp_path):
    source = write_test_video(tmp_path / "in.mp4", 0.5)
    out = tmp_path / "looped.mp4"
    render(RenderJob("video", str(out), input_media=str(source), duration=1.5, **SMALL))
    frames = video_frames(out)
    assert len(frames) == 36
    assert np.abs(frames[0].astype(int) - frames[12].astype(int)).mean() < 2, "the second pass starts over"


def test_a_still_picture_as_input_is_animated(tmp_path):
    source = tmp_path / "character.png"
    source.write_bytes(picture_bytes())
    out = tmp_path / "performance.mp4"
    result = render(RenderJob("video", str(out), input_media=str(source), duration=1.0, **SMALL))
    frames = video_frames(out)
    assert result.duration == 1.0 and len(frames) == 24
    assert frames[0][:, :100, 0].mean() > frames[0][:, :100, 2].mean() + 80


def test_a_long_prompt_is_wrapped_and_shortened_without_error(tmp_path):
    prompt = (
        "A very long description " * 40
        + "Unbrokenwordthatdoesnotfitonanylineatallwhatsoever" * 3
        + " 猫と犬 🐱"
    )
    out = tmp_path / "long.mp4"
    render(RenderJob("video", str(out), prompt=prompt, duration=0.5, **SMALL))
    render(RenderJob("image", str(tmp_path / "long.png"), prompt=prompt, width=200, height=120))
    assert len(video_frames(out)) == 12


def test_input_video_sound_carries_into_the_soundtrack(tmp_path):
    source = write_test_video(tmp_path / "in.mp4", 1.0, with_audio=True)
    out = tmp_path / "dub.mp4"
    render(RenderJob("video", str(out), input_media=str(source), duration=1.0, with_audio=True, **SMALL))
    assert audio_samples(out) == pytest.approx(44100, abs=1024)


@pytest.mark.parametrize(
    ("fmt", "codec", "mime"),
    [("png", "png", "image/png"), ("jpeg", "mjpeg", "image/jpeg"), ("webp", "webp", "image/webp")],
)
def test_images_have_the_exact_size_and_format(tmp_path, fmt, codec, mime):
    out = tmp_path / f"still.{fmt}"
    result = render(
        RenderJob("image", str(out), width=1024, height=576, format=fmt, prompt="a red fox", seed=1)
    )
    with av.open(str(out)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.codec.canonical_name == codec
        frame = next(container.decode(stream))
        assert (frame.width, frame.height) == (1024, 576)
    assert (result.mime, result.width, result.height, result.duration) == (mime, 1024, 576, None)


def test_a_large_image_has_the_exact_requested_size(tmp_path):
    out = tmp_path / "large.png"
    render(RenderJob("image", str(out), width=4096, height=2304, prompt="a wide valley"))
    with av.open(str(out)) as container:
        frame = next(container.decode(video=0))
    assert (frame.width, frame.height) == (4096, 2304)


def test_odd_image_sizes_are_kept_exactly(tmp_path):
    out = tmp_path / "odd.png"
    render(RenderJob("image", str(out), width=333, height=201))
    assert Image.open(out).size == (333, 201)


def test_a_reference_image_is_restyled_recognisably(tmp_path):
    out = tmp_path / "restyled.jpeg"
    render(RenderJob("image", str(out), width=400, height=300, image=picture_bytes("JPEG"), format="jpg"))
    picture = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert picture[:100, :150, 0].mean() > picture[:100, :150, 2].mean() + 50
    assert picture[:100, 250:, 2].mean() > picture[:100, 250:, 0].mean() + 50


def test_an_unknown_image_format_is_refused_by_name(tmp_path):
    with pytest.raises(ValueError, match="image format must be one of jpeg, png, webp, not 'gif'"):
        render(RenderJob("image", str(tmp_path / "x.gif"), format="gif"))


def test_sizes_beyond_the_limits_are_refused(tmp_path):
    with pytest.raises(ValueError, match="video width must be between 1 and 8192 pixels, not 0"):
        render(RenderJob("video", str(tmp_path / "x.mp4"), width=0))
    with pytest.raises(ValueError, match="duration must be above 0"):
        render(RenderJob("audio", str(tmp_path / "x.mp3"), duration=-1))


@pytest.mark.parametrize(
    ("fmt", "codec", "frame"), [("mp3", "mp3", 1152), ("wav", "pcm_s16le", 1), ("flac", "flac", 1)]
)
def test_audio_has_the_requested_duration(tmp_path, fmt, codec, frame):
    out = tmp_path / f"tone.{fmt}"
    result = render(
        RenderJob("audio", str(out), duration=2.5, format=fmt, prompt="rain on a tin roof", seed=2)
    )
    with av.open(str(out)) as container:
        stream = container.streams.audio[0]
        assert stream.codec_context.codec.canonical_name == codec
        assert stream.codec_context.sample_rate == 44100
    assert abs(audio_samples(out) - 2.5 * 44100) <= frame
    assert result.duration == pytest.approx(2.5)
    info = probe_media(str(out))
    assert info.kind == "audio" and abs(info.duration - 2.5) <= frame / 44100


def test_audio_from_an_input_keeps_the_input_duration(tmp_path):
    source = write_test_video(tmp_path / "voice.mp4", 1.7, with_audio=True)
    out = tmp_path / "isolated.wav"
    result = render(RenderJob("audio", str(out), input_media=str(source), format="wav", duration=5.0))
    assert result.duration == pytest.approx(1.7, abs=0.001)
    assert audio_samples(out) == round(1.7 * 44100)


def test_audio_from_an_input_without_sound_is_refused_by_name(tmp_path):
    source = write_test_video(tmp_path / "silent.mp4", 0.5)
    with pytest.raises(ValueError, match="has no audio stream"):
        render(RenderJob("audio", str(tmp_path / "x.mp3"), input_media=str(source)))


def test_a_missing_input_file_is_refused_by_name(tmp_path):
    missing = tmp_path / "nowhere.mp4"
    with pytest.raises(ValueError, match=r"nowhere\.mp4 does not exist"):
        render(RenderJob("video", str(tmp_path / "x.mp4"), input_media=str(missing)))


def test_an_input_file_that_is_not_media_is_refused_by_name(tmp_path):
    junk = tmp_path / "notes.bin"
    junk.write_bytes(b"these are notes, not a video\n" * 50)
    with pytest.raises(ValueError, match=r"notes\.bin is not a readable image, video or audio file"):
        render(RenderJob("audio", str(tmp_path / "x.mp3"), input_media=str(junk)))


@pytest.mark.parametrize(
    "job",
    [
        RenderJob("video", "v.mp4", duration=1.0, seed=9, prompt="same", with_audio=True, **SMALL),
        RenderJob("image", "i.webp", width=640, height=360, seed=9, prompt="same", format="webp"),
        RenderJob("audio", "a.mp3", duration=1.0, seed=9, prompt="same"),
    ],
    ids=["video", "image", "audio"],
)
def test_the_same_job_renders_byte_identical_files_and_another_seed_differs(tmp_path, job):
    first, second, other = (
        Path(
            render(replace(job, out_path=str(tmp_path / f"{n}-{job.out_path}"), seed=seed)).path
        ).read_bytes()
        for n, seed in ((1, 9), (2, 9), (3, 10))
    )
    assert first == second
    assert first != other


def test_probe_reports_video_size_duration_and_codec(tmp_path):
    source = write_test_video(tmp_path / "clip.mp4", 1.0, with_audio=True)
    info = probe_media(str(source))
    assert info == MediaInfo("video", 240, 136, pytest.approx(1.0, abs=0.05), "h264", "video/mp4")
    assert probe_media(source.read_bytes()).duration == pytest.approx(1.0, abs=0.05)


def test_probe_reports_audio(tmp_path):
    out = tmp_path / "a.flac"
    render(RenderJob("audio", str(out), duration=1.0, format="flac"))
    assert probe_media(out.read_bytes()) == MediaInfo(
        "audio", None, None, pytest.approx(1.0), "flac", "audio/flac"
    )


@pytest.mark.parametrize(
    ("fmt", "codec", "mime"),
    [("PNG", "png", "image/png"), ("JPEG", "mjpeg", "image/jpeg"), ("WEBP", "webp", "image/webp")],
)
def test_probe_reports_images(tmp_path, fmt, codec, mime):
    data = picture_bytes(fmt)
    assert probe_media(data) == MediaInfo("image", 400, 300, None, codec, mime)
    path = tmp_path / f"picture.{fmt.lower()}"
    path.write_bytes(data)
    assert probe_media(str(path)) == MediaInfo("image", 400, 300, None, codec, mime)


@pytest.mark.parametrize(
    ("garbage", "reason"),
    [
        (b"hello, this is plainly text and not media at all\n" * 20, "not a readable image, video or audio"),
        (bytes(range(256)) * 8, "not a readable image, video or audio"),
        (b"", "empty"),
    ],
)
def test_probe_refuses_garbage_with_a_clear_error(garbage, reason):
    with pytest.raises(ValueError, match=reason):
        probe_media(garbage)


async def test_renderer_renders_in_worker_processes_leaving_the_loop_free(tmp_path):
    renderer = Renderer(workers=1)
    try:
        job = RenderJob("video", str(tmp_path / "busy.mp4"), duration=1.0, with_audio=True, **SMALL)
        task = asyncio.create_task(renderer.render(job))
        turns, deadline = 0, time.monotonic() + 60
        while not task.done() and time.monotonic() < deadline:
            turns += 1
            await asyncio.sleep(0.005)
        result = await task
        with pytest.raises(ValueError, match="format must be one of"):
            await renderer.render(RenderJob("audio", str(tmp_path / "x.ogg"), format="ogg"))
    finally:
        await renderer.aclose()
    assert turns > 1, "other coroutines ran while the worker rendered"
    assert result.width == 320 and (tmp_path / "busy.mp4").stat().st_size == result.size
    assert len(video_frames(tmp_path / "busy.mp4")) == 24


def test_renderer_needs_a_worker():
    with pytest.raises(ValueError, match="at least 1 worker"):
        Renderer(workers=0)
