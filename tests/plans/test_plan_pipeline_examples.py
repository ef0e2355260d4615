"""Runway's documented pipeline examples, unchanged, planned with exact prices and their dependencies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runway_desktop.core.plans.pipeline import load_pipeline, plan_pipeline
from runway_desktop.core.plans.problems import PlanRefused

EXAMPLES = Path(__file__).parent / "pipelines"


def test_image_to_video_chains_the_image_into_the_video_as_its_prompt_image():
    plan = load_pipeline(EXAMPLES / "image_to_video.json")
    image, video = plan.runs
    assert (image.model, image.endpoint, image.filename) == ("gen4_image", "text_to_image", "car-hero")
    assert (video.model, video.endpoint, video.filename) == ("gen4.5", "image_to_video", "car-drive")
    assert video.request.body["promptImage"] == {"$media": 0}
    (ref,) = video.inputs
    assert (ref.field, ref.origin, ref.producer, ref.output, ref.media_index) == (
        "promptImage", "output", image.key, 1, 0)
    assert video.depends_on == (image.key,) and plan.dependents(image.key) == (video.key,)
    assert plan.edges == ((video.key, image.key, 1),)
    # gen4_image at 1280×720 is 5 credits; gen4.5 is 12 credits a second for 5 s.
    assert (image.quote.credits, video.quote.credits) == (5, 60)
    assert (plan.total.credits, plan.total.dollars, plan.total.exact) == (65, 0.65, True)


def test_fan_out_over_text_sources_makes_one_run_per_source_numbered_by_i():
    plan = load_pipeline(EXAMPLES / "fan_out_ads.json", {"product": "Acme Skincare Serum"})
    assert [r.key for r in plan.runs] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert [r.filename for r in plan.runs] == ["ad-1", "ad-2", "ad-3", "ad-4", "ad-5"]
    assert plan.runs[2].request.body["promptText"] == (
        "Acme Skincare Serum advertisement, 3 creative angle, professional, cinematic")
    assert all(r.inputs == () and r.endpoint == "text_to_video" for r in plan.runs)  # text is not media
    assert [r.source for r in plan.runs] == ["lifestyle", "feature-highlight", "social-proof", "comparison",
                                             "ugc-style"]
    assert plan.total.credits == 5 * 60 and plan.parallel_steps == frozenset({1})
    # The template says {i} where the sources were meant: the plan says so before anything is spent.
    assert any("{source}" in w.message and w.step == 1 for w in plan.warnings)


def test_city_localization_with_source_puts_each_city_in_its_prompt():
    text = (EXAMPLES / "localize.json").read_text().replace("setting in {i}", "setting in {source}")
    plan = plan_pipeline(text, {"product": "Acme Watch"})
    prompts = [r.request.body["promptText"] for r in plan.runs]
    assert len(prompts) == 8 and "in Tokyo," in prompts[1] and "in Sao Paulo," in prompts[7]
    assert [r.filename for r in plan.runs][-1] == "localized-8"
    assert not plan.warnings and plan.total.credits == 8 * 60


def test_multi_format_is_refused_before_anything_runs_because_gen45_has_no_square_ratio():
    with pytest.raises(PlanRefused) as refused:
        load_pipeline(EXAMPLES / "multi_format.json", {"product": "Acme"})
    (problem,) = refused.value.problems
    assert (problem.step, problem.action, problem.field) == (2, "generate_video", "ratio")
    assert "1280:720" in problem.message and "720:1280" in problem.message
    assert problem.sentence.startswith("Step 2 (generate_video), field 'ratio': ")


def test_multi_format_with_ratios_gen45_takes_plans_three_independent_runs():
    data = json.loads((EXAMPLES / "multi_format.json").read_text())
    data["steps"][1]["ratio"] = "720:1280"
    plan = plan_pipeline(json.dumps(data), {"product": "Acme"})
    assert [r.filename for r in plan.runs] == ["tiktok", "instagram", "youtube"]
    assert [r.request.body["ratio"] for r in plan.runs] == ["720:1280", "720:1280", "1280:720"]
    assert plan.edges == () and plan.total.credits == 180


def test_the_identity_follows_the_file_and_the_variables():
    first = load_pipeline(EXAMPLES / "fan_out_ads.json", {"product": "A"})
    again = load_pipeline(EXAMPLES / "fan_out_ads.json", {"product": "A"})
    other = load_pipeline(EXAMPLES / "fan_out_ads.json", {"product": "B"})
    edited = plan_pipeline((EXAMPLES / "fan_out_ads.json").read_text() + "\n", {"product": "A"})
    assert first.identity == again.identity
    assert len({first.identity, other.identity, edited.identity}) == 3


def test_the_plan_cannot_be_changed_once_made():
    plan = load_pipeline(EXAMPLES / "image_to_video.json")
    video = plan.run("2.1")
    assert video is plan.runs[1] and video.values["promptText"].startswith("The car")
    with pytest.raises(TypeError):
        video.values["promptText"] = "something else"  # type: ignore[index]
    with pytest.raises(AttributeError):
        plan.runs = ()  # type: ignore[misc]
