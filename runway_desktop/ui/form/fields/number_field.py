"""Whole and real numbers: a spin box limited to the model's range, or free entry when none is given."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec
from runway_desktop.core.requests.text_rules import plain_number
from runway_desktop.core.requests.values import parse_number
from runway_desktop.ui.form.fields.base import FieldEditor

INT_LIMIT = 2_147_483_647
translate = QCoreApplication.translate


def make_spin(
    spec: FieldSpec, low: float, high: float, *, optional: bool, suffix: str = ""
) -> QAbstractSpinBox:
    """A spin box from `low` to `high`; an optional one starts one step below, shown as "Default"."""
    whole = spec.kind is not FieldKind.NUMBER
    if whole:
        spin: QAbstractSpinBox = QSpinBox()
        step = 1
        spin.setRange(int(low) - (1 if optional else 0), min(int(high), INT_LIMIT))
    else:
        spin = QDoubleSpinBox()
        span = high - low
        step = 0.5 if span >= 5 else 0.1 if span >= 1 else 0.05
        spin.setDecimals(2)
        spin.setSingleStep(step)
        spin.setRange(low - (step if optional else 0), high)
    if optional:
        default = spec.default
        if isinstance(default, int | float):
            unset = translate("NumberField", "Default ({value})").format(value=plain_number(default))
        else:
            unset = translate("NumberField", "Default")
        spin.setSpecialValueText(unset)
    if suffix:
        spin.setSuffix(suffix)
    spin.setAccelerated(True)
    spin.setMinimumWidth(110)
    return spin


def spin_value(spin: QAbstractSpinBox, optional: bool) -> int | float | None:
    if optional and spin.value() == spin.minimum():
        return None
    value = spin.value()
    return int(value) if isinstance(spin, QSpinBox) else round(value, 4)


def spin_set(spin: QAbstractSpinBox, value: Any, optional: bool) -> bool:
    if value is None:
        if not optional:
            return False
        spin.setValue(spin.minimum())
        return True
    number = parse_number(value)
    low = spin.minimum() + (spin.singleStep() if optional else 0)
    if number is None or not low - 1e-9 <= number <= spin.maximum() + 1e-9:
        return False
    if isinstance(spin, QSpinBox) and not float(number).is_integer():
        return False
    spin.setValue(number)
    return True


class NumberField(FieldEditor):
    """A number within the model's range; "Default" leaves it to the model when it is optional."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.optional = not spec.required
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin: QAbstractSpinBox | None = None
        self.line: QLineEdit | None = None
        if spec.minimum is not None and spec.maximum is not None:
            self.spin = make_spin(spec, spec.minimum, spec.maximum, optional=self.optional)
            self.spin.setToolTip(self.tr("From {low} to {high}").format(
                low=plain_number(spec.minimum), high=plain_number(spec.maximum)))
            self.spin.valueChanged.connect(lambda _v: self.changed.emit())
            layout.addWidget(self.spin)
        else:
            self.line = QLineEdit(self)
            self.line.setPlaceholderText(_hint(spec))
            if spec.default is not None and not spec.required:
                default = plain_number(spec.default)
                self.line.setPlaceholderText(self.tr("default {value}").format(value=default))
            whole = spec.kind is not FieldKind.NUMBER
            self.line.setValidator(QIntValidator(self) if whole else QDoubleValidator(self))
            self.line.textChanged.connect(lambda _t: self.changed.emit())
            self.line.setMaximumWidth(180)
            layout.addWidget(self.line)
        layout.addStretch(1)
        start = None  # optional: the model's default applies and nothing is sent
        if spec.required:
            start = spec.default if spec.default is not None else spec.minimum
        self.set_value(start)

    def value(self) -> int | float | str | None:
        if self.spin is not None:
            return spin_value(self.spin, self.optional)
        assert self.line is not None
        text = self.line.text().strip()
        return text or None

    def set_value(self, value: Any) -> bool:
        if self.spin is not None:
            return spin_set(self.spin, value, self.optional)
        assert self.line is not None
        number = parse_number(value) if value is not None else None
        if value is not None and (number is None or not math.isfinite(number)):
            return False
        self.line.setText("" if number is None else plain_number(number).replace(",", ""))
        return True


def _hint(spec: FieldSpec) -> str:
    if spec.minimum is not None:
        return translate("NumberField", "at least {value}").format(value=plain_number(spec.minimum))
    if spec.maximum is not None:
        return translate("NumberField", "at most {value}").format(value=plain_number(spec.maximum))
    if not spec.required:
        return translate("NumberField", "model default")
    return translate("NumberField", "a number")
