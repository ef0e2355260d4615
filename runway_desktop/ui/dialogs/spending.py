"""One confirmation before credits are spent, for Generate, Retry and "Use parameters → Generate".

Two reasons to ask: the request is quoted above the threshold in Settings, or the very same
request was sent moments ago (eight quick Ctrl+Enter presses must not make eight paid tasks).
The question is window-modal and shown with `open()`, never `exec()`: asyncio keeps running.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from runway_desktop.ui.dialogs.money import credits_words, number_words, price_words
from runway_desktop.ui.i18n import core_text

REPEAT_WINDOW = 60.0  # seconds in which sending the same request again asks first


def request_fingerprint(endpoint: str, body: Mapping[str, Any], media: Sequence[Any] = ()) -> str:
    """The same text for the same request: endpoint, wire body and the local files it sends."""
    data = json.dumps([endpoint, body, list(media)], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Spend:
    """A request about to be sent: what it is called, what it is quoted at, and its fingerprint."""

    what: str  # "This gen4.5 generation", in the window's language (the subject of the question)
    fingerprint: str
    credits: float | None = None
    dollars: float | None = None
    detail: str = ""  # shown as it is: in the window's language
    repeats_after: float = 0.0  # only sends after this time count as repeats (a retry: once it ended)


class SpendGuard:
    """The spending policy shared by every tab and the queue: when to ask, and what was sent when."""

    def __init__(
        self,
        warn_above: int = 0,  # credits; 0 never asks (the window sets the threshold from Settings)
        ask_repeats: bool = True,
        *,
        window: float = REPEAT_WINDOW,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.warn_above = warn_above
        self.ask_repeats = ask_repeats
        self.window = window
        self._clock = clock
        self._sent: dict[str, float] = {}

    def configure(self, warn_above: int, ask_repeats: bool) -> None:
        self.warn_above = warn_above
        self.ask_repeats = ask_repeats

    def above_limit(self, spend: Spend) -> bool:
        return bool(self.warn_above and spend.credits is not None and spend.credits > self.warn_above)

    def is_repeat(self, spend: Spend) -> bool:
        sent = self._sent.get(spend.fingerprint)
        if not self.ask_repeats or sent is None:
            return False
        return sent >= spend.repeats_after and self._clock() - sent <= self.window

    def seconds_since(self, spend: Spend) -> float:
        return max(0.0, self._clock() - self._sent.get(spend.fingerprint, self._clock()))

    def record(self, spend: Spend) -> None:
        now = self._clock()
        self._sent = {k: t for k, t in self._sent.items() if now - t <= self.window}
        self._sent[spend.fingerprint] = now


def _question(guard: SpendGuard, spend: Spend) -> tuple[str, str, str]:
    """(title, text, informative text) of the question for this spend, in the window's language."""
    lines: list[str] = []
    price = price_words(spend.credits, spend.dollars) if spend.credits is not None else ""
    limit = credits_words(guard.warn_above)
    if guard.is_repeat(spend):
        ago = number_words(round(guard.seconds_since(spend)))
        title = QCoreApplication.translate("SpendText", "Generate again?")
        text = QCoreApplication.translate(
            "SpendText", "{what} is the same request you sent {seconds} s ago. Generate it again?"
        ).format(what=spend.what, seconds=ago)
        if price:
            again = QCoreApplication.translate(
                "SpendText", "It is estimated at {price}, charged again for the new task.")
            lines.append(again.format(price=price))
        if guard.above_limit(spend):
            lines.append(QCoreApplication.translate(
                "SpendText", "That is above your limit of {limit}.").format(limit=limit))
        lines.append(QCoreApplication.translate(
            "SpendText", "(Asking before a repeat can be turned off in Settings.)"))
    else:
        title = QCoreApplication.translate("SpendText", "Expensive generation")
        text = QCoreApplication.translate(
            "SpendText", "{what} is estimated at {price}, above your limit of {limit}."
        ).format(what=spend.what, price=price, limit=limit)
        if spend.detail:
            lines.append(core_text(spend.detail))  # a quote's formula comes from core
        lines.append(QCoreApplication.translate("SpendText", "Generate anyway? (The limit is in Settings.)"))
    return title, text, "\n".join(lines)


def confirm_spend(
    parent: QWidget,
    guard: SpendGuard,
    spend: Spend,
    go: Callable[[], object],
    *,
    accept_label: str = "",
) -> QMessageBox | None:
    """Run `go` now when nothing calls for a question; else ask, and run it only if the person agrees.

    Returns the open question (None when `go` ran at once).
    """
    if not guard.is_repeat(spend) and not guard.above_limit(spend):
        guard.record(spend)
        go()
        return None
    title, text, more = _question(guard, spend)
    box = QMessageBox(parent)
    box.setObjectName("repeatQuestion" if guard.is_repeat(spend) else "spendWarning")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(more)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        accept_label or QCoreApplication.translate("SpendText", "Generate"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: Any) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            guard.record(spend)
            go()

    box.buttonClicked.connect(answered)
    box.open()
    return box
