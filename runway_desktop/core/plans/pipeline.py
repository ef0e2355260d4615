"""Planning a pipeline file: every run it will make, with inputs, quotes and dependencies, before any is sent.

`{i}` in a fan_out template is the 1-based run number and `{source}` the source value (for an
earlier output: its saved name). Sources that are media (earlier outputs, local files, URLs)
become the run's input; text sources do not. A generation step with `use_previous: true` takes
the previous step's first output, as Runway's runner does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from runway_desktop.core.catalogue.ratios import ratio_size
from runway_desktop.core.catalogue.spec import Catalogue, ModelSpec, load_catalogue
from runway_desktop.core.plans.inputs import input_refs
from runway_desktop.core.plans.pipeline_file import FanOutStep, GenerationStep, read_pipeline
from runway_desktop.core.plans.plan import InputRef, Plan, PlannedRun, identity_of, total_of
from runway_desktop.core.plans.problems import PlanRefused, Problem
from runway_desktop.core.plans.routing import Draft, Given, route
from runway_desktop.core.plans.sources import (
    MEDIA_SUFFIXES,
    Inspect,
    OutputRef,
    SourceError,
    Sources,
    file_name_part,
)
from runway_desktop.core.plans.templates import fill_run, uses
from runway_desktop.core.requests.build import BuiltRequest, build_request
from runway_desktop.core.requests.values import choices_text, parse_number
from runway_desktop.failure_words import failure_reason


def load_pipeline(path: str | Path, variables: Mapping[str, str] | None = None, *,
                  catalogue: Catalogue | None = None, inspect: Inspect | None = None) -> Plan:
    """The plan of a pipeline file; relative input paths are found next to the file first."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise PlanRefused([Problem(f"Cannot read the pipeline {path}: {failure_reason(error)}.")]) from None
    return plan_pipeline(content, variables, base_dir=path.parent, catalogue=catalogue, inspect=inspect)


def plan_pipeline(content: str | bytes, variables: Mapping[str, str] | None = None, *,
                  base_dir: Path | None = None, catalogue: Catalogue | None = None,
                  inspect: Inspect | None = None) -> Plan:
    """The plan of a pipeline's JSON text; PlanRefused names the step and field of every problem.

    Local input files are inspected here (read and hashed): call it off the UI thread.
    """
    variables = dict(variables or {})
    if inspect is None:
        from runway_desktop.core.intake.inspect import inspect_file

        inspect = inspect_file
    planner = _Planner(catalogue or load_catalogue(), Sources(base_dir, inspect))
    pipeline = read_pipeline(content, variables)
    planner.warnings.extend(pipeline.warnings)
    parallel = set()
    for step in pipeline.steps:
        if isinstance(step, FanOutStep):
            planner.fan_out(step)
            parallel.update([step.number] if step.parallel else [])
        else:
            planner.generation(step)
    if planner.problems:
        raise PlanRefused(_grouped(planner.problems))
    raw = content if isinstance(content, bytes) else content.encode("utf-8")
    runs = tuple(planner.runs)
    planner.warnings.extend(_repeated_takes(runs))
    return Plan(
        kind="pipeline", identity=identity_of(raw, variables), runs=runs, total=total_of(runs),
        warnings=tuple(planner.warnings), variables=MappingProxyType(variables),
        parallel_steps=frozenset(parallel),
    )


class _Planner:
    """Expands steps in order; each step sees the outputs the previous one will make."""

    def __init__(self, catalogue: Catalogue, sources: Sources) -> None:
        self.catalogue = catalogue
        self.sources = sources
        self.runs: list[PlannedRun] = []
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.previous: list[OutputRef] = []
        self._names: set[str] = set()

    def generation(self, step: GenerationStep) -> None:
        given: list[Given] = []
        if step.use_previous and _image_url(step):
            self.warnings.append(Problem(
                "use_previous gives this step its input, so image_url is not used (as in Runway's runner).",
                step.number, step.action, field="image_url"))
        elif _image_url(step):
            given.extend(self._image_url(step, None))
        if step.use_previous and self.previous:
            first = self.previous[0]
            given.append(Given(first.media(), "use_previous", output=first))
        elif step.use_previous:
            return self._skip()
        run = self._run(step, 1, given, None, f"step-{step.number}")
        self.previous = self._outputs(run) if run else []

    def fan_out(self, step: FanOutStep) -> None:
        template = step.template
        items: list[OutputRef | str]
        if step.sources is None:
            if not self.previous:
                return self._skip()
            items = list(self.previous)
        else:
            items = list(step.sources)
            kinds = [self.sources.classify(s) for s in step.sources]
            if "text" in kinds and not uses(template.fields, "{source}"):
                self.warnings.append(Problem(
                    "the sources are text, and the template does not use {source}; {i} is the run number "
                    "(1, 2, …), so the source values do not reach the request. Write {source} where each "
                    "source belongs.", step.number, "fan_out", field="step",
                ))
        produced: list[OutputRef] = []
        for number, item in enumerate(items, 1):
            given: list[Given] = []
            text: str
            if isinstance(item, OutputRef):
                text = item.name
                given.append(Given(item.media(), "use_previous", output=item))
            else:
                text = item
                if self.sources.classify(item) != "text":
                    try:
                        given.append(Given(self.sources.media(item), f"sources.{number}"))
                    except SourceError as error:
                        self.problems.append(
                            Problem(str(error), step.number, "fan_out", field=f"sources.{number}"))
                        continue
            fields = fill_run(dict(template.fields), number, text)
            if isinstance(template.fields.get("filename"), str):  # {source} may be a path or a URL
                kind = "text" if isinstance(item, OutputRef) else self.sources.classify(item)
                fields["filename"] = fill_run(template.fields["filename"], number,
                                              file_name_part(text, kind, number))
            concrete = GenerationStep(step.number, template.action, fields, in_fan_out=True)
            if not given and _image_url(concrete):  # a media source takes its place, as in Runway's runner
                given.extend(self._image_url(concrete, number))
            run = self._run(concrete, number, given, text, f"step-{step.number}-{number}")
            produced.extend(self._outputs(run) if run else [])
        self.previous = produced

    def _image_url(self, step: GenerationStep, run: int | None) -> list[Given]:
        """The explicit input image of a step (`image_url`), or none when it cannot be used."""
        name = "step.image_url" if step.in_fan_out else "image_url"
        try:
            value = self.sources.media(_image_url(step))
        except SourceError as error:
            outer = "fan_out" if step.in_fan_out else step.action
            self.problems.append(Problem(str(error), step.number, outer, run, field=name))
            return []
        return [Given(value, name, prefer="promptImage" if step.action == "generate_video" else None)]

    def _skip(self) -> None:
        """The previous step could not be planned (its problems are reported); nothing to chain from."""
        self.previous = []

    def _run(self, step: GenerationStep, number: int, given: list[Given], source: str | None,
             default_name: str) -> PlannedRun | None:
        run_label = number if step.in_fan_out else None
        outer = "fan_out" if step.in_fan_out else step.action
        draft = route(step, given, self.catalogue, self.sources, run_label)
        if isinstance(draft, list):
            self.problems.extend(draft)
            return None
        self.warnings.extend(n for n in draft.notes if n not in self.warnings)
        built = build_request(draft.model, draft.values)
        prefix = "step." if step.in_fan_out else ""
        if not built.ok:
            self.problems.extend(
                Problem(_with_choices(draft.model, error.field, error.message), step.number, outer, run_label,
                        draft.names.get(error.field, prefix + error.field) if error.field else None)
                for error in built.errors
            )
            return None
        outputs = _output_count(built.body)
        filename = self._filename(step, number, default_name, outputs, outer, run_label)
        return self._add(PlannedRun(
            key=f"{step.number}.{number}", step=step.number, number=number, action=step.action,
            model=draft.model.id, endpoint=draft.model.endpoint, values=MappingProxyType(draft.values),
            request=built, inputs=_inputs(draft, built), filename=filename, outputs=outputs,
            output_kind=self.catalogue.endpoints[draft.model.endpoint].output, source=source,
        ))

    def _add(self, run: PlannedRun) -> PlannedRun:
        self.runs.append(run)
        return run

    def _filename(self, step: GenerationStep, number: int, default: str, outputs: int, outer: str,
                  run: int | None) -> str:
        given = step.fields.get("filename")
        name = given.strip() if isinstance(given, str) and given.strip() else default
        if Path(name).suffix.lower() in MEDIA_SUFFIXES:
            name = name[: -len(Path(name).suffix)]  # the extension comes from the content
        chosen, extra = name, 1

        def names(base: str) -> set[str]:
            return {base} if outputs == 1 else {f"{base}-{k}" for k in range(1, outputs + 1)} | {base}

        while names(chosen) & self._names:
            extra += 1
            chosen = f"{name}-{extra}"
        if chosen != name:
            self.warnings.append(Problem(
                f"'{name}' is already the name of an earlier output; this run saves as '{chosen}' so "
                "nothing is overwritten.", step.number, outer, run, "step.filename" if step.in_fan_out
                else "filename",
            ))
        self._names.update(names(chosen))
        return chosen

    def _outputs(self, run: PlannedRun) -> list[OutputRef]:
        body = run.request.body
        width = height = None
        if run.output_kind in ("image", "video") and isinstance(body.get("ratio"), str):
            width, height = ratio_size(body["ratio"])
        duration = None
        if run.output_kind in ("video", "audio"):
            model = self.catalogue.get(run.endpoint, run.model)
            spec = model.field("duration") if model else None
            duration = parse_number(body.get("duration"))
            if duration is None and spec is not None:
                duration = parse_number(spec.default)
            if duration is None and model is not None:
                duration = model.price.default_units
        return [OutputRef(run.key, k, run.output_kind, name, width, height,
                          float(duration) if duration is not None else None)
                for k, name in enumerate(run.output_names, 1)]


def _output_count(body: Mapping[str, Any]) -> int:
    for key in ("outputCount", "numVariants"):
        count = parse_number(body.get(key))
        if count is not None and count >= 1:
            return int(count)
    return 1



def _inputs(draft: Draft, built: BuiltRequest) -> tuple[InputRef, ...]:
    outputs = {id(value): item.output for _, value, item in draft.placed if item is not None and item.output}
    return input_refs(draft.model, draft.values, built, outputs)


def _image_url(step: GenerationStep) -> str:
    value = step.fields.get("image_url")
    return value.strip() if isinstance(value, str) else ""


def _grouped(problems: list[Problem]) -> list[Problem]:
    """One problem per step, field and reason: a template wrong for every run of a fan_out is said once."""
    runs: dict[tuple[int | None, str | None, str | None, str], list[int | None]] = {}
    for p in problems:
        runs.setdefault((p.step, p.action, p.field, p.message), []).append(p.run)
    grouped = []
    for (step, action, field, message), numbers in runs.items():
        if len(numbers) == 1:
            grouped.append(Problem(message, step, action, numbers[0], field))
            continue
        listed = ", ".join(str(n) for n in numbers[:5] if n is not None) + (", …" if len(numbers) > 5 else "")
        message = f"{message} (runs {listed}: {len(numbers)} in all)"
        grouped.append(Problem(message, step, action, None, field))
    return grouped


def _with_choices(model: ModelSpec, name: str, message: str) -> str:
    """"Ratio is required." → "… for kling3.0_pro: one of 1920:1080, …": a file has no picker to show them."""
    spec = model.field(name)
    if spec is None or not spec.choices or not message.endswith(" is required."):
        return message
    return f"{message[:-1]} for {model.id}: one of {choices_text(spec.choices)}."


def _repeated_takes(runs: tuple[PlannedRun, ...]) -> list[Problem]:
    """Runs that send the same request with the same seed make the same output: worth saying before paying."""
    seen: dict[str, PlannedRun] = {}
    notes = []
    for run in runs:
        if run.seed is None:
            continue  # without a seed, Runway draws one: another take, not a copy
        inputs = [(r.field, r.origin, r.path, r.url, r.producer, r.output) for r in run.inputs]
        key = json.dumps([run.endpoint, run.request.body, inputs], sort_keys=True, default=str)
        if key in seen:
            earlier = seen[key]
            in_fan_out = run.source is not None
            notes.append(Problem(
                f"the same request with the same seed as step {earlier.step} run {earlier.number}: it makes "
                "the same output again and costs again.", run.step, "fan_out" if in_fan_out else run.action,
                run.number if in_fan_out else None, "step.seed" if in_fan_out else "seed"))
        else:
            seen[key] = run
    return notes
