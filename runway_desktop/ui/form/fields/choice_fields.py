"""Fields that pick from a list: enums, moderation, voices, languages; plus booleans and plain text."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.core.requests.values import NO_MATCH, match_choice
from runway_desktop.ui.form.fields.base import FieldEditor
from runway_desktop.ui.form.fields.catalogue_words import is_word_choice
from runway_desktop.ui.form.fields.language_names import language_name
from runway_desktop.ui.i18n import catalogue_text
from runway_desktop.ui.shell.flow_layout import FlowLayout

SEGMENTS_UP_TO = 5  # a few short choices read best as buttons; more go into a drop-down list
SEGMENTS_TEXT_UP_TO = 48  # columns of text (a Chinese character is two) the buttons may hold together
# Offered when a model takes any language code (the list is open: other codes can be typed).
COMMON_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "sv", "tr", "ru", "uk", "ar", "hi",
                    "ja", "ko", "zh", "id")
_MODERATION = {
    "auto": QT_TRANSLATE_NOOP("ChoiceField", "Auto (standard checks)"),
    "low": QT_TRANSLATE_NOOP("ChoiceField", "Low (fewer checks on public figures)"),
}


def default_text(spec: FieldSpec, shown: str | None = None) -> str:
    """How "leave it to the model" reads: "Default (4444)" when the default is known."""
    default = shown if shown is not None else spec.default
    if default is None:
        return QCoreApplication.translate("ChoiceField", "Model default")
    shown_default = choice_label(spec, default)
    return QCoreApplication.translate("ChoiceField", "Default ({value})").format(value=shown_default)


def text_columns(text: str) -> int:
    """How many columns `text` takes in a monospaced terminal: wide (CJK) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def choice_label(spec: FieldSpec, choice: Any) -> str:
    """A choice as people see it: words from the catalogue in the window's language, values as they are."""
    text = str(choice)
    return catalogue_text(text) if is_word_choice(spec, choice) else text


class SegmentButton(QToolButton):
    """One option of a row: never narrower than its words (a squeezed tool button shows "…")."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(44, 28))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class Segmented(QWidget):
    """A row of exclusive toggle buttons, one per option, wrapped to a second row when narrow."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmented")
        self.options = list(options)
        self.group = QButtonGroup(self)
        layout = FlowLayout(self)
        for index, (_value, text) in enumerate(self.options):
            button = SegmentButton(self)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setText(text)
            button.setProperty("first", index == 0)
            button.setProperty("last", index == len(self.options) - 1)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button, index)
            layout.addWidget(button)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # taller when wrapped
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.group.idToggled.connect(self._on_toggled)

    def _on_toggled(self, _id: int, on: bool) -> None:
        if on:  # the button turned off in the same switch says nothing new
            self.changed.emit()

    def value(self) -> Any:
        index = self.group.checkedId()
        return self.options[index][0] if index >= 0 else None

    def set_value(self, value: Any) -> bool:
        for index, (option, _text) in enumerate(self.options):
            if option == value and type(option) is type(value):
                self.group.button(index).setChecked(True)
                return True
        return False

    def button(self, value: Any) -> QToolButton | None:
        for index, (option, _text) in enumerate(self.options):
            if option == value:
                return self.group.button(index)
        return None


class ChoiceField(FieldEditor):
    """One literal among the model's choices, as buttons (few) or a drop-down list (many)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None,
                 labels: dict[Any, str] | None = None, choices: Sequence[Any] | None = None) -> None:
        super().__init__(spec, parent)
        seen: set[str] = set()
        options: list[tuple[Any, str]] = [] if spec.required else [(None, default_text(spec))]
        for choice in choices if choices is not None else spec.choices:
            if str(choice).lower() not in seen:  # "768p" and "768P" are one choice to a person
                seen.add(str(choice).lower())
                label = (labels or {}).get(choice)
                options.append((choice, QCoreApplication.translate("ChoiceField", label) if label
                                else choice_label(spec, choice)))
        self.options = options
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        short = sum(text_columns(text) for _v, text in options) <= SEGMENTS_TEXT_UP_TO
        self.segments: Segmented | None = None
        self.combo: QComboBox | None = None
        if len(options) <= SEGMENTS_UP_TO and short:
            self.segments = Segmented(options, self)
            self.segments.changed.connect(self.changed)
            layout.addWidget(self.segments)
        else:
            self.combo = QComboBox(self)
            for value, text in options:
                self.combo.addItem(text, value)
            self.combo.setMaxVisibleItems(16)
            self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            layout.addWidget(self.combo)
            layout.addStretch(1)
        # An optional field starts at "Default": the model's own default applies and nothing is sent.
        start = spec.default if spec.required and spec.default is not None else options[0][0]
        if not self.set_value(start):
            self.set_value(options[0][0])

    def value(self) -> Any:
        if self.segments is not None:
            return self.segments.value()
        assert self.combo is not None
        return self.combo.currentData()

    def set_value(self, value: Any) -> bool:
        found = None if value is None else match_choice([v for v, _t in self.options if v is not None], value)
        if found is NO_MATCH:
            return False
        if found is None and self.options[0][0] is not None:
            return False
        if self.segments is not None:
            return self.segments.set_value(found)
        assert self.combo is not None
        index = next(i for i, (v, _t) in enumerate(self.options) if v == found and type(v) is type(found))
        self.combo.setCurrentIndex(index)
        return True


class ModerationField(ChoiceField):
    """contentModeration.publicFigureThreshold, in words."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent, labels=_MODERATION, choices=spec.choices or ("auto", "low"))

    def set_value(self, value: Any) -> bool:
        if isinstance(value, dict):
            value = value.get("publicFigureThreshold")
        return super().set_value(value)


class SearchableCombo(QComboBox):
    """A drop-down list one can type into to filter (matches anywhere in the name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._close_when_complete)

    def _close_when_complete(self, text: str) -> None:
        """Typed out in full: the list has nothing left to offer, and must not cover the message below."""
        if self.findText(text.strip(), Qt.MatchFlag.MatchFixedString) >= 0:
            QTimer.singleShot(0, self.completer().popup().hide)  # after the completer has shown it

    def chosen(self) -> Any:
        """The data of the entry whose text is typed, else the typed text itself ("" → None)."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        return text or None


class VoiceField(FieldEditor):
    """A preset voice, searchable by name."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = SearchableCombo(self)
        self.combo.lineEdit().setPlaceholderText(self.tr("Search voices…"))
        self.combo.setAccessibleName(catalogue_text(spec.label))
        if not spec.required:
            self.combo.addItem("", None)
        for name in spec.choices:
            self.combo.addItem(str(name), str(name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.setMinimumWidth(220)
        self.combo.currentTextChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> Any:
        return self.combo.chosen()

    def set_value(self, value: Any) -> bool:
        if isinstance(value, dict):
            value = value.get("presetId")
        if value is None:
            self.combo.setCurrentIndex(0 if not self.spec.required else -1)
            return True
        index = self.combo.findData(str(value))
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        return True


class LanguageField(FieldEditor):
    """A language shown by name and code, "French (fr)"; open lists also take any typed code."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = SearchableCombo(self)
        self.combo.lineEdit().setPlaceholderText(self.tr("Search languages…"))
        self.combo.setAccessibleName(catalogue_text(spec.label))
        if not spec.required:
            unset = self.tr("Automatic (detect)") if not spec.choices else self.tr("Model default")
            self.combo.addItem(unset, None)
        codes = spec.choices or COMMON_LANGUAGES
        for code in sorted(codes, key=lambda c: language_name(str(c)).lower()):
            self.combo.addItem(language_name(str(code)), str(code))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.setMinimumWidth(220)
        if spec.required:
            self.combo.setCurrentIndex(-1)
        self.combo.currentTextChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> Any:
        chosen = self.combo.chosen()
        if isinstance(chosen, str) and chosen.endswith(")") and "(" in chosen:
            chosen = chosen.rsplit("(", 1)[1].rstrip(")")  # "French (fr)" typed out in full
        return chosen

    def set_value(self, value: Any) -> bool:
        index = self.combo.findData(value if value is None else str(value))
        if index < 0:
            if not self.spec.choices and isinstance(value, str) and value.strip():
                self.combo.setEditText(value.strip())
                return True
            return False
        self.combo.setCurrentIndex(index)
        return True


class BooleanField(FieldEditor):
    """A check box; what it shows is what is sent."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(text or catalogue_text(spec.label), self)
        self.box.setToolTip(catalogue_text(spec.help))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.setChecked(bool(spec.default))
        self.box.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.box.isChecked()

    def is_empty(self) -> bool:
        return False

    def set_value(self, value: Any) -> bool:
        if value is None:
            self.box.setChecked(bool(self.spec.default))
            return True
        if not isinstance(value, bool):
            return False
        self.box.setChecked(value)
        return True


class TextField(FieldEditor):
    """A line of free text (negative prompt, colour, …)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Optional") if not spec.required else "")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.line.textChanged.connect(lambda _t: self.changed.emit())
        if spec.default is not None:
            self.line.setText(str(spec.default))

    def value(self) -> str | None:
        text = self.line.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> bool:
        if value is not None and not isinstance(value, str | int | float):
            return False
        self.line.setText("" if value is None else str(value))
        return True
