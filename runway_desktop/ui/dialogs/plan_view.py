"""A plan as a person checks it before paying: every run with its quote, the exact total, the warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.catalogue.pricing import credits_text
from runway_desktop.core.plans import Plan, Problem
from runway_desktop.ui.form.fields.base import set_tone

COLUMNS = ("Run", "Model", "What", "Quote")


class PlanView(QWidget):
    """The runs table, the total line and the warnings of one plan (or why there is none)."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "plan") -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName(f"{name}Runs")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel(self)
        self.total.setObjectName(f"{name}Total")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel(self)
        self.warnings.setObjectName(f"{name}Warnings")
        self.warnings.setWordWrap(True)
        set_tone(self.warnings, "warning")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.warnings)

    def show_plan(self, plan: Plan) -> None:
        self.table.setRowCount(len(plan.runs))
        for row, run in enumerate(plan.runs):
            quote = run.quote
            price = credits_text(quote.credits) if quote.known and quote.credits is not None else "no price"
            what = run.source or ", ".join(ref.label for ref in run.inputs) or run.filename
            for column, text in enumerate((run.key if plan.kind == "pipeline" else str(run.number),
                                           run.model, what, price)):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.total.setText(f"Total: {plan.total.text}")
        self.warnings.setText("\n".join(w.sentence for w in plan.warnings))

    def show_refusal(self, problems: Sequence[Problem]) -> None:
        self.table.setRowCount(0)
        self.total.setText("Nothing to run.")
        self.warnings.setText("\n".join(p.sentence for p in problems))


class PlanFooter(QHBoxLayout):
    """The bottom line of a plan dialog: what is happening, Close, and the button that sends the plan."""

    def __init__(self, dialog: QWidget, name: str, action: str, on_action: Callable[[], object]) -> None:
        super().__init__()
        self.status = QLabel(dialog)
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        self.action_button = QPushButton(action, dialog)
        self.action_button.setObjectName(f"{name}{action}")
        self.action_button.clicked.connect(on_action)
        close = QPushButton("Close", dialog)
        close.clicked.connect(dialog.close)
        self.addWidget(self.status, 1)
        self.addWidget(close)
        self.addWidget(self.action_button)
