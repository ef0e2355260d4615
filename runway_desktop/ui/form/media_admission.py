"""Taking one file or link into a media slot: inspect, check against the model, plan, thumbnail.

Everything slow runs in the media worker (a process, injected by whoever composes the window);
the coroutines here only await and assemble.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from runway_desktop.core.catalogue.spec import FieldSpec, ModelSpec
from runway_desktop.core.intake import plan as input_plan
from runway_desktop.core.intake import rules as input_rules
from runway_desktop.core.intake.inspect import IntakeError, human_size
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.requests.media_fields import kind_of
from runway_desktop.ui.i18n import catalogue_text
from runway_desktop.ui.shell.contracts import MediaWorker

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
CONTEXT = "MediaAdmission"
_A_KIND = {
    "image": QT_TRANSLATE_NOOP("MediaAdmission", "an image"),
    "video": QT_TRANSLATE_NOOP("MediaAdmission", "a video"),
    "audio": QT_TRANSLATE_NOOP("MediaAdmission", "audio"),
}


def a_kind(kind: str) -> str:
    """"an image", "a video", "audio" in the window's language."""
    return translate(CONTEXT, _A_KIND[kind]) if kind in _A_KIND else kind


@dataclass(frozen=True)
class Admitted:
    """A file or link a slot holds, with what a person needs to see about it."""

    value: MediaValue
    thumbnail: str | None  # PNG path, None when there is none (links, undecodable previews)
    details: str  # "2.1 MB · 1280×720 · 4.0 s"
    sending: str  # "inline, 2.8 MB" · "upload, 48.0 MB" · "link"

    @property
    def name(self) -> str:
        return self.value.display_name if self.value.path else _link_name(self.value.url or "")

    @property
    def kind(self) -> str | None:
        return kind_of(self.value)


def details_text(info: MediaInfo) -> str:
    """Size, pixel size and duration, as far as they apply."""
    parts = [human_size(info.size)]
    if info.width and info.height:
        parts.append(f"{info.width}×{info.height}")
    if info.duration is not None:
        seconds = QLocale().toString(float(info.duration), "f", 1)
        parts.append(translate("MediaAdmission", "{seconds} s").format(seconds=seconds))
    return " · ".join(parts)


def sending_text(info: MediaInfo) -> str:
    """How the file will travel: inline as a data URI, or as an upload, with the bytes it puts on the wire."""
    plan = input_plan.plan_input(info)
    size = human_size(plan.encoded_size)
    if plan.method == "data-uri":
        return translate("MediaAdmission", "inline, {size}").format(size=size)
    return translate("MediaAdmission", "upload, {size}").format(size=size)


async def inspect(path: str, worker: MediaWorker) -> MediaInfo:
    """What the file is, judged by its content (in the media worker process)."""
    return await worker.inspect(path)


def check(info: MediaInfo, model: ModelSpec, field: FieldSpec) -> None:
    """Raise IntakeError when this model's field cannot take the file (kind, model rules, size)."""
    input_rules.check_for_field(info, model, field)
    input_plan.plan_input(info)


async def admit_info(
    info: MediaInfo, model: ModelSpec, field: FieldSpec, thumbnails: ThumbnailCache, worker: MediaWorker
) -> Admitted:
    """An inspected file checked for this field, with its thumbnail made (or found) in a worker thread."""
    check(info, model, field)
    try:
        thumb: str | None = await worker.thumbnail(thumbnails, info.path, info.kind)
    except Exception:  # a preview that cannot be drawn is no reason to refuse the file
        log.warning("no thumbnail for %s", info.path, exc_info=True)
        thumb = None
    return Admitted(MediaValue(path=info.path, info=info), thumb, details_text(info), sending_text(info))


async def admit_path(
    path: str, model: ModelSpec, field: FieldSpec, thumbnails: ThumbnailCache, worker: MediaWorker
) -> Admitted:
    return await admit_info(await inspect(path, worker), model, field, thumbnails, worker)


def admit_url(url: str, field: FieldSpec) -> Admitted:
    """A link Runway will fetch itself; its kind is guessed from its name, when it has one."""
    checked = input_plan.check_url(url)
    value = MediaValue(url=checked)
    kind = kind_of(value)
    if kind and field.media and kind not in field.media:
        takes = translate("MediaAdmission", " or ").join(a_kind(k) for k in field.media)
        message = translate("MediaAdmission", "'{name}' looks like {kind}, but {field} takes {takes}.")
        raise IntakeError(message.format(name=_link_name(checked), kind=a_kind(kind),
                                         field=catalogue_text(field.label), takes=takes),
                          path=url, code="wrong-kind")
    host = urlsplit(checked).hostname or ""
    return Admitted(value, None, translate("MediaAdmission", "from {host}").format(host=host),
                    translate("MediaAdmission", "link: Runway downloads it"))


def _link_name(url: str) -> str:
    tail = urlsplit(url).path.rsplit("/", 1)[-1]
    return tail or url


def pasted_folder(thumbnails: ThumbnailCache) -> Path:
    """Where pasted and browser-dropped image data is kept as files (next to the thumbnails)."""
    return Path(thumbnails.folder).parent / "pasted"
