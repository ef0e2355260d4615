"""Lineage: an input's origin travels in the task's media JSON, its sidecar and the file itself."""

from __future__ import annotations

import json

from media_factory import make_mp4, make_png

from runway_desktop.core.embed import embed_record, read_record, record_for_file
from runway_desktop.core.intake.media import MediaOrigin, MediaValue
from runway_desktop.core.lineage import ancestors, children, origin_of_file, parents_of
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.library import sidecar_data

HASH = "ab" * 32


def _task(task_id: str, media=(), body=None) -> TaskRecord:
    return TaskRecord(
        id=task_id, endpoint="image_to_video", model="gen4_turbo", tab="video", state=TaskState.SUCCEEDED,
        body=body or {"model": "gen4_turbo", "promptImage": {"$media": 0}, "seed": 5},
        media=[m.to_json() for m in media], prompt="a lighthouse",
    )


def _from(parent: str, index: int = 0) -> MediaValue:
    return MediaValue(path=f"/outputs/{parent}.png", origin=MediaOrigin(parent, index, HASH))


def test_origin_round_trips_and_old_records_load_without_one():
    value = _from("parent-1", 2)
    data = value.to_json()
    assert data["origin"] == {"task_id": "parent-1", "output_index": 2, "sha256": HASH}
    assert MediaValue.from_json(json.loads(json.dumps(data))) == value
    old = {"path": "/a.png", "info": None, "url": None, "tag": None, "position": None, "subject": None}
    assert MediaValue.from_json(old).origin is None
    assert "origin" not in MediaValue(path="/a.png").to_json()  # records without lineage stay as they were
    assert MediaValue.from_json({**old, "origin": {"output_index": 1}}).origin is None  # names no task


def test_sidecar_and_embedded_record_name_the_parents(tmp_path):
    child = _task("child-1", [_from("parent-1", 1)])
    output = OutputFile(index=0, url="https://x/o.mp4", path=str(tmp_path / "o.mp4"), state=OutputState.SAVED)
    data = sidecar_data(child, output, saved_at=1_764_600_000.0)
    assert data["inputs"][0]["origin"] == {"task_id": "parent-1", "output_index": 1, "sha256": HASH}
    assert data["lineage"] == {
        "parents": [{"role": "promptImage", "task_id": "parent-1", "output_index": 1, "sha256": HASH,
                     "marker": 0}]
    }
    video = make_mp4(tmp_path / "o.mp4")
    embed_record(video, record_for_file(data))
    assert read_record(video)["lineage"]["parents"][0]["task_id"] == "parent-1"


def test_a_take_without_inputs_has_no_parents(tmp_path):
    lone = _task("lone", body={"model": "gen4_turbo", "promptText": "x"})
    output = OutputFile(index=0, url=None, path=str(tmp_path / "o.mp4"), state=OutputState.SAVED)
    assert sidecar_data(lone, output, saved_at=0.0)["lineage"] == {"parents": []}


def test_origin_is_read_from_the_embedded_record_or_else_the_sidecar(tmp_path):
    image = make_png(tmp_path / "take.png")
    assert origin_of_file(image, HASH) is None  # a file from elsewhere names no task
    (tmp_path / "take.png.json").write_text(json.dumps({"task_id": "from-sidecar", "output_index": 0}))
    assert origin_of_file(image, HASH) == MediaOrigin("from-sidecar", 0, HASH)
    embed_record(image, {"task_id": "from-file", "output_index": 3})
    assert origin_of_file(image, HASH) == MediaOrigin("from-file", 3, HASH)
    assert origin_of_file(tmp_path / "gone.png", HASH) is None


def test_ancestors_and_children_both_ways_and_a_loop_ends():
    grand = _task("grand")
    parent = _task("parent", [_from("grand")])
    child = _task("child", [_from("parent"), _from("parent")])  # the same output twice: one parent
    other = _task("other", [_from("parent", 1)])
    tasks = {t.id: t for t in (grand, parent, child, other)}

    assert [o.task_id for o in parents_of(child)] == ["parent"]
    (up,) = ancestors(child, tasks.get)
    assert up.task is parent and [n.task_id for n in up.branches] == ["grand"]
    down = children(grand, tasks.values())
    assert [n.task_id for n in down] == ["parent"]
    assert sorted(n.task_id for n in down[0].branches) == ["child", "other"]

    looped_a = _task("a", [_from("b")])
    looped_b = _task("b", [_from("a")])
    loop = {"a": looped_a, "b": looped_b}
    (only,) = ancestors(looped_a, loop.get)
    assert only.task_id == "b" and only.branches == ()  # "a" again is never followed
    assert [n.task_id for n in children(looped_a, loop.values())] == ["b"]
    assert children(looped_a, loop.values())[0].branches == ()
    missing = ancestors(_task("orphan", [_from("forgotten")]), loop.get)
    assert missing[0].task is None and missing[0].task_id == "forgotten"


# -- one record of an input's origin, whichever way the input came ---------------------------------


def _stored(task_id: str, items: list[dict]) -> TaskRecord:
    return TaskRecord(id=task_id, endpoint="image_to_video", model="gen4_turbo", tab="video",
                      state=TaskState.SUCCEEDED, body={"promptImage": {"$media": 0}}, media=items, prompt="p")


OLD_CHAIN_ITEM = {  # a pipeline run's input as groups recorded it before origins were unified
    "path": "/lib/car-hero.png", "info": None, "url": None, "tag": None, "position": None, "subject": None,
    "from": {"run": "1.1", "output": 2, "task": "producer"},
}


def test_an_old_group_record_keeps_its_lineage_in_the_one_record():
    value = MediaValue.from_json(OLD_CHAIN_ITEM)
    assert value.origin == MediaOrigin("producer", 1, None, run="1.1")  # `output` was counted from 1
    rewritten = value.to_json()
    assert "from" not in rewritten
    assert rewritten["origin"] == {"task_id": "producer", "output_index": 1, "sha256": None, "run": "1.1"}
    assert MediaValue.from_json(rewritten) == value


def test_old_and_new_group_records_show_the_same_lineage_both_ways():
    producer = _stored("producer", [])
    old = _stored("old-video", [OLD_CHAIN_ITEM])
    new = _stored("new-video", [MediaValue(path="/lib/car.png",
                                           origin=MediaOrigin("producer", 1, HASH, run="1.1")).to_json()])
    tasks = {t.id: t for t in (producer, old, new)}
    for child in (old, new):
        (parent,) = parents_of(child)
        assert (parent.task_id, parent.output_index) == ("producer", 1)
        (up,) = ancestors(child, tasks.get)
        assert up.task is producer and up.output_index == 1
    assert sorted(n.task_id for n in children(producer, tasks.values())) == ["new-video", "old-video"]


def test_an_input_still_waiting_for_its_run_names_no_parent_and_no_sidecar_lineage(tmp_path):
    waiting = MediaValue(origin=MediaOrigin(None, 0, run="1.1"))
    assert waiting.origin is not None and waiting.origin.pending
    assert MediaValue.from_json(waiting.to_json()) == waiting
    old_waiting = {**OLD_CHAIN_ITEM, "from": {"run": "1.1", "output": 1}}  # old format, not made yet
    assert MediaValue.from_json(old_waiting).origin == MediaOrigin(None, 0, run="1.1")
    task = _stored("video", [waiting.to_json(), old_waiting])
    assert parents_of(task) == []
    output = OutputFile(index=0, url=None, path=str(tmp_path / "o.mp4"), state=OutputState.SAVED)
    data = sidecar_data(task, output, saved_at=0.0)
    assert data["lineage"] == {"parents": []} and "origin" not in data["inputs"][0]


def test_the_origin_of_a_use_as_input_and_of_a_pipeline_input_are_the_same_record():
    use_as = MediaValue(path="/lib/a.png", origin=MediaOrigin("producer", 0, HASH)).to_json()
    from_run = MediaValue(path="/lib/a.png", origin=MediaOrigin("producer", 0, HASH, run="1.1")).to_json()
    assert set(use_as["origin"]) | {"run"} == set(from_run["origin"])
    assert {k: v for k, v in from_run["origin"].items() if k != "run"} == use_as["origin"]


def test_only_a_run_of_a_group_waits_for_an_awaited_output():
    from runway_desktop.core.running.gate import waiting_for

    item = MediaValue(path="output 1 of run 1.1", origin=MediaOrigin(None, 0, run="1.1")).to_json()
    queued = TaskRecord(id="t", endpoint="image_to_video", model="gen4.5", tab="video",
                        state=TaskState.QUEUED,
                        body={}, media=[item, OLD_CHAIN_ITEM | {"from": {"run": "1.2", "output": 1}}])
    assert waiting_for(queued.evolve(group_id="g")) == ["1.1", "1.2"]
    assert waiting_for(queued) == []  # a copied record outside its group never waits for ever
