"""Small PNG previews of media files (first frame, image, or waveform), cached on disk.

Pure Python + PyAV + Pillow, meant to run in worker threads; the UI only loads the tiny PNG.
PyAV, NumPy and Pillow are imported by the functions that draw, so the window (which imports
this module for `ThumbnailCache`) does not load them before it first shows.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

THUMB_SIZE = (192, 108)
_BACKGROUND = (32, 34, 40)
_WAVE = (120, 170, 255)


def _fit(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    from PIL import Image, ImageOps

    image = ImageOps.exif_transpose(image).convert("RGB")
    image.thumbnail(size, Image.Resampling.LANCZOS)
    return image


def _first_frame(path: str) -> Image.Image:
    import av

    with av.open(path) as container:
        stream = next(iter(container.streams.video))
        stream.thread_type = "AUTO"
        for frame in container.decode(stream):
            return frame.to_image()
    raise ValueError(f"{Path(path).name} has no video frames")


def _waveform(path: str, size: tuple[int, int]) -> Image.Image:
    import av
    import numpy as np
    from PIL import Image, ImageDraw

    width, height = size
    with av.open(path) as container:
        stream = next(iter(container.streams.audio))
        chunks = []
        total = 0
        for frame in container.decode(stream):
            samples = frame.to_ndarray().astype(np.float32)
            mono = samples.mean(axis=0) if samples.ndim == 2 else samples
            chunks.append(mono)
            total += mono.size
            if total > 48000 * 120:  # two minutes are plenty for a thumbnail
                break
    data = np.concatenate(chunks) if chunks else np.zeros(1, np.float32)
    peak = float(np.abs(data).max()) or 1.0
    buckets = np.array_split(np.abs(data) / peak, width)
    image = Image.new("RGB", size, _BACKGROUND)
    draw = ImageDraw.Draw(image)
    middle = height / 2
    for x, bucket in enumerate(buckets):
        level = float(bucket.max()) if bucket.size else 0.0
        draw.line([(x, middle - level * middle * 0.9), (x, middle + level * middle * 0.9)], fill=_WAVE)
    return image


def make_thumbnail(path: str, kind: str, size: tuple[int, int] = THUMB_SIZE) -> bytes:
    """PNG bytes previewing `path` (an image, a video's first frame, or an audio waveform)."""
    from PIL import Image

    if kind == "image":
        with Image.open(path) as source:
            image = _fit(source, size)
    elif kind == "video":
        image = _fit(_first_frame(path), size)
    elif kind == "audio":
        image = _waveform(path, size)
    else:
        raise ValueError(f"no thumbnail for {kind!r} media")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


class ThumbnailCache:
    """Thumbnails keyed by path, size on disk and modification time, so a changed file is redone."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _key(self, path: str, size: tuple[int, int]) -> Path:
        stat = os.stat(path)
        raw = f"{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}|{size[0]}x{size[1]}"
        return self.folder / f"{hashlib.sha1(raw.encode()).hexdigest()}.png"

    def get(self, path: str, kind: str, size: tuple[int, int] = THUMB_SIZE) -> Path:
        """The cached thumbnail's path, made first if needed (blocking: call from a worker)."""
        target = self._key(path, size)
        if not target.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(make_thumbnail(path, kind, size))
            tmp.replace(target)
        return target
