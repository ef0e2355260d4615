"""Streams of yuv420p video frames: a generated scene, a slow zoom over a picture, a restyled input video."""

from __future__ import annotations

import math
from collections.abc import Iterator

import av
import numpy as np
from PIL import Image

from runway_desktop.simulator.render_canvas import (
    Sprite,
    blank_frame,
    cover,
    palette,
    plane_views,
    rgb_to_yuv_planes,
    seeded_rng,
)
from runway_desktop.simulator.render_types import even

Planes = tuple[np.ndarray, np.ndarray, np.ndarray]

# How far the slow zoom travels: the picture is prepared this much larger than the output.
_ZOOM = 1.15


def scene_frames(
    width: int, height: int, count: int, fps: int, seed: int, prompt: str
) -> Iterator[av.VideoFrame]:
    """A drifting colour gradient with soft discs moving over it, coloured by the seed and the prompt."""
    colours = palette(seed, prompt)
    rng = seeded_rng(seed, "scene", prompt)
    travel = even(int(min(width * 0.04 * count / fps, width * 0.5)))
    bg_y, bg_u, bg_v = rgb_to_yuv_planes(_gradient(width + travel, height, colours, rng.uniform(0.2, 1.2)))
    discs = [_Disc(width, height, colours, rng) for _ in range(5)]
    for index in range(count):
        progress = index / (count - 1) if count > 1 else 0.0
        shift = min(_even_down(int(travel * (0.5 - 0.5 * math.cos(math.pi * progress)))), travel)
        frame, luma, cb, cr = blank_frame(width, height)
        luma[...] = bg_y[:, shift : shift + width]
        cb[...] = bg_u[:, shift // 2 : shift // 2 + width // 2]
        cr[...] = bg_v[:, shift // 2 : shift // 2 + width // 2]
        for disc in discs:
            disc.draw((luma, cb, cr), index / fps)
        yield frame


def _gradient(width: int, height: int, colours: list[tuple[int, int, int]], angle: float) -> np.ndarray:
    """A diagonal three-stop gradient as an RGB array."""
    # A gradient is smooth: computing a quarter-size one and enlarging it is 16 times less work.
    small_w, small_h = max(2, width // 4), max(2, height // 4)
    xs = np.arange(small_w, dtype=np.float32) * math.cos(angle) * width / small_w
    ys = np.arange(small_h, dtype=np.float32) * math.sin(angle) * height / small_h
    along = ys[:, None] + xs[None, :]
    along -= along.min()
    along /= max(float(along.max()), 1.0)
    stops = np.array([colours[0], colours[2], colours[1]], np.float32)
    rgb = np.empty((small_h, small_w, 3), np.uint8)
    for channel in range(3):
        rgb[..., channel] = np.interp(along, (0.0, 0.55, 1.0), stops[:, channel]).astype(np.uint8)
    return np.asarray(Image.fromarray(rgb).resize((width, height), Image.Resampling.BILINEAR))


class _Disc:
    """A soft translucent disc that wanders along a slow Lissajous path."""

    def __init__(
        self, width: int, height: int, colours: list[tuple[int, int, int]], rng: np.random.Generator
    ) -> None:
        self.radius = max(2, round(min(width, height) * rng.uniform(0.06, 0.16)))
        colour = colours[int(rng.integers(2, len(colours)))]
        distance = np.hypot(
            *np.meshgrid(
                np.arange(2 * self.radius) + 0.5 - self.radius, np.arange(2 * self.radius) + 0.5 - self.radius
            )
        )
        alpha = np.clip((self.radius - distance) / (0.35 * self.radius), 0, 1) * rng.uniform(0.35, 0.6) * 255
        rgba = np.empty((2 * self.radius, 2 * self.radius, 4), np.float32)
        rgba[..., :3] = colour
        rgba[..., 3] = alpha
        self.sprite = Sprite(rgba)
        self.size = (width, height)
        self.speed = rng.uniform(0.05, 0.2, size=2) * 2 * math.pi
        self.phase = rng.uniform(0, 2 * math.pi, size=2)
        self.reach = rng.uniform(0.25, 0.42, size=2)

    def draw(self, planes: Planes, seconds: float) -> None:
        """Blend the disc where its path puts it at this moment."""
        width, height = self.size
        cx = width * (0.5 + self.reach[0] * math.sin(self.speed[0] * seconds + self.phase[0]))
        cy = height * (0.5 + self.reach[1] * math.sin(self.speed[1] * seconds + self.phase[1]))
        self.sprite.blend(planes, round(cx) - self.radius, round(cy) - self.radius)


def zoom_frames(
    picture: Image.Image, width: int, height: int, count: int, seed: int
) -> Iterator[av.VideoFrame]:
    """A slow zoom (in or out) with a gentle pan across the picture, filled and cropped to the output."""
    big_w, big_h = even(math.ceil(width * _ZOOM)), even(math.ceil(height * _ZOOM))
    source = [np.array(plane) for plane in rgb_to_yuv_planes(np.asarray(cover(picture, big_w, big_h)))]
    rng = seeded_rng(seed, "zoom")
    zoom_in = bool(rng.random() < 0.6)
    heading = rng.uniform(0, 2 * math.pi)
    pan = (math.cos(heading), math.sin(heading))
    for index in range(count):
        progress = index / (count - 1) if count > 1 else 0.0
        eased = progress * progress * (3 - 2 * progress)
        zoom = 1 + (_ZOOM - 1) * (eased if zoom_in else 1 - eased)
        crop_w, crop_h = min(big_w, even(round(big_w / zoom))), min(big_h, even(round(big_h / zoom)))
        spare_w, spare_h = big_w - crop_w, big_h - crop_h
        x = _even_down(round(spare_w / 2 * (1 + pan[0] * (2 * eased - 1))))
        y = _even_down(round(spare_h / 2 * (1 + pan[1] * (2 * eased - 1))))
        x, y = min(max(x, 0), spare_w), min(max(y, 0), spare_h)
        frame, *targets = blank_frame(width, height)
        for plane, target, scale in zip(source, targets, (1, 2, 2), strict=True):
            window = plane[y // scale : (y + crop_h) // scale, x // scale : (x + crop_w) // scale]
            target[...] = _scaled(window, width // scale, height // scale)
        yield frame


def _even_down(value: int) -> int:
    return max(0, value - value % 2)


def _scaled(plane: np.ndarray, width: int, height: int) -> np.ndarray:
    """One 8-bit plane resampled (bilinear) to width×height by FFmpeg's scaler."""
    if plane.shape == (height, width):
        return plane
    gray = av.VideoFrame.from_numpy_buffer(plane, format="gray")
    resized = gray.reformat(width=width, height=height, interpolation="BILINEAR")
    return _gray_view(resized)


def _gray_view(frame: av.VideoFrame) -> np.ndarray:
    """A numpy view of the only plane of a gray frame."""
    plane = frame.planes[0]
    return np.frombuffer(memoryview(plane), np.uint8).reshape(plane.height, plane.line_size)[:, : plane.width]


def restyled_frames(
    path: str, width: int, height: int, count: int, fps: int, seed: int, prompt: str
) -> Iterator[av.VideoFrame]:
    """The input video's frames, filled to the output size, posterised and tinted; looped if too short."""
    playhead = _Playhead(_Look(seed, prompt), width, height, count, fps)
    loop_start = 0.0
    while not playhead.done:
        loop_length = 0.0
        with av.open(path) as container:
            if not container.streams.video:
                raise ValueError(f"input media {path} has no video stream to transform")
            stream = container.streams.video[0]
            step = 1 / float(stream.average_rate) if stream.average_rate else 1 / fps
            first: float | None = None
            for decoded_index, decoded in enumerate(container.decode(stream)):
                moment = decoded.time if decoded.time is not None else decoded_index * step
                first = moment if first is None else first
                yield from playhead.until(loop_start + moment - first)
                if playhead.done:
                    return
                playhead.offer(decoded)
                loop_length = moment - first + step
            if first is None:
                raise ValueError(f"input media {path} has no decodable video frames")
        yield from playhead.until(loop_start + loop_length)
        loop_start += loop_length


class _Playhead:
    """Output frames in time order, each showing the latest input frame that has started by then."""

    def __init__(self, look: _Look, width: int, height: int, count: int, fps: int) -> None:
        self.look, self.size, self.count, self.fps = look, (width, height), count, fps
        self.produced = 0
        self.shown: Planes | None = None
        self.pending: av.VideoFrame | None = None

    @property
    def done(self) -> bool:
        return self.produced >= self.count

    def offer(self, decoded: av.VideoFrame) -> None:
        """The input frame that starts now; it is restyled only if an output frame shows it."""
        self.pending = decoded

    def until(self, moment: float) -> Iterator[av.VideoFrame]:
        """Output frames due before `moment` (seconds since the output began)."""
        while not self.done and self.produced / self.fps < moment - 1e-9:
            if self.pending is not None:
                self.shown, self.pending = self.look.apply(self.pending, *self.size), None
            if self.shown is None:
                return
            frame, *targets = blank_frame(*self.size)
            for source, target in zip(self.shown, targets, strict=True):
                target[...] = source
            yield frame
            self.produced += 1


class _Look:
    """A seeded restyle: fewer tones in the brightness and a wash of one palette colour."""

    def __init__(self, seed: int, prompt: str) -> None:
        rng = seeded_rng(seed, "look", prompt)
        levels = int(rng.integers(5, 9))
        values = np.arange(256, dtype=np.float32)
        normalised = np.clip((values - 16) / 219, 0, 1)
        stepped = np.minimum(np.floor(normalised * levels), levels - 1) / (levels - 1)
        self.luma_table = np.round(16 + 219 * stepped).astype(np.uint8)
        tint = palette(seed, prompt)[3]
        _, cb, cr = (float(plane.mean()) for plane in rgb_to_yuv_planes(np.full((2, 2, 3), tint, np.uint8)))
        strength = 110
        self.chroma = ((256 - strength), round(cb * strength), round(cr * strength))

    def apply(self, decoded: av.VideoFrame, width: int, height: int) -> Planes:
        """The decoded frame filled to width×height with the look applied."""
        scale = max(width / decoded.width, height / decoded.height)
        fill_w, fill_h = even(math.ceil(decoded.width * scale)), even(math.ceil(decoded.height * scale))
        filled = decoded.reformat(width=fill_w, height=fill_h, format="yuv420p", interpolation="BILINEAR")
        luma, cb, cr = plane_views(filled)
        x, y = _even_down((fill_w - width) // 2), _even_down((fill_h - height) // 2)
        out_luma = self.luma_table[luma[y : y + height, x : x + width]]
        keep, add_u, add_v = self.chroma
        window = (slice(y // 2, (y + height) // 2), slice(x // 2, (x + width) // 2))
        out_cb = ((cb[window].astype(np.uint16) * keep + add_u) >> 8).astype(np.uint8)
        out_cr = ((cr[window].astype(np.uint16) * keep + add_v) >> 8).astype(np.uint8)
        return out_luma, out_cb, out_cr
