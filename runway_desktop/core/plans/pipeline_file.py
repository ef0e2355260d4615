"""Reading Runway's pipeline JSON: its steps, checked for shape, with `{{var}}` variables filled.

The format is the one Runway's own runner reads: `{"steps": [...]}`, each step an `action`
(`generate_video`, `generate_image`, `generate_audio`, `fan_out`) with its fields. Any field that
is not part of the pipeline vocabulary is an API field of the step's model, passed through.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from runway_desktop.core.plans.problems import PlanRefused, Problem
from runway_desktop.core.plans.templates import fill_variables, variables_in

GENERATE = ("generate_video", "generate_image", "generate_audio")
ACTIONS = (*GENERATE, "fan_out")
# Fields the pipeline itself reads; everything else in a generation step goes to the API.
VOCABULARY = frozenset({
    "action", "model", "prompt", "text", "filename", "use_previous", "image_url", "audio_type", "parallel",
})
# Notes a person may leave in a step; Runway's runner ignores them, and so does the plan.
ANNOTATIONS = frozenset({"name", "description", "comment", "notes", "label"})
_TEXT_FIELDS = ("model", "prompt", "text", "filename", "image_url", "audio_type")


@dataclass(frozen=True)
class GenerationStep:
    """A generate_* step, or a fan_out's template (then `number` is the fan_out's step)."""

    number: int
    action: str
    fields: Mapping[str, Any]
    use_previous: bool = False
    in_fan_out: bool = False


@dataclass(frozen=True)
class FanOutStep:
    """Runs `template` once per source: each of `sources`, or (when None) each previous output."""

    number: int
    template: GenerationStep
    sources: tuple[str, ...] | None
    parallel: bool
    action: str = "fan_out"


Step = GenerationStep | FanOutStep


@dataclass(frozen=True)
class PipelineFile:
    steps: tuple[Step, ...]
    warnings: tuple[Problem, ...]


def read_pipeline(text: str | bytes, variables: Mapping[str, str]) -> PipelineFile:
    """The steps of a pipeline file with variables filled; PlanRefused lists every problem found."""
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")  # a byte order mark, as some editors write: not part of the JSON
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{error.msg} (line {error.lineno}, column {error.colno}).{_comment_hint(error)}"
        raise PlanRefused([Problem(f"The pipeline is not valid JSON: {where}")]) from None
    except UnicodeDecodeError:
        raise PlanRefused([Problem("The pipeline is not valid JSON: it is not UTF-8 text.")]) from None
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list) or not data["steps"]:
        raise PlanRefused([Problem(
            'A pipeline is a JSON object with a non-empty list of steps: {"steps": [{"action": …}, …]}.'
        )])
    raw_steps: list[Any] = data["steps"]
    problems = _missing_variables(raw_steps, variables)
    warnings = [
        Problem(f"--var {name} is not used by the pipeline (no {{{{{name}}}}} in it).")
        for name in variables if not any(n == name for _, n in variables_in(raw_steps))
    ]
    filled = fill_variables(raw_steps, variables)
    steps: list[Step] = []
    for number, raw in enumerate(filled, 1):
        step, found = _step(number, raw)
        problems.extend(found)
        if step is not None:
            steps.append(step)
    if problems:
        raise PlanRefused(problems)
    return PipelineFile(tuple(steps), tuple(warnings))


def _comment_hint(error: json.JSONDecodeError) -> str:
    """JSON has no comments: say so where one stands, and where a note can go instead."""
    rest = error.doc[error.pos:error.pos + 2] if isinstance(error.doc, str) else ""
    if rest in ("//", "/*") or rest.startswith("#"):
        return ' JSON has no comments; put a note in a step as "comment": "…" instead.'
    return ""


def _action_of(raw: Any) -> str | None:
    return raw.get("action") if isinstance(raw, dict) and isinstance(raw.get("action"), str) else None


def _missing_variables(raw_steps: list[Any], variables: Mapping[str, str]) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[str, ...]] = set()
    for path, name in variables_in(raw_steps):
        if name in variables or (*path, name) in seen:
            continue
        seen.add((*path, name))
        number = int(path[0])
        problems.append(Problem(
            f"the variable {{{{{name}}}}} has no value; pass --var {name}=VALUE.",
            step=number, action=_action_of(raw_steps[number - 1]), field=".".join(path[1:]) or None,
        ))
    return problems


def _step(number: int, raw: Any) -> tuple[Step | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem('each step must be a JSON object such as {"action": "generate_video", …}.',
                              step=number)]
    action = raw.get("action")
    if not isinstance(action, str) or action not in ACTIONS:
        close = difflib.get_close_matches(str(action), ACTIONS, n=1)
        hint = f" Did you mean {close[0]}?" if close else ""
        what = "the step has no action" if action is None else f"'{action}' is not an action"
        message = f"{what}; write one of {', '.join(ACTIONS)}.{hint}"
        return None, [Problem(message, step=number, field="action")]
    use_previous = raw.get("use_previous", False)
    problems: list[Problem] = []
    if not isinstance(use_previous, bool):
        problems.append(Problem("use_previous must be true or false.", number, action, field="use_previous"))
    elif use_previous and number == 1:
        problems.append(Problem("the first step has no previous step to take outputs from.",
                                number, action, field="use_previous"))
    if action == "fan_out":
        fan_out, found = _fan_out(number, raw, use_previous is True)
        return fan_out, problems + found
    generation, found = _generation(number, action, raw, use_previous is True, "")
    return generation, problems + found


def _generation(
    number: int, action: str, raw: dict[str, Any], use_previous: bool, prefix: str
) -> tuple[GenerationStep, list[Problem]]:
    problems = []
    outer = "fan_out" if prefix else action
    for name in _TEXT_FIELDS:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            problems.append(Problem(f"{name} must be text.", number, outer, field=prefix + name))
    filename = raw.get("filename")
    if isinstance(filename, str) and (
        not filename.strip() or any(c in filename for c in "/\\\0") or filename.strip() in (".", "..")
    ):
        problems.append(Problem(
            f"'{filename}' is not a plain file name; write a name without folders (the output folder is "
            "chosen when the pipeline runs).", number, outer, field=prefix + "filename",
        ))
    skipped = ANNOTATIONS | {"action", "use_previous"}
    fields = {k: v for k, v in raw.items() if k not in skipped and not k.startswith(("_", "//"))}
    return GenerationStep(number, action, fields, use_previous, in_fan_out=bool(prefix)), problems


def _fan_out(number: int, raw: dict[str, Any], use_previous: bool) -> tuple[FanOutStep | None, list[Problem]]:
    problems: list[Problem] = []
    template = raw.get("step")
    if not isinstance(template, dict):
        problems.append(Problem(
            'a fan_out needs "step": the generation to run once per source, e.g. {"action": '
            '"generate_video", "prompt": "… {source} …"}.', number, "fan_out", field="step",
        ))
    elif template.get("action") not in GENERATE:
        problems.append(Problem(
            f"the template's action must be one of {', '.join(GENERATE)}"
            + (" (a fan_out cannot contain a fan_out)." if template.get("action") == "fan_out" else "."),
            number, "fan_out", field="step.action",
        ))
    sources = raw.get("sources")
    if use_previous and sources is not None:
        problems.append(Problem(
            "give either sources or use_previous: true, not both.", number, "fan_out", field="sources"))
    elif not use_previous:
        if sources is None:
            problems.append(Problem(
                "a fan_out needs a list of sources, or use_previous: true to run once per previous output.",
                number, "fan_out", field="sources"))
        elif not isinstance(sources, list) or not sources:
            problems.append(Problem("sources must be a non-empty list.", number, "fan_out", field="sources"))
        else:
            for index, item in enumerate(sources, 1):
                if not isinstance(item, str | int | float) or isinstance(item, bool) or not str(item).strip():
                    problems.append(Problem("each source must be text, a file path or a URL.",
                                            number, "fan_out", field=f"sources.{index}"))
    parallel = raw.get("parallel", False)
    if not isinstance(parallel, bool):
        problems.append(Problem("parallel must be true or false.", number, "fan_out", field="parallel"))
    if problems or not isinstance(template, dict):
        return None, problems
    generation, found = _generation(number, template["action"], template, False, "step.")
    listed = None if use_previous else tuple(str(s).strip() for s in sources or ())
    return FanOutStep(number, generation, listed, parallel is True), found
