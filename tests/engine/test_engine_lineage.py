"""One record of where an input came from, whichever way it came: a group's chain, a batch's form
input, and a chain stored by an older version in the `from` format, read after a restart."""

from __future__ import annotations

import random
from pathlib import Path

from group_helpers import IMAGE, Watcher

from runway_desktop.core.intake.media import MediaOrigin, MediaValue
from runway_desktop.core.lineage import ancestors, children
from runway_desktop.core.plans.batch import plan_batch
from runway_desktop.core.plans.pipeline import load_pipeline
from runway_desktop.core.running.gate import waiting_for
from runway_desktop.core.running.states import TaskState
from runway_desktop.core.storage.store import Store

EXAMPLES = Path(__file__).parents[1] / "plans" / "pipelines"


async def test_a_chain_stored_in_the_old_format_resumes_and_keeps_its_lineage(rig):
    engine = await rig.engine()
    await engine.pause()  # recorded, nothing sent
    group = await engine.submit_group(load_pipeline(EXAMPLES / "image_to_video.json"))
    video_id = engine.groups.latest(group.id)["2.1"].id
    await rig.stop_engine(engine)

    store = Store(rig.data_dir / "tasks.sqlite3")  # rewrite the waiting input as older versions stored it
    await store.open()
    (video,) = [t for t in await store.load_all() if t.id == video_id]
    (item,) = video.media
    old = {k: v for k, v in item.items() if k != "origin"} | {"from": {"run": "1.1", "output": 1}}
    await store.save(video.evolve(media=[old]))
    await store.close()

    engine = await rig.engine()
    watch = Watcher(engine)
    assert waiting_for(engine.get(video_id)) == ["1.1"]  # read as waiting for its producer
    await engine.resume()
    progress = await watch.group_finished(group.id, timeout=300)
    assert progress.succeeded == 2
    image = engine.groups.latest(group.id)["1.1"]
    (source,) = engine.get(video_id).media
    assert "from" not in source
    assert MediaValue.from_json(source).origin == MediaOrigin(image.id, 0, image.outputs[0].sha256, run="1.1")
    (parent,) = ancestors(engine.get(video_id), engine.get)
    assert parent.task_id == image.id and parent.task is not None
    assert [n.task_id for n in children(engine.get(image.id), engine.tasks)] == [video_id]
    assert (await rig.stats())["creates"] == 2


async def test_a_batch_keeps_the_origin_of_an_output_used_in_its_form(rig, tmp_path):
    engine = await rig.engine()
    watch = Watcher(engine)
    first = await engine.submit_group(plan_batch(IMAGE, {"ratio": "1024:1024"}, ["a harbour"],
                                                 rng=random.Random(1)))
    await watch.group_finished(first.id, timeout=300)
    (producer,) = engine.groups.tasks(first.id)
    output = producer.outputs[0]
    origin = MediaOrigin(producer.id, output.index, output.sha256)  # as "Use as" and a queue drag make it
    reference = MediaValue(path=output.path, origin=origin, tag="harbour")
    plan = plan_batch(IMAGE, {"ratio": "1024:1024", "referenceImages": [reference]},
                      ["@harbour at night", "@harbour in fog"], rng=random.Random(2))
    second = await engine.submit_group(plan)
    progress = await watch.group_finished(second.id, timeout=300)
    assert progress.succeeded == 2
    for task in engine.groups.tasks(second.id):
        assert task.state is TaskState.SUCCEEDED
        assert [MediaValue.from_json(m).origin for m in task.media] == [origin]
        assert [n.task_id for n in ancestors(task, engine.get)] == [producer.id]
