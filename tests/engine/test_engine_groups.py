"""Groups against the simulator: a batch is one group; cancel all, retry failed, remove; chains; resume."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from group_helpers import GEN45, PROMPTS, Watcher, image_batch

from runway_desktop.core.plans.batch import plan_batch
from runway_desktop.core.plans.pipeline import load_pipeline
from runway_desktop.core.running.config import EngineRefused
from runway_desktop.core.running.gate import PAUSED
from runway_desktop.core.running.states import TaskState

EXAMPLES = Path(__file__).parents[1] / "plans" / "pipelines"


async def test_a_batch_of_three_prompts_two_seeds_two_models_is_one_group_of_twelve(rig):
    engine = await rig.engine()
    watch = Watcher(engine)
    plan = plan_batch(GEN45, {"ratio": "1280:720", "duration": 6}, PROMPTS, 2, ["veo3.1"],
                      rng=random.Random(5))
    group = await engine.submit_group(plan, name="takes")
    tasks = engine.groups.tasks(group.id)
    assert len(tasks) == 12 and {t.group_id for t in tasks} == {group.id}
    assert sorted(t.run_key for t in tasks) == sorted(r.key for r in plan.runs)
    assert sum(t.estimated_credits for t in tasks) == plan.total.credits == 6 * 72 + 6 * 240
    stored = await engine.store.page(0, 50, {"group_id": group.id})
    assert len(stored) == 12  # in the ledger before anything was sent
    progress = await watch.group_finished(group.id, timeout=300)
    assert (progress.succeeded, progress.failed, progress.total) == (12, 0, 12)
    assert progress.cost_credits == plan.total.credits
    stats = await rig.stats()
    assert stats["creates"] == 12 and stats["rejected_creates"] == 0
    # The simulator's tier allows 4 of a model at once: the gate kept to it, so nothing waited THROTTLED.
    assert max(watch.peak.values()) <= 4 and not watch.throttled


async def test_cancel_all_stops_every_queued_run_without_a_request(rig):
    engine = await rig.engine()
    await engine.pause()
    group = await engine.submit_group(image_batch(4))
    tasks = engine.groups.tasks(group.id)
    watch = Watcher(engine)
    await watch.until(lambda: all(engine.get(t.id).waiting == PAUSED for t in tasks))
    assert await engine.cancel_group(group.id) == []
    assert all(engine.get(t.id).state is TaskState.CANCELLED for t in tasks)
    assert "nothing was spent" in engine.get(tasks[0].id).error
    await engine.resume()
    assert (await rig.stats())["creates"] == 0
    progress = engine.group_progress(group.id)
    assert (progress.cancelled, progress.cost_credits, progress.finished) == (4, 0, True)


async def test_retry_failed_sends_only_the_failed_runs_again_under_their_run_keys(rig):
    engine = await rig.engine()
    watch = Watcher(engine)
    await rig.faults("safety=1")
    group = await engine.submit_group(image_batch(3, "storm"))
    progress = await watch.group_finished(group.id)
    assert (progress.failed, progress.succeeded) == (3, 0)
    # Output moderation is charged (as Runway reports each task's cost): cost so far follows the records.
    assert progress.cost_credits == sum(t.cost_credits or 0 for t in engine.groups.tasks(group.id)) == 24
    await rig.faults("")
    retried = await engine.retry_failed(group.id)
    assert sorted(t.run_key for t in retried) == ["1.1", "1.2", "1.3"]
    progress = await watch.group_finished(group.id)
    assert (progress.succeeded, progress.failed, progress.total) == (3, 0, 3)
    assert len(engine.groups.tasks(group.id)) == 6 and progress.cost_credits == 48
    assert await engine.retry_failed(group.id) == []  # nothing failed any more
    await engine.remove_group(group.id)
    assert engine.groups.get(group.id) is None and not await engine.store.page(0, 10, {"group_id": group.id})
    assert group.id not in {g.id for g in await engine.store.load_groups()}


async def test_a_live_group_cannot_be_removed(rig):
    engine = await rig.engine()
    rig.server.config.speed = 5.0
    group = await engine.submit_group(image_batch(1, "slow"))
    (task,) = engine.groups.tasks(group.id)
    await engine.wait_for(task.id, lambda t: t.state.is_live_at_runway, timeout=60)
    with pytest.raises(EngineRefused, match="cancel the group first"):
        await engine.remove_group(group.id)
    await engine.cancel_group(group.id)


async def test_image_to_video_chain_sends_the_saved_image_and_records_where_it_came_from(rig):
    engine = await rig.engine()
    watch = Watcher(engine)
    plan = load_pipeline(EXAMPLES / "image_to_video.json")
    group = await engine.submit_group(plan)
    ledger = engine.groups.latest(group.id)
    video = ledger["2.1"]
    assert video.state is TaskState.QUEUED and "run 1.1" in (engine.get(video.id).waiting or "")
    progress = await watch.group_finished(group.id, timeout=300)
    assert progress.succeeded == 2
    image, video = engine.get(ledger["1.1"].id), engine.get(video.id)
    (source,) = video.media
    assert source["origin"] == {"task_id": image.id, "output_index": 0, "sha256": image.outputs[0].sha256,
                                "run": "1.1"}
    assert "from" not in source and image.outputs[0].sha256  # one record, with the bytes' hash
    assert source["path"] == image.saved_paths[0]
    assert video.endpoint == "image_to_video" and video.input_hashes  # the image was sent, by content


async def test_the_same_plan_resumes_its_group_and_restart_makes_a_new_one(rig):
    engine = await rig.engine()
    watch = Watcher(engine)
    plan = image_batch(2, "resume")
    group = await engine.submit_group(plan)
    await watch.group_finished(group.id)
    again = await engine.submit_group(plan)
    assert again.id == group.id and len(engine.groups.tasks(group.id)) == 2
    assert (await rig.stats())["creates"] == 2
    fresh = await engine.submit_group(plan, restart=True)
    assert fresh.id != group.id
    await watch.group_finished(fresh.id)
    assert (await rig.stats())["creates"] == 4
    assert engine.groups.find(plan.identity).id == fresh.id
