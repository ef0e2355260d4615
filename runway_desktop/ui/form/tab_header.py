"""The top of a tab's form: the model's name, its endpoint, what it does, and the general drop zone."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.spec import ModelSpec
from runway_desktop.ui.form.drop_routing import kind_word
from runway_desktop.ui.form.drop_zone import DropZone
from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.form.model_picker import inputs_text, price_text
from runway_desktop.ui.i18n import catalogue_text
from runway_desktop.ui.i18n.line_breaks import wrappable


class ModelHeader(QWidget):
    """Name and endpoint on one line, the description and facts below, then the dashed drop zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelHeader")
        self.title = QLabel(self)
        self.title.setObjectName("modelTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.endpoint_label = QLabel(self)
        self.endpoint_label.setObjectName("endpointBadge")
        set_tone(self.endpoint_label, "muted")
        self.description = QLabel(self)
        self.description.setObjectName("modelDescription")
        self.description.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("modelFacts")
        self.facts.setWordWrap(True)
        set_tone(self.facts, "muted")
        self.drop_zone = DropZone(self)
        self.drop_zone.setObjectName("generalDropZone")
        self.drop_hint = QLabel(self.drop_zone)
        self.drop_hint.setObjectName("generalDropHint")
        self.drop_hint.setWordWrap(True)
        hint_layout = QHBoxLayout(self.drop_zone)
        hint_layout.setContentsMargins(12, 8, 12, 8)
        hint_layout.addWidget(self.drop_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.endpoint_label, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        layout.addLayout(heading)
        layout.addWidget(self.description)
        layout.addWidget(self.facts)
        layout.addWidget(self.drop_zone)

    def show_model(self, model: ModelSpec, endpoint_title: str) -> None:
        self.title.setText(model.id)
        self.endpoint_label.setText(catalogue_text(endpoint_title))
        self.description.setText(catalogue_text(model.description))
        self.facts.setText(self.tr("Inputs: {inputs}   ·   Price: {price}").format(
            inputs=inputs_text(model), price=price_text(model)))

    def show_drop_hint(self, kinds: Iterable[str], text: str | None = None, tone: str | None = None) -> None:
        """The zone's invitation naming the kinds the form takes, or a message about the last drop."""
        kinds = sorted(kinds)
        self.drop_zone.setVisible(bool(kinds) or text is not None)
        if text is None:
            what = self.tr(", ").join(kind_word(k) for k in kinds)
            text = self.tr(
                "Drop files anywhere on this form ({kinds}): each goes to the first place that takes it."
            ).format(kinds=what)
            tone = "muted"
        self.drop_hint.setText(wrappable(text))  # a long file name wraps instead of widening the form
        set_tone(self.drop_hint, tone)
