"""Reading a sentence back into the template it was formatted from, and translating it by parts.

Core's sentences are f-strings: "Waiting for a slot: {busy} of {max_live} tasks at Runway (…)".
The translators translate the template; `Translator.text` finds which template a sentence was
made from, takes the values back out, translates those that are themselves core's words (a reason
inside a reason), and puts them into the translated template. Several readings can fit one
sentence ("{what} {found}" splits "task 12 was empty" three ways, and "{where}: {message}" fits
any sentence with a colon); the one whose known words cover most of the sentence wins.
A message of several sentences ("Reason. Next step.") is read sentence by sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

# Templates whose values are someone else's words, shown as written: what Runway's server said.
VERBATIM = frozenset({" Runway said: {message}"})
# How many characters of a template's fixed start (or end) index it: a lookup tries a few keys.
KEY_LENGTH = 12
# Values are translated too ("… failed: {reason}"), this many levels deep.
NESTING = 3
# At most this many ways of cutting a sentence into a template's values are weighed.
SPLITS = 12

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Sentence ends: . ! ? … (optionally closed by a quote or bracket) followed by space.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”)]?\s+")
# After these a Chinese sentence needs no space before the next one.
_CLOSING = "。！？；：，）」』”…"
_OPENING = ("'", '"', "“", "‘")
_CLOSING_QUOTE = ("'", '"', "”", "’")
_CLAUSE = ": "
_EDGES = " ;,.:()"
# Lists of known phrases: the separator, and how a Chinese list writes it.
_ITEMS = {", ": "，", " · ": " · ", "; ": "；", " or ": "或", " and ": "和"}
MAX_ITEMS = 6
# A value named {number} is digits only ("{number} failed" must not read "All attempts failed").
_NUMBER = r"(?P<{name}>[0-9][0-9,.]*)"

Lookup = Callable[[str], "str | None"]


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


def _wide(char: str) -> bool:
    """A Chinese (or Japanese) letter, not full-width punctuation: typeset with a space to Latin."""
    return len(char) == 1 and unicodedata.east_asian_width(char) == "W" and unicodedata.category(char) == "Lo"


def _has_words(text: str) -> bool:
    return re.search(r"[A-Za-z]{2}", text) is not None


def _chinese_edge(left: str, right: str) -> bool:
    """Whether a colon or comma between `left` and `right` joins Chinese text (and is written full-width)."""
    last = left[-1:]
    return _wide(last) or _wide(right[:1]) or (bool(last) and last in "”’）」』" and any(map(_wide, left)))


def _spaced(before: str, value: str, after: str) -> str:
    """`value` with a space where it meets Chinese text with a Latin letter or digit (as typeset)."""
    if not value:
        return value
    if before and _wide(before) and value[0].isascii() and value[0].isalnum():
        value = " " + value
    if after and _wide(after) and value[-1].isascii() and value[-1].isalnum():
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
            if value and _wide(value[0]) and written.endswith(" ") and _wide(written[-2:-1]):
                out = [written[:-1]]  # "无法连接 {where}" with a Chinese value: no space between
            before = next((piece[-1] for piece in reversed(out) if piece), "")
            value = _spaced(before, value, template[position:position + 1])
            following = template[position:position + 2]
            chinese_on_both_sides = bool(value) and _wide(value[-1]) and _wide(following[1:])
            if value and following[:1] == " " and (value[-1] in _CLOSING or chinese_on_both_sides):
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


def _splits(template: Template, text: str) -> list[tuple[str, ...]]:
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


@dataclass(frozen=True)
class Reading:
    """A translation of some text, and how many of its characters came from known words."""

    text: str
    covered: int
    parts: int = 1  # how many catalogue entries it was made of: on a tie, fewer is the likelier reading

    @property
    def rank(self) -> tuple[int, int]:
        return self.covered, -self.parts


class Translator:
    """Translates one language's core sentences: `lookup` gives a catalogue entry's translation."""

    def __init__(self, index: TemplateIndex, lookup: Lookup, words: Lookup | None = None) -> None:
        self.index = index
        self.lookup = lookup
        self.words = words  # for values only: other catalogues' words ("Duration", a model's field)
        self.known: dict[str, str | None] = {}
        self.known_words: dict[str, str | None] = {}
        self.memo: dict[tuple[str, int], Reading | None] = {}

    def text(self, text: str) -> str:
        """`text` translated as a whole, by template, or sentence by sentence; itself when unknown."""
        found = self.reading(text, 0)
        return found.text if found is not None else text

    def translation(self, source: str) -> str | None:
        """A catalogue entry's translation (asked of Qt once per entry)."""
        if source not in self.known:
            self.known[source] = self.lookup(source)
        return self.known[source]

    def reading(self, text: str, depth: int) -> Reading | None:
        """The best translation of `text` as one piece (exact, template, or "where: what"), if any."""
        key = (text, depth)
        if key not in self.memo:
            self.memo[key] = self._read(text, depth)
        return self.memo[key]

    def _read(self, text: str, depth: int) -> Reading | None:
        exact = self.translation(text)
        if exact is None and text in self.index.trimmed:
            exact = self.translation(self.index.trimmed[text])
        if exact is None and depth and self.words is not None:
            if text not in self.known_words:
                self.known_words[text] = self.words(text)
            exact = self.known_words[text]
        if exact is not None:
            return Reading(exact, len(text))
        # Sentences, clauses and lists come first: on a tie they are the likelier reading
        # ("Step 2: …" is a place and a sentence, not "Step {step}" holding a sentence).
        readings: list[Reading] = []
        if depth < NESTING and (by_sentence := self._sentences(text, depth)) is not None:
            readings.append(by_sentence)
        if depth < NESTING and _CLAUSE in text:
            readings += self._clauses(text, depth)
        if any(separator in text for separator in _ITEMS):  # cheap: most texts have none of them
            readings += self._items(text, depth)
        readings += [r for t in self.index.candidates(text) if (r := self._by_template(t, text, depth))]
        if not readings and 0 < depth <= NESTING and text[:1].isalpha():
            # A value capitalised to start a sentence, or lowered to sit inside one:
            # "Poll 1a2b" was made from "poll {task_id}", "queued locally" from "Queued locally".
            return self.reading(text[0].swapcase() + text[1:], NESTING + 1)
        return max(readings, key=lambda r: r.rank, default=None)

    def _clauses(self, text: str, depth: int) -> list[Reading]:
        """"Step 2 (generate_video): <a sentence>": each side read on its own."""
        left, right = text.split(_CLAUSE, 1)
        first, second = self.reading(left, depth + 1), self.reading(right, depth + 1)
        if first is None and second is None:
            return []
        head = first.text if first else left
        rest = second.text if second else right
        glue = "：" if _chinese_edge(head, rest) else _CLAUSE
        covered = (first.covered if first else 0) + (second.covered if second else 0)
        if first and second:
            covered += len(_CLAUSE)  # both sides known: the colon is part of the reading
        parts = (first.parts if first else 0) + (second.parts if second else 0)
        return [Reading(head + glue + rest, covered, parts)]

    def _items(self, text: str, depth: int) -> list[Reading]:
        """"Step 2, run 3", "60 credits · $0.60": a list of known phrases (one may hold the separator)."""
        readings: list[Reading] = []
        inner = min(depth + 1, NESTING)
        for separator, chinese in _ITEMS.items():
            parts = text.split(separator)
            if not 1 < len(parts) <= MAX_ITEMS:
                continue
            # best[i]: the best reading of parts i.. as a list, each run of parts one known phrase.
            best: list[list[Reading] | None] = [None] * len(parts) + [[]]
            for first in range(len(parts) - 1, -1, -1):
                for last in range(first, len(parts) - (first == 0)):
                    rest = best[last + 1]
                    phrase = separator.join(parts[first:last + 1])
                    found = self.reading(phrase, inner) if _has_words(phrase) else Reading(phrase, 0, 0)
                    if found is None or rest is None:
                        continue
                    option = [found, *rest]
                    if best[first] is None or _rank(option) > _rank(best[first] or []):
                        best[first] = option
            found_list = best[0]
            if not found_list or len(found_list) < 2:
                continue
            texts = [r.text for r in found_list]
            glue = separator
            if any(map(_wide, "".join(texts))):
                glue = chinese
                texts = [t.removesuffix("。") for t in texts[:-1]] + texts[-1:]  # "…路径；同时…", not "。；"
            covered, fewer = _rank(found_list)
            readings.append(Reading(glue.join(texts), covered + len(separator) * (len(texts) - 1), -fewer))
        return readings

    def _by_template(self, template: Template, text: str, depth: int) -> Reading | None:
        translated = self.translation(template.source)
        if translated is None:
            return None
        worded = _has_words("".join(template.runs))
        verbatim = template.source in VERBATIM
        best: Reading | None = None
        for values in _splits(template, text):
            filled: dict[str, str] = {}
            covered, parts = template.fixed, 1
            for name, value, quoted in zip(template.names, values, template.quoted, strict=True):
                known = value and depth < NESTING and not verbatim and not quoted
                inner = self.reading(value, depth + 1) if known else None
                filled[name] = inner.text if inner else value
                covered += inner.covered if inner else 0
                parts += inner.parts if inner else 0
            if not worded and parts == 1:
                continue  # only punctuation fits and no value is known: not a reading at all
            reading = Reading(fill(translated, filled), covered, parts)
            if best is None or reading.rank > best.rank:
                best = reading
        return best

    def _sentences(self, text: str, depth: int) -> Reading | None:
        """The best reading of `text` as a run of sentences, each run translated as a whole."""
        spans = sentence_spans(text)
        if len(spans) < 2:
            return None
        # best[i]: the best reading of sentences i.. to the end (its pieces, and its rank).
        best: list[tuple[list[str], tuple[int, int]]] = [([], (0, 0))] * (len(spans) + 1)
        for first in range(len(spans) - 1, -1, -1):
            start = spans[first][0]
            plain = text[start:spans[first][1]]
            options = [([plain, *best[first + 1][0]], best[first + 1][1])]
            for last in range(first, len(spans)):
                if first == 0 and last == len(spans) - 1:
                    continue  # the whole text: read already
                found = self.reading(text[start:spans[last][1]], depth)
                if found is not None:
                    rest = best[last + 1]
                    rank = (found.covered + rest[1][0], rest[1][1] - found.parts)
                    options.append(([found.text, *rest[0]], rank))
            best[first] = max(options, key=lambda option: option[1])
        pieces, (covered, fewer) = best[0]
        return Reading(joined(pieces), covered, -fewer) if covered else None


def _rank(readings: list[Reading]) -> tuple[int, int]:
    return sum(r.covered for r in readings), -sum(r.parts for r in readings)


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


def joined(pieces: list[str]) -> str:
    """Sentences put back together: a space between them, none after a Chinese full stop."""
    text = ""
    for piece in pieces:
        glue = "" if not text or text[-1] in _CLOSING else " "
        text += glue + piece
    return text
