"""Credits, dollars and a plan's total in the window's language, numbers written by its locale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:  # the plans package loads with the first plan, not with the window
    from runway_desktop.core.plans import Total


def locale() -> QLocale:
    """The window's locale; the bare "C" locale (no language installed) writes numbers as English does."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


def number_words(value: float) -> str:
    """A count or an amount as a person reads it: 1,000 · 0.5 (grouped by the locale)."""
    if float(value).is_integer():
        return locale().toString(int(value))
    return locale().toString(float(value), "g", 6)


def credits_words(credits: float) -> str:
    if credits == 1:
        return QCoreApplication.translate("MoneyText", "1 credit")
    return QCoreApplication.translate("MoneyText", "{count} credits").format(count=number_words(credits))


def dollars_words(dollars: float) -> str:
    amount = locale().toString(float(dollars), "f", 2)
    return QCoreApplication.translate("MoneyText", "${amount}").format(amount=amount)


def price_words(credits: float, dollars: float | None) -> str:
    """"48 credits ($0.48)", or the credits alone when the dollars are unknown."""
    if dollars is None:
        return credits_words(credits)
    return QCoreApplication.translate("MoneyText", "{credits} ({dollars})").format(
        credits=credits_words(credits), dollars=dollars_words(dollars))


def runs_words(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("MoneyText", "1 run")
    return QCoreApplication.translate("MoneyText", "{count} runs").format(count=number_words(count))


def total_words(total: Total) -> str:
    """What a plan costs: "648 credits ($6.48) for 12 runs", saying which runs have no published price."""
    price = price_words(total.credits, total.dollars)
    if total.exact:
        return QCoreApplication.translate("MoneyText", "{price} for {runs}").format(
            price=price, runs=runs_words(total.runs))
    priced = QCoreApplication.translate("MoneyText", "{price} for {known} of {runs}").format(
        price=price, known=number_words(total.runs - total.unknown), runs=runs_words(total.runs))
    if total.unknown == 1:
        unpriced = QCoreApplication.translate("MoneyText", "1 run has no published price")
    else:
        unpriced = QCoreApplication.translate("MoneyText", "{count} runs have no published price").format(
            count=number_words(total.unknown))
    return QCoreApplication.translate("MoneyText", "{priced}; {unpriced}").format(
        priced=priced, unpriced=unpriced)
