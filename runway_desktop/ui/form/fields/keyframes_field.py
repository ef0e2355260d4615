"""Keyframes: timed guidance images, each an image slot plus a time in seconds or as a fraction."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec, MediaEncoding, ModelSpec
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.requests.values import parse_number
from runway_desktop.ui.form.fields.base import FieldEditor
from runway_desktop.ui.form.media_admission import MediaWorker
from runway_desktop.ui.form.media_slot import MediaSlot

_UNITS = (
    ("seconds", QT_TRANSLATE_NOOP("KeyframeRow", "seconds from the start")),
    ("at", QT_TRANSLATE_NOOP("KeyframeRow", "fraction of the video (0–1)")),
)


class KeyframeRow(QWidget):
    """One keyframe: where it falls in the video, and its image."""

    def __init__(self, image_spec: FieldSpec, model: ModelSpec, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None, *, worker: MediaWorker) -> None:
        super().__init__(parent)
        self.setObjectName("keyframeRow")
        self.slot = MediaSlot(image_spec, model, thumbnails, self, worker=worker)
        self.unit = QComboBox(self)
        for key, text in _UNITS:
            self.unit.addItem(QCoreApplication.translate("KeyframeRow", text), key)
        self.unit.setAccessibleName(self.tr("Keyframe time unit"))
        self.time = QDoubleSpinBox(self)
        self.time.setObjectName("keyframeTime")
        self.time.setDecimals(2)
        self.time.setRange(0, 3600)
        self.time.setSingleStep(0.5)
        self.time.setAccessibleName(self.tr("Keyframe time"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove keyframe"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        when = QHBoxLayout()
        when.addWidget(self.time)
        when.addWidget(self.unit)
        when.addStretch(1)
        when.addWidget(self.remove_button)
        layout.addLayout(when)
        layout.addWidget(self.slot)
        self.unit.currentIndexChanged.connect(self._on_unit)

    def _on_unit(self) -> None:
        fraction = self.unit.currentData() == "at"
        self.time.setRange(0, 1 if fraction else 3600)
        self.time.setSingleStep(0.05 if fraction else 0.5)

    def value(self) -> dict[str, Any]:
        return {self.unit.currentData(): round(self.time.value(), 3), "media": self.slot.value()}

    def set_value(self, data: dict[str, Any]) -> None:
        key = "at" if data.get("at") is not None else "seconds"
        self.unit.setCurrentIndex(self.unit.findData(key))
        self.time.setValue(parse_number(data.get(key)) or 0)
        media = data.get("media")
        if isinstance(media, dict):
            media = MediaValue.from_json(media)
        if isinstance(media, MediaValue):
            self.slot.set_value(media)


class KeyframesField(FieldEditor):
    """A list of keyframes (up to the model's maximum) with an "Add keyframe" button."""

    def __init__(self, spec: FieldSpec, model: ModelSpec, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None, *, worker: MediaWorker) -> None:
        super().__init__(spec, parent)
        self.model = model
        self.thumbnails = thumbnails
        self.worker = worker
        # Each keyframe's image is checked like a single image input of this field.
        self.image_spec = replace(spec, kind=FieldKind.MEDIA, encoding=MediaEncoding.URI, item=None,
                                  min_items=None, max_items=None, required=True)
        self.rows: list[KeyframeRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout = QVBoxLayout()
        layout.addLayout(self.list_layout)
        self.add_button = QPushButton(self.tr("Add keyframe"), self)
        self.add_button.setObjectName("addKeyframe")
        self.add_button.clicked.connect(lambda: self.add_row())
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        self._update_button()

    def add_row(self) -> KeyframeRow | None:
        if self.spec.max_items is not None and len(self.rows) >= self.spec.max_items:
            return None
        row = KeyframeRow(self.image_spec, self.model, self.thumbnails, self, worker=self.worker)
        row.slot.changed.connect(self.changed)
        row.time.valueChanged.connect(lambda _v: self.changed.emit())
        row.unit.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row.remove_button.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
        self.rows.append(row)
        self.list_layout.addWidget(row)
        self._update_button()
        self.changed.emit()
        return row

    def remove_row(self, row: KeyframeRow) -> None:
        for cell in row.slot.cells:
            if cell.task is not None:
                cell.task.cancel()
        self.rows.remove(row)
        self.list_layout.removeWidget(row)
        row.deleteLater()
        self._update_button()
        self.changed.emit()

    def _update_button(self) -> None:
        limit = self.spec.max_items
        full = limit is not None and len(self.rows) >= limit
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(self.tr("Up to {count} keyframes").format(count=limit) if limit else "")

    def takes(self, kind: str) -> bool:
        return kind in self.spec.media

    def has_room(self) -> bool:
        if any(r.slot.has_room() for r in self.rows):
            return True
        return self.spec.max_items is None or len(self.rows) < self.spec.max_items

    def route(self, info: MediaInfo) -> bool:
        row = next((r for r in self.rows if r.slot.free_cell() is not None), None) or self.add_row()
        return row is not None and row.slot.route(info)

    @property
    def busy(self) -> str | None:
        return next((r.slot.busy for r in self.rows if r.slot.busy), None)

    def value(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    def set_value(self, value: Any) -> bool:
        entries = value if isinstance(value, list | tuple) else [] if value is None else [value]
        if not all(isinstance(e, dict) for e in entries):
            return False
        for row in list(self.rows):
            self.remove_row(row)
        for entry in entries:
            row = self.add_row()
            if row is not None:
                row.set_value(entry)
        return True

    def to_json(self) -> list[dict[str, Any]]:
        out = []
        for row in self.rows:
            data = row.value()
            media = data.pop("media")
            data["media"] = media.to_json() if isinstance(media, MediaValue) else None
            out.append(data)
        return out
