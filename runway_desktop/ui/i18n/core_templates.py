"""Core's sentence templates: parsed, indexed, matched against a sentence and filled again.

Core's sentences are f-strings ("Waiting for a slot: {busy} of {max_live} tasks at Runway (…)");
the generated list in `core_strings` holds them as templates. A `Template` knows its fixed runs
and the regex it matches; `splits` gives every way a sentence can be cut into its values (side by
side or separated, a value may be empty); `TemplateIndex` finds the few templates a sentence can
come from by their fixed start or end; `fill` puts values into a (translated) template, spacing
Latin and Chinese as Chinese typesetting does.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

# How many characters of a template's fixed start (or end) index it: a lookup tries a few keys.
KEY_LENGTH = 12
# At most this many ways of cutting a sentence into a template's values are weighed.
SPLITS = 12

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
# After these a Chinese sentence needs no space before the next one.
CLOSING = "。！？；：，）」』”…"
_OPENING = ("'", '"', "“", "‘")
_CLOSING_QUOTE = ("'", '"', "”", "’")
_EDGES = " ;,.:()"
# A value named {number} is digits only ("{number} failed" must not read "All attempts failed").
_NUMBER = r"(?P<{name}>[0-9][0-9,.]*)"


@dataclass(frozen=True)
class Template:
    """One catalogue entry with placeholders: its source, the regex it matches and its fixed runs."""

    source: str
    expression: str  # the anchored regex it matches, compiled when first needed
    names: tuple[str, ...]
    runs: tuple[str, ...]  # fixed text: before the first placeholder, between each two, after the last
    head: str
    tail: str
    fixed: int  # how many characters are fixed (the shortest text it makes: every value empty)
    quoted: tuple[bool, ...]  # per value: a name ('{name}', “{name}”, generate_{kind}), never translated


def parse(source: str) -> Template | None:
    """The template `source` describes; None for plain text (no placeholder, no escaped brace)."""
    parts: list[str] = []
    names: list[str] = []
    runs: list[str] = [""]
    position = 0
    for match in _TOKEN.finditer(source):
        runs[-1] += source[position:match.start()]
        position = match.end()
        name = match.group(1)
        if name is None:
            runs[-1] += match.group(0)[0]
            continue
        parts.append(re.escape(runs[-1]))
        if name in names:
            parts.append(f"(?P={name})")
        elif name.split("_")[0] == "number":
            parts.append(_NUMBER.format(name=name))
        else:
            parts.append(f"(?P<{name}>.*?)")
        names.append(name)
        runs.append("")
    if position == 0:
        return None
    runs[-1] += source[position:]
    parts.append(re.escape(runs[-1]))
    expression = r"\A" + "".join(parts) + r"\Z"
    # A value in quotes is a name; one joined to an identifier ("generate_{kind}") is part of it.
    quoted = tuple((a.endswith(_OPENING) and b.startswith(_CLOSING_QUOTE)) or a.endswith("_")
                   or b.startswith("_") for a, b in pairwise(runs))
    fixed = sum(map(len, runs))
    return Template(source, expression, tuple(names), tuple(runs), runs[0], runs[-1], fixed, quoted)


def wide(char: str) -> bool:
    """A Chinese (or Japanese) letter, not full-width punctuation: typeset with a space to Latin."""
    return len(char) == 1 and unicodedata.east_asian_width(char) == "W" and unicodedata.category(char) == "Lo"


def has_words(text: str) -> bool:
    """Whether `text` holds a word (two letters in a row), not only numbers and signs."""
    return re.search(r"[A-Za-z]{2}", text) is not None


def chinese_edge(left: str, right: str) -> bool:
    """Whether a colon or comma between `left` and `right` joins Chinese text (and is written full-width)."""
    last = left[-1:]
    return wide(last) or wide(right[:1]) or (bool(last) and last in "”’）」』" and any(map(wide, left)))


def _spaced(before: str, value: str, after: str) -> str:
    """`value` with a space where it meets Chinese text with a Latin letter or digit (as typeset)."""
    if not value:
        return value
    if before and wide(before) and value[0].isascii() and value[0].isalnum():
        value = " " + value
    if after and wide(after) and value[-1].isascii() and value[-1].isalnum():
        value += " "
    return value


def fill(template: str, values: dict[str, str]) -> str:
    """`template` with each `{name}` replaced by its value and `{{`/`}}` read as braces."""
    out: list[str] = []
    position = 0
    for match in _TOKEN.finditer(template):
        out.append(template[position:match.start()])
        position = match.end()
        name = match.group(1)
        if name is None:
            out.append(match.group(0)[0])
        elif name in values:
            value = values[name]
            written = "".join(out)
            if value and wide(value[0]) and written.endswith(" ") and wide(written[-2:-1]):
                out = [written[:-1]]  # "无法连接 {where}" with a Chinese value: no space between
            before = next((piece[-1] for piece in reversed(out) if piece), "")
            value = _spaced(before, value, template[position:position + 1])
            following = template[position:position + 2]
            chinese_on_both_sides = bool(value) and wide(value[-1]) and wide(following[1:])
            if value and following[:1] == " " and (value[-1] in CLOSING or chinese_on_both_sides):
                position += 1  # "{reason} Trying again…": a Chinese sentence ends without a space
            out.append(value)
        else:
            out.append(match.group(0))
    out.append(template[position:])
    return "".join(out)


_compiled: dict[str, re.Pattern[str]] = {}


def _pattern(expression: str) -> re.Pattern[str]:
    if expression not in _compiled:
        _compiled[expression] = re.compile(expression, re.DOTALL)
    return _compiled[expression]


def _cuts(body: str, position: int, separator: str) -> list[int]:
    """Where a value starting at `position` may end: before each `separator`, or at a word's edge."""
    if separator:
        cuts, cut = [], body.find(separator, position)
        while cut != -1:
            cuts.append(cut)
            cut = body.find(separator, cut + 1)
        return cuts
    # Two values side by side ("{when}{prompt}"): the first ends where a word or clause does, latest
    # first, since the second is most often an optional tail (" (“a cat”)", "; it may have been…").
    return [i for i in range(len(body), position - 1, -1) if i == len(body) or body[i] in _EDGES]


def splits(template: Template, text: str) -> list[tuple[str, ...]]:
    """The ways `text` can be cut into the template's values (a value may be empty)."""
    matched = _pattern(template.expression).match(text)
    if matched is None:
        return []
    if not template.names:
        return [()]
    first = tuple(matched.group(name) for name in template.names)
    if len(set(template.names)) != len(template.names):
        return [first]  # a value repeated: the regex's reading only
    separators = template.runs[1:-1]
    body = text[len(template.head):len(text) - len(template.tail)]
    found: list[tuple[str, ...]] = []

    def walk(position: int, index: int, values: tuple[str, ...]) -> None:
        if index == len(separators):
            found.append((*values, body[position:]))
            return
        for cut in _cuts(body, position, separators[index]):
            if len(found) >= SPLITS:
                return
            walk(cut + len(separators[index]), index + 1, (*values, body[position:cut]))

    walk(0, 0, ())
    return found if first in found else [*found, first]


def _fits(template: Template, text: str) -> bool:
    """Whether the template's fixed runs all occur in `text`, in order (cheaper than its regex)."""
    if len(text) < template.fixed or not (text.startswith(template.head) and text.endswith(template.tail)):
        return False
    if len(template.runs) == 1:
        return text == template.head  # escaped braces and no value: the text itself
    position = len(template.head)
    for run in template.runs[1:-1]:
        position = text.find(run, position)
        if position < 0:
            return False
        position += len(run)
    return position <= len(text) - len(template.tail)


class TemplateIndex:
    """Templates indexed by their fixed start (or, failing that, end), so a lookup tries only a few."""

    def __init__(self, sources: Iterable[str]) -> None:
        self.by_head: dict[str, list[Template]] = defaultdict(list)
        self.by_tail: dict[str, list[Template]] = defaultdict(list)
        self.loose: list[Template] = []  # a placeholder at both ends: "{name} is {what}"
        # " It is unknown whether…" is appended to a sentence; read alone it has no leading space.
        self.trimmed: dict[str, str] = {}
        for source in dict.fromkeys(sources):
            trimmed = source.strip()
            if parse(trimmed) is None:
                if trimmed != source:
                    self.trimmed.setdefault(trimmed, source)
                continue
            for text in dict.fromkeys((source, trimmed)):
                template = parse(text)
                if template is not None:
                    self._add(replace(template, source=source))
        self.head_lengths = sorted({len(key) for key in self.by_head}, reverse=True)
        self.tail_lengths = sorted({len(key) for key in self.by_tail}, reverse=True)

    def _add(self, template: Template) -> None:
        if template.head:
            self.by_head[template.head[:KEY_LENGTH]].append(template)
        elif template.tail:
            self.by_tail[template.tail[-KEY_LENGTH:]].append(template)
        else:
            self.loose.append(template)

    def candidates(self, text: str) -> list[Template]:
        """The templates `text` could have been formatted from (fixed start and end agree)."""
        found: list[Template] = []
        for length in self.head_lengths:
            found += self.by_head.get(text[:length], ())
        for length in self.tail_lengths:
            if length <= len(text):
                found += self.by_tail.get(text[-length:], ())
        return [t for t in found + self.loose if _fits(t, text)]
