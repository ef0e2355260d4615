"""The takes index: every saved output in the task store's SQLite file, searchable and rated."""

from runway_desktop.core.takes.follow import TakesFollower
from runway_desktop.core.takes.index import TakesIndex
from runway_desktop.core.takes.rows import TakeFilters, TakeKey, TakeRow, TakeSort, takes_from_task

__all__ = ["TakeFilters", "TakeKey", "TakeRow", "TakeSort", "TakesFollower", "TakesIndex", "takes_from_task"]
