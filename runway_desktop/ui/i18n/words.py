"""Translating English text that was made below the UI: core's sentences and the catalogue's words.

`catalogue_text` looks a description, label or help text of the model catalogue up in the
"Catalogue" context (listed for the translators in `catalogue_strings.py`, generated from
resources/catalogue.json by `make translations`). `core_text` looks a sentence from `core/` or
`api/` up in the "CoreText" context: exactly when the sentence is fixed, else by the template it
was formatted from (listed in `core_strings.py`, generated from the sources), with the values
carried over into the translated template.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CATALOGUE = "Catalogue"
CORE = "CoreText"


def catalogue_text(text: str) -> str:
    """`text` from the model catalogue in the window's language (itself when it has no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(CATALOGUE, text)


def core_text(text: str) -> str:
    """A sentence made by core or api in the window's language (itself when it has no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(CORE, text)
