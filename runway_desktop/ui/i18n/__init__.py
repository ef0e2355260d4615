"""The window's languages: which one is chosen, its translators, and words that come from below the UI.

Strings written in `ui/` go through Qt's `tr`/`QCoreApplication.translate` where they are written.
Strings made by `core/` and `api/` (no Qt there) and the catalogue's descriptions and field help
reach the window as English text; `core_text` and `catalogue_text` translate them at the edge.
"""

from runway_desktop.ui.i18n.language import (
    ENGLISH,
    LANGUAGE_NAMES,
    SIMPLIFIED_CHINESE,
    install_language,
    language_for,
)
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
