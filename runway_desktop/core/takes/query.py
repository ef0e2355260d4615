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


def where_clause(filters: TakeFilters) -> tuple[str, list[Any]]:
    """`WHERE …` and its parameters for the takes table."""
    terms = ["trashed_at IS NOT NULL" if filters.trashed else "trashed_at IS NULL"]
    params: list[Any] = []
    if filters.kinds:
        terms.append(f"kind IN ({','.join('?' for _ in filters.kinds)})")
        params.extend(sorted(filters.kinds))
    if filters.models:
        terms.append(f"model IN ({','.join('?' for _ in filters.models)})")
        params.extend(sorted(filters.models))
    if filters.since is not None:
        terms.append("created_at >= ?")
        params.append(filters.since)
    if filters.until is not None:
        terms.append("created_at < ?")
        params.append(filters.until)
    if filters.favourite_only:
        terms.append("favourite = 1")
    if filters.min_rating > 0:
        terms.append("rating >= ?")
        params.append(filters.min_rating)
    if filters.group_id is not None:
        terms.append("group_id = ?")
        params.append(filters.group_id)
    match = match_expression(filters.text)
    if match is not None:
        terms.append("id IN (SELECT rowid FROM takes_fts WHERE takes_fts MATCH ?)")
        params.append(match)
    return "WHERE " + " AND ".join(terms), params


def order_clause(sort: TakeSort) -> str:
    return "ORDER BY " + _ORDER[sort]
