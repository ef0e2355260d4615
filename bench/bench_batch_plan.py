"""Benchmark: a 1,000-run batch plans and quotes in at most 200 ms.

The batch is 50 prompts × 10 drawn seeds × 2 models (gen4.5 and veo3.1_fast, both priced). The
reference, measured in the same run and interleaved with it, builds the same 1,000 requests
directly with `build_request` (which validates and quotes each): the plan's own cost is the
difference. A 1,000-source fan_out pipeline is timed too. Each figure is the median of rounds.
"""

from __future__ import annotations

import json
import random
import statistics
import time

try:
    from bench.figures import emit
except ImportError:  # run as a script: bench/ itself is on the path
    from figures import emit

LIMIT_MS = 200.0
RUNS = 1000


def main(quick: bool = False) -> dict:
    from runway_desktop.core.catalogue.spec import load_catalogue
    from runway_desktop.core.plans.batch import plan_batch
    from runway_desktop.core.plans.pipeline import plan_pipeline
    from runway_desktop.core.requests.build import build_request

    catalogue = load_catalogue()
    gen45 = catalogue.get("text_to_video", "gen4.5")
    fast = catalogue.get("text_to_video", "veo3.1_fast")
    assert gen45 is not None and fast is not None
    prompts = [f"shot {n}: a slow push in on a lighthouse at dusk, waves below" for n in range(50)]
    base = {"ratio": "1280:720", "duration": 6}
    seeds = random.Random(1).sample(range(2**32), 10)
    fan_out = json.dumps({"steps": [{"action": "fan_out", "sources": [f"city {n}" for n in range(RUNS)],
                                     "step": {"action": "generate_video", "prompt": "a street in {source}",
                                              "duration": 5, "filename": "city-{i}"}}]})

    def batch() -> float:
        started = time.perf_counter()
        plan = plan_batch(gen45, base, prompts, 10, ["veo3.1_fast"], rng=random.Random(1))
        elapsed = (time.perf_counter() - started) * 1000
        assert len(plan.runs) == RUNS and plan.total.exact
        return elapsed

    def direct() -> float:
        started = time.perf_counter()
        built = [build_request(model, {**base, "promptText": prompt, "seed": seed})
                 for prompt in prompts for model in (gen45, fast) for seed in seeds]
        elapsed = (time.perf_counter() - started) * 1000
        assert len(built) == RUNS and all(b.ok and b.quote.known for b in built)
        return elapsed

    def pipeline() -> float:
        started = time.perf_counter()
        plan = plan_pipeline(fan_out)
        elapsed = (time.perf_counter() - started) * 1000
        assert len(plan.runs) == RUNS
        return elapsed

    batch(), direct(), pipeline()  # warm up: imports, catalogue caches
    rounds = 3 if quick else 9
    plan_ms, direct_ms, pipeline_ms = [], [], []
    for _ in range(rounds):
        plan_ms.append(batch())
        direct_ms.append(direct())
        pipeline_ms.append(pipeline())
    plan_median = round(statistics.median(plan_ms), 1)
    direct_median = round(statistics.median(direct_ms), 1)
    pipeline_median = round(statistics.median(pipeline_ms), 1)
    ok = plan_median <= LIMIT_MS
    summary = (
        f"1,000-run batch planned and quoted in {plan_median} ms (limit {LIMIT_MS:g} ms; reference: "
        f"building the same 1,000 requests directly {direct_median} ms, ×{plan_median / direct_median:.2f}); "
        f"1,000-source fan_out pipeline {pipeline_median} ms"
    )
    return emit(summary, {
        "headline": f"plan {plan_median} ms vs direct {direct_median} ms (≤ {LIMIT_MS:g} ms)",
        "plan_ms": plan_median,
        "reference_direct_ms": direct_median,
        "ratio": round(plan_median / direct_median, 2),
        "pipeline_fan_out_ms": pipeline_median,
        "runs": RUNS,
        "rounds": rounds,
        "limit_ms": LIMIT_MS,
        "ok": ok,
    })


if __name__ == "__main__":
    main()
