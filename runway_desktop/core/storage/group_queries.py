"""The stored groups (batches and pipeline runs): written, read and forgotten on the store's connection.

Each function runs on the store's worker thread; the store offers them as its own async methods.
"""

from __future__ import annotations

import sqlite3

from runway_desktop.core.running.groups import Group
from runway_desktop.core.storage.history_sql import GROUP_COLUMNS

_NAMES = ", ".join(GROUP_COLUMNS)
_SAVE = f"INSERT OR REPLACE INTO groups ({_NAMES}) VALUES ({', '.join('?' for _ in GROUP_COLUMNS)})"
_LOAD = f"SELECT {_NAMES} FROM groups ORDER BY created_at"


def save_group(db: sqlite3.Connection, group: Group) -> None:
    """Insert or replace one group."""
    db.execute(_SAVE, [getattr(group, c) for c in GROUP_COLUMNS])


def load_groups(db: sqlite3.Connection) -> list[Group]:
    """Every group, oldest first."""
    return [Group(**dict(zip(GROUP_COLUMNS, row, strict=True))) for row in db.execute(_LOAD).fetchall()]


def delete_group(db: sqlite3.Connection, group_id: str) -> None:
    """Forget a group and its tasks in one transaction."""
    with db:
        db.execute("BEGIN")
        db.execute("DELETE FROM tasks WHERE group_id = ?", (group_id,))
        db.execute("DELETE FROM groups WHERE id = ?", (group_id,))
