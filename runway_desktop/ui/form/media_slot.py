"""A media field of the form: one place, fixed first/last frames, or a list of places; all drop zones.

Files are inspected by content, checked against the model and thumbnailed off the UI thread
(`media_sources`, `media_admission`); a place shows "Checking…" meanwhile, and a refusal in place.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QLocale, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.spec import FieldSpec, ModelSpec
from runway_desktop.core.intake import rules as input_rules
from runway_desktop.core.intake.inspect import IntakeError
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.ui.form.drop_zone import Dropped, clipboard_items
from runway_desktop.ui.form.fields.base import FieldEditor, set_tone
from runway_desktop.ui.form.media_admission import MediaWorker
from runway_desktop.ui.form.media_card import MediaCell, position_name
from runway_desktop.ui.form.media_sources import Source, admit_source, source_name
from runway_desktop.ui.form.media_words import (
    FILE_FILTERS,
    counted_text,
    plural_text,
    suggested_tag,
    wanted_text,
)
from runway_desktop.ui.i18n import catalogue_text, core_text

log = logging.getLogger(__name__)


class MediaSlot(FieldEditor):
    """Every place in it takes drops, pastes and chosen files; list slots grow up to `max_items`."""

    last_folder = QDir.homePath()

    def __init__(self, spec: FieldSpec, model: ModelSpec, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None, *, worker: MediaWorker) -> None:
        super().__init__(spec, parent)
        self.model = model
        self.thumbnails = thumbnails
        self.worker = worker
        self.file_dialog: QFileDialog | None = None
        self.fixed = spec.item == "positioned" and spec.position_required
        self.listed = spec.multiple and not self.fixed
        if self.fixed:
            self.capacity: int | None = len(spec.positions)
        elif self.listed:
            self.capacity = spec.max_items
        else:
            self.capacity = 1
        self.cells: list[MediaCell] = []
        self._shown_columns = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        layout.addLayout(self.grid)
        self.notice = QLabel(self)
        self.notice.setObjectName("slotNotice")
        self.notice.setWordWrap(True)
        set_tone(self.notice, "error")
        self.notice.hide()
        layout.addWidget(self.notice)
        if self.listed:
            hint = QLabel(self._hint(), self)
            hint.setObjectName("slotHint")
            hint.setWordWrap(True)  # a narrow form (or a longer language) wraps it rather than cutting it
            set_tone(hint, "muted")
            layout.addWidget(hint)
        if self.fixed and len(spec.positions) > 1:
            for position in spec.positions:
                self._add_cell(position=position, title=position_name(position))
        else:
            self._add_cell(position=spec.positions[0] if self.fixed else None)

    def _hint(self) -> str:
        tagged = self.spec.item == "tagged"
        if self.capacity:
            items = counted_text(self.capacity, self.spec)
            text = self.tr("Up to {items}. Tag each one to mention it in the prompt as @tag.") if tagged \
                else self.tr("Up to {items}.")
            return text.format(items=items)
        text = self.tr("Any number of {items}. Tag each one to mention it in the prompt as @tag.") if tagged \
            else self.tr("Any number of {items}.")
        return text.format(items=plural_text(self.spec))

    @property
    def label(self) -> str:
        """The field's name as people see it, in the window's language."""
        return catalogue_text(self.spec.label)

    # -- places ----------------------------------------------------------------------------------

    def _add_cell(self, position: str | None = None, title: str | None = None) -> MediaCell:
        cell = MediaCell(
            wanted_text(self.spec),
            title=title,
            position=position,
            tagged=self.spec.item == "tagged",
            positions=self.spec.positions if self.listed and self.spec.item == "positioned" else (),
            subjects=self.spec.subjects,
            parent=self,
        )
        cell.field_label = self.tr("{field}, {place}").format(field=self.label, place=title) if title \
            else self.label
        cell.describe()
        cell.dropped.connect(lambda items, c=cell: self.load(items, c))
        cell.chooseRequested.connect(lambda c=cell: self.open_chooser(c))
        cell.removeRequested.connect(lambda c=cell: self.remove(c))
        cell.pasteRequested.connect(lambda c=cell: self.paste(c))
        cell.edited.connect(self.changed)
        self.cells.append(cell)
        self._relayout()
        return cell

    def _columns(self) -> int:
        """Two columns when two places fit side by side without squeezing their text, else one."""
        if len(self.cells) < 2 and not self.listed:
            return 1
        needed = 2 * max(cell.sizeHint().width() for cell in self.cells) + self.grid.horizontalSpacing()
        slack = 24 if self._shown_columns == 2 else 0  # a scroll bar coming and going must not flip it
        return 2 if self.width() + slack >= needed else 1

    def _relayout(self) -> None:
        columns = self._shown_columns = self._columns()
        for cell in self.cells:
            self.grid.removeWidget(cell)
        for index, cell in enumerate(self.cells):
            self.grid.addWidget(cell, index // columns, index % columns)

    def _fit_columns(self) -> None:
        if self._columns() != self._shown_columns:
            self._relayout()

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column: a slot with room shows two (see `_columns`)."""
        hint = super().minimumSizeHint()
        single = max((cell.minimumSizeHint().width() for cell in self.cells), default=0)
        return QSize(min(hint.width(), max(single, 1)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _ensure_free_place(self) -> None:
        """A list slot keeps one empty place at its end while it has room."""
        if not self.listed or any(c.free and not c.error_text for c in self.cells):
            return
        if self.capacity is None or len(self.cells) < self.capacity:
            self._add_cell()

    def free_cell(self) -> MediaCell | None:
        cell = next((c for c in self.cells if c.free), None)
        if cell is None and self.listed and (self.capacity is None or len(self.cells) < self.capacity):
            cell = self._add_cell()
        return cell

    def takes(self, kind: str) -> bool:
        return kind in self.spec.media

    def has_room(self) -> bool:
        """A free place, or room for one more in a list."""
        if any(c.free for c in self.cells):
            return True
        return self.listed and (self.capacity is None or len(self.cells) < self.capacity)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, items: list[Source], cell: MediaCell | None = None) -> None:
        """Put items into this slot: the first into `cell` (replacing), the rest into free places."""
        targets: list[MediaCell] = []
        for index, item in enumerate(items):
            target = cell if index == 0 and cell is not None else self.free_cell()
            if target is None or target in targets:
                break
            targets.append(target)
            self._start(target, item)  # busy from now on, so the next item finds another place
        left = len(items) - len(targets)
        if left <= 0:
            self.set_notice(None)
            return
        text = self.tr("{field} takes {items} at most; 1 more was not added.") if left == 1 else \
            self.tr("{field} takes {items} at most; {count} more were not added.")
        self.set_notice(text.format(field=self.label, items=counted_text(self.capacity or 0, self.spec),
                                    count=QLocale().toString(left)))

    def set_notice(self, text: str | None) -> None:
        """A message about the slot as a whole (not one of its files)."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def route(self, info: MediaInfo) -> bool:
        """Take an inspected file from the tab's general drop zone; False when there is no place."""
        cell = self.free_cell() or (self.cells[0] if not self.listed else None)
        if cell is None:
            return False
        self._start(cell, info)
        return True

    def choose_file(self, path: str, cell: MediaCell | None = None) -> None:
        """What the file dialog calls with the chosen path."""
        MediaSlot.last_folder = str(Path(path).parent)
        self.load([Dropped("file", path=path)], cell)

    def paste(self, cell: MediaCell | None = None) -> bool:
        items = clipboard_items()
        if items:
            self.load(items, cell)
        return bool(items)

    def open_chooser(self, cell: MediaCell | None = None) -> QFileDialog:
        """A non-modal file dialog; its choice goes to `cell` (or the first free place)."""
        title = self.tr("Choose {wanted} for {field}").format(wanted=wanted_text(self.spec), field=self.label)
        dialog = QFileDialog(self, title, MediaSlot.last_folder)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        filters = [self.tr(FILE_FILTERS[k]) for k in self.spec.media if k in FILE_FILTERS]
        dialog.setNameFilters([*filters, self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda path: self.choose_file(path, cell))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _start(self, cell: MediaCell, source: Source) -> None:
        if cell.task is not None:
            cell.task.cancel()
        cell.show_busy(source_name(source))
        cell.task = asyncio.ensure_future(self._load(cell, source))
        self.changed.emit()

    async def _load(self, cell: MediaCell, source: Source) -> None:
        mine = asyncio.current_task()
        try:
            item = await admit_source(source, self.model, self.spec, self.thumbnails, self.worker)
        except asyncio.CancelledError:
            raise
        except (IntakeError, OSError) as exc:
            if cell.task is mine:
                cell.settle()
                message = getattr(exc, "message", None)
                name = source_name(source)
                unread = self.tr("{name} cannot be read: {error}.").format(name=name, error=exc)
                cell.set_error(core_text(message) if message else unread)
        except Exception as exc:  # shown in place: never lost in a coroutine
            log.exception("taking %s into %s failed", source_name(source), self.spec.name)
            if cell.task is mine:
                cell.settle()
                cell.set_error(self.tr("{name} could not be taken: {error}").format(
                    name=source_name(source), error=exc))
        else:
            if cell.task is mine:
                cell.show_item(item, source if isinstance(source, MediaValue) else None)
                if cell.tag is not None and not cell.tag.text():
                    cell.set_tag(suggested_tag(item.value.path or item.name, self._tags(cell)))
        finally:
            if cell.task is mine:
                cell.task = None
                self._ensure_free_place()
                self._fit_columns()  # a filled place is wider than an empty one
                self.changed.emit()

    def remove(self, cell: MediaCell) -> None:
        self.set_notice(None)
        if cell.task is not None:
            cell.task.cancel()
            cell.task = None
        cell.set_error(None)
        if self.listed and len(self.cells) > 1:
            self.cells.remove(cell)
            self.grid.removeWidget(cell)
            cell.deleteLater()
            self._relayout()
        else:
            cell.clear()
        self._ensure_free_place()
        self.changed.emit()

    def _tags(self, but: MediaCell | None = None) -> set[str]:
        return {c.tag.text().strip().lower() for c in self.cells if c is not but and c.tag is not None}

    # -- value -----------------------------------------------------------------------------------

    @property
    def busy(self) -> str | None:
        return next((c.busy_text for c in self.cells if c.busy_text), None)

    def items(self) -> list[MediaValue]:
        return [v for c in self.cells if (v := c.value()) is not None]

    def tags(self) -> list[str]:
        return [v.tag for v in self.items() if v.tag]

    def value(self) -> Any:
        items = self.items()
        if self.spec.multiple:
            return items
        return items[0] if items else None

    def problem(self) -> str | None:
        """A limit across the slot's files together (combined length), as a sentence."""
        infos = [v.info for v in self.items() if v.info is not None]
        try:
            input_rules.check_slot(infos, self.model, self.spec)
        except IntakeError as exc:
            return core_text(exc.message)
        return None

    def set_value(self, value: Any) -> bool:
        values = value if isinstance(value, list | tuple) else [] if value is None else [value]
        if not all(isinstance(v, MediaValue) for v in values):
            return False
        for cell in list(self.cells):
            self.remove(cell)
        for given in values:
            cell = next((c for c in self.cells if c.position == given.position and c.free), None) \
                if self.fixed else None
            cell = cell or self.free_cell()
            if cell is not None:
                self._start(cell, given)
        return True

    def to_json(self) -> Any:
        items = [v.to_json() for v in self.items()]
        return items if self.spec.multiple else (items[0] if items else None)

    def set_json(self, data: Any) -> bool:
        entries = data if isinstance(data, list) else [] if data is None else [data]
        if not all(isinstance(e, dict) for e in entries):
            return False
        return self.set_value([MediaValue.from_json(e) for e in entries])

