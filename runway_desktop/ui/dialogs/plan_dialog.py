"""What the batch and the pipeline dialogs share: the plan shown, its footer, and sending it as a group.

The footer says what is happening, offers "At most N at once" (the group's `max_parallel`, from 1
to Settings' limit), Close, and the button that sends the plan. Sending asks through the same
spending confirmation as Generate, for the plan's total, then queues every run as one group.
Its words are translated in the "PlanDialog" context by name: `self.tr` in a base class would look
them up under the subclass's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from runway_desktop.core.plans import Plan, Problem
from runway_desktop.core.storage.settings import MAX_CONCURRENT_LIMIT
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.money import total_words
from runway_desktop.ui.dialogs.plan_view import PlanView
from runway_desktop.ui.dialogs.spending import Spend, confirm_spend


class PlanDialog(QDialog):
    """A non-modal dialog that shows one plan and sends it as one group; subclasses make the plan."""

    submitted = Signal(object)  # Group

    def __init__(self, bridge: EngineBridge, name: str, button_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.bridge = bridge
        self.plan: Plan | None = None
        self.view = PlanView(self, name=name)
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        self.max_parallel = self._parallel_spin(name)
        self.action_button = QPushButton(self.action_text(None), self)
        self.action_button.setObjectName(f"{name}{button_name}")
        self.action_button.clicked.connect(self.send)
        close = QPushButton(QCoreApplication.translate("PlanDialog", "Close"), self)
        close.clicked.connect(self.close)
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.status, 1)
        self.footer.addWidget(self.max_parallel)
        self.footer.addWidget(close)
        self.footer.addWidget(self.action_button)

    def _parallel_spin(self, name: str) -> QSpinBox:
        limit = self.bridge.max_live or MAX_CONCURRENT_LIMIT
        spin = QSpinBox(self)
        spin.setObjectName(f"{name}MaxParallel")
        spin.setRange(1, limit)
        spin.setValue(limit)
        spin.setPrefix(QCoreApplication.translate("PlanDialog", "At most "))
        spin.setSuffix(QCoreApplication.translate("PlanDialog", " at once"))
        spin.setAccessibleName(QCoreApplication.translate("PlanDialog", "Runs at Runway at once"))
        spin.setToolTip(QCoreApplication.translate(
            "PlanDialog",
            "How many of these runs are at Runway at the same time; the others wait in the queue. "
            "Settings' \"Tasks sent at once\" ({limit}) is the most."
        ).format(limit=limit))
        return spin

    # -- what a subclass says --------------------------------------------------------------------

    def action_text(self, count: int | None) -> str:
        """The send button's words for a plan of `count` runs (None: no plan)."""
        raise NotImplementedError

    def spend_what(self, count: int) -> str:
        """The subject of the spending question: "This batch of 12 runs"."""
        raise NotImplementedError

    def group_name(self, plan: Plan) -> str:
        raise NotImplementedError

    def group_options(self) -> dict[str, Any]:
        """More of `submit_group`'s options (a budget, for a batch)."""
        return {}

    # -- showing the plan --------------------------------------------------------------------------

    def show_ready(self, plan: Plan) -> None:
        """The plan, its total and warnings; the send button names its runs."""
        self.plan = plan
        self.view.show_plan(plan)
        self.action_button.setText(self.action_text(len(plan.runs)))
        self.action_button.setEnabled(self.bridge.can_generate)
        if not self.bridge.can_generate:
            self.status.setText(QCoreApplication.translate(
                "PlanDialog", "Add a Runway API key in Settings, or try the offline simulator."))

    def show_refused(self, problems: Sequence[Problem]) -> None:
        """Why there is nothing to send, each problem where it comes from."""
        self.plan = None
        self.view.show_refusal(problems)
        self.action_button.setText(self.action_text(None))
        self.action_button.setEnabled(False)

    # -- sending -----------------------------------------------------------------------------------

    def send(self) -> None:
        """Ask as Generate does (for the total), then queue every run as one group."""
        plan = self.plan
        if plan is None or not self.action_button.isEnabled():
            return
        total = plan.total
        spend = Spend(
            what=self.spend_what(total.runs),
            fingerprint=plan.identity,
            credits=total.credits if total.exact else None,
            dollars=total.dollars if total.exact else None,
            detail=total_words(total),
        )
        confirm_spend(self, self.bridge.spend_guard, spend, lambda: self._submit(plan),
                      accept_label=self.action_button.text())

    def _submit(self, plan: Plan) -> None:
        self.action_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("PlanDialog", "Submitting…"))
        task = self.bridge.submit_group(plan, self._on_submitted, name=self.group_name(plan),
                                        max_parallel=self.max_parallel.value(), **self.group_options())
        task.add_done_callback(lambda _t: self.action_button.setEnabled(self.plan is not None))

    def _on_submitted(self, group: Any) -> None:
        if group is None:
            self.status.setText("")
            return
        queued = QCoreApplication.translate("PlanDialog", "Queued as one group: {name}")
        self.status.setText(queued.format(name=group.name))
        self.submitted.emit(group)
