"""Which words of the model catalogue the forms show, so each can be listed for translation.

Descriptions, endpoint titles, field titles, help texts, retirement notes and the choices that read
as words ("natural", "very_low") reach the window through `catalogue_text`; choices that are values
("mp4", "1080p", "16:9") are shown as they are sent. Pure Python: the generator of
`ui/i18n/catalogue_strings.py` uses it without a display.
"""

from __future__ import annotations

import re
from typing import Any

from runway_desktop.core.catalogue.spec import Catalogue, FieldKind, FieldSpec

# Choices of these fields name file formats and codecs: shown as they are sent.
VALUE_FIELDS = frozenset({"outputFormat", "format", "proresProfile"})
# Shorter titles than the catalogue's labels for fields every form has.
TITLES = {"promptText": "Prompt", "targetLang": "Target language", "languageCode": "Language"}
_WORD = re.compile(r"[a-z]+(?:_[a-z]+)*")


def is_word_choice(spec: FieldSpec, choice: Any) -> bool:
    """True for a choice of a list field that reads as an English word (translated where shown)."""
    return (spec.kind is FieldKind.ENUM and spec.name not in VALUE_FIELDS and spec.name != "duration"
            and isinstance(choice, str) and _WORD.fullmatch(choice) is not None)


def english_title(spec: FieldSpec) -> str:
    """A field's title in the catalogue's words: "Prompt", "Video" (for videoUri), "Reference images"."""
    if spec.name in TITLES:
        return TITLES[spec.name]
    label = spec.label
    return label[:-4] if label.endswith(" uri") else label


def ratio_word(ratio: str) -> str | None:
    """"Adaptive" for a ratio that is a word (not "16:9", "1280:720" or "auto_720p"), else None."""
    if ":" in ratio or ratio.startswith("auto_"):
        return None
    return ratio.replace("_", " ").capitalize()


def catalogue_words(catalogue: Catalogue) -> list[str]:
    """Every distinct catalogue text a form or the model picker can show, sorted."""
    found: set[str] = {e.title for e in catalogue.endpoints.values()}
    found |= {r.note for r in catalogue.retired}
    for model in catalogue.models:
        found.add(model.description)
        for spec in model.fields:
            found |= {english_title(spec), spec.label, spec.help}
            found |= {str(c) for c in spec.choices if is_word_choice(spec, c)}
            if spec.kind is FieldKind.RATIO:
                found |= {w for c in spec.choices if (w := ratio_word(str(c)))}
            found |= {s.capitalize() for s in spec.subjects}
            found |= {str(a).capitalize() for a in spec.also if isinstance(a, str)}
    return sorted(t for t in found if t.strip())
