"""Stopping at the daily budget where nobody is there to raise it: a command that cannot wait a day.

The gate holds a run that would pass the daily budget in Settings; the window shows it waiting
until 00:00 UTC. A command in a terminal stops instead, once nothing it started is still in
flight (a failure there could give credits back): the held runs are cancelled before anything
was sent, so nothing is spent on them and running the same command again sends them.
"""

from __future__ import annotations

from collections.abc import Iterable

from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.states import TaskState
from runway_desktop.core.running.tasks import TaskRecord


def stuck_at_daily_budget(engine: Engine, tasks: Iterable[TaskRecord]) -> list[TaskRecord]:
    """The tasks the daily budget holds when none of `tasks` is in flight (so none can free it); else []."""
    current = [engine.get(t.id) or t for t in tasks]
    if any(t.state is TaskState.SUBMITTING or t.state.is_live_at_runway for t in current):
        return []
    return [t for t in current if engine.holds_for_daily_budget(t)]


def budget_sentence(engine: Engine, held: list[TaskRecord]) -> str:
    """One sentence: what was not sent, the budget it would pass, and what to do next."""
    budget = engine.gate.daily_budget or 0.0
    needed = sum(t.estimated_credits or 0.0 for t in held)
    if len(held) == 1:
        what, them = f"1 run ({needed:,.0f} credits) was not sent: it", "it"
    else:
        what, them = f"{len(held)} runs ({needed:,.0f} credits) were not sent: they", "them"
    return (f"Stopped at the daily budget: {what} would pass the daily budget of {budget:,.0f} credits "
            f"set in Settings ({engine.gate.committed_today():,.0f} committed today). Nothing was spent on "
            f"{them}; run the same command again after 00:00 UTC, or raise the budget in Runway Desktop's "
            "Settings.")


async def stop_at_daily_budget(engine: Engine, held: list[TaskRecord]) -> str:
    """Cancel the held runs (never sent, nothing spent) and return the sentence that says so."""
    sentence = budget_sentence(engine, held)
    budget = engine.gate.daily_budget or 0.0
    note = (f"Not sent: it would pass the daily budget of {budget:,.0f} credits set in Settings. "
            "Nothing was spent; send it again after 00:00 UTC or raise the budget.")
    for task in held:
        current = engine.get(task.id)
        if current is not None and current.state is TaskState.QUEUED:
            await engine.cancel(task.id, note)
    return sentence
