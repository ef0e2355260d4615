"""Rules about prompt text as Runway counts it: UTF-16 length, reference tags and @mentions."""

from __future__ import annotations

import re

# Runway's tag rule: 3–16 characters, a letter first, then letters, digits and underscores.
_TAG = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,15}")
# "@name" not preceded by a word character, so "me@example.com" is not a mention.
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]*)")


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units: characters outside the BMP (most emoji) count twice."""
    # surrogatepass keeps a lone surrogate countable (one unit) instead of raising.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def tag_problem(tag: str) -> str | None:
    """Why a reference tag is unusable, or None when it follows Runway's rule."""
    if _TAG.fullmatch(tag):
        return None
    return (
        f"Tag '{tag}' must be 3–16 characters, start with a letter, "
        "and use only letters, digits and underscores."
    )


def mentions(text: str) -> list[str]:
    """The @tags a prompt refers to, in order of first appearance."""
    seen: dict[str, None] = {}
    for match in _MENTION.finditer(text):
        seen.setdefault(match[1], None)
    return list(seen)


def plain_number(value: float) -> str:
    """A number as a person reads it: 1,000 · 0.5 · 4,294,967,295."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.2f}"
