"""A take's lineage read from the whole history, for the tasks the engine does not hold in memory."""

from __future__ import annotations

from runway_desktop.core.lineage.graph import MAX_DEPTH, parents_of
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.store import Store


async def lineage_records(store: Store, task: TaskRecord, depth: int = MAX_DEPTH) -> dict[str, TaskRecord]:
    """Every task the lineage tree of `task` may show (its ancestors and descendants), by id."""
    found: dict[str, TaskRecord] = {}
    upward = [(task, depth)]
    while upward:  # ancestors: one primary-key read per parent
        current, left = upward.pop()
        if left <= 0:
            continue
        for parent in parents_of(current):
            if parent.task_id in found or parent.task_id == task.id:
                continue  # seen already (or a loop in a damaged history)
            record = await store.get(parent.task_id)
            if record is not None and record.id == parent.task_id:
                found[record.id] = record
                upward.append((record, left - 1))
    seen, level = {task.id}, [task.id]
    for _ in range(depth):  # descendants: one level of "made from" at a time
        made = [t for t in await store.made_from(level)
                if t.id not in seen and any(p.task_id in level for p in parents_of(t))]
        if not made:
            break
        for record in made:
            found.setdefault(record.id, record)
            seen.add(record.id)
        level = [record.id for record in made]
    return found
