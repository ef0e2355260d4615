"""Poll timing: never under the minimum, converging on the predicted finish, one global budget."""

from __future__ import annotations

import asyncio
import random

from hypothesis import given
from hypothesis import strategies as st

from runway_desktop.core.running.poll_schedule import (
    PollTiming,
    RequestBudget,
    TypicalDurations,
    next_poll_delay,
)

TIMING = PollTiming()


@given(
    state=st.sampled_from(["pending", "throttled", "running"]),
    progress=st.none() | st.floats(0, 1),
    running_for=st.none() | st.floats(0, 10_000),
    age=st.floats(0, 10_000),
    typical=st.floats(1, 1_000),
    seed=st.integers(0, 1000),
)
def test_delay_is_always_within_the_bounds(state, progress, running_for, age, typical, seed):
    delay = next_poll_delay(state, progress=progress, running_for=running_for, age=age,
                            typical_seconds=typical, timing=TIMING, rng=random.Random(seed))
    assert TIMING.min_interval <= delay <= TIMING.max_interval * 1.2


def delay(state="running", **kw):
    args = {"progress": None, "running_for": None, "age": 0.0, "typical_seconds": 90.0}
    args.update(kw)
    return next_poll_delay(state, timing=TIMING, rng=random.Random(0), **args)


def test_running_task_is_polled_sparsely_far_from_the_finish_and_densely_near_it():
    far = delay(progress=0.1, running_for=10)  # predicted 90 s left
    near = delay(progress=0.95, running_for=95)  # predicted 5 s left
    assert far > 30
    assert near < 6.5


def test_without_progress_the_typical_duration_is_used():
    assert delay(age=0, typical_seconds=90) > 40
    assert delay(age=85, typical_seconds=90) < 6.5


def test_pending_tasks_are_checked_soon_then_less_often():
    assert delay("pending", age=0) < 6.5
    assert delay("pending", age=60) > delay("pending", age=10)


def test_typical_durations_learn_from_finished_tasks():
    durations = TypicalDurations(lambda model: 90.0)
    assert durations.get("gen4.5") == 90.0
    durations.observe("gen4.5", 30.0)
    assert durations.get("gen4.5") == 30.0
    durations.observe("gen4.5", 60.0)
    assert 30.0 < durations.get("gen4.5") < 60.0
    assert durations.get("veo3.1") == 90.0


async def test_budget_limits_the_request_rate_and_honours_back_off():
    now = [0.0]
    budget = RequestBudget(rate=10.0, burst=2, clock=lambda: now[0])
    await budget.acquire()
    await budget.acquire()  # the burst is spent
    waiter = asyncio.ensure_future(budget.acquire())
    await asyncio.sleep(0)
    assert not waiter.done()
    now[0] += 0.1  # one token refills
    await asyncio.wait_for(waiter, 1)
    budget.back_off(30)
    now[0] += 10
    blocked = asyncio.ensure_future(budget.acquire())
    await asyncio.sleep(0.01)
    assert not blocked.done()
    now[0] += 25
    await asyncio.wait_for(blocked, 1)


def test_a_back_off_asked_for_forever_is_clamped():
    now = [0.0]
    budget = RequestBudget(rate=10.0, burst=2, clock=lambda: now[0])
    budget.back_off(float("inf"))
    assert budget.backoff_until == 60.0
    budget.back_off(float("nan"))
    budget.back_off(-5)
    assert budget.backoff_until == 60.0
