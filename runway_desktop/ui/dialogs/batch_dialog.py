"""Batch…: one form's request fanned out over prompts, seeds, models, ratios and durations, as one group.

Every change replans at once (`plan_batch` is pure and fast); the table is exactly what will be
sent, with each run's quote and the exact total. Drawn seeds come from one generator per dialog,
so the plan shown is the plan submitted. "Generate N runs" asks through the same spending
confirmation as Generate, for the total (`PlanDialog`); "At most N at once" bounds the group.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.catalogue.spec import Catalogue, ModelSpec
from runway_desktop.core.plans import Plan, PlanRefused, plan_batch
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.money import number_words
from runway_desktop.ui.dialogs.plan_dialog import PlanDialog

SEED_FORM, SEED_DRAWN, SEED_LIST = range(3)
CHECK_LIST_HEIGHT = 56
REPLAN_DELAY_MS = 120  # typing a prompt replans once it pauses, not on every key


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _number(text: str) -> Any:
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() else value


def _check_list(parent: QWidget, name: str, labels: list[str]) -> QListWidget:
    """A compact wrapping list of check boxes (a model list can be long)."""
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.setFlow(QListView.Flow.LeftToRight)
    widget.setWrapping(True)
    widget.setResizeMode(QListView.ResizeMode.Adjust)
    widget.setSpacing(2)
    widget.setMaximumHeight(CHECK_LIST_HEIGHT)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    for label in labels:
        item = QListWidgetItem(label, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    return widget


def checked(widget: QListWidget) -> list[str]:
    """The labels of the ticked items, in order."""
    return [widget.item(i).text() for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def tick(widget: QListWidget, label: str) -> None:
    """Tick the item with this label (as a click on its box does)."""
    for i in range(widget.count()):
        if widget.item(i).text() == label:
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise KeyError(label)


class BatchDialog(PlanDialog):
    """A non-modal panel that plans a batch from a form's values and submits it as one group."""

    def __init__(self, model: ModelSpec, values: Mapping[str, Any], catalogue: Catalogue,
                 bridge: EngineBridge, parent: QWidget | None = None, *, rng_seed: int | None = None) -> None:
        super().__init__(bridge, "batch", "Generate", parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Batch — {model}").format(model=model.id))
        self.model = model
        self.values = dict(values)
        self.catalogue = catalogue
        self._rng_seed = random.randrange(2**32) if rng_seed is None else rng_seed
        self._replan_timer = QTimer(self, singleShot=True, interval=REPLAN_DELAY_MS)
        self._replan_timer.timeout.connect(self.replan)
        self.table, self.total, self.warnings = self.view.table, self.view.total, self.view.warnings
        self.generate_button = self.action_button
        self.generate_button.setDefault(True)
        self._build()
        self.replan()

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        self.prompts = QPlainTextEdit(self)
        self.prompts.setObjectName("batchPrompts")
        self.prompts.setPlaceholderText(self.tr("One prompt per line"))
        self.prompts.setPlainText(str(self.values.get("promptText", "")))
        self.prompts.setMaximumHeight(84)
        self.prompts.textChanged.connect(self._replan_soon)
        if self.model.field("promptText") is not None:
            form.addRow(self.tr("Prompts"), self.prompts)
        else:
            self.prompts.hide()
        form.addRow(self.tr("Seeds"), self._seeds_row())

        self.other_models = _check_list(
            self, "batchModels", [s.id for s in self.catalogue.for_endpoint(self.model.endpoint)
                                  if s.id != self.model.id])
        self.other_models.itemChanged.connect(self._replan_soon)
        if self.other_models.count():
            form.addRow(self.tr("Also with"), self.other_models)
        ratio = self.model.field("ratio")
        self.ratios = _check_list(self, "batchRatios", [str(c) for c in ratio.choices] if ratio else [])
        self.ratios.itemChanged.connect(self._replan_soon)
        if self.ratios.count():
            form.addRow(self.tr("Ratios"), self.ratios)
        else:
            self.ratios.hide()
        self.durations = QLineEdit(self)
        self.durations.setObjectName("batchDurations")
        self.durations.setPlaceholderText(self.tr("The form's duration; or several, e.g. 5, 10"))
        self.durations.textChanged.connect(self._replan_soon)
        if self.model.field("duration") is not None:
            form.addRow(self.tr("Durations (s)"), self.durations)
        else:
            self.durations.hide()

        self.budget = QDoubleSpinBox(self, minimum=0, maximum=1_000_000, decimals=0)
        self.budget.setObjectName("batchBudget")
        self.budget.setSpecialValueText(self.tr("No budget"))
        self.budget.setSuffix(self.tr(" credits"))
        self.budget.setToolTip(self.tr("Runs that would take the group past this wait in the queue."))
        form.addRow(self.tr("Group budget"), self.budget)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.footer)
        self.resize(760, 560)

    def _seeds_row(self) -> QHBoxLayout:
        seeds = QHBoxLayout()
        self.seed_mode = QComboBox(self)
        self.seed_mode.setObjectName("batchSeedMode")
        self.seed_mode.addItems([self.tr("The form's seed"), self.tr("Draw seeds"), self.tr("These seeds")])
        self.seed_count = QSpinBox(self, minimum=1, maximum=100, value=2)
        self.seed_count.setObjectName("batchSeedCount")
        self.seed_list = QLineEdit(self)
        self.seed_list.setObjectName("batchSeedList")
        self.seed_list.setPlaceholderText(self.tr("e.g. 1, 42, 7"))
        for widget in (self.seed_mode, self.seed_count, self.seed_list):
            seeds.addWidget(widget)
        if self.model.field("seed") is not None and "seed" not in self.values:
            # The form's "Random": one seed drawn here, sent and recorded, as Generate does.
            self.seed_mode.setCurrentIndex(SEED_DRAWN)
            self.seed_count.setValue(1)
        self.seed_mode.currentIndexChanged.connect(self._seed_mode_changed)
        self.seed_count.valueChanged.connect(self._replan_soon)
        self.seed_list.textChanged.connect(self._replan_soon)
        self._seed_mode_changed()
        return seeds

    def _seed_mode_changed(self) -> None:
        mode = self.seed_mode.currentIndex()
        self.seed_count.setVisible(mode == SEED_DRAWN)
        self.seed_list.setVisible(mode == SEED_LIST)
        self._replan_soon()

    def _replan_soon(self) -> None:
        self._replan_timer.start()

    # -- planning --------------------------------------------------------------------------------

    def _seeds(self) -> int | list[int]:
        mode = self.seed_mode.currentIndex()
        if mode == SEED_DRAWN:
            return self.seed_count.value()
        if mode == SEED_LIST:
            return [int(s) for s in _items(self.seed_list.text()) if s.lstrip("-").isdigit()]
        return 0

    def replan(self) -> None:
        """Plan the batch as the panel stands; the table, total and warnings follow."""
        self._replan_timer.stop()
        try:
            plan = plan_batch(
                self.model, self.values,
                prompts=self.prompts.toPlainText().splitlines(),
                seeds=self._seeds(),
                other_models=checked(self.other_models),
                ratios=checked(self.ratios),
                durations=[_number(d) for d in _items(self.durations.text())],
                rng=random.Random(self._rng_seed),
                catalogue=self.catalogue,
            )
        except PlanRefused as refused:
            self.show_refused(refused.problems)
            return
        self.show_ready(plan)

    # -- what the shared part asks ---------------------------------------------------------------

    def action_text(self, count: int | None) -> str:
        if count is None:
            return self.tr("Generate")
        if count == 1:
            return self.tr("Generate 1 run")
        return self.tr("Generate {count} runs").format(count=number_words(count))

    def spend_what(self, count: int) -> str:
        if count == 1:
            return self.tr("This batch of 1 run")
        return self.tr("This batch of {count} runs").format(count=number_words(count))

    def group_name(self, plan: Plan) -> str:
        return self.tr("Batch of {count} · {model}").format(count=number_words(len(plan.runs)),
                                                           model=self.model.id)

    def group_options(self) -> dict[str, Any]:
        return {"budget_credits": self.budget.value() or None}

    def send(self) -> None:
        """Replan first (a prompt typed a moment ago counts), then ask and send."""
        self.replan()
        super().send()
