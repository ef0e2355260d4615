"""What every field editor offers the form: a value, a way to set it, and a change signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.ui.shell.theme import colour as theme_colour

# A message's tone and the theme colour it is drawn in (the style sheet matches the `tone` property too).
TONES = {"error": "error", "warning": "warning", "muted": "text_muted", "ok": "ok"}


def set_tone(label: QLabel, tone: str | None) -> None:
    """Colour a label as an error, warning or muted note (the `tone` property for the style sheet)."""
    label.setProperty("tone", tone or "")
    palette = label.palette()
    colour = TONES.get(tone or "")
    palette.setColor(QPalette.ColorRole.WindowText, theme_colour(colour) if colour else QPalette().color(
        QPalette.ColorRole.WindowText))
    label.setPalette(palette)
    if label.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # style sheets see the new property
        label.style().unpolish(label)
        label.style().polish(label)


class FieldEditor(QWidget):
    """Base of the editors: `value()` is what `build_request` takes for this field (None: unset)."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.name}")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> bool:
        """Show `value`; False (and nothing changes) when this editor cannot hold it."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        value = self.value()
        return value is None or value == "" or value == []

    def to_json(self) -> Any:
        """The value as JSON, for a task's saved parameters ("Use parameters" restores it)."""
        return self.value()

    def set_json(self, data: Any) -> bool:
        return self.set_value(data)

    @property
    def busy(self) -> str | None:
        """What the editor is still working on ("Checking clip.mp4…"), or None."""
        return None
