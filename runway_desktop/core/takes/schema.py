"""The takes tables, living beside the task history in the same SQLite file."""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS takes (
    id INTEGER PRIMARY KEY,
    task_id TEXT NOT NULL,
    output_index INTEGER NOT NULL,
    path TEXT NOT NULL,
    kind TEXT NOT NULL,
    model TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    prompt TEXT NOT NULL,
    seed INTEGER,
    ratio TEXT,
    duration REAL,
    created_at REAL NOT NULL,
    size INTEGER,
    mime TEXT,
    group_id TEXT,
    favourite INTEGER NOT NULL DEFAULT 0,
    rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    trashed_at REAL,
    trash_path TEXT,
    trash_sidecar TEXT,
    UNIQUE (task_id, output_index)
);
CREATE INDEX IF NOT EXISTS takes_created ON takes(trashed_at, created_at);
CREATE INDEX IF NOT EXISTS takes_kind ON takes(kind, created_at);
CREATE INDEX IF NOT EXISTS takes_model ON takes(model, created_at);
CREATE INDEX IF NOT EXISTS takes_rating ON takes(rating, created_at);
CREATE INDEX IF NOT EXISTS takes_favourite ON takes(favourite, created_at) WHERE favourite = 1;
CREATE INDEX IF NOT EXISTS takes_group ON takes(group_id, created_at) WHERE group_id IS NOT NULL;
-- The search index holds the takes outside the trash only, so a search's count is the index's own.
-- TakesIndex keeps it in step itself (per-row triggers made indexing a long history several times slower).
CREATE VIRTUAL TABLE IF NOT EXISTS takes_fts USING fts5(
    prompt, model, content='takes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS takes_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# The columns a TakeRow is built from, in its field order.
ROW_COLUMNS = (
    "task_id", "output_index", "path", "kind", "model", "endpoint", "prompt", "created_at", "seed", "ratio",
    "duration", "size", "mime", "group_id", "favourite", "rating", "trashed_at",
)
# The columns a task decides (index._values spells them out in this order); favourite, rating and the
# trash are the person's and survive re-indexing.
TASK_COLUMNS = ROW_COLUMNS[:14]
