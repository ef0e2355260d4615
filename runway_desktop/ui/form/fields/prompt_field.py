"""The prompt: a text box with a live UTF-16 counter and `@tag` completion of reference images."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QStringListModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.core.requests.text_rules import plain_number, utf16_length
from runway_desktop.ui.form.fields.base import FieldEditor, set_tone
from runway_desktop.ui.i18n import catalogue_text

# The partial mention right before the cursor: "@" then what has been typed of the tag.
_PARTIAL = re.compile(r"(?<![\w@])@([A-Za-z0-9_]*)$")
_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PromptEdit(QPlainTextEdit):
    """A plain text box whose popup completes `@tags`; Ctrl+Enter asks to generate."""

    submitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.tags = QStringListModel(self)
        self.completer = QCompleter(self.tags, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self.insert_tag)

    def _partial(self) -> re.Match[str] | None:
        cursor = self.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        return _PARTIAL.search(block)

    def _maybe_complete(self) -> None:
        popup = self.completer.popup()
        match = self._partial()
        if match is None or not self.tags.rowCount():
            popup.hide()
            return
        self.completer.setCompletionPrefix(match[1])
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(max(160, popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()))
        self.completer.complete(rect)

    def insert_tag(self, tag: str) -> None:
        """Replace the partial `@ta` before the cursor with `@tag `."""
        match = self._partial()
        cursor = self.textCursor()
        if match is not None:
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor,
                                len(match[0]))
        cursor.insertText(f"@{tag} ")
        self.setTextCursor(cursor)
        self.completer.popup().hide()

    # Files and images dragged over the prompt are for the form's media slots, not text to insert:
    # ignoring them lets the drag reach the form's drop zone behind.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _is_media(event.mimeData()):
            event.ignore()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _is_media(event.mimeData()):
            event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if _is_media(event.mimeData()):
            event.ignore()
        else:
            super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (*_SUBMIT_KEYS, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
                                                 Qt.Key.Key_Backtab):
            event.ignore()  # the completer's popup takes these
            return
        if event.key() in _SUBMIT_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitRequested.emit()
            return
        super().keyPressEvent(event)
        if event.text() or event.key() == Qt.Key.Key_Backspace:  # typing, not text set by the program
            self._maybe_complete()


class PromptField(FieldEditor):
    """Prompt text counted as Runway counts it (UTF-16 code units) against the model's limit."""

    submitRequested = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = PromptEdit(self)
        self.edit.setObjectName("promptEdit")
        self.edit.setAccessibleName(catalogue_text(spec.label))
        self.edit.setPlaceholderText(_placeholder(spec))
        self.edit.setFixedHeight(110 if spec.kind.value == "prompt" else 64)
        self.counter = QLabel(self)
        self.counter.setObjectName("promptCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.counter)
        layout.addLayout(row)
        self.edit.textChanged.connect(self._on_text)
        self.edit.submitRequested.connect(self.submitRequested)
        self._update_counter()

    def _on_text(self) -> None:
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        length = utf16_length(self.edit.toPlainText())
        limit = self.spec.max_length
        if limit is None:
            text = self.tr("1 character") if length == 1 else self.tr("{count} characters")
            self.counter.setText(text.format(count=plain_number(length)))
            set_tone(self.counter, "muted")
            return
        self.counter.setText(f"{plain_number(length)} / {plain_number(limit)}")
        self.counter.setToolTip(self.tr("Counted as Runway counts: most emoji count as two."))
        set_tone(self.counter, "error" if length > limit else "muted")

    def set_tags(self, tags: Sequence[str]) -> None:
        """The reference-image tags offered after `@`."""
        self.edit.tags.setStringList(list(dict.fromkeys(t for t in tags if t)))

    def value(self) -> str | None:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> bool:
        if value is not None and not isinstance(value, str):
            return False
        self.edit.setPlainText(value or "")
        return True


def _is_media(mime: QMimeData | None) -> bool:
    return mime is not None and (mime.hasUrls() or mime.hasImage())


def _placeholder(spec: FieldSpec) -> str:
    if spec.name == "promptText":
        return QCoreApplication.translate("PromptField", "Describe what you want to see or hear…")
    if not spec.help:
        return ""
    first = catalogue_text(spec.help).split(". ")[0].split("。")[0]  # its first sentence, in either language
    return first[:120]
