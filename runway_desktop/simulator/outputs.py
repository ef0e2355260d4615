"""What a task produces: kind, size, duration, count and format of its output files, per endpoint."""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runway_desktop.core.catalogue.ratios import ratio_size
from runway_desktop.core.catalogue.spec import ModelSpec

from .media_refs import ResolvedMedia
from .render import RenderJob

_DEFAULT_SECONDS = 5.0
_MAX_FOLLOWED_SECONDS = 10.0
_SOUND_EFFECT_AUTO_SECONDS = 4.0
_SPEECH_CHARS_PER_SECOND = 14.0
_MAX_UPSCALED_SIDE = 8192
_UPSCALE_BOX = {"720p": (1280, 720), "1k": (1920, 1080), "2k": (2560, 1440), "4k": (3840, 2160)}
_FRAME_RATES = {"23_98": 24, "29_97": 30, "59_94": 60}
_FOLLOWS_INPUT = ("video_to_video", "video_upscale", "character_performance")
_AUDIO_FROM_INPUT = ("voice_isolation", "voice_dubbing", "speech_to_speech")
_IMAGE_FORMATS = ("png", "jpeg", "webp")
_AUDIO_FORMATS = ("mp3", "wav", "flac")
# Bounds for what one task renders, where a model's own limits are unknown or generous.
_MAX_OUTPUTS = 10
_MAX_VIDEO_SECONDS = 60.0
_MAX_AUDIO_SECONDS = 300.0
_MAX_VIDEO_SIDE = 8192
_MAX_RATIO_IMAGE_SIDE = 16384
_MIN_SIDE = 16


@dataclass
class OutputPlan:
    """The files a task will render; `image` and `source` are the inputs the renderer works from."""

    kind: str
    count: int = 1
    width: int = 1280
    height: int = 720
    duration: float = _DEFAULT_SECONDS
    fps: int = 24
    with_audio: bool = False
    format: str = ""
    seed: int = 0
    prompt: str = ""
    image: ResolvedMedia | None = None
    source: ResolvedMedia | None = None
    input_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def extension(self) -> str:
        return {"video": "mp4"}.get(self.kind, self.format)

    async def jobs(self, out_dir: Path) -> list[RenderJob]:
        """Render jobs writing into out_dir; input bytes are read and written off the event loop."""
        image = None
        if self.image is not None:
            image = self.image.data
            if image is None and self.image.file is not None:
                image = await asyncio.to_thread(self.image.file.read_bytes)
        source = None
        if self.source is not None:
            if self.source.file is not None:
                source = str(self.source.file)
            elif self.source.data is not None:
                target = out_dir / "input.bin"
                await asyncio.to_thread(target.write_bytes, self.source.data)
                source = str(target)
        return [
            RenderJob(
                kind=self.kind,  # type: ignore[arg-type]
                out_path=str(out_dir / f"output_{index}.{self.extension}"),
                width=self.width,
                height=self.height,
                duration=self.duration,
                seed=self.seed + index,
                prompt=self.prompt,
                image=image,
                input_media=source,
                fps=self.fps,
                with_audio=self.with_audio,
                format=self.format,
            )
            for index in range(self.count)
        ]


def seed_of(body: dict[str, Any]) -> int:
    """The request's seed, or one derived from the body so the same request renders the same media."""
    seed = body.get("seed")
    if isinstance(seed, int) and not isinstance(seed, bool):
        return seed % 2**32
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return int.from_bytes(hashlib.sha256(canonical.encode()).digest()[:4], "big")


def _field_media(media: list[ResolvedMedia], name: str) -> list[ResolvedMedia]:
    return [m for m in media if m.ref.path and m.ref.path[0] == name]


def _first(media: list[ResolvedMedia], *names: str, kind: str | None = None) -> ResolvedMedia | None:
    for name in names:
        for item in _field_media(media, name):
            if item.available and (kind is None or item.kind == kind):
                return item
    return None


def _info(item: ResolvedMedia | None, attribute: str) -> Any:
    return getattr(item.info, attribute, None) if item is not None else None


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def _requested_seconds(model: ModelSpec, body: dict[str, Any]) -> float | None:
    value = body.get("duration")
    if value == "auto":
        return _DEFAULT_SECONDS
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def _default_seconds(model: ModelSpec) -> float:
    spec = model.field("duration")
    if spec is not None and isinstance(spec.default, int | float):
        return float(spec.default)
    if model.price.unit == "output_second" and model.price.default_units:
        return float(model.price.default_units)
    return _DEFAULT_SECONDS


def _fit(size: tuple[int, int], longest: int) -> tuple[int, int]:
    """The size scaled down (aspect kept) to a longer side of at most `longest`; each side at least 16."""
    width, height = size
    scale = min(1.0, longest / max(width, height, 1))
    return max(_MIN_SIDE, _even(width * scale)), max(_MIN_SIDE, _even(height * scale))


def _count(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return min(value, _MAX_OUTPUTS)
    return 1


def plan_outputs(
    model: ModelSpec, output: str, body: dict[str, Any], media: list[ResolvedMedia], seed: int
) -> OutputPlan:
    """Decide the outputs of a validated request on `model`, whose endpoint outputs `output`."""
    text = body.get("promptText")
    prompt = text if isinstance(text, str) else ""
    plan = OutputPlan(kind=output, seed=seed, prompt=prompt)
    for item in media:
        duration = _info(item, "duration")
        if duration is not None and item.ref.path:
            plan.input_seconds.setdefault(str(item.ref.path[0]), float(duration))
    if output == "video":
        _plan_video(plan, model, body, media)
    elif output == "image":
        _plan_image(plan, model, body, media)
    else:
        _plan_audio(plan, model, body, media)
    return plan


def _plan_video(plan: OutputPlan, model: ModelSpec, body: dict[str, Any], media: list[ResolvedMedia]) -> None:
    endpoint = model.endpoint
    plan.image = _first(media, "promptImage", "character", kind="image")
    # act_two animates its character (a picture or a video); the reference performance sets the length.
    plan.source = _first(media, "videoUri", "promptVideo", "character", "reference", kind="video")
    if plan.image is not None and endpoint == "character_performance":
        plan.source = None
    input_video = _first(media, "videoUri", "promptVideo", "reference", kind="video")
    input_size = (_info(input_video, "width"), _info(input_video, "height"))
    ratio = body.get("ratio") if isinstance(body.get("ratio"), str) else None
    size = ratio_size(ratio, (0, 0)) if ratio else (0, 0)
    if size != (0, 0):
        plan.width, plan.height = size
    elif all(input_size):
        plan.width, plan.height = input_size
    if endpoint == "video_upscale" and model.id != "enhance_frame_rate":
        plan.width, plan.height = _upscaled_video(body.get("resolution") or "2k", input_size)
    plan.width, plan.height = _fit((plan.width, plan.height), _MAX_VIDEO_SIDE)
    target_fps = body.get("targetFramerate")
    if isinstance(target_fps, str) and (target_fps in _FRAME_RATES or target_fps.isdigit()):
        plan.fps = _FRAME_RATES.get(target_fps) or min(max(int(target_fps), 1), 120)
    requested = _requested_seconds(model, body)
    input_seconds = _info(input_video, "duration")
    if requested is not None:
        plan.duration = requested
    elif endpoint in _FOLLOWS_INPUT and input_seconds:
        plan.duration = min(float(input_seconds), _MAX_FOLLOWED_SECONDS)
    else:
        plan.duration = _default_seconds(model)
    plan.duration = min(plan.duration, _MAX_VIDEO_SECONDS)
    # Audio is rendered when asked for, or when the model's price says it is on by default (Veo):
    # a request billed with audio gets audio.
    audio = [c for c in model.price.surcharges if c.field == "audio"]
    plan.with_audio = body.get("audio") is True or any(c.applies(body) for c in audio)
    plan.format = "mp4"


def _upscaled_video(resolution: Any, input_size: tuple[Any, Any]) -> tuple[int, int]:
    box_w, box_h = _UPSCALE_BOX.get(resolution if isinstance(resolution, str) else "2k", _UPSCALE_BOX["2k"])
    width, height = input_size
    if not (width and height):
        return box_w, box_h
    if height > width:
        box_w, box_h = box_h, box_w
    scale = min(box_w / width, box_h / height)
    return _even(width * scale), _even(height * scale)


def _plan_image(plan: OutputPlan, model: ModelSpec, body: dict[str, Any], media: list[ResolvedMedia]) -> None:
    fmt = body.get("outputFormat")
    plan.format = fmt if fmt in _IMAGE_FORMATS else "png"
    plan.count = _count(body.get("outputCount"))
    if model.endpoint == "image_upscale":
        plan.image = _first(media, "imageUri", kind="image")
        factor = body.get("scaleFactor")
        if not isinstance(factor, int) or isinstance(factor, bool) or not 1 <= factor <= 16:
            factor = 2
        width = _info(plan.image, "width") or 1024
        height = _info(plan.image, "height") or 1024
        width, height = width * factor, height * factor
        longest = max(width, height)
        if longest > _MAX_UPSCALED_SIDE:
            width, height = width * _MAX_UPSCALED_SIDE / longest, height * _MAX_UPSCALED_SIDE / longest
        plan.width, plan.height = max(1, round(width)), max(1, round(height))
        return
    ratio = body.get("ratio") if isinstance(body.get("ratio"), str) else None
    plan.width, plan.height = _fit(ratio_size(ratio, (1024, 1024)), _MAX_RATIO_IMAGE_SIDE)


def _plan_audio(plan: OutputPlan, model: ModelSpec, body: dict[str, Any], media: list[ResolvedMedia]) -> None:
    fmt = body.get("format") or body.get("outputFormat")
    plan.format = fmt if fmt in _AUDIO_FORMATS else "mp3"
    plan.count = _count(body.get("numVariants"))
    endpoint = model.endpoint
    if endpoint == "text_to_speech":
        plan.duration = max(1.0, math.ceil(len(plan.prompt) / _SPEECH_CHARS_PER_SECOND * 10) / 10)
    elif endpoint in ("sound_effect", "video_to_audio"):
        plan.duration = min(_requested_seconds(model, body) or _SOUND_EFFECT_AUTO_SECONDS, _MAX_AUDIO_SECONDS)
    elif endpoint in _AUDIO_FROM_INPUT:
        source = _first(media, "audioUri", "media")
        plan.duration = float(_info(source, "duration") or _DEFAULT_SECONDS)
        # The renderer reworks the input's sound; a video may have none, so only audio files are passed on.
        if _info(source, "kind") == "audio":
            plan.source = source
