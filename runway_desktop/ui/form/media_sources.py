"""Where a media slot's items come from (a drop, an inspected file, a value carried over) and how
each is taken in: inspected, checked against the model and thumbnailed by `media_admission`."""

from __future__ import annotations

from pathlib import Path

from runway_desktop.core.catalogue.spec import FieldSpec, ModelSpec
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.ui.form.drop_zone import Dropped, save_image
from runway_desktop.ui.form.media_admission import (
    Admitted,
    MediaWorker,
    admit_info,
    admit_path,
    admit_url,
    pasted_folder,
)
from runway_desktop.ui.form.origin import with_origin

Source = Dropped | MediaInfo | MediaValue


def source_name(source: Source) -> str:
    """The file's or link's name, for "Checking face.png…" and messages."""
    if isinstance(source, MediaInfo):
        return Path(source.path).name
    if isinstance(source, MediaValue):
        return source.display_name
    return source.name


async def admit_source(source: Source, model: ModelSpec, spec: FieldSpec, thumbnails: ThumbnailCache,
                       worker: MediaWorker) -> Admitted:
    """`source` taken into a place of `spec`, with where it came from (a take of the history) kept."""
    item = await _admit_bare(source, model, spec, thumbnails, worker)
    return await with_origin(item, source.origin if isinstance(source, MediaValue) else None)


async def _admit_bare(source: Source, model: ModelSpec, spec: FieldSpec, thumbnails: ThumbnailCache,
                      worker: MediaWorker) -> Admitted:
    if isinstance(source, MediaInfo):
        return await admit_info(source, model, spec, thumbnails, worker)
    if isinstance(source, MediaValue):
        if source.url:
            return admit_url(source.url, spec)
        if source.info is not None:  # carried over from another model's form: already inspected
            return await admit_info(source.info, model, spec, thumbnails, worker)
        return await admit_path(source.path or "", model, spec, thumbnails, worker)
    if source.kind == "url":
        return admit_url(source.url or "", spec)
    path = source.path
    if source.kind == "image":
        path = await save_image(source.image, pasted_folder(thumbnails))
    return await admit_path(path or "", model, spec, thumbnails, worker)
