"""Failures of the OS, the network and PyAV caught in the window, in the window's language."""

from __future__ import annotations

from runway_desktop.failure_words import failure_reason
from runway_desktop.ui.i18n.words import core_text


def failure_text(exc: BaseException) -> str:
    """Why `exc` happened, translated when it is a common failure; its own words otherwise (logged)."""
    return core_text(failure_reason(exc))
