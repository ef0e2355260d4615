"""The input files the README screenshots show: painted scenes (Pillow) and a spoken-like clip (PyAV).

`python tools/screenshot_media.py OUTDIR` writes them on their own, to look at; `screenshots.py`
calls `make_all` for its temporary folder.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def _vertical(height: int, width: int, stops: list[tuple[float, tuple[int, int, int]]]) -> np.ndarray:
    """An RGB gradient from top to bottom through (position 0..1, colour) stops."""
    where = np.linspace(0.0, 1.0, height)
    positions = [p for p, _ in stops]
    rows = np.stack([np.interp(where, positions, [c[i] for _, c in stops]) for i in range(3)], axis=1)
    return np.repeat(rows[:, None, :], width, axis=1)


def _ridge(width: int, base: float, amplitude: float, seed: int) -> list[tuple[float, float]]:
    """A hill line: a few sines of different lengths, so it looks drawn rather than random."""
    rng = np.random.default_rng(seed)
    xs = np.linspace(0, width, 160)
    ys = np.full_like(xs, base)
    for wavelength in (900, 420, 190, 80):
        ys += amplitude * (wavelength / 900) * np.sin(xs / wavelength * 2 * np.pi + rng.uniform(0, 6.3))
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


def sunset_lake(path: Path, width: int = 1280, height: int = 720) -> Path:
    """A sunset over a lake: glowing sky, sun on the horizon, hills, reflection, mist, reeds."""
    horizon = int(height * 0.58)
    sky = _vertical(horizon, width, [(0, (28, 24, 72)), (0.45, (122, 58, 112)), (0.8, (238, 122, 78)),
                                     (1, (255, 196, 120))])
    yy, xx = np.mgrid[0:horizon, 0:width]
    sun_x, sun_y = width * 0.64, horizon - 128
    glow = np.exp(-(((xx - sun_x) / 260) ** 2 + ((yy - sun_y) / 150) ** 2))[..., None]
    sky = sky * (1 - 0.55 * glow) + np.array([255, 214, 150]) * 0.55 * glow
    disc = ((xx - sun_x) ** 2 + (yy - sun_y) ** 2) < 46**2
    sky[disc] = (255, 236, 190)
    water = sky[::-1][: height - horizon] * 0.62 + np.array([10, 12, 40]) * 0.38
    ripples = (np.sin(np.arange(height - horizon) ** 1.35 * 0.9) * 0.5 + 0.5)[:, None, None]
    water = water * (0.88 + 0.12 * ripples)
    image = Image.fromarray(np.clip(np.vstack([sky, water]), 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image, "RGBA")
    for base, amplitude, colour, seed in ((horizon - 70, 40, (70, 40, 88, 255), 3),
                                          (horizon - 25, 22, (42, 26, 60, 255), 5)):
        ridge = _ridge(width, base, amplitude, seed)
        draw.polygon([(0, horizon), *ridge, (width, horizon)], fill=colour)
        mirrored = [(x, 2 * horizon - y) for x, y in ridge]
        draw.polygon([(0, horizon), *mirrored, (width, horizon)], fill=(colour[0], colour[1], colour[2], 110))
    for band in range(7):  # the sun's path on the water
        y = horizon + 12 + band * 22
        half = 70 - band * 7
        draw.rectangle([sun_x - half, y, sun_x + half, y + 4], fill=(255, 210, 150, 150 - band * 15))
    mist = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ImageDraw.Draw(mist).rectangle([0, horizon - 16, width, horizon + 26], fill=(255, 225, 235, 90))
    image = Image.alpha_composite(image.convert("RGBA"), mist.filter(ImageFilter.GaussianBlur(18)))
    draw = ImageDraw.Draw(image)
    rng = np.random.default_rng(11)
    for x in rng.uniform(0, width * 0.3, 60).tolist() + rng.uniform(width * 0.85, width, 30).tolist():
        tall = rng.uniform(50, 150)
        draw.line([(x, height), (x + rng.uniform(-12, 12), height - tall)], fill=(12, 8, 20), width=3)
    image.convert("RGB").save(path, "PNG", optimize=True)
    return path


def hero(path: Path, width: int = 768, height: int = 1024) -> Path:
    """A cloaked figure against a teal-to-violet sky, rim-lit: the "@hero" reference."""
    pixels = _vertical(height, width, [(0, (18, 60, 84)), (0.55, (86, 62, 140)), (1, (230, 140, 110))])
    image = Image.fromarray(pixels.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    cx = width // 2
    rim, body = (255, 200, 150), (24, 18, 36)
    for grow, colour in ((8, rim), (0, body)):
        draw.ellipse([cx - 105 - grow, 180 - grow, cx + 105 + grow, 430 + grow], fill=colour)  # hood
        draw.polygon([(cx - 95 - grow, 360), (cx + 95 + grow, 360), (cx + 250 + grow, height),
                      (cx - 250 - grow, height)], fill=colour)  # cloak
        draw.ellipse([cx - 170 - grow, 420 - grow, cx + 170 + grow, 600 + grow], fill=colour)  # shoulders
    draw.ellipse([cx - 58, 255, cx + 58, 390], fill=(60, 44, 70))  # the face in the hood's shadow
    draw.line([(cx + 170, 520), (cx + 250, 110)], fill=(200, 210, 230), width=9)  # a staff
    draw.ellipse([cx + 232, 80, cx + 272, 120], fill=(160, 240, 255))
    image.filter(ImageFilter.SMOOTH).save(path, "PNG", optimize=True)
    return path


def castle(path: Path, width: int = 1024, height: int = 768) -> Path:
    """A castle on a hill at dawn, with a pale moon: the "@castle" reference."""
    pixels = _vertical(height, width, [(0, (40, 52, 96)), (0.6, (200, 150, 160)), (1, (250, 210, 170))])
    image = Image.fromarray(pixels.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    draw.ellipse([140, 90, 230, 180], fill=(245, 240, 225))
    ground = (30, 28, 46)
    draw.polygon([(0, height), *_ridge(width, height * 0.72, 50, 2), (width, height)], fill=ground)
    left, top = width * 0.36, height * 0.42
    draw.rectangle([left, top, left + 300, height * 0.72], fill=ground)  # curtain wall
    for x in range(int(left), int(left + 300), 30):
        draw.rectangle([x, top - 18, x + 16, top], fill=ground)  # crenels
    for tx, tw, th in ((left - 40, 70, 260), (left + 120, 80, 330), (left + 290, 70, 240)):
        draw.rectangle([tx, height * 0.72 - th, tx + tw, height * 0.72], fill=ground)
        draw.polygon([(tx - 10, height * 0.72 - th), (tx + tw / 2, height * 0.72 - th - 90),
                      (tx + tw + 10, height * 0.72 - th)], fill=ground)
        draw.rectangle([tx + tw / 2 - 6, height * 0.72 - th + 60, tx + tw / 2 + 6, height * 0.72 - th + 84],
                       fill=(255, 200, 110))  # a lit window
    image.save(path, "PNG", optimize=True)
    return path


def spoken_clip(path: Path, seconds: float = 4.0, rate: int = 24000) -> Path:
    """Four seconds of voice-like sound: a gliding pitch with harmonics, in syllables and pauses."""
    import av

    t = np.arange(int(seconds * rate)) / rate
    pitch = 130 + 25 * np.sin(2 * np.pi * 0.7 * t) + 10 * np.sin(2 * np.pi * 3.1 * t)
    phase = 2 * np.pi * np.cumsum(pitch) / rate
    voice = sum(np.sin(k * phase) / k**1.2 for k in range(1, 12))
    syllables = np.clip(np.sin(2 * np.pi * 3.4 * t), 0, None) ** 0.6
    phrases = (np.sin(2 * np.pi * 0.45 * t + 0.3) > -0.55).astype(float)
    samples = (voice * syllables * phrases / 3.2 * 20000).astype(np.int16)
    with av.open(str(path), "w", format="wav") as container:
        stream = container.add_stream("pcm_s16le", rate=rate, layout="mono")
        for start in range(0, samples.size, 4800):
            chunk = samples[start:start + 4800]
            frame = av.AudioFrame.from_ndarray(chunk[None, :], format="s16", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
    return path


def make_all(folder: Path) -> dict[str, Path]:
    """Every input file, written into `folder`, by the name the screenshots use."""
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "sunset": sunset_lake(folder / "lake-sunset.png"),
        "hero": hero(folder / "hero.png"),
        "castle": castle(folder / "castle.png"),
        "speech": spoken_clip(folder / "interview.wav"),
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tools/screenshot_media.py OUTDIR")
    for name, made in make_all(Path(sys.argv[1])).items():
        print(f"{name}: {made}")
