"""A heartbeat on the event loop, for tests that prove blocking work runs off the loop."""

from __future__ import annotations

import asyncio


class Heartbeat:
    """Beats every millisecond whenever the event loop gets a turn; `beats` counts them.

    Usage: `async with Heartbeat() as heart: before = heart.beats; await work(); assert heart.beats > before`.
    Work done on the loop itself leaves no turn for a single beat, however long it takes; work
    in a thread leaves at least one, even when the machine is so busy that the loop thread
    barely runs. The beat is a timer callback rather than a task so that it counts in the very
    turn the loop gets (a task would only run one turn later, possibly after the awaited result).
    """

    def __init__(self) -> None:
        self.beats = 0
        self._handle: asyncio.TimerHandle | None = None

    async def __aenter__(self) -> Heartbeat:
        self._beat()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _beat(self) -> None:
        self.beats += 1
        self._handle = asyncio.get_running_loop().call_later(0.001, self._beat)
