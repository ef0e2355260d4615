"""A generation tab's footer: the price, why Generate is disabled, what just happened, Batch… and Generate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.form.quote_label import QuoteLabel
from runway_desktop.ui.shell.fitting import Reflow

# The price and the messages sit side by side from this footer width, one above the other below it.
FOOTER_SIDE_BY_SIDE = 640


class GenerateFooter(QFrame):
    """Generate keeps its place at the bottom right whatever the width; the lines beside it wrap or stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generateBar")
        # Holds the focus while Generate is briefly disabled, so it does not wander off the tab.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Generate bar"))
        self.quote = QuoteLabel(self)
        self.reason = self._message("generateReason", "warning")
        self.status = self._message("generateStatus", "ok")
        self.generate_button = QPushButton(self.tr("Generate"), self)
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.setMinimumWidth(140)
        self.generate_button.setMinimumHeight(36)
        self.generate_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.generate_button.setToolTip(self.generate_tip())
        self.batch_button = QPushButton(self.tr("Batch…"), self)
        self.batch_button.setObjectName("batchButton")
        self.batch_button.setMinimumWidth(140)
        self.batch_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.batch_button.setToolTip(
            self.tr("Plan this request over several prompts, seeds, models, ratios…"))
        bar_layout = QHBoxLayout(self)
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
        self.flow = Reflow(self, info, FOOTER_SIDE_BY_SIDE)

    def _message(self, name: str, tone: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_tone(label, tone)
        return label

    def generate_tip(self) -> str:
        return self.tr("Generate (Ctrl+Enter)")

    def say(self, text: str, tone: str = "ok") -> None:
        """The line about what just happened ("Added to the queue: …"), in its tone."""
        self.status.setText(text)
        set_tone(self.status, tone)
