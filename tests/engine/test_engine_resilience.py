"""Faults on every leg: nothing duplicated, nothing lost, the truth told about unknown outcomes."""

from __future__ import annotations

import collections

import pytest

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.tasks import TaskState

CATALOGUE = load_catalogue()


def speech(i: int):
    return build_request(CATALOGUE.get("text_to_speech", "eleven_multilingual_v2"),
                         {"promptText": f"Take number {i}.", "voice": "Maya"})


@pytest.mark.slow
async def test_fifty_tasks_under_twenty_percent_faults_all_complete_without_duplicates(rig):
    await rig.faults(
        "create:429=0.07,create:502=0.07,create:503=0.06,"
        "poll:drop=0.07,poll:500=0.07,poll:503=0.06,"
        "download:drop=0.07,download:500=0.07,download:503=0.06,seed=11"
    )
    engine = await rig.engine()
    tasks = [await engine.submit(speech(i), {}) for i in range(50)]
    for task in tasks:
        done = await engine.wait_until_settled(task.id, timeout=180)
        assert done.state is TaskState.SUCCEEDED, (done.state, done.failure, done.error)
        assert done.all_outputs_saved
    stats = await rig.stats()
    assert stats["creates"] == 50, "every task created exactly once"
    assert len(set(stats["task_ids"])) == 50
    runway_ids = [engine.get(t.id).runway_id for t in tasks]
    assert sorted(runway_ids) == sorted(stats["task_ids"])
    injected = {scope: sum(kinds.values()) for scope, kinds in stats["faults"].items()}
    for leg in ("create", "poll", "download"):
        assert injected.get(leg, 0) > 0, f"faults were really injected on every leg: {stats['faults']}"


async def test_a_create_dropped_after_acceptance_is_outcome_unknown_and_not_resent(rig):
    await rig.faults("create:drop-after=1")
    engine = await rig.engine()
    task = await engine.submit(speech(1), {})
    done = await engine.wait_for(task.id, lambda t: t.state.is_terminal, timeout=30)
    assert done.state is TaskState.UNKNOWN
    assert "may or may not" in done.error or "unknown" in done.error.lower()
    stats = await rig.stats()
    assert stats["creates"] == 1  # the server did create it…
    assert stats["requests"]["create.text_to_speech"] == 1  # …and the app did not send it twice
    assert collections.Counter(stats["task_ids"]).most_common(1)[0][1] == 1
