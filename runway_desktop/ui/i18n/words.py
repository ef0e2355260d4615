"""Translating English text that was made below the UI: core's sentences and the catalogue's words.

`catalogue_text` looks a description, label or help text of the model catalogue up in the
"Catalogue" context (listed for the translators in `catalogue_strings.py`, generated from
resources/catalogue.json by `make translations`). `core_text` looks a sentence from `core/` or
`api/` up in the "CoreText" context: exactly when the sentence is fixed, else by the template it
was formatted from (listed in `core_strings/`, generated from the sources by
tools/extract_core_strings.py), with the values carried over into the translated template
(see `core_reading` and `core_templates`); a value may also be a catalogue word ("Duration is required.").
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication

from runway_desktop.ui.i18n.core_reading import Translator
from runway_desktop.ui.i18n.core_templates import TemplateIndex

log = logging.getLogger(__name__)

CATALOGUE = "Catalogue"
CORE = "CoreText"

_index: TemplateIndex | None = None
# A sentence every translation of the core room has: without it, the language has none of core's.
PROBE = "Runway rejected the request."
# Sentences already translated, for views that repaint the same ones: (language's probe, text) → text.
_done: OrderedDict[tuple[str, str], str] = OrderedDict()
REMEMBERED = 2048
# One translator per language keeps the pieces it has read (a queue's reasons share most of theirs).
_translators: dict[str, Translator] = {}
REMEMBERED_PIECES = 50_000
_lock = threading.Lock()  # a worker may format a message while the window paints one


def catalogue_text(text: str) -> str:
    """`text` from the model catalogue in the window's language (itself when it has no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(CATALOGUE, text)


def core_templates() -> TemplateIndex:
    """Core's sentence templates, read from the generated list on first use."""
    global _index
    if _index is None:
        from runway_desktop.ui.i18n.core_strings import STRINGS

        _index = TemplateIndex(STRINGS)
    return _index


def _translation(source: str) -> str | None:
    translated = QCoreApplication.translate(CORE, source)
    return translated if translated != source else None


def _catalogue_word(source: str) -> str | None:
    translated = QCoreApplication.translate(CATALOGUE, source)
    return translated if translated != source else None


def core_text(text: str) -> str:
    """A sentence made by core or api in the window's language (itself when it has no translation)."""
    if not text:
        return text
    language = _translation(PROBE)
    if language is None:
        return text
    key = (language, text)
    with _lock:
        if key in _done:
            _done.move_to_end(key)
            return _done[key]
        translator = _translators.get(language)
        if translator is None or len(translator.memo) > REMEMBERED_PIECES:
            translator = _translators[language] = Translator(core_templates(), _translation, _catalogue_word)
        try:
            translated = translator.text(text)
        except Exception:  # a sentence is better shown in English than not at all
            log.exception("could not translate %r", text)
            translated = text
        _done[key] = translated
        if len(_done) > REMEMBERED:
            _done.popitem(last=False)
    return translated


def endpoint_text(endpoint: str) -> str:
    """An endpoint ("text_to_image") as the catalogue titles it, in the window's language."""
    from runway_desktop.core.catalogue.spec import load_catalogue  # cached; loaded with the forms

    spec = load_catalogue().endpoints.get(endpoint)
    return catalogue_text(spec.title) if spec is not None else endpoint.replace("_", " ")
