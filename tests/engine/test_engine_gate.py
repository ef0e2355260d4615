"""The gate against the simulator: the account's tier, pause, budgets and a group's own limit."""

from __future__ import annotations

from group_helpers import IMAGE, Watcher, image_batch

from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.gate import PAUSED
from runway_desktop.core.running.states import TaskState


def image(prompt: str = "a quiet harbour"):
    return build_request(IMAGE, {"promptText": prompt, "ratio": "1024:1024"})


async def test_never_more_live_tasks_per_model_than_the_tier_allows_and_none_throttled(rig):
    rig.server.config.max_concurrent_generations = 2  # what GET /v1/organization reports
    engine = await rig.engine()
    watch = Watcher(engine)
    group = await engine.submit_group(image_batch(6, "tier"))
    reasons = set()
    watch.engine.events.subscribe(
        lambda e: reasons.add(getattr(getattr(e, "task", None), "waiting", None)))
    progress = await watch.group_finished(group.id)
    assert progress.succeeded == 6
    assert watch.peak["gen4_image"] == 2 and not watch.throttled
    assert "Waiting for a gen4_image slot: 2 of 2 busy." in reasons


async def test_a_daily_limit_keeps_the_rest_queued_with_when_it_resumes(rig):
    rig.server.config.max_daily_generations = 2
    engine = await rig.engine()
    watch = Watcher(engine)
    group = await engine.submit_group(image_batch(3, "daily"))
    await watch.until(lambda: engine.group_progress(group.id).succeeded == 2)
    waiting = [t for t in engine.groups.tasks(group.id) if t.state is TaskState.QUEUED]
    await watch.until(lambda: engine.get(waiting[0].id).waiting is not None)
    assert engine.get(waiting[0].id).waiting == (
        "Daily limit for gen4_image reached (2 a day); resumes at 00:00 UTC.")
    stats = await rig.stats()
    assert stats["creates"] == 2 and stats["rejected_creates"] == 0  # no 429 provoked


async def test_pause_sends_nothing_new_while_live_tasks_finish_and_download(rig):
    engine = await rig.engine()
    rig.server.config.speed = 40.0
    watch = Watcher(engine)
    first = await engine.submit(image("before the pause"), {})
    await engine.wait_for(first.id, lambda t: t.state.is_live_at_runway, timeout=60)
    await engine.pause()
    second = await engine.submit(image("during the pause"), {})
    done = await engine.wait_until_settled(first.id, timeout=120)
    assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved
    await watch.until(lambda: engine.get(second.id).waiting == PAUSED)
    assert engine.get(second.id).state is TaskState.QUEUED and (await rig.stats())["creates"] == 1
    # The pause is remembered: a restart does not send what the user held back.
    await rig.stop_engine(engine)
    engine = await rig.engine()
    assert engine.paused and engine.get(second.id).state is TaskState.QUEUED
    await engine.resume()
    assert (await engine.wait_until_settled(second.id, timeout=120)).state is TaskState.SUCCEEDED


async def test_a_group_budget_holds_the_runs_that_would_pass_it(rig):
    engine = await rig.engine()
    watch = Watcher(engine)
    group = await engine.submit_group(image_batch(4, "budget"), budget_credits=20)
    await watch.until(lambda: engine.group_progress(group.id).succeeded == 2)
    held = [t for t in engine.groups.tasks(group.id) if t.state is TaskState.QUEUED]
    assert len(held) == 2
    await watch.until(lambda: all(engine.get(t.id).waiting for t in held))
    assert "past its budget of 20 credits (16 committed)" in engine.get(held[0].id).waiting
    assert (await rig.stats())["creates"] == 2
    await engine.submit_group(image_batch(4, "budget"), budget_credits=40)  # raised: the rest go
    progress = await watch.group_finished(group.id)
    assert (progress.succeeded, progress.cost_credits) == (4, 32)


async def test_the_daily_budget_holds_a_run_that_would_pass_it(rig):
    engine = await rig.engine()
    watch = Watcher(engine)
    engine.set_limits(daily_budget=10)
    first = await engine.submit(image("within budget"), {})
    second = await engine.submit(image("over budget"), {})
    assert (await engine.wait_until_settled(first.id, timeout=120)).state is TaskState.SUCCEEDED
    await watch.until(lambda: engine.get(second.id).waiting is not None)
    assert "daily budget of 10 credits (8 committed today)" in engine.get(second.id).waiting
    assert engine.get(second.id).state is TaskState.QUEUED
    engine.set_limits(daily_budget=None)
    assert (await engine.wait_until_settled(second.id, timeout=120)).state is TaskState.SUCCEEDED


async def test_max_parallel_only_lowers_the_limit_for_its_group(rig):
    engine = await rig.engine()
    watch = Watcher(engine)
    group = await engine.submit_group(image_batch(3, "one at a time"), max_parallel=1)
    progress = await watch.group_finished(group.id)
    assert progress.succeeded == 3 and watch.peak["gen4_image"] == 1


async def test_the_monthly_spend_cap_holds_a_run_that_would_pass_it(rig):
    rig.server.config.max_monthly_credit_spend = 20  # what GET /v1/organization reports
    engine = await rig.engine()
    watch = Watcher(engine)
    group = await engine.submit_group(image_batch(3, "monthly"))
    await watch.until(lambda: engine.group_progress(group.id).succeeded == 2)
    (held,) = [t for t in engine.groups.tasks(group.id) if t.state is TaskState.QUEUED]
    await watch.until(lambda: engine.get(held.id).waiting is not None)
    assert "monthly spend cap of 20 credits (16 used this month)" in engine.get(held.id).waiting
    # Read again at a restart: this month's use now comes from POST /v1/organization/usage.
    await rig.stop_engine(engine)
    engine = await rig.engine()
    held = engine.get(held.id)
    assert held.state is TaskState.QUEUED
    assert "(16 used this month)" in engine.gate.reason(held, engine.gate.snapshot())
    assert (await rig.stats())["creates"] == 2


async def test_set_limits_changes_only_the_limits_passed(rig):
    engine = await rig.engine(max_live=3)
    engine.set_limits(daily_budget=50)
    assert (engine.gate.max_live, engine.gate.daily_budget) == (3, 50)
    engine.set_limits(max_live=None)
    assert (engine.gate.max_live, engine.gate.daily_budget) == (None, 50)
