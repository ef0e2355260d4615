"""Drawing helpers shared by the renderers: seeded palettes, text, and YUV 4:2:0 sprites."""

from __future__ import annotations

import colorsys
import functools
import hashlib
import io

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

Rgb = tuple[int, int, int]


def seeded_rng(seed: int, *parts: object) -> np.random.Generator:
    """A random generator that depends only on the seed and the given parts (stable across runs)."""
    digest = hashlib.blake2b(repr((seed, *parts)).encode("utf-8", "surrogatepass"), digest_size=16)
    return np.random.default_rng(int.from_bytes(digest.digest(), "big"))


def palette(seed: int, prompt: str) -> list[Rgb]:
    """Five harmonious colours, dark to bright, chosen by the seed and the prompt."""
    rng = seeded_rng(seed, "palette", prompt)
    hue = rng.random()
    spread = 0.06 + 0.14 * rng.random()
    plan = [
        (0.0, 0.75, 0.22),
        (spread, 0.65, 0.45),
        (2 * spread, 0.55, 0.72),
        (0.5, 0.45, 0.9),
        (0.5 + spread, 0.7, 0.6),
    ]
    colours = []
    for shift, saturation, value in plan:
        r, g, b = colorsys.hsv_to_rgb((hue + shift) % 1.0, saturation, value)
        colours.append((round(r * 255), round(g * 255), round(b * 255)))
    return colours


@functools.lru_cache(maxsize=32)
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A sans-serif font of the given pixel size (DejaVu when installed, Pillow's own otherwise)."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def wrap_text(
    text: str, face: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int, max_lines: int
) -> list[str]:
    """Greedy word wrap to a pixel width; over-long words are broken and overflow ends in an ellipsis."""
    words = " ".join(text.split()).split(" ") if text.strip() else []
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if face.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while face.getlength(current) > width and len(current) > 1:
            cut = _longest_fitting_prefix(current, face, width)
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and face.getlength(last + "…") > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return kept


def _longest_fitting_prefix(word: str, face: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if face.getlength(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def caption_image(text: str, width: int, height: int, max_lines: int = 3) -> Image.Image | None:
    """The prompt as white text on a translucent dark panel, sized for a width×height picture."""
    size = max(10, round(min(width, height) * 0.045))
    face = font(size)
    lines = wrap_text(text, face, int(width * 0.8), max_lines)
    if not lines:
        return None
    pad = size // 2
    line_height = round(size * 1.3)
    text_width = max(int(face.getlength(line)) for line in lines)
    panel = Image.new(
        "RGBA", (text_width + 2 * pad, line_height * len(lines) + 2 * pad - (line_height - size))
    )
    draw = ImageDraw.Draw(panel)
    draw.rounded_rectangle((0, 0, panel.width - 1, panel.height - 1), radius=pad, fill=(0, 0, 0, 120))
    for row, line in enumerate(lines):
        top = pad + row * line_height
        draw.text((pad + 1, top + 1), line, font=face, fill=(0, 0, 0, 160))
        draw.text((pad, top), line, font=face, fill=(255, 255, 255, 255))
    return panel


def badge_image(text: str, height: int) -> Image.Image:
    """A small label (seed, timecode, frame number) on a dark pill, sized for a picture of this height."""
    size = max(9, round(height * 0.028))
    face = font(size)
    pad = max(2, size // 3)
    badge = Image.new("RGBA", (int(face.getlength(text)) + 2 * pad, size + 2 * pad))
    draw = ImageDraw.Draw(badge)
    draw.rounded_rectangle((0, 0, badge.width - 1, badge.height - 1), radius=pad, fill=(0, 0, 0, 150))
    draw.text((pad, pad), text, font=face, fill=(255, 255, 255, 235))
    return badge


def load_image(data: bytes, what: str = "prompt image") -> Image.Image:
    """Decode JPEG/PNG/WebP bytes into an upright RGB picture, or raise ValueError saying why not."""
    try:
        picture: Image.Image = Image.open(io.BytesIO(data))
        picture.load()
    except Image.DecompressionBombError as error:
        raise ValueError(f"{what} is too large to decode safely ({error})") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValueError(f"{what} is not a readable JPEG, PNG or WebP picture ({error})") from error
    picture = ImageOps.exif_transpose(picture)
    if picture.mode in ("RGBA", "LA", "P"):
        picture = picture.convert("RGBA")
        backdrop = Image.new("RGBA", picture.size, (0, 0, 0, 255))
        picture = Image.alpha_composite(backdrop, picture)
    return picture.convert("RGB")


def cover(picture: Image.Image, width: int, height: int) -> Image.Image:
    """Scale the picture to fill width×height and crop the overflow evenly from both sides."""
    scale = max(width / picture.width, height / picture.height)
    span_w, span_h = width / scale, height / scale
    left, top = (picture.width - span_w) / 2, (picture.height - span_h) / 2
    box = (left, top, left + span_w, top + span_h)
    return picture.resize((width, height), Image.Resampling.BILINEAR, box=box, reducing_gap=2.0)


def rgb_to_yuv_planes(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Y, U and V planes (BT.601, limited range, 4:2:0) of an RGB array with even sides."""
    frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24").reformat(format="yuv420p")
    return plane_views(frame)


def plane_views(frame: av.VideoFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Writable numpy views of the Y, U and V planes of a yuv420p frame."""
    views = []
    for plane in frame.planes:
        rows = np.frombuffer(memoryview(plane), np.uint8).reshape(plane.height, plane.line_size)
        views.append(rows[:, : plane.width])
    return views[0], views[1], views[2]


def blank_frame(width: int, height: int) -> tuple[av.VideoFrame, np.ndarray, np.ndarray, np.ndarray]:
    """A new yuv420p frame and writable views of its planes."""
    frame = av.VideoFrame(width, height, "yuv420p")
    return (frame, *plane_views(frame))


class Sprite:
    """An RGBA picture prepared for fast alpha blending onto YUV 4:2:0 planes at even positions."""

    def __init__(self, rgba: np.ndarray) -> None:
        height, width = rgba.shape[:2]
        padded = np.zeros((height + height % 2, width + width % 2, 4), np.float32)
        padded[:height, :width] = rgba
        rgb = padded[..., :3] / 255.0
        alpha = np.round(padded[..., 3] * (256 / 255))
        luma = 16 + rgb @ np.array([65.481, 128.553, 24.966], np.float32)
        cb = 128 + rgb @ np.array([-37.797, -74.203, 112.0], np.float32)
        cr = 128 + rgb @ np.array([112.0, -93.786, -18.214], np.float32)
        self.height, self.width = padded.shape[:2]
        self.y_keep = (256 - alpha).astype(np.uint16)
        self.y_add = np.round(luma * alpha).astype(np.uint16)
        quad_alpha = _quarter(alpha)
        self.c_keep = np.round(256 - quad_alpha).astype(np.uint16)
        self.u_add = np.round(_quarter(cb * alpha)).astype(np.uint16)
        self.v_add = np.round(_quarter(cr * alpha)).astype(np.uint16)

    @classmethod
    def from_image(cls, picture: Image.Image) -> Sprite:
        """A sprite from a Pillow picture (any mode; made RGBA)."""
        rgba = picture if picture.mode == "RGBA" else picture.convert("RGBA")
        return cls(np.asarray(rgba, dtype=np.float32))

    def blend(self, planes: tuple[np.ndarray, np.ndarray, np.ndarray], x: int, y: int) -> None:
        """Draw the sprite with its top-left corner at (x, y) (rounded down to even), clipped to the frame."""
        luma, cb, cr = planes
        x, y = x - x % 2, y - y % 2
        left, top = max(x, 0), max(y, 0)
        right, bottom = min(x + self.width, luma.shape[1]), min(y + self.height, luma.shape[0])
        if right <= left or bottom <= top:
            return
        sx, sy = left - x, top - y
        window = (slice(sy, sy + bottom - top), slice(sx, sx + right - left))
        _mix(luma[top:bottom, left:right], self.y_keep[window], self.y_add[window])
        half = (slice(sy // 2, (sy + bottom - top) // 2), slice(sx // 2, (sx + right - left) // 2))
        chroma = (slice(top // 2, bottom // 2), slice(left // 2, right // 2))
        _mix(cb[chroma], self.c_keep[half], self.u_add[half])
        _mix(cr[chroma], self.c_keep[half], self.v_add[half])


def _quarter(values: np.ndarray) -> np.ndarray:
    """Mean of each 2×2 block."""
    return (values[0::2, 0::2] + values[1::2, 0::2] + values[0::2, 1::2] + values[1::2, 1::2]) / 4


def _mix(target: np.ndarray, keep: np.ndarray, add: np.ndarray) -> None:
    # 255·keep + add never exceeds 255·256, so the sum fits in uint16 without widening further.
    mixed = target.astype(np.uint16)
    mixed *= keep
    mixed += add
    mixed >>= 8
    target[...] = mixed
