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
-- The first indexes (one per filter, trashed takes mixed in) left sorting to a temporary b-tree.
DROP INDEX IF EXISTS takes_created;
DROP INDEX IF EXISTS takes_kind;
DROP INDEX IF EXISTS takes_model;
DROP INDEX IF EXISTS takes_rating;
DROP INDEX IF EXISTS takes_favourite;
DROP INDEX IF EXISTS takes_group;
-- Every search is over the takes outside the trash, so each index holds just those (partial), and
-- each is in a sort order's own column order, id last: a page is read straight off an index, and a
-- filter's count is a range of one. query.py writes the terms these conditions need.
CREATE INDEX IF NOT EXISTS takes_shown_newest ON takes(created_at, id) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS takes_shown_rating ON takes(rating, created_at, id) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS takes_shown_model
    ON takes(model, created_at DESC, id DESC) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS takes_shown_kind ON takes(kind, created_at, id) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS takes_shown_favourite
    ON takes(created_at, id) WHERE trashed_at IS NULL AND favourite = 1;
CREATE INDEX IF NOT EXISTS takes_shown_group
    ON takes(group_id, created_at, id) WHERE trashed_at IS NULL AND group_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS takes_trash ON takes(trashed_at) WHERE trashed_at IS NOT NULL;
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
