"""Video: H.264 MP4s of a generated scene, an animated picture or a restyled input, optionally with sound."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np

from runway_desktop.simulator.render_audio import (
    SAMPLE_RATE,
    synthesise,
    transformed_input_audio,
    write_audio,
)
from runway_desktop.simulator.render_canvas import Sprite, badge_image, caption_image, load_image, plane_views
from runway_desktop.simulator.render_frames import restyled_frames, scene_frames, zoom_frames
from runway_desktop.simulator.render_probe import probe_media
from runway_desktop.simulator.render_types import VIDEO_FORMATS, RenderJob, RenderResult, even

# BT.601 limited range: what FFmpeg's scaler used to turn RGB into YUV, so players undo exactly that.
_SMPTE170M = 6
_LIMITED_RANGE = 1
# ultrafast/crf 28 keeps a 10 s 720p render near a second; one thread makes the output byte-identical
# between runs and lets several renders share the cores without contending.
_X264_OPTIONS = {"preset": "ultrafast", "crf": "28", "threads": "1"}


def render_video(job: RenderJob, tmp_path: str) -> RenderResult:
    """Write the job's MP4 to tmp_path and describe it (as it will be at job.out_path)."""
    width, height = even(job.width), even(job.height)
    duration = job.duration
    if job.input_media is not None and duration <= 0:
        duration = _input_duration(job.input_media)
    count = max(1, round(duration * job.fps))
    soundtrack = _soundtrack(job, round(count / job.fps * SAMPLE_RATE)) if job.with_audio else None
    frames = _frames(job, width, height, count)
    overlay = _Overlay(job, width, height, count)
    options = {"movflags": "+faststart", "fflags": "+bitexact"}
    with av.open(tmp_path, "w", format="mp4", options=options) as container:
        video = container.add_stream("libx264", rate=job.fps, options=dict(_X264_OPTIONS))
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.codec_context.thread_count = 1
        context = video.codec_context
        context.colorspace = context.color_primaries = context.color_trc = _SMPTE170M
        context.color_range = _LIMITED_RANGE
        audio = None
        if soundtrack is not None:
            audio = container.add_stream("aac", rate=SAMPLE_RATE, layout="stereo")
            audio.bit_rate = 128_000
        written = 0
        for index, frame in enumerate(frames):
            overlay.draw(frame, index)
            frame.pts = index
            container.mux(video.encode(frame))
            if audio is not None and soundtrack is not None:
                # Interleave sound with pictures so the muxer never has to hold a whole track.
                target = min(soundtrack.shape[1], round((index + 1) / job.fps * SAMPLE_RATE))
                write_audio(container, audio, soundtrack, written, target)
                written = target
        container.mux(video.encode(None))
        if audio is not None:
            container.mux(audio.encode(None))
    return RenderResult(
        path=job.out_path,
        mime=VIDEO_FORMATS["mp4"],
        size=os.path.getsize(tmp_path),
        width=width,
        height=height,
        duration=count / job.fps,
    )


def _frames(job: RenderJob, width: int, height: int, count: int) -> Iterator[av.VideoFrame]:
    if job.input_media is not None and probe_media(job.input_media).kind == "image":
        # A still picture given as the input (a character image, say) is animated like a prompt image.
        picture = load_image(Path(job.input_media).read_bytes(), "input picture")
        return zoom_frames(picture, width, height, count, job.seed)
    if job.input_media is not None:
        return restyled_frames(job.input_media, width, height, count, job.fps, job.seed, job.prompt)
    if job.image is not None:
        return zoom_frames(load_image(job.image), width, height, count, job.seed)
    return scene_frames(width, height, count, job.fps, job.seed, job.prompt)


def _input_duration(path: str) -> float:
    info = probe_media(path)
    if info.kind != "video" or not info.duration:
        raise ValueError(
            f"input media {path} is not a video with a known duration, so the output length is unknown"
        )
    return info.duration


def _soundtrack(job: RenderJob, length: int) -> np.ndarray:
    """The input's own sound (restyled, looped to length) when it has some, a seeded melody otherwise."""
    if job.input_media is not None:
        try:
            source = transformed_input_audio(job.input_media, job.seed, channels=2)
        except ValueError:
            source = None
        if source is not None and source.shape[1]:
            repeats = -(-length // source.shape[1])
            return np.ascontiguousarray(np.tile(source, (1, repeats))[:, :length])
    return synthesise(job.seed, job.prompt, length)


class _Overlay:
    """The prompt caption (drawn once) and a per-frame badge with seed, timecode and frame number."""

    def __init__(self, job: RenderJob, width: int, height: int, count: int) -> None:
        panel = caption_image(job.prompt, width, height)
        self.caption = Sprite.from_image(panel) if panel is not None else None
        self.caption_at = (0, 0)
        if panel is not None:
            self.caption_at = ((width - panel.width) // 2, height - panel.height - round(height * 0.06))
        self.margin = max(2, round(min(width, height) * 0.025))
        self.height, self.fps, self.count, self.seed = height, job.fps, count, job.seed

    def draw(self, frame: av.VideoFrame, index: int) -> None:
        """Blend the caption and this frame's badge onto the frame."""
        planes = plane_views(frame)
        if self.caption is not None:
            self.caption.blend(planes, *self.caption_at)
        seconds, part = divmod(index, self.fps)
        label = (
            f"seed {self.seed}  {seconds // 60:02d}:{seconds % 60:02d}:{part:02d}  #{index + 1}/{self.count}"
        )
        Sprite.from_image(badge_image(label, self.height)).blend(planes, self.margin, self.margin)
