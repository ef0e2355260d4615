"""A pipeline that cannot run is refused before anything is sent, naming each problem's step and field."""

from __future__ import annotations

import json

import pytest

from runway_desktop.core.plans.pipeline import load_pipeline, plan_pipeline
from runway_desktop.core.plans.problems import PlanRefused


def refused(steps, variables=None, **options):
    with pytest.raises(PlanRefused) as caught:
        plan_pipeline(json.dumps({"steps": steps}), variables, **options)
    return caught.value.problems


def video(**fields):
    return {"action": "generate_video", "model": "gen4.5", "prompt": "a slow push in", **fields}


def test_a_missing_variable_names_the_step_the_field_and_the_remedy():
    problems = refused([video(), video(prompt="{{hero}} walks in", filename="{{hero}}-walk")])
    assert [(p.step, p.field) for p in problems] == [(2, "prompt"), (2, "filename")]
    problem = problems[0]
    assert "{{hero}}" in problem.message and "--var hero=VALUE" in problem.message


def test_every_missing_variable_is_listed_once_per_place():
    fan_out = {"action": "fan_out", "sources": ["a", "{{b}}"], "step": video(prompt="{{a}} {{a}}")}
    problems = refused([fan_out])
    assert {(p.step, p.field) for p in problems} == {(1, "sources.2"), (1, "step.prompt")}


def test_an_unknown_action_is_refused_with_the_closest_one():
    (problem,) = refused([{"action": "generate_vidoe", "prompt": "x"}])
    assert (problem.step, problem.field) == (1, "action") and "generate_video" in problem.message


@pytest.mark.parametrize(("steps", "step", "field", "words"), [
    ([video(use_previous=True)], 1, "use_previous", "first step"),
    ([video(), {"action": "fan_out", "step": video()}], 2, "sources", "use_previous"),
    ([{"action": "fan_out", "sources": ["a"]}], 1, "step", "once per source"),
    ([{"action": "fan_out", "sources": ["a"], "step": {"action": "fan_out"}}], 1, "step.action", "fan_out"),
    ([{"action": "fan_out", "sources": [], "step": video()}], 1, "sources", "non-empty"),
    ([video(filename="../../etc/passwd")], 1, "filename", "plain file name"),
    ([video(prompt=42)], 1, "prompt", "text"),
    ("not a list", None, None, "non-empty list of steps"),
])
def test_a_bad_step_is_refused_naming_step_and_field(steps, step, field, words):
    with pytest.raises(PlanRefused) as caught:
        plan_pipeline(json.dumps({"steps": steps}))
    problem = caught.value.problems[0]
    assert (problem.step, problem.field) == (step, field)
    assert words in problem.message


def test_an_unknown_model_is_refused_with_a_suggestion():
    (problem,) = refused([video(model="gen4.6")])
    assert (problem.step, problem.field) == (1, "model")
    assert "Unknown model 'gen4.6'" in problem.message and "gen4.5" in problem.message


def test_a_model_that_makes_something_else_is_refused():
    (problem,) = refused([video(model="gen4_image")])
    assert problem.field == "model" and "makes image" in problem.message


def test_a_field_the_model_does_not_have_is_refused_with_the_closest_name():
    (problem,) = refused([video(seeed=3)])
    assert (problem.step, problem.field) == (1, "seeed") and "did you mean 'seed'" in problem.message


def test_a_field_value_the_model_rejects_names_the_field_as_the_file_spells_it():
    problems = refused([video(duration=30, prompt="x" * 1001)])
    assert {(p.step, p.field) for p in problems} == {(1, "duration"), (1, "prompt")}
    assert any("1,000" in p.message for p in problems)


def test_a_fan_out_run_that_fails_names_the_run():
    problems = refused([{"action": "fan_out", "sources": ["4", "60"],
                         "step": video(duration="{source}", prompt="take {i}")}])
    (problem,) = problems
    assert (problem.step, problem.run, problem.field) == (1, 2, "step.duration")
    assert problem.sentence.startswith("Step 1 (fan_out), run 2, field 'step.duration': ")


def test_a_voice_the_model_rejects_is_refused():
    (problem,) = refused([{"action": "generate_audio", "text": "Hello there", "voice": "Nobody"}])
    assert (problem.step, problem.field) == (1, "voice") and "Maya" in problem.message


def test_notes_in_a_step_are_ignored_as_runways_runner_ignores_them():
    result = plan_pipeline(json.dumps({"steps": [video(description="opening shot", _todo="x")]}))
    assert "description" not in result.runs[0].request.body


def test_a_missing_input_file_is_refused_naming_where_it_was_looked_for(tmp_path):
    (problem,) = refused([video(image_url="frames/first.png")], base_dir=tmp_path)
    assert problem.field == "image_url" and "frames/first.png" in problem.message
    assert str(tmp_path) in problem.message


def test_invalid_json_and_unreadable_files_are_refused_with_a_sentence(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"steps": [')
    with pytest.raises(PlanRefused, match=r"not valid JSON.*line 1"):
        load_pipeline(bad)
    with pytest.raises(PlanRefused, match="Cannot read the pipeline"):
        load_pipeline(tmp_path / "absent.json")


def test_a_video_chained_into_a_model_that_takes_only_images_is_refused():
    problems = refused([video(), video(use_previous=True, model="gen4_turbo")])
    assert (problems[0].step, problems[0].field) == (2, "use_previous")
    assert "takes no video input" in problems[0].message


def test_a_missing_prompt_is_named_as_the_file_names_it():
    (problem,) = refused([{"action": "generate_video", "model": "gen4.5"}])
    assert (problem.step, problem.field, problem.message) == (1, "prompt", "Prompt is required.")


def test_a_template_wrong_for_every_run_is_said_once():
    (problem,) = refused([{"action": "fan_out", "sources": [str(n) for n in range(40)],
                           "step": video(ratio="1:1", prompt="take {i}")}])
    assert (problem.step, problem.run, problem.field) == (1, None, "step.ratio")
    assert problem.message.endswith("(runs 1, 2, 3, 4, 5, …: 40 in all)")


def test_a_required_choice_the_runners_default_does_not_fit_lists_the_choices():
    (problem,) = refused([video(model="kling3.0_pro")])
    assert problem.field == "ratio"
    assert problem.message.startswith("Ratio is required for kling3.0_pro: one of 1920:1080")
