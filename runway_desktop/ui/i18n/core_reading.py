"""Translating a sentence from core by parts: exactly, by its template, or clause by clause.

The translators translate the templates; `Translator.text` finds which template a sentence was
made from, takes the values back out, translates those that are themselves core's words (a reason
inside a reason), and puts them into the translated template. Several readings can fit one
sentence ("{what} {found}" splits "task 12 was empty" three ways, and "{where}: {message}" fits
any sentence with a colon); the one whose known words cover most of the sentence wins, and on a
tie the one made of fewer entries. A message of several sentences ("Reason. Next step."), a list
("7 of 12 done, 1 failed") and "Step 2: …" are read piece by piece.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from runway_desktop.ui.i18n.core_templates import (
    CLOSING,
    Template,
    TemplateIndex,
    chinese_edge,
    fill,
    has_words,
    splits,
    wide,
)

# Templates whose values are someone else's words, shown as written: what Runway's server said.
VERBATIM = frozenset({" Runway said: {message}"})
# Values are translated too ("… failed: {reason}"), this many levels deep.
NESTING = 3
# At most this many pieces of one text are cut further into sentences, clauses and lists: a long
# message with many commas is read in bounded time (its pieces still by template).
BUDGET = 120
# Sentence ends: . ! ? … (optionally closed by a quote or bracket) followed by space; or a
# bracket closing an aside after a sentence ("… connection. (tried 3 times) Check …").
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”)]?\s+|(?<=\))\s+(?=[A-Z])")
_CLAUSE = ": "
# Lists of known phrases: the separator, and how a Chinese list writes it.
_ITEMS = {", ": "，", " · ": " · ", "; ": "；", " or ": "或", " and ": "和"}
MAX_ITEMS = 6
# A listed phrase may hold the separator once ("…unencrypted; use https:// (…)" in a "; " list).
ITEM_RUN = 2

Lookup = Callable[[str], "str | None"]


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
        self.cut_short: dict[tuple[str, int], Reading | None] = {}
        self.budget = BUDGET

    def text(self, text: str) -> str:
        """`text` translated as a whole, by template, or sentence by sentence; itself when unknown."""
        self.budget = BUDGET
        self.cut_short.clear()
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
        if key in self.memo:
            return self.memo[key]
        if key in self.cut_short:
            return self.cut_short[key]
        found = self._read(text, depth)
        # A reading cut short by the budget is kept for this text only, not for the next ones.
        (self.memo if self.budget > 0 else self.cut_short)[key] = found
        return found

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
        self.budget -= 1
        if self.budget > 0:
            if depth < NESTING and (by_sentence := self._sentences(text, depth)) is not None:
                readings.append(by_sentence)
            if depth < NESTING and _CLAUSE in text:
                readings += self._clauses(text, depth)
            if any(separator in text for separator in _ITEMS):  # cheap: most texts have none of them
                readings += self._items(text, depth)
        readings += self._by_templates(text, depth)
        if text.endswith(".") and text[-2:-1].isalpha() and (phrase := self._plain(text[:-1], depth)):
            # A phrase made a sentence by its caller ("… " + "2 runs are left out" + "."): its full stop.
            ending = "" if phrase.text.endswith(CLOSING) else ("。" if wide(phrase.text[-1:]) else ".")
            readings.append(Reading(phrase.text + ending, phrase.covered + 1, phrase.parts))
        if not readings and 0 < depth <= NESTING and text[:1].isalpha():
            # A value capitalised to start a sentence, or lowered to sit inside one:
            # "Poll 1a2b" was made from "poll {task_id}", "queued locally" from "Queued locally".
            return self.reading(text[0].swapcase() + text[1:], NESTING + 1)
        return max(readings, key=lambda r: r.rank, default=None)

    def _by_templates(self, text: str, depth: int) -> list[Reading]:
        return [r for t in self.index.candidates(text) if (r := self._by_template(t, text, depth))]

    def _plain(self, text: str, depth: int) -> Reading | None:
        """`text` read exactly or by one template, without cutting it into sentences or clauses."""
        exact = self.translation(text)
        if exact is not None:
            return Reading(exact, len(text))
        return max(self._by_templates(text, depth), key=lambda r: r.rank, default=None)

    def _clauses(self, text: str, depth: int) -> list[Reading]:
        """"Step 2 (generate_video): <a sentence>": each side read on its own."""
        left, right = text.split(_CLAUSE, 1)
        first, second = self.reading(left, depth + 1), self.reading(right, depth + 1)
        if first is None and second is None:
            return []
        head = first.text if first else left
        rest = second.text if second else right
        glue = "：" if chinese_edge(head, rest) else _CLAUSE
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
                for last in range(first, min(first + ITEM_RUN, len(parts) - (first == 0))):
                    rest = best[last + 1]
                    phrase = separator.join(parts[first:last + 1])
                    found = self.reading(phrase, inner) if has_words(phrase) else Reading(phrase, 0, 0)
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
            if any(map(wide, "".join(texts))):
                glue = chinese
                texts = [t.removesuffix("。") for t in texts[:-1]] + texts[-1:]  # "…路径；同时…", not "。；"
            covered, fewer = _rank(found_list)
            readings.append(Reading(glue.join(texts), covered + len(separator) * (len(texts) - 1), -fewer))
        return readings

    def _by_template(self, template: Template, text: str, depth: int) -> Reading | None:
        translated = self.translation(template.source)
        if translated is None:
            return None
        worded = has_words("".join(template.runs))
        verbatim = template.source in VERBATIM
        best: Reading | None = None
        for values in splits(template, text):
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
                    continue  # the whole text: the reading this is part of
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
        glue = "" if not text or text[-1] in CLOSING else " "
        text += glue + piece
    return text
