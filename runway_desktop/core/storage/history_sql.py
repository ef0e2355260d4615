"""The history's SQL beyond the tasks table: groups, small persisted flags, prompt search and paging."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

GROUPS_TABLE = """
CREATE TABLE IF NOT EXISTS groups (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    identity TEXT NOT NULL,
    runs INTEGER NOT NULL,
    created_at REAL NOT NULL,
    budget_credits REAL,
    max_parallel INTEGER,
    output_dir TEXT
);
CREATE INDEX IF NOT EXISTS groups_identity ON groups(identity, created_at);
"""
GROUP_COLUMNS = ("id", "kind", "name", "identity", "runs", "created_at", "budget_credits", "max_parallel",
                 "output_dir")
META_TABLE = "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"

# An external-content FTS5 index of the prompts, kept in step by triggers (rowid is the tasks' rowid).
FTS_TABLE = """
CREATE VIRTUAL TABLE IF NOT EXISTS tasks_fts USING fts5(prompt, content='tasks', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS tasks_fts_insert AFTER INSERT ON tasks BEGIN
    INSERT INTO tasks_fts(rowid, prompt) VALUES (new.rowid, new.prompt);
END;
CREATE TRIGGER IF NOT EXISTS tasks_fts_delete AFTER DELETE ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, prompt) VALUES ('delete', old.rowid, old.prompt);
END;
CREATE TRIGGER IF NOT EXISTS tasks_fts_update AFTER UPDATE OF prompt ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, prompt) VALUES ('delete', old.rowid, old.prompt);
    INSERT INTO tasks_fts(rowid, prompt) VALUES (new.rowid, new.prompt);
END;
"""

_WORD = re.compile(r"\w+", re.UNICODE)
# Filters a page query understands, and the column each one compares.
_FILTERS = {"group_id": "group_id", "tab": "tab", "model": "model", "endpoint": "endpoint"}


def match_expression(text: str) -> str | None:
    """An FTS5 query matching every word of `text` as a prefix ("red fox" → "red"* "fox"*), or None."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def prompt_words(text: str) -> list[str]:
    """Words as FTS5's default tokenizer sees them: letters and digits, lower case, without accents."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return [w for w in re.split(r"[\W_]+", plain.lower()) if w]


def may_match(words: list[str], prompt: str) -> bool:
    """Whether every searched word starts a word of `prompt` (what the FTS5 query asks, approximately)."""
    have = prompt_words(prompt)
    return all(any(w.startswith(word) for w in have) for word in words)


def where_clause(filters: Mapping[str, Any] | None) -> tuple[str, list[Any]]:
    """" WHERE …" and its parameters for a page's filters; a ValueError names an unknown filter."""
    clauses: list[str] = []
    params: list[Any] = []
    for name, value in (filters or {}).items():
        if value is None:
            continue
        if name == "states":
            states = [getattr(s, "value", s) for s in value]
            clauses.append(f"state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        elif name == "text":
            expression = match_expression(str(value))
            if expression is not None:
                clauses.append("rowid IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?)")
                params.append(expression)
        elif name in _FILTERS:
            clauses.append(f"{_FILTERS[name]} = ?")
            params.append(value)
        else:
            raise ValueError(f"There is no filter '{name}' for the history (states, text, "
                             f"{', '.join(_FILTERS)}).")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
