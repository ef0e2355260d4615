"""Words several rooms of the window say alike: a media kind, a request parameter's name.

One context ("CommonWords", the `common` room) so each word is translated once, the same everywhere.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from runway_desktop.ui.i18n.words import catalogue_text

KIND_WORDS = {
    "video": QT_TRANSLATE_NOOP("CommonWords", "video"),
    "image": QT_TRANSLATE_NOOP("CommonWords", "image"),
    "audio": QT_TRANSLATE_NOOP("CommonWords", "audio"),
}
# Parameters the window names itself; every other name is a catalogue field's label.
OWN_LABELS = {
    "model": QT_TRANSLATE_NOOP("CommonWords", "Model"),
    "seed": QT_TRANSLATE_NOOP("CommonWords", "Seed"),
    "promptText": QT_TRANSLATE_NOOP("CommonWords", "Prompt"),
}


def kind_word(kind: str) -> str:
    """A media kind as a word in a sentence, in the window's language (an unknown kind as it is)."""
    word = KIND_WORDS.get(kind)
    return QCoreApplication.translate("CommonWords", word) if word else kind


def words_of(name: str) -> str:
    """contentModeration → Content moderation: a parameter's name as English words."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").lower()
    return words[:1].upper() + words[1:]


def parameter_label(name: str) -> str:
    """A request parameter's name as a person reads it, in the window's language."""
    own = OWN_LABELS.get(name)
    return QCoreApplication.translate("CommonWords", own) if own else catalogue_text(words_of(name))
