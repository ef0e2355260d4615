"""Still images: a generated scene or a restyled reference picture, with the prompt drawn in."""

from __future__ import annotations

import os

from PIL import Image, ImageOps

from runway_desktop.simulator.render_canvas import caption_image, cover, load_image, palette
from runway_desktop.simulator.render_frames import scene_frames
from runway_desktop.simulator.render_types import IMAGE_FORMATS, RenderJob, RenderResult, even

# Pictures are composed at most this large and then resized, so an 8K request takes a second, not minutes.
_WORK_SIDE = 2048
# Above this many pixels, encoders trade a little size for a lot of speed.
_LARGE = 4_000_000


def render_image(job: RenderJob, tmp_path: str) -> RenderResult:
    """Write the job's image to tmp_path and describe it (as it will be at job.out_path)."""
    width, height = job.width, job.height
    scale = min(1.0, _WORK_SIDE / max(width, height))
    work_w, work_h = even(round(width * scale)), even(round(height * scale))
    if job.image is not None:
        picture = _restyled(
            cover(load_image(job.image, "reference image"), work_w, work_h), job.seed, job.prompt
        )
    else:
        frame = next(scene_frames(work_w, work_h, 1, 24, job.seed, job.prompt))
        picture = frame.to_image()
    if scale < 1:
        picture = picture.resize((width, height), Image.Resampling.BILINEAR)
    elif picture.size != (width, height):
        picture = picture.crop((0, 0, width, height))
    _draw_caption(picture, job.prompt)
    _save(picture, tmp_path, job.output_format)
    return RenderResult(
        path=job.out_path,
        mime=IMAGE_FORMATS[job.output_format],
        size=os.path.getsize(tmp_path),
        width=width,
        height=height,
        duration=None,
    )


def _restyled(picture: Image.Image, seed: int, prompt: str) -> Image.Image:
    """The reference with fewer tones and a wash of a palette colour: recognisably it, visibly changed."""
    posterised = Image.blend(picture, ImageOps.posterize(picture, 3), 0.6)
    wash = Image.new("RGB", picture.size, palette(seed, prompt)[3])
    return Image.blend(posterised, wash, 0.2)


def _draw_caption(picture: Image.Image, prompt: str) -> None:
    """Composite the prompt caption near the bottom, touching only the pixels under it."""
    panel = caption_image(prompt, picture.width, picture.height, max_lines=4)
    if panel is None:
        return
    left = max(0, (picture.width - panel.width) // 2)
    top = max(0, picture.height - panel.height - round(picture.height * 0.06))
    box = (left, top, min(picture.width, left + panel.width), min(picture.height, top + panel.height))
    region = picture.crop(box).convert("RGBA")
    region.alpha_composite(panel.crop((0, 0, box[2] - left, box[3] - top)))
    picture.paste(region.convert("RGB"), box[:2])


def _save(picture: Image.Image, path: str, fmt: str) -> None:
    large = picture.width * picture.height > _LARGE
    if fmt == "png":
        picture.save(path, "PNG", compress_level=1 if large else 6)
    elif fmt == "jpeg":
        picture.save(path, "JPEG", quality=90)
    else:
        picture.save(path, "WEBP", quality=85, method=0 if large else 4)
