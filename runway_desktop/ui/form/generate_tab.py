"""One generation tab (Video, Image or Audio): model picker, live-checked form, price, Generate.

Every change re-runs `build_request`; Generate stays disabled, with the reason next to it,
until the request is sendable. Submitting goes through the bridge to the engine, and the form
keeps its values for the next variation.
"""

from __future__ import annotations

import asyncio
import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.catalogue.spec import Catalogue, ModelSpec
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.requests.build import BuiltRequest, build_request
from runway_desktop.core.requests.seeds import seed_field, with_drawn_seed
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.spending import Spend, confirm_spend, request_fingerprint
from runway_desktop.ui.form.drop_routing import DropRouter
from runway_desktop.ui.form.drop_zone import Dropped, DropZone, clipboard_items
from runway_desktop.ui.form.focus_order import chain_focus, focusable
from runway_desktop.ui.form.form_builder import ModelForm
from runway_desktop.ui.form.media_card import MediaCell
from runway_desktop.ui.form.media_slot import MediaSlot
from runway_desktop.ui.form.model_picker import ModelPicker
from runway_desktop.ui.form.placeholders import prompt_placeholder
from runway_desktop.ui.form.restore import DropRecipes
from runway_desktop.ui.form.tab_footer import GenerateFooter
from runway_desktop.ui.form.tab_header import ModelHeader
from runway_desktop.ui.form.task_values import task_values
from runway_desktop.ui.i18n import catalogue_text, core_text

if TYPE_CHECKING:  # the batch panel (and the planner) load when it is first opened
    from runway_desktop.core.running.tasks import TaskRecord
    from runway_desktop.ui.dialogs.batch_dialog import BatchDialog

NO_KEY_REASON = QT_TRANSLATE_NOOP(
    "GenerateTab", "Add a Runway API key in Settings, or try the offline simulator.")
PICKER_MIN_WIDTH = 200


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
        self.header = ModelHeader(self)
        self.header.drop_zone.dropped.connect(self.route_items)
        self.title, self.facts = self.header.title, self.header.facts
        self.drop_zone, self.drop_hint = self.header.drop_zone, self.header.drop_hint
        self.form_host = DropZone(self, dashed=False)  # drops between fields are routed like the zone's
        self.form_host.setObjectName("formHost")
        self.form_host.dropped.connect(self.route_items)
        host = QVBoxLayout(self.form_host)
        host.setContentsMargins(16, 14, 16, 14)
        host.setSpacing(10)
        host.addWidget(self.header)
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
        footer = self.generate_bar = GenerateFooter(self)
        self.quote, self.reason, self.status = footer.quote, footer.reason, footer.status
        self.generate_button, self.batch_button = footer.generate_button, footer.batch_button
        self.generate_button.clicked.connect(self.generate)
        self.batch_button.clicked.connect(self.open_batch)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(footer)
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
            # A caller's mistake, not a person's: stays in English, like a log line.
            raise ValueError(f"{model_id} on {endpoint} is not a model of the {self.tab} tab.")
        self.picker.select(endpoint, model_id)
        if model == self._model:
            return
        carried = self.form.values() if self.form is not None else {}
        self._model = model
        self._say("")  # "Added to the queue: …" spoke of the previous model
        self.header.show_model(model, self.catalogue.endpoints[model.endpoint].title)
        self._show_drop_hint()
        self._replace_form(ModelForm(model, self.thumbnails, self.form_host, worker=self.bridge.media))
        if self.form.prompt is not None and self.form.prompt.spec.name == "promptText":
            self.form.prompt.edit.setPlaceholderText(prompt_placeholder(model))
        self.form.set_values(carried)
        self.revalidate()

    def _replace_form(self, form: ModelForm) -> None:
        old = self.form
        if old is not None:
            old.cancel_work()
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
        self.header.show_drop_hint({k for f in self.current_model.media_fields for k in f.media}, text, tone)

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
        chain_focus([self.picker.search, self.picker.tree, *focusable(self.form), self.batch_button,
                     self.generate_button])

    def _blocking_reason(self, built: BuiltRequest, loose: list[str]) -> str | None:
        assert self.form is not None
        busy = self.form.busy or self.router.busy
        if busy:
            return busy  # already in the window's language: the form's own words
        if not built.ok:
            return core_text(loose[0] if loose else built.blocking_reason)
        problems = self.form.slot_problems()
        if problems:
            return core_text(problems[0])
        if not self.bridge.can_generate:
            return QCoreApplication.translate("GenerateTab", NO_KEY_REASON)
        if self._submitting:
            return self.tr("Submitting…")
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
        self.generate_button.setToolTip(reason or self.generate_bar.generate_tip())

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
            what=self.tr("This {model} generation").format(model=built.model),
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
        self._set_reason(self.tr("Submitting…"))
        task = self.bridge.submit(built, params, on_done=self._on_submitted)
        task.add_done_callback(self._submission_over)

    def _on_submitted(self, record: TaskRecord | None) -> None:
        if record is None:
            return
        seed = record.body.get("seed")
        if seed is None:
            self._say(self.tr("Added to the queue: {model}").format(model=record.model))
        else:
            text = self.tr("Added to the queue: {model} · seed {seed}")
            self._say(text.format(model=record.model, seed=seed))
        self.submitted.emit(record)

    def _say(self, text: str, tone: str = "ok") -> None:
        self.generate_bar.say(text, tone)

    def _submission_over(self, _task: asyncio.Task) -> None:
        self._submitting = False
        self.revalidate()

    def apply_task(self, task: TaskRecord) -> None:
        """Fill the form from a past task ("Use parameters")."""
        if self.catalogue.get(task.endpoint, task.model) is None:
            retired = self.catalogue.retirement(task.model)
            gone = self.tr("{model} is not offered any more, so its parameters cannot be used.").format(
                model=task.model)
            self._say(f"{gone} {catalogue_text(retired.note)}" if retired else gone, "warning")
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
        endpoint = catalogue_text(self.catalogue.endpoints[model.endpoint].title).lower()
        return self.tr("{model} ({endpoint})").format(model=model.id, endpoint=endpoint)

