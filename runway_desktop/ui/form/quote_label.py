"""The live cost estimate next to Generate: credits and dollars, and how they were worked out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.pricing import Quote
from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.i18n import core_text

translate = QCoreApplication.translate


def credits_words(credits: float) -> str:
    """"1 credit", "1,200 credits" (numbers in the window's locale)."""
    if credits == 1:
        return translate("QuoteLabel", "1 credit")
    whole = float(credits).is_integer()
    number = QLocale().toString(int(credits)) if whole else QLocale().toString(float(credits), "g", 6)
    return translate("QuoteLabel", "{count} credits").format(count=number)


def dollars_words(dollars: float) -> str:
    """"$0.60": Runway bills in US dollars whatever the locale."""
    return translate("QuoteLabel", "${amount}").format(amount=QLocale().toString(float(dollars), "f", 2))


def quote_text(quote: Quote | None) -> str:
    """"60 credits · $0.60", a published rate awaiting its input, or "Price not published"."""
    if quote is None:
        return translate("QuoteLabel", "Price not published")
    if quote.known and quote.credits is not None:
        return translate("QuoteLabel", "{credits} · {dollars}").format(
            credits=credits_words(quote.credits), dollars=dollars_words(quote.dollars or 0))
    if quote.rate is not None:
        return core_text(quote.headline)
    return translate("QuoteLabel", "Price not published")


class QuoteLabel(QWidget):
    """Two lines: the estimate, then the formula behind it (or why there is no number)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote")
        self.quote: Quote | None = None
        self.amount = QLabel(self)
        self.amount.setObjectName("quoteAmount")
        self.amount.setWordWrap(True)  # in a narrow footer the estimate wraps instead of being cut
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
        self.amount.setText(self.tr("Estimated {price}").format(price=quote_text(quote)) if known
                            else quote_text(quote))
        self.amount.setProperty("known", known)
        set_tone(self.amount, None if known else "muted")
        full = core_text(quote.detail) if quote is not None else ""
        detail = full
        if known:
            detail = full.split(" = ", 1)[0]  # the formula; the total is on the line above
        self.detail.setText(detail)
        self.detail.setToolTip(full)

    def text(self) -> str:
        return f"{self.amount.text()}\n{self.detail.text()}"
