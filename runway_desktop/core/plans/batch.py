"""Planning a batch from one form: prompts × seeds × models × variants (ratios, durations), each priced.

Pure and fast: nothing is read or sent. Seeds asked for by count are drawn from `rng` and
recorded in the plan. A run the catalogue rejects is left out with a warning that says why
(grouped: one warning per model and reason, with how many runs it covers).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from runway_desktop.core.catalogue.spec import Catalogue, ModelSpec, load_catalogue
from runway_desktop.core.plans.inputs import input_refs
from runway_desktop.core.plans.plan import Plan, PlannedRun, identity_of, total_of
from runway_desktop.core.plans.problems import PlanRefused, Problem
from runway_desktop.core.requests.build import ModelLookupError, build_request, endpoint_for, resolve_model
from runway_desktop.core.requests.values import SEED_MAX

_UNSET = object()


def plan_batch(
    model: ModelSpec,
    base_values: Mapping[str, Any],
    prompts: Sequence[str] = (),
    seeds: int | Sequence[int] = 0,
    other_models: Sequence[str] = (),
    ratios: Sequence[str] = (),
    durations: Sequence[Any] = (),
    rng: random.Random | None = None,
    *,
    catalogue: Catalogue | None = None,
) -> Plan:
    """Every run of the batch with its quote; PlanRefused only when no run at all can be made.

    `base_values` are the form's values (wire names). `prompts` replace its prompt (none: the
    form's own); `seeds` is a count to draw or a list (0 or []: the form's seed); `ratios` and
    `durations` are variants (none: the form's value).
    """
    catalogue = catalogue or load_catalogue()
    given = [p for p in prompts if p.strip()]
    first: dict[str, str] = {}
    for prompt in given:
        first.setdefault(prompt.strip(), prompt)
    unique = list(first.values())
    prompt_list = unique or [base_values.get("promptText", _UNSET)]
    seed_list = _seeds(seeds, rng)
    warnings: list[Problem] = []
    if len(unique) < len(given):
        repeated = len(given) - len(unique)
        warnings.append(Problem(
            f"{repeated} prompt{' is' if repeated == 1 else 's are'} repeated; each prompt is planned once "
            "(use seeds for more takes of one prompt).", field="promptText"))
    models = [(model, dict(base_values))]
    for name in dict.fromkeys(other_models):
        if name == model.id:
            continue
        found = _other(catalogue, model, name, base_values, warnings)
        if found is not None:
            models.append(found)
    if len(seed_list) > 1:
        for spec, _ in models:
            if spec.field("seed") is None:
                warnings.append(Problem(
                    f"{spec.id} ({spec.endpoint}) takes no seed: one run per prompt and variant instead of "
                    f"{len(seed_list)}.", field="seed"))
    ratio_list: list[Any] = list(dict.fromkeys(ratios)) or [_UNSET]
    duration_list: list[Any] = list(dict.fromkeys(durations)) or [_UNSET]
    runs: list[PlannedRun] = []
    rejected: dict[tuple[str, str, str], int] = {}
    width = len(str(len(prompt_list) * len(models) * len(ratio_list) * len(duration_list) * len(seed_list)))
    for prompt_no, prompt in enumerate(prompt_list, 1):
        for spec, values in models:
            spec_seeds = seed_list if spec.field("seed") is not None else [_UNSET]
            for ratio, duration, seed in itertools.product(ratio_list, duration_list, spec_seeds):
                run_values = dict(values)
                for key, value in (("promptText", prompt), ("ratio", ratio), ("duration", duration),
                                   ("seed", seed)):
                    if value is not _UNSET:
                        run_values[key] = value
                built = build_request(spec, run_values)
                if not built.ok:
                    for error in built.errors:
                        reason = (f"{spec.id} ({spec.endpoint})", error.field, error.message)
                        rejected[reason] = rejected.get(reason, 0) + 1
                    continue
                number = len(runs) + 1
                runs.append(PlannedRun(
                    key=f"1.{number}", step=1, number=number,
                    action=f"generate_{catalogue.endpoints[spec.endpoint].output}",
                    model=spec.id, endpoint=spec.endpoint, values=MappingProxyType(run_values),
                    request=built, inputs=input_refs(spec, run_values, built),
                    filename=f"{spec.id}-{number:0{width}d}", outputs=_outputs(built.body),
                    output_kind=catalogue.endpoints[spec.endpoint].output,
                    source=_describe(prompt_no, len(prompt_list), spec, built.body),
                ))
    for (where, field, message), count in rejected.items():
        left_out = f"{count} run{' is' if count == 1 else 's are'} left out"
        warnings.append(Problem(f"{where}: {message} {left_out}.", field=field or None))
    if not runs:
        raise PlanRefused(warnings or [Problem("The batch has no runs.")])
    identity = identity_of("batch", model.key, dict(base_values), prompt_list, seed_list,
                           [m.key for m, _ in models], ratio_list, duration_list)
    plan_runs = tuple(runs)
    return Plan(kind="batch", identity=identity, runs=plan_runs, total=total_of(plan_runs),
                warnings=tuple(warnings), seeds=tuple(s for s in seed_list if isinstance(s, int)))


def _seeds(seeds: int | Sequence[int], rng: random.Random | None) -> list[Any]:
    if isinstance(seeds, int):
        if seeds <= 0:
            return [_UNSET]
        rng = rng or random.Random()
        return rng.sample(range(SEED_MAX + 1), seeds)  # distinct: two equal seeds would be one take twice
    return list(dict.fromkeys(seeds)) or [_UNSET]


def _other(catalogue: Catalogue, model: ModelSpec, name: str, values: Mapping[str, Any],
           warnings: list[Problem]) -> tuple[ModelSpec, dict[str, Any]] | None:
    """Another model for the same inputs: same endpoint when it serves it, else the one the inputs decide."""
    spec = catalogue.get(model.endpoint, name)
    if spec is None:
        try:
            spec = resolve_model(catalogue, name, endpoint_for(name, values, catalogue))
        except ModelLookupError as error:
            warnings.append(Problem(f"{name} is left out: {error}", field="model"))
            return None
    names = {f.name for f in spec.fields}
    kept = {k: v for k, v in values.items() if k in names}
    dropped = [k for k in values if k not in names and k != "model"]
    if dropped:
        warnings.append(Problem(
            f"{spec.id} ({spec.endpoint}) has no {', '.join(dropped)}; its runs are made without "
            f"{'it' if len(dropped) == 1 else 'them'}.", field=dropped[0],
        ))
    return spec, kept


def _outputs(body: Mapping[str, Any]) -> int:
    for key in ("outputCount", "numVariants"):
        count = body.get(key)
        if isinstance(count, int) and not isinstance(count, bool) and count >= 1:
            return count
    return 1


def _describe(prompt_no: int, prompts: int, spec: ModelSpec, body: Mapping[str, Any]) -> str:
    parts = [f"prompt {prompt_no}"] if prompts > 1 else []
    parts.append(spec.id)
    for key, unit in (("ratio", ""), ("duration", " s"), ("seed", "")):
        if key in body:
            parts.append(f"{'seed ' if key == 'seed' else ''}{body[key]}{unit}")
    return " · ".join(parts)
