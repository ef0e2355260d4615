"""The tab's general drop zone: each dropped file goes to the first slot of the form that takes its kind.

Files are inspected (by content, off the UI thread) before a slot is chosen, so a PNG named
"photo.dat" still lands in an image slot and a video in a video slot.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from runway_desktop.core.intake.inspect import IntakeError
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.requests.media_fields import kind_of
from runway_desktop.ui.form.drop_zone import Dropped
from runway_desktop.ui.form.fields.keyframes_field import KeyframesField
from runway_desktop.ui.form.form_builder import ModelForm
from runway_desktop.ui.form.media_admission import MediaWorker, inspect
from runway_desktop.ui.form.media_slot import MediaSlot
from runway_desktop.ui.i18n import core_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CONTEXT = "DropRouting"
# The kinds of file a form takes, as the general drop zone names them ("image, video").
KIND_WORDS = {
    "image": QT_TRANSLATE_NOOP("DropRouting", "image"),
    "video": QT_TRANSLATE_NOOP("DropRouting", "video"),
    "audio": QT_TRANSLATE_NOOP("DropRouting", "audio"),
}
Target = MediaSlot | KeyframesField


class DropRouter:
    """Routes dropped or pasted items into the current form; reports what it could not place."""

    def __init__(self, form: Callable[[], ModelForm | None], where: Callable[[], str],
                 say: Callable[[str, str], None], changed: Callable[[], None], worker: MediaWorker) -> None:
        self._worker = worker
        self._form = form  # the tab's current form (it changes with the model)
        self._where = where  # "gen4.5 (text to video)", for messages
        self._say = say
        self._changed = changed
        self._checking: dict[int, tuple[str, asyncio.Task]] = {}

    @property
    def busy(self) -> str | None:
        """"Checking clip.mp4…" while a dropped file is inspected."""
        return next((translate("DropRouting", "Checking {name}…").format(name=name)
                     for name, _task in self._checking.values()), None)

    def target(self, kind: str | None, files_only: bool = False) -> Target | None:
        """The first slot taking `kind` that has room, else the first taking it at all."""
        form = self._form()
        if form is None:
            return None
        editors = [e for e in form.media_editors() if kind is None or e.takes(kind)]
        if files_only:  # links and image data go to media slots, not keyframes
            editors = [e for e in editors if isinstance(e, MediaSlot)]
        roomy = [e for e in editors if e.has_room()]
        return (roomy or editors or [None])[0]

    def route(self, items: list[Dropped]) -> None:
        for item in items:
            if item.kind == "file" and item.path:
                task = asyncio.ensure_future(self._route_file(item))
                self._checking[id(task)] = (item.name, task)
                continue
            kind = "image" if item.kind == "image" else kind_of(MediaValue(url=item.url))
            slot = self.target(kind, files_only=True)
            if isinstance(slot, MediaSlot):
                slot.load([item])
            else:
                self._no_place(item.name, kind)
        self._changed()

    async def _route_file(self, item: Dropped) -> None:
        try:
            info = await inspect(item.path or "", self._worker)
            slot = self.target(info.kind)
            if slot is None or not slot.route(info):
                self._no_place(item.name, info.kind)
        except IntakeError as exc:
            self._say(core_text(exc.message), "error")
        except Exception as exc:  # shown, never lost in a coroutine
            log.exception("routing %s failed", item.name)
            self._say(translate("DropRouting", "{name} could not be taken: {error}").format(
                name=item.name, error=exc), "error")
        finally:
            self._checking.pop(id(asyncio.current_task()), None)
            self._changed()

    def _no_place(self, name: str, kind: str | None) -> None:
        self._say(no_place_text(name, kind, self._where()), "error")

    def cancel(self) -> None:
        for _name, task in self._checking.values():
            task.cancel()
        self._checking.clear()


def kind_word(kind: str) -> str:
    """"image", "video" or "audio" in the window's language."""
    return translate(CONTEXT, KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def no_place_text(name: str, kind: str | None, where: str) -> str:
    """Why a dropped file went nowhere: the form has no place for its kind."""
    match kind:
        case "image":
            text = translate("DropRouting",
                             "'{name}' is an image, but {where} has no place for an image.")
        case "video":
            text = translate("DropRouting",
                             "'{name}' is a video, but {where} has no place for a video.")
        case "audio":
            text = translate(
                "DropRouting", "'{name}' is an audio file, but {where} has no place for an audio file.")
        case _:
            text = translate("DropRouting",
                             "'{name}' is this kind of file, but {where} has no place for this kind of file.")
    return text.format(name=name, where=where)
