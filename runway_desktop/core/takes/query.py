"""Filters and sort orders as SQL over the takes tables (parameters bound, never interpolated)."""

from __future__ import annotations

import re
from typing import Any

from runway_desktop.core.takes.rows import TakeFilters, TakeSort

_WORD = re.compile(r"\w+", re.UNICODE)
_ORDER = {
    TakeSort.NEWEST: "created_at DESC, id DESC",
    TakeSort.OLDEST: "created_at ASC, id ASC",
    TakeSort.RATING: "rating DESC, created_at DESC, id DESC",
    TakeSort.MODEL: "model ASC, created_at DESC, id DESC",
}


def match_expression(text: str) -> str | None:
    """An FTS5 query where every typed word must start a word of the prompt or model; None for no words."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def where_clause(filters: TakeFilters, *, from_text: bool = False,
                 matches: str | None = None) -> tuple[str, list[Any]]:
    """`WHERE …` and its parameters for the takes table.

    With `from_text` the other terms are written so that SQLite cannot use their indexes (`+column`):
    the few takes the search index returns drive the query instead of a scan of the whole table.
    `matches` names a table whose `id`s are the takes the search words match (read from the search
    index once per search); without it the search index is asked in the statement itself.
    """
    plus = "+" if from_text else ""
    terms = [f"{plus}trashed_at IS NOT NULL" if filters.trashed else f"{plus}trashed_at IS NULL"]
    params: list[Any] = []
    if filters.kinds:
        terms.append(f"{plus}kind IN ({','.join('?' for _ in filters.kinds)})")
        params.extend(sorted(filters.kinds))
    if filters.models:
        terms.append(f"{plus}model IN ({','.join('?' for _ in filters.models)})")
        params.extend(sorted(filters.models))
    if filters.since is not None:
        terms.append(f"{plus}created_at >= ?")
        params.append(filters.since)
    if filters.until is not None:
        terms.append(f"{plus}created_at < ?")
        params.append(filters.until)
    if filters.favourite_only:
        terms.append(f"{plus}favourite = 1")
    if filters.min_rating > 0:
        terms.append(f"{plus}rating >= ?")
        params.append(filters.min_rating)
    if filters.group_id is not None:
        terms.append(f"{plus}group_id = ?")
        params.append(filters.group_id)
    match = match_expression(filters.text)
    if match is not None and filters.trashed:
        # The search index holds no trashed takes: the trash (small) is searched word by word.
        for word in _WORD.findall(filters.text.lower()):
            terms.append("(prompt LIKE ? ESCAPE '\\' OR model LIKE ? ESCAPE '\\')")
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params.extend([pattern, pattern])
    elif match is not None:
        # Few matches: the search index's rowids drive the query. Many: a filter's or the sort's index
        # does, and each take it meets is looked up in the matches (`+id` keeps SQLite from fetching
        # every match by rowid and sorting them all for one page).
        plus = "" if from_text else "+"
        if matches is not None:
            terms.append(f"{plus}id IN (SELECT id FROM {matches})")
        else:
            terms.append(f"{plus}id IN (SELECT rowid FROM takes_fts WHERE takes_fts MATCH ?)")
            params.append(match)
    return "WHERE " + " AND ".join(terms), params


def only_text(filters: TakeFilters) -> bool:
    """Whether the search words are the only filter (the search index's count is then the answer)."""
    return filters == TakeFilters(text=filters.text)


def order_clause(sort: TakeSort, *, from_text: bool = False) -> str:
    order = _ORDER[sort]
    return "ORDER BY " + ("+" + order if from_text else order)
