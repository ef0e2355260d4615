"""File → Run pipeline…: a pipeline's `{{variables}}` filled in, its plan and total shown, run as a group.

Reading the file and planning it (local inputs are read and hashed) run off the UI thread; the
spending confirmation is the one Generate uses, for the total (`PlanDialog`).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.spec import Catalogue
from runway_desktop.core.plans import Plan, PlanRefused, Problem, load_pipeline
from runway_desktop.core.plans.templates import variables_in
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.money import number_words
from runway_desktop.ui.dialogs.plan_dialog import PlanDialog

REPLAN_DELAY_MS = 300  # typing a variable replans once it pauses


def pipeline_variables(path: Path) -> list[str]:
    """The `{{names}}` a pipeline file uses, in order of first use (blocking: reads the file)."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return []  # the plan says what is wrong with the file
    return list(dict.fromkeys(name for _where, name in variables_in(raw)))


class PipelineDialog(PlanDialog):
    """Variables, plan and total of one pipeline file; "Run N runs" submits it as one group."""

    planned = Signal()  # a plan (or its refusal) is shown

    def __init__(self, path: Path, catalogue: Catalogue, bridge: EngineBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(bridge, "pipeline", "Run", parent)
        self.setObjectName("pipelineDialog")
        self.setWindowTitle(self.tr("Run pipeline — {file}").format(file=path.name))
        self.path = path
        self.catalogue = catalogue
        self.variables: dict[str, QLineEdit] = {}
        self._planning: asyncio.Task[Any] | None = None
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=REPLAN_DELAY_MS)
        self._timer.timeout.connect(self.replan)

        self.form = QFormLayout()
        self.note = QLabel(self.tr("Reading the pipeline…"), self)
        self.note.setObjectName("pipelineNote")
        self.note.setWordWrap(True)
        self.run_button = self.action_button
        self.run_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.footer)
        self.resize(760, 520)
        self.bridge.run(lambda: asyncio.to_thread(pipeline_variables, path), self.tr("Reading the pipeline"),
                        self._show_variables)

    def _show_variables(self, names: list[str] | None) -> None:
        for name in names or []:
            edit = QLineEdit(self)
            edit.setObjectName(f"pipelineVar_{name}")
            edit.setPlaceholderText(f"{{{{{name}}}}}")
            edit.textChanged.connect(lambda _t: self._timer.start())
            self.variables[name] = edit
            self.form.addRow(name, edit)
        if names:
            self.note.setText(self.tr("{file}\nFill in its variables:").format(file=self.path))
        else:
            self.note.setText(str(self.path))
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
        self._planning = self.bridge.run(plan, self.tr("Planning the pipeline"), self._show)

    def _show(self, result: Plan | PlanRefused | None) -> None:
        if self._again:
            self._again = False
            self._planning = None
            self.replan()
            return
        if isinstance(result, Plan):
            self.show_ready(result)
        else:
            unplanned = (Problem(self.tr("The pipeline could not be planned.")),)
            self.show_refused(result.problems if result is not None else unplanned)
        self.planned.emit()

    # -- what the shared part asks ---------------------------------------------------------------

    def action_text(self, count: int | None) -> str:
        if count is None:
            return self.tr("Run")
        if count == 1:
            return self.tr("Run 1 run")
        return self.tr("Run {count} runs").format(count=number_words(count))

    def spend_what(self, count: int) -> str:
        if count == 1:
            return self.tr("This pipeline of 1 run")
        return self.tr("This pipeline of {count} runs").format(count=number_words(count))

    def group_name(self, plan: Plan) -> str:
        return self.path.stem
