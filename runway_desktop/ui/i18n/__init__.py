"""The window's languages: which one is chosen, its translators, and words that come from below the UI.

Strings written in `ui/` go through Qt's `tr`/`QCoreApplication.translate` where they are written.
Strings made by `core/` and `api/` (no Qt there) and the catalogue's descriptions and field help
reach the window as English text; `core_text` and `catalogue_text` translate them at the edge.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from runway_desktop.ui.i18n.language import (
    ENGLISH,
    LANGUAGE_NAMES,
    SIMPLIFIED_CHINESE,
    install_language,
    language_for,
)

if TYPE_CHECKING:
    from runway_desktop.ui.i18n.words import catalogue_text, core_text, endpoint_text

__all__ = [
    "ENGLISH",
    "LANGUAGE_NAMES",
    "SIMPLIFIED_CHINESE",
    "catalogue_text",
    "core_text",
    "endpoint_text",
    "install_language",
    "language_for",
]

_WORDS = ("catalogue_text", "core_text", "endpoint_text")


def __getattr__(name: str) -> Any:
    # The translators of core's and the catalogue's sentences (and their indexes) load with the first
    # form that uses them, after the window's frame has painted; the language is installed before it.
    if name in _WORDS:
        return getattr(importlib.import_module("runway_desktop.ui.i18n.words"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
