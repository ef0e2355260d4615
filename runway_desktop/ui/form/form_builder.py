"""One form builder for every model: an editor per catalogue field kind, laid out and checked live.

No model has code of its own: the field's kind, range, choices and media settings decide the
editor; `build_request` (run by the tab on every change) decides what is wrong.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec, ModelSpec
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.requests.build import BuiltRequest
from runway_desktop.ui.form.field_pairs import FieldPairs
from runway_desktop.ui.form.fields.base import FieldEditor, set_tone
from runway_desktop.ui.form.fields.catalogue_words import english_title
from runway_desktop.ui.form.fields.choice_fields import (
    BooleanField,
    ChoiceField,
    LanguageField,
    ModerationField,
    TextField,
    VoiceField,
)
from runway_desktop.ui.form.fields.duration_field import DurationField, is_duration
from runway_desktop.ui.form.fields.json_field import JsonField
from runway_desktop.ui.form.fields.keyframes_field import KeyframesField
from runway_desktop.ui.form.fields.number_field import NumberField
from runway_desktop.ui.form.fields.prompt_field import PromptField
from runway_desktop.ui.form.fields.ratio_picker import RatioPicker
from runway_desktop.ui.form.fields.seed_field import SeedField
from runway_desktop.ui.form.fields.wheel import guard_wheel
from runway_desktop.ui.form.media_slot import MediaSlot
from runway_desktop.ui.i18n import catalogue_text, core_text
from runway_desktop.ui.shell.contracts import MediaWorker

WIDE = (FieldKind.PROMPT, FieldKind.MEDIA, FieldKind.KEYFRAMES, FieldKind.RATIO, FieldKind.JSON)
MAIN = (FieldKind.PROMPT, FieldKind.MEDIA, FieldKind.KEYFRAMES, FieldKind.RATIO, FieldKind.VOICE,
        FieldKind.LANGUAGE, FieldKind.SEED)
_ORDER = {FieldKind.MEDIA: 0, FieldKind.KEYFRAMES: 1, FieldKind.PROMPT: 2, FieldKind.RATIO: 3}


def field_title(spec: FieldSpec) -> str:
    """The label people see, in the window's language."""
    return catalogue_text(english_title(spec))


def make_editor(
    spec: FieldSpec, model: ModelSpec, thumbnails: ThumbnailCache, worker: MediaWorker
) -> FieldEditor:
    """The editor for one field, chosen by its kind alone."""
    kind = spec.kind
    if is_duration(spec):
        return DurationField(spec)
    match kind:
        case FieldKind.PROMPT:
            return PromptField(spec)
        case FieldKind.MEDIA:
            return MediaSlot(spec, model, thumbnails, worker=worker)
        case FieldKind.KEYFRAMES:
            return KeyframesField(spec, model, thumbnails, worker=worker)
        case FieldKind.RATIO if spec.choices:
            return RatioPicker(spec)
        case FieldKind.ENUM:
            return ChoiceField(spec)
        case FieldKind.INTEGER | FieldKind.NUMBER:
            return NumberField(spec)
        case FieldKind.BOOLEAN:
            return BooleanField(spec, text=field_title(spec))
        case FieldKind.SEED:
            return SeedField(spec)
        case FieldKind.VOICE if spec.choices:
            return VoiceField(spec)
        case FieldKind.LANGUAGE:
            return LanguageField(spec)
        case FieldKind.MODERATION:
            return ModerationField(spec)
        case FieldKind.JSON:
            return JsonField(spec)
    return TextField(spec)


def is_main(spec: FieldSpec) -> bool:
    """Shown up front; the rest go under "More settings"."""
    return spec.required or spec.kind in MAIN or spec.name in ("duration", "audio")


class FieldRow(QWidget):
    """A field's title (with a required mark and its help as a tooltip), editor and message line."""

    def __init__(self, spec: FieldSpec, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"row_{spec.name}")
        self.spec = spec
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # Plain text (rich text costs a document per label, and forms are rebuilt on every switch).
        title = field_title(spec)
        self.title = QLabel(self.tr("{field} *").format(field=title) if spec.required else title, self)
        self.title.setObjectName("fieldTitle")
        self.title.setProperty("required", spec.required)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        required = self.tr("<p><i>Required.</i></p>") if spec.required else ""
        help_text = catalogue_text(spec.help)
        self.title.setToolTip(f"<p>{html.escape(help_text)}</p>{required}" if spec.help else required)
        if spec.kind is not FieldKind.BOOLEAN:
            layout.addWidget(self.title)
        else:
            self.title.hide()
        layout.addWidget(editor)
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)  # beside a taller row, the title stays on top of its control

    def show_message(self, text: str | None, tone: str = "error") -> None:
        self.message.setText(text or "")
        set_tone(self.message, tone)
        self.message.setVisible(bool(text))


class ModelForm(QWidget):
    """The form for one model: main fields first, optional extras under a collapsible "More settings"."""

    changed = Signal()
    submitRequested = Signal()

    def __init__(self, model: ModelSpec, thumbnails: ThumbnailCache, parent: QWidget | None = None,
                 *, worker: MediaWorker) -> None:
        super().__init__(parent)
        self.setObjectName("modelForm")
        self.model = model
        self.thumbnails = thumbnails
        self.worker = worker
        self.rows: dict[str, FieldRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        fields = sorted(model.fields, key=lambda f: _ORDER.get(f.kind, 9))
        main = [f for f in fields if is_main(f)]
        extra = [f for f in fields if not is_main(f)]
        self._place(layout, main)
        self.more_button: QToolButton | None = None
        self.more: QWidget | None = None
        self._extra = extra  # built when first shown or given a value: most forms never open it
        if extra:
            self.more_button = QToolButton(self)
            self.more_button.setObjectName("moreSettings")
            self.more_button.setCheckable(True)
            self.more_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.more_button.setText(self.tr("More settings ({count})").format(count=len(extra)))
            self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.more_button.setArrowType(Qt.ArrowType.RightArrow)
            self.more_button.toggled.connect(self.set_more_visible)
            layout.addWidget(self.more_button)
            self.more = QWidget(self)
            self.more.setObjectName("moreSettingsBox")
            self.more.hide()
            layout.addWidget(self.more)
        layout.addStretch(1)
        for row in self.rows.values():
            row.editor.changed.connect(self._on_change)
        if self.prompt is not None:
            self.prompt.submitRequested.connect(self.submitRequested)
        self._refresh_tags()
        guard_wheel(self)

    def _place(self, layout: QVBoxLayout, specs: Iterable[FieldSpec], parent: QWidget | None = None) -> None:
        """Wide fields take a line each; small ones pair up two to a line."""
        parent = parent or self
        grid: FieldPairs | None = None
        for spec in specs:
            row = FieldRow(spec, make_editor(spec, self.model, self.thumbnails, self.worker), parent)
            self.rows[spec.name] = row
            if spec.kind in WIDE:
                layout.addWidget(row)
                grid = None
                continue
            if grid is None:
                grid = FieldPairs(parent)
                layout.addWidget(grid)
            # A check box has no title above it: it lines up with the controls beside it, not their titles.
            boolean = spec.kind is FieldKind.BOOLEAN
            # Others fill their cell, so a row of buttons that wraps is given the height it needs.
            align = Qt.AlignmentFlag.AlignBottom if boolean else Qt.AlignmentFlag(0)
            grid.add(row, align)

    def build_more(self) -> None:
        """Create the "More settings" editors (once)."""
        if self.more is None or self.more.layout() is not None:
            return
        inner = QVBoxLayout(self.more)
        inner.setContentsMargins(16, 0, 0, 0)
        inner.setSpacing(14)
        self._place(inner, self._extra, self.more)
        for spec in self._extra:
            self.rows[spec.name].editor.changed.connect(self._on_change)
        guard_wheel(self.more)

    def set_more_visible(self, visible: bool) -> None:
        if self.more is None or self.more_button is None:
            return
        if visible:
            self.build_more()
        self.more.setVisible(visible)
        self.more_button.setChecked(visible)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)

    def _on_change(self) -> None:
        guard_wheel(self)  # editors add controls as they fill (keyframe rows, for one)
        self._refresh_tags()
        self.changed.emit()

    def _refresh_tags(self) -> None:
        prompt = self.prompt
        if prompt is not None:
            prompt.set_tags([t for e in self.editors.values() if isinstance(e, MediaSlot) for t in e.tags()])

    # -- access ----------------------------------------------------------------------------------

    @property
    def editors(self) -> dict[str, FieldEditor]:
        return {name: row.editor for name, row in self.rows.items()}

    def editor(self, name: str) -> FieldEditor | None:
        if name not in self.rows and any(spec.name == name for spec in self._extra):
            self.build_more()
        row = self.rows.get(name)
        return row.editor if row else None

    @property
    def prompt(self) -> PromptField | None:
        return next((r.editor for r in self.rows.values() if isinstance(r.editor, PromptField)), None)

    def media_editors(self) -> list[MediaSlot | KeyframesField]:
        """Editors that take files, in form order (the general drop zone routes to the first that fits)."""
        return [r.editor for r in self.rows.values() if isinstance(r.editor, MediaSlot | KeyframesField)]

    @property
    def busy(self) -> str | None:
        return next((b for e in self.editors.values() if (b := e.busy)), None)

    def values(self) -> dict[str, Any]:
        """What `build_request` takes: every field that holds something."""
        return {name: e.value() for name, e in self.editors.items() if not e.is_empty()}

    def values_json(self) -> dict[str, Any]:
        """The same as JSON, saved with the task so "Use parameters" can restore the form."""
        return {name: e.to_json() for name, e in self.editors.items() if not e.is_empty()}

    def set_values(self, values: Mapping[str, Any], *, as_json: bool = False) -> list[str]:
        """Fill the editors that can hold the given values; returns the names that were taken."""
        taken = []
        for name, value in values.items():
            if value is None and name not in self.rows:
                continue  # nothing to show in an editor that does not exist yet
            editor = self.editor(name)
            if editor is None:
                continue
            if editor.set_json(value) if as_json else editor.set_value(value):
                taken.append(name)
        more = self.more
        if more is not None and any(n in taken and not is_main(self.rows[n].spec) for n in taken):
            self.set_more_visible(True)
        return taken

    # -- feedback --------------------------------------------------------------------------------

    def show_feedback(self, built: BuiltRequest) -> list[str]:
        """Errors and warnings next to their fields; returns the messages that belong to no field."""
        errors: dict[str, list[str]] = {}
        loose: list[str] = []
        for error in built.errors:
            row = self.rows.get(error.field)
            editor = row.editor if row else None
            if editor is None:
                loose.append(error.message)
            elif not editor.is_empty():  # an untouched empty field shows only its required mark
                errors.setdefault(error.field, []).append(core_text(error.message))
        for name, editor in self.editors.items():
            problem = editor.problem() if isinstance(editor, MediaSlot) else None
            if problem:
                errors.setdefault(name, []).append(problem)
        warnings: dict[str, list[str]] = {}
        for warning in built.warnings:
            warnings.setdefault(warning.field, []).append(core_text(warning.message))
        for name, row in self.rows.items():
            if name in errors:
                row.show_message("\n".join(errors[name]), "error")
            elif name in warnings:
                row.show_message("\n".join(warnings[name]), "warning")
            else:
                row.show_message(None)
        return loose

    def cancel_work(self) -> None:
        """Stop the file checks of a form being discarded, so none of them touches its widgets afterwards."""
        for editor in self.media_editors():
            slots = [editor] if isinstance(editor, MediaSlot) else [r.slot for r in editor.rows]
            for slot in slots:
                for cell in slot.cells:
                    if cell.task is not None:
                        cell.task.cancel()
                        cell.task = None

    def slot_problems(self) -> list[str]:
        return [p for e in self.editors.values() if isinstance(e, MediaSlot) and (p := e.problem())]
