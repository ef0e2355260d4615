"""Turning a model's `ratio` literal into the pixel size of its output."""

from __future__ import annotations

import re

_PIXELS = re.compile(r"^(\d+):(\d+)$")
_AUTO = re.compile(r"^auto_(\d+)([pk])$")
# Aspect-only literals ("16:9") and "auto"/"adaptive" resolve to this height.
_DEFAULT_HEIGHT = 720


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def is_pixel_ratio(ratio: str) -> bool:
    """True for "1280:720" (pixels), False for "16:9" (an aspect) or "auto_720p"."""
    match = _PIXELS.match(ratio)
    return match is not None and max(int(match[1]), int(match[2])) >= 100


def ratio_size(ratio: str | None, fallback: tuple[int, int] = (1280, 720)) -> tuple[int, int]:
    """Width and height in pixels that a ratio literal stands for."""
    if not ratio:
        return fallback
    match = _PIXELS.match(ratio)
    if match:
        width, height = int(match[1]), int(match[2])
        if max(width, height) >= 100:
            return width, height
        if width and height:
            return _even(_DEFAULT_HEIGHT * width / height), _DEFAULT_HEIGHT
        return fallback
    auto = _AUTO.match(ratio)
    if auto:
        height = int(auto[1]) * (1080 if auto[2] == "k" else 1)
        return _even(height * 16 / 9), height
    return fallback


def aspect_label(ratio: str) -> str:
    """A familiar aspect name for a pixel ratio: "1280:720" → "16:9"."""
    width, height = ratio_size(ratio)
    known = {
        (16, 9): "16:9",
        (9, 16): "9:16",
        (1, 1): "1:1",
        (4, 3): "4:3",
        (3, 4): "3:4",
        (21, 9): "21:9",
        (3, 2): "3:2",
        (2, 3): "2:3",
        (5, 4): "5:4",
        (4, 5): "4:5",
    }
    best = min(known, key=lambda ab: abs(width / height - ab[0] / ab[1]))
    if abs(width / height - best[0] / best[1]) < 0.04:
        return known[best]
    return f"{width / height:.2f}:1"
