"""Advanced settings as JSON, checked as one types (syntax here, the schema by request building)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.ui.form.fields.base import FieldEditor, set_tone
from runway_desktop.ui.i18n import catalogue_text


class JsonField(FieldEditor):
    """A small code editor whose status line says whether the text is valid JSON."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("jsonEdit")
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setPlaceholderText('{"key": "value"}')
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(catalogue_text(spec.label))
        self.edit.setFixedHeight(80)
        self.status = QLabel(self)
        self.status.setObjectName("jsonStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.edit.textChanged.connect(self._on_text)
        self._on_text()

    def _on_text(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            self.status.setText(self.tr("Empty: the model's defaults apply."))
            set_tone(self.status, "muted")
        else:
            try:
                json.loads(text)
            except json.JSONDecodeError as error:
                text = self.tr("Not valid JSON yet: {error} (line {line}, column {column}).")
                self.status.setText(text.format(error=error.msg, line=error.lineno, column=error.colno))
                set_tone(self.status, "error")
            else:
                self.status.setText(self.tr("Valid JSON."))
                set_tone(self.status, "ok")
        self.changed.emit()

    def value(self) -> str | None:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> bool:
        if value is None or isinstance(value, str):
            self.edit.setPlainText(value or "")
        else:
            self.edit.setPlainText(json.dumps(value, indent=2))
        return True
