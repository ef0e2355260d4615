"""The queue as a whole: paused or sending, and the limits on what is sent (budget, tasks at Runway, tier).

The gate applies them task by task; this is where they are set. Every change wakes the sender,
so a task the change lets through goes at once and one it holds is never sent meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runway_desktop.core.running import events as ev
from runway_desktop.core.running.account_limits import read_account_limits
from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.gate import Gate
from runway_desktop.core.running.submission import Submitter
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.storage.store import Store

PAUSED_FLAG = "queue_paused"
KEEP: Any = object()  # set_limits: leave this limit as it is


class QueueControl:
    """Pause and resume (remembered across restarts) and the limits the gate holds tasks to."""

    def __init__(
        self,
        gate: Gate,
        submitter: Submitter,
        store: Store,
        events: ev.EventBus,
        client: Callable[[], RunwayApi | None],
        clock: Callable[[], float],
    ) -> None:
        self._gate = gate
        self._submitter = submitter
        self._store = store
        self._events = events
        self._client = client
        self._clock = clock

    async def load(self) -> None:
        """Paused or not, as the last run left it."""
        self._gate.paused = await self._store.get_flag(PAUSED_FLAG) == "1"

    @property
    def paused(self) -> bool:
        return self._gate.paused

    async def set_paused(self, paused: bool) -> None:
        """Paused: nothing new is sent (live tasks finish and download). Stored, then announced."""
        self._gate.paused = paused
        await self._store.set_flag(PAUSED_FLAG, "1" if paused else "0")
        self._submitter.wake()
        self._events.publish(ev.QueuePaused(paused))

    def set_limits(self, *, daily_budget: float | None = KEEP, max_live: int | None = KEEP) -> None:
        """The daily budget in credits and the Settings limit of tasks at Runway (None: no limit).

        Only the limits passed change.
        """
        if daily_budget is not KEEP:
            self._gate.daily_budget = daily_budget
        if max_live is not KEEP:
            self._gate.max_live = max_live
        self._submitter.wake()

    async def refresh_account(self) -> None:
        """Read the organization's tier and this month's use for the gate (kept as is if unreadable)."""
        if await read_account_limits(self._client(), self._gate, self._clock):
            self._submitter.wake()

    def holds_for_daily_budget(self, task: TaskRecord) -> bool:
        """True when the daily budget is, right now, what keeps this queued task from being sent."""
        return self._gate.holds_for_daily_budget(task)
