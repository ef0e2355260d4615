"""Duration limited to what the model takes: buttons for listed lengths, a spin box for a range, "Auto"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QToolButton, QWidget

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec
from runway_desktop.core.requests.text_rules import plain_number
from runway_desktop.core.requests.values import NO_MATCH, match_choice, parse_number
from runway_desktop.ui.form.fields.base import FieldEditor
from runway_desktop.ui.form.fields.choice_fields import Segmented
from runway_desktop.ui.form.fields.number_field import make_spin, spin_set, spin_value
from runway_desktop.ui.i18n import catalogue_text

# Used when the catalogue gives no range: every duration the API takes today fits in it.
OPEN_RANGE = (1, 60)
TYPICAL_SECONDS = 5


class DurationField(FieldEditor):
    """Seconds of output: one of the listed values, or a number in range; "Auto" where allowed."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.segments: Segmented | None = None
        self.spin: QAbstractSpinBox | None = None
        self.optional = not spec.required and spec.default is None
        if spec.choices:
            options = [(None, self.tr("Default"))] if self.optional else []
            options += [(c, self.tr("{seconds} s").format(seconds=plain_number(parse_number(c) or 0)))
                        for c in spec.choices]
            self.segments = Segmented(options, self)
            self.segments.changed.connect(self.changed)
            layout.addWidget(self.segments)
        else:
            low = spec.minimum if spec.minimum is not None else OPEN_RANGE[0]
            high = spec.maximum if spec.maximum is not None else OPEN_RANGE[1]
            self.spin = make_spin(spec, low, high, optional=self.optional, suffix=self.tr(" s"))
            self.spin.setObjectName("durationSpin")
            self.spin.setAccessibleName(catalogue_text(spec.label))
            if spec.minimum is not None and spec.maximum is not None:
                self.spin.setToolTip(self.tr("{low} to {high} seconds").format(
                    low=plain_number(low), high=plain_number(high)))
            self.spin.valueChanged.connect(lambda _v: self.changed.emit())
            layout.addWidget(self.spin)
        self.auto: QToolButton | None = None
        if spec.also:
            self.auto = QToolButton(self)
            self.auto.setObjectName("durationAuto")
            self.auto.setCheckable(True)
            self.auto.setText(catalogue_text(str(spec.also[0]).capitalize()))
            self.auto.setToolTip(self.tr("Let the model choose the length"))
            self.auto.toggled.connect(self._on_auto)
            layout.addWidget(self.auto)
        layout.addStretch(1)
        self.set_value(self._start(spec))

    def _start(self, spec: FieldSpec) -> Any:
        if spec.default is not None or self.optional:
            return spec.default
        if spec.choices:
            return spec.choices[0]
        low = spec.minimum if spec.minimum is not None else OPEN_RANGE[0]
        high = spec.maximum if spec.maximum is not None else OPEN_RANGE[1]
        return min(max(TYPICAL_SECONDS, low), high)

    def _on_auto(self, on: bool) -> None:
        widget = self.segments or self.spin
        if widget is not None:
            widget.setEnabled(not on)
        self.changed.emit()

    def value(self) -> Any:
        if self.auto is not None and self.auto.isChecked():
            return self.spec.also[0]
        if self.segments is not None:
            return self.segments.value()
        assert self.spin is not None
        return spin_value(self.spin, self.optional)

    def set_value(self, value: Any) -> bool:
        if self.auto is not None:
            is_auto = isinstance(value, str) and value.strip().lower() == str(self.spec.also[0]).lower()
            self.auto.setChecked(is_auto)
            if is_auto:
                return True
        if self.segments is not None:
            if value is None:
                return self.segments.set_value(None) if self.optional else False
            found = match_choice(self.spec.choices, value)
            return found is not NO_MATCH and self.segments.set_value(found)
        assert self.spin is not None
        return spin_set(self.spin, value, self.optional)


def is_duration(spec: FieldSpec) -> bool:
    return spec.name == "duration" and spec.kind in (FieldKind.ENUM, FieldKind.INTEGER, FieldKind.NUMBER)
