"""File → Run pipeline…: a pipeline's `{{variables}}` filled in, its plan and total shown, run as a group.

Reading the file and planning it (local inputs are read and hashed) run off the UI thread; the
spending confirmation is the one Generate uses, for the total.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.catalogue.spec import Catalogue
from runway_desktop.core.plans import Plan, PlanRefused, Problem, load_pipeline
from runway_desktop.core.plans.templates import variables_in
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.plan_view import PlanFooter, PlanView
from runway_desktop.ui.dialogs.spending import Spend, confirm_spend

REPLAN_DELAY_MS = 300  # typing a variable replans once it pauses


def pipeline_variables(path: Path) -> list[str]:
    """The `{{names}}` a pipeline file uses, in order of first use (blocking: reads the file)."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return []  # the plan says what is wrong with the file
    return list(dict.fromkeys(name for _where, name in variables_in(raw)))


class PipelineDialog(QDialog):
    """Variables, plan and total of one pipeline file; "Run N runs" submits it as one group."""

    submitted = Signal(object)  # Group
    planned = Signal()  # a plan (or its refusal) is shown

    def __init__(self, path: Path, catalogue: Catalogue, bridge: EngineBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineDialog")
        self.setWindowTitle(f"Run pipeline — {path.name}")
        self.setModal(False)
        self.path = path
        self.catalogue = catalogue
        self.bridge = bridge
        self.plan: Plan | None = None
        self.variables: dict[str, QLineEdit] = {}
        self._planning: asyncio.Task[Any] | None = None
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=REPLAN_DELAY_MS)
        self._timer.timeout.connect(self.replan)

        self.form = QFormLayout()
        self.note = QLabel("Reading the pipeline…", self)
        self.note.setObjectName("pipelineNote")
        self.note.setWordWrap(True)
        self.view = PlanView(self, name="pipeline")
        buttons = PlanFooter(self, "pipeline", "Run", self.run_plan)
        self.status, self.run_button = buttons.status, buttons.action_button
        self.run_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(760, 520)
        self.bridge.run(lambda: asyncio.to_thread(pipeline_variables, path), "Reading the pipeline",
                        self._show_variables)

    def _show_variables(self, names: list[str] | None) -> None:
        for name in names or []:
            edit = QLineEdit(self)
            edit.setObjectName(f"pipelineVar_{name}")
            edit.setPlaceholderText(f"{{{{{name}}}}}")
            edit.textChanged.connect(lambda _t: self._timer.start())
            self.variables[name] = edit
            self.form.addRow(name, edit)
        self.note.setText(f"{self.path}" + ("\nFill in its variables:" if names else ""))
        self.replan()

    # -- planning --------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.variables.items() if edit.text()}

    def replan(self) -> None:
        """Plan the file with the variables as typed, off the UI thread (one planning at a time)."""
        self._timer.stop()
        if self._planning is not None and not self._planning.done():
            self._again = True
            return
        values = self.values()

        async def plan() -> Plan | PlanRefused:
            try:
                return await asyncio.to_thread(load_pipeline, self.path, values, catalogue=self.catalogue)
            except PlanRefused as refused:
                return refused

        self.run_button.setEnabled(False)
        self._planning = self.bridge.run(plan, "Planning the pipeline", self._show)

    def _show(self, result: Plan | PlanRefused | None) -> None:
        if self._again:
            self._again = False
            self._planning = None
            self.replan()
            return
        if isinstance(result, Plan):
            self.plan = result
            self.view.show_plan(result)
            count = len(result.runs)
            self.run_button.setText(f"Run {count} run{'' if count == 1 else 's'}")
            self.run_button.setEnabled(self.bridge.can_generate)
            if not self.bridge.can_generate:
                self.status.setText("Add a Runway API key in Settings, or try the offline simulator.")
        else:
            self.plan = None
            unplanned = (Problem("The pipeline could not be planned."),)
            problems = result.problems if result is not None else unplanned
            self.view.show_refusal(problems)
            self.run_button.setText("Run")
        self.planned.emit()

    # -- running ---------------------------------------------------------------------------------

    def run_plan(self) -> None:
        """Ask as Generate does (for the total), then queue every run as one group."""
        plan = self.plan
        if plan is None or not self.run_button.isEnabled():
            return
        total = plan.total
        spend = Spend(
            what=f"This pipeline of {total.runs} runs",
            fingerprint=plan.identity,
            credits=total.credits if total.exact else None,
            dollars=total.dollars if total.exact else None,
            detail=total.text,
        )
        confirm_spend(self, self.bridge.spend_guard, spend, lambda: self._submit(plan),
                      accept_label=self.run_button.text())

    def _submit(self, plan: Plan) -> None:
        self.run_button.setEnabled(False)
        self.status.setText("Submitting…")
        task = self.bridge.submit_group(plan, self._on_submitted, name=self.path.stem)
        task.add_done_callback(lambda _t: self.run_button.setEnabled(self.plan is not None))

    def _on_submitted(self, group: Any) -> None:
        if group is None:
            self.status.setText("")
            return
        self.status.setText(f"Queued as one group: {group.name}")
        self.submitted.emit(group)
