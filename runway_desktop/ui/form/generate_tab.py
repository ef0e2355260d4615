"""One generation tab (Video, Image or Audio): model picker, live-checked form, price, Generate.

Every change re-runs `build_request`; Generate stays disabled, with the reason next to it,
until the request is sendable. Submitting goes through the bridge to the engine, and the form
keeps its values for the next variation.
"""

from __future__ import annotations

import asyncio
import itertools
import random
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.catalogue.spec import Catalogue, ModelSpec
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.requests.build import BuiltRequest, build_request
from runway_desktop.core.requests.seeds import seed_field, with_drawn_seed
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.spending import Spend, confirm_spend, request_fingerprint
from runway_desktop.ui.form.drop_routing import A_KIND, DropRouter
from runway_desktop.ui.form.drop_zone import Dropped, DropZone, clipboard_items
from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.form.form_builder import ModelForm
from runway_desktop.ui.form.media_card import MediaCell
from runway_desktop.ui.form.media_slot import MediaSlot
from runway_desktop.ui.form.model_picker import ModelPicker, inputs_text, price_text
from runway_desktop.ui.form.placeholders import prompt_placeholder
from runway_desktop.ui.form.quote_label import QuoteLabel
from runway_desktop.ui.form.restore import DropRecipes
from runway_desktop.ui.form.task_values import task_values
from runway_desktop.ui.shell.fitting import Reflow

if TYPE_CHECKING:  # the batch panel (and the planner) load when it is first opened
    from runway_desktop.ui.dialogs.batch_dialog import BatchDialog

NO_KEY_REASON = "Add a Runway API key in Settings, or try the offline simulator."
PICKER_MIN_WIDTH = 200
# The price and the messages sit side by side from this footer width, one above the other below it.
FOOTER_SIDE_BY_SIDE = 640


class GenerateTab(QWidget):
    """A tab of the main window for one output kind ("video", "image" or "audio")."""

    submitted = Signal(object)  # TaskRecord
    useParameters = Signal(object)  # TaskRecord: settings dropped on the tab, for the window to restore

    def __init__(self, tab: str, catalogue: Catalogue, bridge: EngineBridge, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"generateTab_{tab}")
        self.tab = tab
        self.catalogue = catalogue
        self.bridge = bridge
        self.thumbnails = thumbnails
        self.built: BuiltRequest | None = None
        self.form: ModelForm | None = None
        self._model: ModelSpec | None = None
        self._submitting = False
        self._focus_back = False
        self._rng: random.Random | None = None  # None: seeds come from the system's randomness
        self.spend_question: QMessageBox | None = None
        self.batch_dialog: BatchDialog | None = None
        self.router = DropRouter(
            lambda: self.form, self._where, self._show_drop_hint, self.revalidate, bridge.media
        )
        self.recipes = DropRecipes(self, self.router.route, lambda kind: self.router.target(kind) is not None,
                                   self.useParameters.emit, self._say)
        self._build_ui()
        self.picker.modelChosen.connect(self.select_model)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, context=within)
            shortcut.activated.connect(self.generate)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self, context=within)
        paste.activated.connect(self.paste)
        first = self.picker.models()[0]
        self.select_model(first.endpoint, first.id)

    # -- layout ----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.picker = ModelPicker(self.catalogue, self.tab, self)
        self.picker.setMinimumWidth(PICKER_MIN_WIDTH)
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
        self.drop_zone.dropped.connect(self.route_items)

        self.form_host = DropZone(self, dashed=False)  # drops between fields are routed like the zone's
        self.form_host.setObjectName("formHost")
        self.form_host.dropped.connect(self.route_items)
        host = QVBoxLayout(self.form_host)
        host.setContentsMargins(16, 14, 16, 14)
        host.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.endpoint_label, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        host.addLayout(heading)
        host.addWidget(self.description)
        host.addWidget(self.facts)
        host.addWidget(self.drop_zone)
        self.form_layout = host
        scroll = QScrollArea(self)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The form reflows to the width it gets (see FieldPairs): it scrolls down, never sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        scroll.setWidget(self.form_host)
        self.scroll = scroll

        self.quote = QuoteLabel(self)
        self.reason = QLabel(self)
        self.reason.setObjectName("generateReason")
        self.reason.setWordWrap(True)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_tone(self.reason, "warning")
        self.status = QLabel(self)
        self.status.setObjectName("generateStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_tone(self.status, "ok")
        self.generate_button = QPushButton("Generate", self)
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.setMinimumWidth(140)
        self.generate_button.setMinimumHeight(36)
        self.generate_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.generate_button.setToolTip("Generate (Ctrl+Enter)")
        self.generate_button.clicked.connect(self.generate)
        self.batch_button = QPushButton("Batch…", self)
        self.batch_button.setObjectName("batchButton")
        self.batch_button.setMinimumWidth(140)
        self.batch_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.batch_button.setToolTip("Plan this request over several prompts, seeds, models, ratios…")
        self.batch_button.clicked.connect(self.open_batch)
        bar = QFrame(self)
        bar.setObjectName("generateBar")
        # Holds the focus while Generate is briefly disabled, so it does not wander off the tab.
        bar.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        bar.setAccessibleName("Generate bar")
        self.generate_bar = bar
        # Generate keeps its place at the right whatever the width; the price and the messages
        # beside it stack when the footer is narrow, and every line wraps rather than clips.
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(16, 10, 16, 12)
        bar_layout.setSpacing(16)
        info = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        info.setSpacing(6)
        info.addWidget(self.quote, 3)
        messages = QVBoxLayout()
        messages.setSpacing(2)
        messages.addWidget(self.reason)
        messages.addWidget(self.status)
        info.addLayout(messages, 2)
        bar_layout.addLayout(info, 1)
        # At the bottom right, so it stays put when the lines beside it grow or shrink.
        # Batch… sits above Generate, in its column: the footer is no wider for it.
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addStretch(1)  # both at the bottom right, whatever the lines beside them do
        buttons.addWidget(self.batch_button)
        buttons.addWidget(self.generate_button)
        bar_layout.addLayout(buttons)
        self._footer_flow = Reflow(bar, info, FOOTER_SIDE_BY_SIDE)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("tabSplitter")
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([PICKER_MIN_WIDTH + 20, 700])  # the form gets the room; the list can be widened
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- model -------------------------------------------------------------------------------------

    @property
    def current_model(self) -> ModelSpec:
        assert self._model is not None
        return self._model

    def select_model(self, endpoint: str, model_id: str) -> None:
        """Show the form of this model; values that fit it (prompt, ratio, files…) are kept."""
        model = self.catalogue.get(endpoint, model_id)
        if model is None or model.tab != self.tab:
            raise ValueError(f"{model_id} on {endpoint} is not a model of the {self.tab} tab.")
        self.picker.select(endpoint, model_id)
        if model == self._model:
            return
        carried = self.form.values() if self.form is not None else {}
        self._model = model
        self._say("")  # "Added to the queue: …" spoke of the previous model
        self.title.setText(model.id)
        self.endpoint_label.setText(self.catalogue.endpoints[model.endpoint].title)
        self.description.setText(model.description)
        self.facts.setText(f"Inputs: {inputs_text(model)}   ·   Price: {price_text(model)}")
        self._show_drop_hint()
        self._replace_form(ModelForm(model, self.thumbnails, self.form_host, worker=self.bridge.media))
        if self.form.prompt is not None and self.form.prompt.spec.name == "promptText":
            self.form.prompt.edit.setPlaceholderText(prompt_placeholder(model))
        self.form.set_values(carried)
        self.revalidate()

    def _replace_form(self, form: ModelForm) -> None:
        old = self.form
        if old is not None:
            _cancel_work(old)
            self.form_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.form = form
        self.form_layout.addWidget(form, 1)
        form.show()  # at once, not when the layout's queued show arrives
        form.changed.connect(self.revalidate)
        form.submitRequested.connect(self.generate)
        if form.more_button is not None:  # its fields are made when first opened
            form.more_button.toggled.connect(lambda _open: self._order_tabs())

    def _show_drop_hint(self, text: str | None = None, tone: str | None = None) -> None:
        kinds = sorted({k for f in self.current_model.media_fields for k in f.media})
        self.drop_zone.setVisible(bool(kinds) or text is not None)
        if text is None:
            what = ", ".join(A_KIND[k].split(" ", 1)[1] for k in kinds)
            text = f"Drop files anywhere on this form ({what}): each goes to the first place that takes it."
            tone = "muted"
        self.drop_hint.setText(text)
        set_tone(self.drop_hint, tone)

    # -- checking ----------------------------------------------------------------------------------

    def revalidate(self) -> None:
        """Re-run request building: field messages, the price, and whether Generate may be pressed."""
        if self.form is None:
            return
        built = build_request(self.current_model, self.form.values())
        self.built = built
        self._order_tabs()  # new controls (a file's cell, More settings) join the order where they are
        loose = self.form.show_feedback(built)
        self.quote.set_quote(built.quote)
        self._set_reason(self._blocking_reason(built, loose))

    def _order_tabs(self) -> None:
        """Tab goes search → model list → each control of the form, top to bottom → Generate."""
        chain = [self.picker.search, self.picker.tree, *_focusable(self.form), self.batch_button,
                 self.generate_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _blocking_reason(self, built: BuiltRequest, loose: list[str]) -> str | None:
        assert self.form is not None
        busy = self.form.busy or self.router.busy
        if busy:
            return busy
        if not built.ok:
            return loose[0] if loose else built.blocking_reason
        problems = self.form.slot_problems()
        if problems:
            return problems[0]
        if not self.bridge.can_generate:
            return NO_KEY_REASON
        if self._submitting:
            return "Submitting…"
        return None

    def _set_reason(self, reason: str | None) -> None:
        button = self.generate_button
        if reason is not None and button.hasFocus():
            # A disabled button loses the focus to the next widget in the window (the queue's
            # search): the footer keeps it instead, and hands it back once Generate is enabled.
            self.generate_bar.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_back = True
        button.setEnabled(reason is None)
        if reason is None and self._focus_back:
            self._focus_back = False
            if self.generate_bar.hasFocus():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reason.setText(reason or "")
        self.generate_button.setToolTip(reason or "Generate (Ctrl+Enter)")

    def refresh(self) -> None:
        """Check again (for example after an API key was added or the simulator started)."""
        self.revalidate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.revalidate()

    # -- generating --------------------------------------------------------------------------------

    def set_spend_warning(self, credits: int) -> None:
        """Ask before submitting anything quoted above `credits` (0: never ask); shared by every tab."""
        self.bridge.spend_guard.warn_above = credits

    def generate(self) -> None:
        """Submit the form through the engine (if it is sendable); the form keeps its values.

        The spending confirmation comes first: above the threshold in Settings, or when the same
        request was just sent (a second Ctrl+Enter asks "Generate again?" instead of paying twice).
        """
        if self.spend_question is not None and self.spend_question.isVisible():
            self.spend_question.raise_()  # one question at a time; more presses do not queue more
            return
        self.revalidate()
        built = self.built
        if built is None or not self.generate_button.isEnabled() or self.form is None:
            return
        quote = built.quote
        known = quote is not None and quote.known and quote.credits is not None
        files = [(m.path, m.url) for m in built.media]
        spend = Spend(
            what=f"This {built.model} generation",
            fingerprint=request_fingerprint(built.endpoint, built.body, files),
            credits=quote.credits if known else None,
            dollars=quote.dollars if known else None,
            detail=quote.detail if quote is not None else "",
        )
        question = confirm_spend(self, self.bridge.spend_guard, spend, lambda: self._submit(built))
        self.spend_question = question
        if question is not None:  # forgotten once answered: it deletes itself on close
            question.finished.connect(lambda _r: self._forget_question(question))

    def open_batch(self) -> BatchDialog | None:
        """Open the batch panel on this form's values (non-modal; the form stays usable)."""
        if self.form is None:
            return None
        from runway_desktop.ui.dialogs.batch_dialog import BatchDialog

        dialog = BatchDialog(self.current_model, self.form.values(), self.catalogue, self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.batch_dialog = dialog
        dialog.show()
        return dialog

    def _forget_question(self, question: QMessageBox) -> None:
        if self.spend_question is question:
            self.spend_question = None

    def _submit(self, built: BuiltRequest) -> None:
        """Send the request; a random seed is drawn here, sent and recorded, so the take can be made again."""
        if self.form is None:
            return
        params = self.form.values_json()
        values, seed = with_drawn_seed(self.current_model, self.form.values(), self._rng)
        if seed is not None:
            built = build_request(self.current_model, values)
            params = {**params, seed_field(self.current_model).name: seed}
        self._submitting = True
        self._say("")
        self._set_reason("Submitting…")
        task = self.bridge.submit(built, params, on_done=self._on_submitted)
        task.add_done_callback(self._submission_over)

    def _on_submitted(self, record: TaskRecord | None) -> None:
        if record is None:
            return
        seed = record.body.get("seed")
        self._say(f"Added to the queue: {record.model}" + (f" · seed {seed}" if seed is not None else ""))
        self.submitted.emit(record)

    def _say(self, text: str, tone: str = "ok") -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def _submission_over(self, _task: asyncio.Task) -> None:
        self._submitting = False
        self.revalidate()

    def apply_task(self, task: TaskRecord) -> None:
        """Fill the form from a past task ("Use parameters")."""
        if self.catalogue.get(task.endpoint, task.model) is None:
            retired = self.catalogue.retirement(task.model)
            advice = f" {retired.note}" if retired else ""
            gone = f"{task.model} is not offered any more, so its parameters cannot be used."
            self._say(gone + advice, "warning")
            return
        self.select_model(task.endpoint, task.model)
        assert self.form is not None
        values, as_json = task_values(self.current_model, task)
        for editor in self.form.editors.values():
            editor.set_value(None)
        self.form.set_values(values, as_json=as_json)
        self.revalidate()

    # -- drops and pastes anywhere on the tab ------------------------------------------------------

    def paste(self) -> None:
        """Ctrl+V outside a text box: into the focused media place, else wherever it fits."""
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, MediaCell):
            focus = focus.parentWidget()
        slot = focus.parentWidget() if focus is not None else None
        if isinstance(slot, MediaSlot):
            slot.paste(focus)
            return
        items = clipboard_items()
        if items:
            self.route_items(items)

    def route_items(self, items: list[Dropped]) -> None:
        """Send each dropped item to the first slot that takes its kind (files are inspected first);
        a file carrying its settings may fill the form instead (asked when it could be either)."""
        self._show_drop_hint()
        self.recipes.route(items)

    def _where(self) -> str:
        model = self.current_model
        return f"{model.id} ({self.catalogue.endpoints[model.endpoint].title.lower()})"


def _focusable(form: ModelForm | None) -> list[QWidget]:
    """The form's controls that take the focus from the keyboard, in the order they are laid out."""
    if form is None:
        return []
    found = []
    window = form.window()
    for widget in form.findChildren(QWidget):
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") or isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the inside of a spin box or combo box: the box itself is in the order
        if isinstance(widget, QScrollBar) or widget.window() is not window:
            continue  # a scroll bar, or a combo box's list (a popup window of its own)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
    return found


def _cancel_work(form: ModelForm) -> None:
    """Stop a discarded form's file checks, so none of them touches its widgets afterwards."""
    for editor in form.media_editors():
        slots = [editor] if isinstance(editor, MediaSlot) else [r.slot for r in editor.rows]
        for slot in slots:
            for cell in slot.cells:
                if cell.task is not None:
                    cell.task.cancel()
                    cell.task = None
