"""When to ask Runway about a live task next, and how many requests may go out at all.

Rather than polling every few seconds like the SDK's `wait_for_task_output`, the engine aims
for the expected finish: far from it, it waits long; once the finish is within two minimum
intervals, it schedules one poll for just after it (and polls at the minimum interval if the
task is late). The finish is predicted from the pace of `progress` when Runway reports it, else
from the model's typical duration (learned from finished tasks, starting from the catalogue's).
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

# Never poll one task more often than Runway's guidance ("not more than once every five seconds").
MIN_INTERVAL = 5.0
MAX_INTERVAL = 60.0
# Fraction of the predicted remaining time to wait while far from the finish: converges on it.
APPROACH = 0.6
# Near the finish, the poll lands this fraction of the remaining time after it (plus jitter of as much).
LANDING_MARGIN = 0.05
THROTTLED_INTERVAL = 15.0
# However long a pause for every task is asked for, polling resumes within this.
MAX_BACK_OFF = 60.0


@dataclass(frozen=True)
class PollTiming:
    min_interval: float = MIN_INTERVAL
    max_interval: float = MAX_INTERVAL
    throttled_interval: float = THROTTLED_INTERVAL


def next_poll_delay(
    state: str,
    *,
    progress: float | None,
    running_for: float | None,
    age: float,
    typical_seconds: float,
    timing: PollTiming,
    rng: random.Random,
) -> float:
    """Seconds until the next poll of one task in `state` (pending, throttled or running)."""
    remaining = None
    if state == "throttled":
        base = timing.throttled_interval
    elif state == "running" and progress and progress >= 0.02 and running_for and running_for > 0:
        remaining = running_for * (1 - progress) / progress
    elif state == "running" and progress is not None and 0 < progress < 1:
        # No pace measured yet: what is left of the model's usual duration.
        remaining = typical_seconds * (1 - progress)
    elif state == "pending":
        # Queued tasks usually start soon: look again after half the time waited so far.
        base = age * 0.5
    elif typical_seconds > age:
        remaining = typical_seconds - age
    else:
        # Later than the model usually takes: keep looking, a little less often as time goes on.
        base = age * 0.1
    jitter = 0.2
    if remaining is not None and remaining <= 2 * timing.min_interval:
        # Close enough to aim: one poll just after the predicted finish.
        base, jitter = remaining * (1 + LANDING_MARGIN), LANDING_MARGIN
    elif remaining is not None:
        # Approach, but leave at least one minimum interval before the finish for the aimed poll.
        base = min(remaining * APPROACH, remaining - timing.min_interval)
    base = min(max(base, timing.min_interval), timing.max_interval)
    # Jitter upwards only, so the minimum interval always holds.
    return base * (1 + jitter * rng.random())


class TypicalDurations:
    """Per-model task durations, learned from finished tasks (exponential moving average)."""

    def __init__(self, defaults: Callable[[str], float], weight: float = 0.3) -> None:
        self._defaults = defaults
        self._learned: dict[str, float] = {}
        self._weight = weight

    def get(self, model: str) -> float:
        return self._learned.get(model, self._defaults(model))

    def observe(self, model: str, seconds: float) -> None:
        if seconds <= 0:
            return
        old = self._learned.get(model)
        self._learned[model] = seconds if old is None else old + self._weight * (seconds - old)


class RequestBudget:
    """A token bucket shared by every poll: at most `rate` requests per second, bursts of `burst`."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._clock = clock
        self._stamp = clock()
        self._lock = asyncio.Lock()
        self.backoff_until = 0.0

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                self._refill()
                pause = max(0.0, self.backoff_until - self._clock())
                if pause == 0 and self._tokens >= 1:
                    self._tokens -= 1
                    return
                wait = pause or (1 - self._tokens) / self.rate
                # Short steps, so a changed clock or a lifted back-off is noticed promptly.
                await asyncio.sleep(min(wait, 0.25))

    def back_off(self, seconds: float) -> None:
        """Every poll waits (at most MAX_BACK_OFF, whatever was asked): the server needs us to slow down."""
        seconds = 0.0 if math.isnan(seconds) else min(seconds, MAX_BACK_OFF)
        self.backoff_until = max(self.backoff_until, self._clock() + max(seconds, 0.0))
