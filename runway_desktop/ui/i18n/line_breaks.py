"""Where a wrapping label may break a line inside a long name: file names, paths and URLs.

Chinese breaks between any two characters, but a Latin run without spaces ("clip_final_v2_…mp4",
a path) breaks nowhere, so a label that wraps would ask for the whole run's width and push its
form wider than the window. A zero-width space every few characters of such a run lets it wrap;
it is invisible, and the words stay as they were.
"""

from __future__ import annotations

import re

ZERO_WIDTH_SPACE = "\u200b"
# Runs at least this long get break opportunities, every STEP characters (after separators first).
LONG_RUN = 24
STEP = 12
_RUN = re.compile(rf"[^\s\u3000-\u9fff\uff00-\uffef]{{{LONG_RUN},}}")
_AFTER_SEPARATOR = re.compile(r"(?<=[/\\_.\-])(?=[^/\\_.\-])")


def _breakable(run: str) -> str:
    pieces = _AFTER_SEPARATOR.split(run)
    out = []
    for piece in pieces:
        out.append(ZERO_WIDTH_SPACE.join(piece[i:i + STEP] for i in range(0, len(piece), STEP)))
    return ZERO_WIDTH_SPACE.join(out)


def wrappable(text: str) -> str:
    """`text` with invisible break opportunities in every long run without spaces."""
    return _RUN.sub(lambda found: _breakable(found.group(0)), text)


def unwrapped(text: str) -> str:
    """`text` without the break opportunities `wrappable` added (for copying and reading back)."""
    return text.replace(ZERO_WIDTH_SPACE, "")
