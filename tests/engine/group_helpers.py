"""Helpers for the group tests: plans, a watcher of every task move, and waiting for a group to finish."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Callable

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.plans.batch import plan_batch
from runway_desktop.core.plans.plan import Plan
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.groups import GroupProgress
from runway_desktop.core.running.states import TaskState

CATALOGUE = load_catalogue()
GEN45 = CATALOGUE.get("text_to_video", "gen4.5")
IMAGE = CATALOGUE.get("text_to_image", "gen4_image")
PROMPTS = ["a lighthouse at dusk", "a fox in snow", "rain on a window"]


def image_batch(count: int, word: str = "take") -> Plan:
    """`count` gen4_image runs (8 credits each at 1024:1024), one prompt each."""
    prompts = [f"a {word} of a harbour, number {i}" for i in range(count)]
    return plan_batch(IMAGE, {"ratio": "1024:1024"}, prompts, rng=random.Random(count))


class Watcher:
    """Every task move and group event; the most live tasks per model ever seen at once."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.events: list[ev.Event] = []
        self.states: dict[str, tuple[str, TaskState]] = {}
        self.peak: Counter[str] = Counter()
        self.throttled: list[str] = []
        self.finished: dict[str, GroupProgress] = {}
        self._changed = asyncio.Event()
        engine.events.subscribe(self._on)

    def _on(self, event: ev.Event) -> None:
        self.events.append(event)
        if isinstance(event, ev.TaskAdded | ev.TaskChanged):
            task = event.task
            self.states[task.id] = (task.model, task.state)
            if task.state is TaskState.THROTTLED:
                self.throttled.append(task.id)
            live = Counter(m for m, s in self.states.values()
                           if s is TaskState.SUBMITTING or s.is_live_at_runway)
            for model, count in live.items():
                self.peak[model] = max(self.peak[model], count)
        if isinstance(event, ev.GroupFinished):
            self.finished[event.group.id] = event.progress
        self._changed.set()

    async def until(self, condition: Callable[[], bool], timeout: float = 120.0) -> None:
        """Wait (bounded) until `condition` holds, re-checking after every event."""

        async def loop() -> None:
            while not condition():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(loop(), timeout)

    async def group_finished(self, group_id: str, timeout: float = 120.0) -> GroupProgress:
        await self.until(lambda: group_id in self.finished, timeout)
        return self.finished.pop(group_id)
