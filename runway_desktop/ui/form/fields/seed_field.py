"""Seed: random (a new one drawn for each generation, sent and recorded) or fixed, with a dice button."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QToolButton, QWidget

from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.core.requests.values import SEED_MAX, SEED_MIN, is_random_seed, parse_number
from runway_desktop.ui.form.fields.base import FieldEditor
from runway_desktop.ui.form.fields.choice_fields import Segmented


class SeedField(FieldEditor):
    """Random or a fixed whole number in the model's seed range (0–4,294,967,295)."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, rng: random.Random | None = None
    ) -> None:
        super().__init__(spec, parent)
        self._rng = rng or random.Random()
        self.low = int(spec.minimum if spec.minimum is not None else SEED_MIN)
        self.high = int(spec.maximum if spec.maximum is not None else SEED_MAX)
        self.mode = Segmented([("random", self.tr("Random")), ("fixed", self.tr("Fixed"))], self)
        self.mode.setToolTip(self.tr(
            "Random: a new seed is drawn for every generation, sent with it and kept in the history "
            "and the sidecar, so any take can be made again. Fixed: the same seed every time."
        ))
        # A double spin box: seeds go past the 32-bit range of QSpinBox; doubles hold them exactly.
        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName("seedSpin")
        self.spin.setDecimals(0)
        self.spin.setRange(self.low, self.high)
        self.spin.setMinimumWidth(130)
        self.dice = QToolButton(self)
        self.dice.setObjectName("seedDice")
        self.dice.setText("⚄")
        self.dice.setToolTip(self.tr("Pick a new random seed"))
        self.dice.setAccessibleName(self.tr("New random seed"))
        self.spin.setAccessibleName(self.tr("Seed"))
        self.mode.setAccessibleName(self.tr("Seed: random or fixed"))
        for button in self.mode.group.buttons():
            button.setAccessibleDescription(self.tr("The seed: drawn anew for each generation, or fixed"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)
        layout.addWidget(self.spin)
        layout.addWidget(self.dice)
        layout.addStretch(1)
        self.mode.changed.connect(self._on_mode)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.dice.clicked.connect(self.roll)
        self.spin.setValue(self._rng.randint(self.low, self.high))
        self.mode.set_value("random")
        self._show_fixed(False)

    def _show_fixed(self, fixed: bool) -> None:
        self.spin.setVisible(fixed)
        self.dice.setVisible(fixed)

    def _on_mode(self) -> None:
        self._show_fixed(self.mode.value() == "fixed")
        self.changed.emit()

    def roll(self) -> None:
        """A fresh fixed seed."""
        self.spin.setValue(self._rng.randint(self.low, self.high))

    def value(self) -> int | None:
        if self.mode.value() != "fixed":
            return None
        return int(self.spin.value())

    def is_empty(self) -> bool:
        return False

    def set_value(self, value: Any) -> bool:
        if is_random_seed(value):
            self.mode.set_value("random")
            self._show_fixed(False)
            return True
        number = parse_number(value)
        if number is None or not float(number).is_integer() or not self.low <= number <= self.high:
            return False
        self.spin.setValue(int(number))
        self.mode.set_value("fixed")
        self._show_fixed(True)
        return True
