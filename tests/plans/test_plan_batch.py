"""Batches: prompts × seeds × models × variants, planned and priced at once; rejected runs reported."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from media_factory import make_png

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.inspect import inspect_file
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.plans.batch import plan_batch
from runway_desktop.core.plans.problems import PlanRefused

CATALOGUE = load_catalogue()
GEN45 = CATALOGUE.get("text_to_video", "gen4.5")
PROMPTS = ["a lighthouse at dusk", "a fox in snow", "rain on a window"]


def test_three_prompts_two_seeds_two_models_make_twelve_runs_with_the_exact_total():
    plan = plan_batch(GEN45, {"ratio": "1280:720", "duration": 6}, PROMPTS, 2, ["veo3.1"],
                      rng=random.Random(5))
    assert len(plan.runs) == 12 and not plan.warnings
    combos = {(r.request.body["promptText"], r.seed, r.model) for r in plan.runs}
    assert len(combos) == 12
    assert {r.seed for r in plan.runs} == set(plan.seeds) and len(set(plan.seeds)) == 2
    assert Counter(r.model for r in plan.runs) == {"gen4.5": 6, "veo3.1": 6}
    # gen4.5: 12 credits/s × 6 s; veo3.1: 40 credits/s × 6 s.
    assert plan.total.credits == 6 * 72 + 6 * 240 == sum(r.quote.credits for r in plan.runs)
    assert (plan.total.dollars, plan.total.exact) == (18.72, True)
    assert [r.key for r in plan.runs] == [f"1.{n}" for n in range(1, 13)]


def test_drawn_seeds_are_recorded_and_reproducible_from_the_rng():
    first = plan_batch(GEN45, {"ratio": "1280:720", "duration": 5}, ["x"], 4, rng=random.Random(9))
    again = plan_batch(GEN45, {"ratio": "1280:720", "duration": 5}, ["x"], 4, rng=random.Random(9))
    assert first.seeds == again.seeds and first.identity == again.identity
    assert [r.seed for r in first.runs] == list(first.seeds)


def test_a_seed_list_is_used_as_given():
    plan = plan_batch(GEN45, {"ratio": "1280:720", "duration": 5}, ["x", "y"], [11, 22, 33])
    assert [r.seed for r in plan.runs] == [11, 22, 33, 11, 22, 33] and plan.seeds == (11, 22, 33)


def test_runs_the_catalogue_rejects_become_warnings_with_the_reason_and_count():
    plan = plan_batch(GEN45, {"duration": 6}, PROMPTS, 0, ["veo3.1"], ratios=["1280:720", "1920:1080"])
    assert Counter((r.model, r.request.body["ratio"]) for r in plan.runs) == {
        ("gen4.5", "1280:720"): 3, ("veo3.1", "1280:720"): 3, ("veo3.1", "1920:1080"): 3}
    (warning,) = plan.warnings
    assert warning.field == "ratio" and warning.message.startswith("gen4.5 (text_to_video): Ratio must be")
    assert warning.message.endswith("3 runs are left out.")


def test_durations_are_variants_and_models_without_a_seed_are_not_duplicated():
    plan = plan_batch(GEN45, {"ratio": "1280:720"}, ["x"], 3, ["kling2.5_turbo_pro"], durations=[5, 10])
    counts = Counter((r.model, r.request.body["duration"]) for r in plan.runs)
    assert counts == {("gen4.5", 5): 3, ("gen4.5", 10): 3, ("kling2.5_turbo_pro", 5): 1,
                      ("kling2.5_turbo_pro", 10): 1}
    assert plan.total.unknown == 2 and plan.total.credits == 3 * 60 + 3 * 120
    (warning,) = plan.warnings
    assert warning.field == "seed" and "kling2.5_turbo_pro" in warning.message


def test_unknown_models_are_left_out_with_a_reason_and_an_empty_batch_is_refused():
    plan = plan_batch(GEN45, {"ratio": "1280:720", "duration": 5}, ["x"], 0, ["gen9"])
    assert len(plan.runs) == 1 and "gen9 is left out: Unknown model 'gen9'" in plan.warnings[0].message
    with pytest.raises(PlanRefused) as refused:
        plan_batch(GEN45, {"ratio": "9:9", "duration": 5}, ["x"])
    assert refused.value.problems[0].field == "ratio"


def test_the_same_image_on_other_models_that_take_it(tmp_path):
    image = make_png(tmp_path / "frame.png", 128, 72)
    values = {"promptImage": MediaValue(path=str(image), info=inspect_file(image)), "ratio": "1280:720",
              "duration": 5}
    i2v = CATALOGUE.get("image_to_video", "gen4.5")
    plan = plan_batch(i2v, values, ["push in"], 0, ["gen4_turbo", "veo3.1_fast"])
    assert [(r.model, r.endpoint) for r in plan.runs] == [
        ("gen4.5", "image_to_video"), ("gen4_turbo", "image_to_video")]
    assert all(r.inputs[0].origin == "file" and r.inputs[0].path == str(image) for r in plan.runs)
    assert "veo3.1_fast" in plan.warnings[0].message and plan.warnings[0].field == "duration"


VIDEO_MODELS = ["veo3.1", "veo3.1_fast", "kling2.5_turbo_pro", "seedance2", "gen4_turbo"]


@settings(max_examples=40, deadline=None)
@given(
    prompts=st.lists(st.text(min_size=1, max_size=30).filter(str.strip), min_size=1, max_size=4),
    seeds=st.integers(min_value=0, max_value=3),
    others=st.lists(st.sampled_from(VIDEO_MODELS), max_size=3, unique=True),
    ratios=st.lists(st.sampled_from(["1280:720", "720:1280", "1920:1080", "960:960"]), max_size=2),
    durations=st.lists(st.sampled_from([4, 5, 6, 8, 10]), max_size=2),
)
def test_any_batch_totals_its_runs_and_never_plans_a_take_twice(prompts, seeds, others, ratios, durations):
    base = {"ratio": "1280:720", "duration": 6}
    try:
        plan = plan_batch(GEN45, base, prompts, seeds, others, ratios, durations, random.Random(0))
    except PlanRefused as refused:
        assert refused.problems and all(p.message for p in refused.problems)
        return
    assert plan.total.credits == sum(r.quote.credits for r in plan.runs if r.quote.known)
    assert plan.total.unknown == sum(1 for r in plan.runs if not r.quote.known)
    assert all(r.request.ok for r in plan.runs)
    takes = [(r.model, r.endpoint, *sorted((k, str(v).strip()) for k, v in r.request.body.items()))
             for r in plan.runs]
    assert len(takes) == len(set(takes))


def test_repeated_prompts_are_planned_once_and_said():
    plan = plan_batch(GEN45, {"ratio": "1280:720", "duration": 5}, ["a cat", "a dog", "a cat "], 2)
    assert [r.request.body["promptText"] for r in plan.runs] == ["a cat", "a cat", "a dog", "a dog"]
    (warning,) = plan.warnings
    assert warning.field == "promptText" and warning.message.startswith("1 prompt is repeated")
