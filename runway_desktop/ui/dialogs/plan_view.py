"""A plan as a person checks it before paying: every run with its quote, the exact total, the warnings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.plans import Plan, Problem
from runway_desktop.ui.dialogs.money import credits_words, total_words
from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.i18n import core_text

COLUMNS = (QT_TRANSLATE_NOOP("PlanView", "Run"), QT_TRANSLATE_NOOP("PlanView", "Model"),
           QT_TRANSLATE_NOOP("PlanView", "What"), QT_TRANSLATE_NOOP("PlanView", "Quote"))


class PlanView(QWidget):
    """The runs table, the total line and the warnings of one plan (or why there is none)."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "plan") -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName(f"{name}Runs")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("PlanView", c) for c in COLUMNS])
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
            known = quote.known and quote.credits is not None
            price = credits_words(quote.credits or 0) if known else self.tr("no price")
            what = run.source or ", ".join(ref.label for ref in run.inputs) or run.filename
            for column, text in enumerate((run.key if plan.kind == "pipeline" else str(run.number),
                                           run.model, what, price)):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.total.setText(self.tr("Total: {total}").format(total=total_words(plan.total)))
        self.warnings.setText("\n".join(core_text(w.sentence) for w in plan.warnings))

    def show_refusal(self, problems: Sequence[Problem]) -> None:
        self.table.setRowCount(0)
        self.total.setText(self.tr("Nothing to run."))
        self.warnings.setText("\n".join(core_text(p.sentence) for p in problems))

