"""Translating English text that was made below the UI: core's sentences and the catalogue's words.

`catalogue_text` looks a description, label or help text of the model catalogue up in the
"Catalogue" context (listed for the translators in `catalogue_strings.py`, generated from
resources/catalogue.json by `make translations`). `core_text` looks a sentence from `core/` or
`api/` up in the "CoreText" context: exactly when the sentence is fixed, else by the template it
was formatted from (listed in `core_strings/`, generated from the sources by
tools/extract_core_strings.py), with the values carried over into the translated template.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

CATALOGUE = "Catalogue"
CORE = "CoreText"
# How many characters of a template's fixed start (or end) index it: a lookup tries a few keys.
KEY_LENGTH = 12
# Captured values are translated too ("… failed: {reason}"), this many levels deep.
NESTING = 2

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Sentence ends: . ! ? … (optionally closed by a quote or bracket) followed by space.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”)]?\s+")
_CHINESE_END = "。！？；：，）」』”…"


def catalogue_text(text: str) -> str:
    """`text` from the model catalogue in the window's language (itself when it has no translation)."""
    if not text:
        return text
    return QCoreApplication.translate(CATALOGUE, text)


@dataclass(frozen=True)
class Template:
    """One catalogue entry with placeholders: its source text and the anchored regex it matches."""

    source: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    head: str  # the fixed text before the first placeholder
    tail: str  # the fixed text after the last placeholder
    fixed: int  # how many fixed characters: more is more specific, tried first


def parse(source: str) -> Template | None:
    """The template `source` describes; None for plain text (no placeholder, no escaped brace)."""
    parts: list[str] = []
    names: list[str] = []
    runs: list[str] = [""]  # the fixed text between placeholders
    position = 0
    for match in _TOKEN.finditer(source):
        runs[-1] += source[position:match.start()]
        position = match.end()
        name = match.group(1)
        if name is None:
            runs[-1] += match.group(0)[0]
            continue
        parts.append(re.escape(runs[-1]))
        parts.append(f"(?P={name})" if name in names else f"(?P<{name}>.+?)")
        if name not in names:
            names.append(name)
        runs.append("")
    if position == 0:
        return None
    runs[-1] += source[position:]
    parts.append(re.escape(runs[-1]))
    pattern = re.compile(r"\A" + "".join(parts) + r"\Z", re.DOTALL)
    return Template(source, pattern, tuple(names), runs[0], runs[-1], sum(map(len, runs)))


def fill(template: str, values: dict[str, str]) -> str:
    """`template` with each `{name}` replaced by its value and `{{`/`}}` read as braces."""
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]
        return values.get(name, match.group(0))

    return _TOKEN.sub(replace, template)


class TemplateIndex:
    """Templates indexed by their fixed start (or, failing that, end), so a lookup tries only a few."""

    def __init__(self, sources: Iterable[str]) -> None:
        self.by_head: dict[str, list[Template]] = defaultdict(list)
        self.by_tail: dict[str, list[Template]] = defaultdict(list)
        self.loose: list[Template] = []  # a placeholder at both ends: "{name} is {what}"
        for source in dict.fromkeys(sources):
            template = parse(source)
            if template is None:
                continue
            if template.head:
                self.by_head[template.head[:KEY_LENGTH]].append(template)
            elif template.tail:
                self.by_tail[template.tail[-KEY_LENGTH:]].append(template)
            else:
                self.loose.append(template)
        for table in (self.by_head, self.by_tail):
            for bucket in table.values():
                bucket.sort(key=lambda t: -t.fixed)
        self.loose.sort(key=lambda t: -t.fixed)
        self.head_lengths = sorted({len(key) for key in self.by_head}, reverse=True)
        self.tail_lengths = sorted({len(key) for key in self.by_tail}, reverse=True)

    def candidates(self, text: str) -> list[Template]:
        """The templates `text` could have been formatted from, most specific first."""
        found: list[Template] = []
        for length in self.head_lengths:
            found += self.by_head.get(text[:length], ())
        for length in self.tail_lengths:
            found += self.by_tail.get(text[-length:], ()) if length <= len(text) else ()
        found.sort(key=lambda t: -t.fixed)
        return found + self.loose

    def match(self, text: str) -> tuple[Template, dict[str, str]] | None:
        """The most specific template `text` matches, with the values it was filled with."""
        for template in self.candidates(text):
            if not (text.startswith(template.head) and text.endswith(template.tail)):
                continue  # cheaper than the regex, and most candidates fail here
            matched = template.pattern.match(text)
            if matched:
                groups = matched.groupdict()
                values = {name: groups[name] for name in template.names if name in groups}
                return template, values
        return None


_index: TemplateIndex | None = None


def _templates() -> TemplateIndex:
    """Built on first use from the generated list of core's sentences."""
    global _index
    if _index is None:
        from runway_desktop.ui.i18n.core_strings import STRINGS

        _index = TemplateIndex(STRINGS)
    return _index


def _exact(text: str) -> str | None:
    translated = QCoreApplication.translate(CORE, text)
    return translated if translated != text else None


def _piece(text: str, depth: int, translate: Callable[[str], str | None]) -> str | None:
    """One sentence (or value) translated exactly or through its template; None when unknown."""
    found = _lookup(text, depth, translate)
    if found is None and depth and text[:1].isupper():
        # A value capitalised to start a sentence: "Poll 1a2b" was made from "poll {task_id}".
        found = _lookup(text[0].lower() + text[1:], depth, translate)
    return found


def _lookup(text: str, depth: int, translate: Callable[[str], str | None]) -> str | None:
    exact = translate(text)
    if exact is not None:
        return exact
    found = _templates().match(text)
    if found is None:
        return None
    template, values = found
    translated = translate(template.source)
    if translated is None:
        return None
    if depth < NESTING:
        values = {name: _piece(value, depth + 1, translate) or value for name, value in values.items()}
    return fill(translated, values)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, the spaces between them left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _joined(pieces: list[str]) -> str:
    text = ""
    for piece in pieces:
        glue = "" if not text or text[-1] in _CHINESE_END else " "
        text += glue + piece
    return text


def translate_core(text: str, translate: Callable[[str], str | None]) -> str:
    """`text` in the language `translate` gives: whole, by template, else sentence by sentence."""
    whole = _piece(text, 0, translate)
    if whole is not None:
        return whole
    spans = sentence_spans(text)
    if len(spans) < 2:
        return text
    pieces: list[str] = []
    changed = False
    first = 0
    while first < len(spans):
        # The longest run of sentences from `first` that translates (a value may hold a ". ").
        for last in range(len(spans) - 1, first - 1, -1):
            if first == 0 and last == len(spans) - 1:
                continue  # the whole text: tried above
            span = text[spans[first][0]:spans[last][1]]
            translated = _piece(span, 0, translate)
            if translated is not None:
                pieces.append(translated)
                changed = True
                first = last + 1
                break
        else:
            pieces.append(text[spans[first][0]:spans[first][1]])
            first += 1
    return _joined(pieces) if changed else text


def core_text(text: str) -> str:
    """A sentence made by core or api in the window's language (itself when it has no translation)."""
    if not text:
        return text
    return translate_core(text, _exact)
