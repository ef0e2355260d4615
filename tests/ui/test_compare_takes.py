"""Compare's pure rules: which parameters differ, which takes can be compared, a take from a task."""

from __future__ import annotations

import pytest
from media_factory import make_png

from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.ui.compare.takes import (
    CompareRefused,
    Take,
    differing_parameters,
    shared_parameters,
    take_from_task,
    why_not_comparable,
)


def take(seed=1, model="gen4.5", prompt="a red fox", path="/x.mp4", kind="video", **params) -> Take:
    return Take(path, kind, model, seed, prompt, {"ratio": "1280:720", "duration": 5, **params})


def test_only_the_parameters_that_change_are_differing():
    takes = [take(seed=1), take(seed=2), take(seed=3)]
    assert differing_parameters(takes) == {"seed"}
    takes = [take(seed=7, duration=5), take(seed=7, duration=10, model="gen4_turbo")]
    assert differing_parameters(takes) == {"duration", "model"}
    assert differing_parameters([take(), take()]) == set()


def test_a_parameter_one_take_lacks_differs_and_lists_compare_by_content():
    with_audio = take(audio=True)
    assert differing_parameters([take(), with_audio]) == {"audio"}
    refs = [{"uri": "a.png", "tag": "hero"}]
    copied = [dict(r) for r in refs]
    assert differing_parameters([take(referenceImages=refs), take(referenceImages=copied)]) == set()
    assert differing_parameters([take(referenceImages=refs), take(referenceImages=[])]) == {"referenceImages"}
    assert differing_parameters([take(prompt="a red fox"), take(prompt="a red fox ")]) == {"promptText"}


def test_shared_parameters_are_the_rest_without_model_and_seed():
    shared = shared_parameters([take(seed=1), take(seed=2)])
    assert shared == {"promptText": "a red fox", "ratio": "1280:720", "duration": 5}


def test_what_cannot_be_compared_is_said_in_a_sentence(tmp_path):
    a, b = make_png(tmp_path / "a.png"), make_png(tmp_path / "b.png")
    image = take(path=str(a), kind="image")
    assert why_not_comparable([image]) == "Select at least 2 takes to compare (you selected 1)."
    assert why_not_comparable([image] * 5) == "Compare shows at most 4 takes at once; you selected 5."
    mixed = [image, take(path=str(b), kind="video")]
    assert why_not_comparable(mixed) == "Compare takes of one kind at a time; these mix image and video."
    gone = take(path=str(tmp_path / "gone.png"), kind="image")
    assert "gone.png is no longer in the library folder" in why_not_comparable([image, gone])
    assert why_not_comparable([image, take(path=str(b), kind="image")]) is None


def test_a_take_from_a_task_record(tmp_path):
    path = make_png(tmp_path / "out.png")
    task = TaskRecord(
        id="t1", endpoint="text_to_image", model="gen4_image", tab="image", state=TaskState.SUCCEEDED,
        body={"model": "gen4_image", "promptText": "a lighthouse", "seed": 42, "ratio": "1920:1080"},
        params={"promptText": "a lighthouse", "ratio": "1920:1080"}, prompt="a lighthouse",
        outputs=(OutputFile(0, "https://x.test/0", str(path), OutputState.SAVED, mime="image/png"),),
    )
    made = take_from_task(task)
    assert (made.path, made.kind, made.model, made.seed) == (str(path), "image", "gen4_image", 42)
    assert made.parameters() == {
        "model": "gen4_image", "seed": 42, "promptText": "a lighthouse", "ratio": "1920:1080",
    }
    with pytest.raises(CompareRefused, match=r"^Task t2 has no saved output to compare\.$"):
        take_from_task(task.evolve(id="t2", outputs=()))
