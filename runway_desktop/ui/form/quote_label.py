"""The live cost estimate next to Generate: credits and dollars, and how they were worked out."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.pricing import Quote
from runway_desktop.ui.form.fields.base import set_tone


def quote_text(quote: Quote | None) -> str:
    """"60 credits · $0.60", a published rate awaiting its input, or "Price not published"."""
    return quote.headline if quote is not None else "Price not published"


class QuoteLabel(QWidget):
    """Two lines: the estimate, then the formula behind it (or why there is no number)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote")
        self.quote: Quote | None = None
        self.amount = QLabel(self)
        self.amount.setObjectName("quoteAmount")
        font = self.amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.amount.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("quoteDetail")
        self.detail.setWordWrap(True)
        set_tone(self.detail, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.amount)
        layout.addWidget(self.detail)
        self.set_quote(None)

    def set_quote(self, quote: Quote | None) -> None:
        self.quote = quote
        known = quote is not None and quote.known
        self.amount.setText(f"Estimated {quote_text(quote)}" if known else quote_text(quote))
        self.amount.setProperty("known", known)
        set_tone(self.amount, None if known else "muted")
        detail = quote.detail if quote is not None else ""
        if known:
            detail = detail.split(" = ", 1)[0]  # the formula; the total is on the line above
        self.detail.setText(detail)
        self.detail.setToolTip(quote.detail if quote is not None else "")

    def text(self) -> str:
        return f"{self.amount.text()}\n{self.detail.text()}"
