"""Outputs the engine saves reach the takes index through its events, with no change to the engine."""

from __future__ import annotations

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.takes import TakeFilters, TakesFollower, TakesIndex

CATALOGUE = load_catalogue()


async def test_a_generation_the_engine_saves_is_found_in_the_library(rig):
    engine = await rig.engine()
    index = TakesIndex(engine.store.path)
    await index.open()
    indexed = []
    follower = TakesFollower(index, engine.events, on_indexed=lambda task: indexed.append(task.id))
    values = {"promptText": "a lighthouse in fog, long exposure", "ratio": "1280:720", "duration": 2,
              "seed": 77}
    built = build_request(CATALOGUE.get("text_to_video", "gen4.5"), values)
    assert built.ok, built.errors
    task = await engine.submit(built, values)
    done = await engine.wait_until_settled(task.id, timeout=90)
    assert done.state is TaskState.SUCCEEDED and done.saved_paths
    await follower.close()

    assert task.id in indexed
    (take,) = await index.query(TakeFilters(text="lighthouse fog"))
    assert (take.task_id, take.path, take.kind, take.model, take.seed, take.duration) == (
        task.id, done.saved_paths[0], "video", "gen4.5", 77, 2.0)
    assert take.size == done.outputs[0].size
    # A restart re-reads the history: nothing is indexed twice.
    assert await index.backfill_from_tasks(engine.tasks) == 0
    await index.close()
