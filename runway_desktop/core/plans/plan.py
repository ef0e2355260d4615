"""The plan: every run a pipeline or batch will make, its inputs, quote and dependencies, before any is sent.

A plan is immutable. The execution layer submits `run.request` (a BuiltRequest whose body holds
`{"$media": i}` markers for local files and earlier outputs) after replacing each marker with the
URI of `run.inputs[...]` whose `media_index` is `i`; `identity` names the plan for resuming.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from runway_desktop.core.catalogue.pricing import CREDIT_DOLLARS, Quote, credits_text, dollars_text
from runway_desktop.core.intake.media import MediaOrigin, MediaValue
from runway_desktop.core.plans.problems import Problem
from runway_desktop.core.requests.build import BuiltRequest

Origin = Literal["file", "output", "url"]


@dataclass(frozen=True)
class InputRef:
    """Where one input of a run comes from: a local file, an earlier run's output, or a URL.

    `media_index` is the `{"$media": i}` marker the input stands for in the request body
    (None for a URL, which is written into the body as it is). For an output, `producer` is the
    key of the run that makes it and `output` its 1-based index among that run's outputs.
    """

    field: str
    origin: Origin
    kind: str | None
    media_index: int | None = None
    path: str | None = None
    url: str | None = None
    producer: str | None = None
    output: int | None = None
    tag: str | None = None

    @property
    def label(self) -> str:
        """"promptImage ← output 1 of run 1.1", "promptImage ← hero.png"."""
        if self.origin == "output":
            source = f"output {self.output} of run {self.producer}"
        elif self.origin == "file":
            source = (self.path or "").rsplit("/", 1)[-1]
        else:
            url = self.url or ""
            source = url.split(",", 1)[0] + ",…" if url.startswith("data:") else url
        return f"{self.field} ← {source}"

    @property
    def awaited(self) -> MediaOrigin | None:
        """For an earlier run's output: the input's origin record until that run has made it."""
        if self.origin != "output" or self.producer is None:
            return None
        return MediaOrigin(None, (self.output or 1) - 1, run=self.producer)


@dataclass(frozen=True)
class PlannedRun:
    """One generation of the plan: what is sent, what it consumes, what it is expected to cost."""

    key: str  # "step.number", unique in the plan ("2.3": step 2, run 3)
    step: int
    number: int  # 1-based within its step ({i} in a fan_out)
    action: str  # generate_video | generate_image | generate_audio (batches: the model's tab)
    model: str
    endpoint: str
    values: Mapping[str, Any]  # form values by wire name (MediaValues for inputs), read-only
    request: BuiltRequest
    inputs: tuple[InputRef, ...]
    filename: str  # base name of the saved output(s); the extension comes from the content
    outputs: int  # how many outputs the run is expected to make
    output_kind: str  # video | image | audio
    source: str | None = None  # the fan_out source value or a batch run's description

    @property
    def quote(self) -> Quote:
        return self.request.quote

    @property
    def depends_on(self) -> tuple[str, ...]:
        """Keys of the runs whose outputs this run consumes, in order."""
        return tuple(dict.fromkeys(i.producer for i in self.inputs if i.producer is not None))

    @property
    def output_names(self) -> tuple[str, ...]:
        """The saved names without extension: the filename, or filename-1, filename-2 … for several."""
        if self.outputs == 1:
            return (self.filename,)
        return tuple(f"{self.filename}-{k}" for k in range(1, self.outputs + 1))

    @property
    def seed(self) -> int | None:
        seed = self.request.body.get("seed")
        return seed if isinstance(seed, int) else None


@dataclass(frozen=True)
class Total:
    """The sum of the run quotes; `unknown` counts runs without a published price."""

    credits: float
    dollars: float
    runs: int
    unknown: int

    @property
    def exact(self) -> bool:
        return self.unknown == 0

    @property
    def text(self) -> str:
        known = f"{credits_text(self.credits)} ({dollars_text(self.dollars)})"
        if self.exact:
            return f"{known} for {self.runs} run{'' if self.runs == 1 else 's'}"
        return (f"{known} for {self.runs - self.unknown} of {self.runs} runs; {self.unknown} "
                f"run{' has' if self.unknown == 1 else 's have'} no published price")


def total_of(runs: tuple[PlannedRun, ...]) -> Total:
    credits = sum(r.quote.credits or 0 for r in runs if r.quote.known)
    unknown = sum(1 for r in runs if not r.quote.known)
    if float(credits).is_integer():
        credits = int(credits)
    return Total(credits, round(credits * CREDIT_DOLLARS, 2), len(runs), unknown)


@dataclass(frozen=True)
class Plan:
    """Every run, in submission order (a run comes after every run it depends on)."""

    kind: Literal["pipeline", "batch"]
    identity: str  # sha256 hex: the same file and variables (or batch) give the same identity
    runs: tuple[PlannedRun, ...]
    total: Total
    warnings: tuple[Problem, ...] = ()
    variables: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    seeds: tuple[int, ...] = ()  # a batch's seeds, drawn or given
    parallel_steps: frozenset[int] = frozenset()  # fan_out steps marked "parallel": true

    def run(self, key: str) -> PlannedRun:
        return self._by_key[key]

    @property
    def edges(self) -> tuple[tuple[str, str, int], ...]:
        """(consumer key, producer key, output index) for every input that is an earlier output."""
        return tuple(
            (run.key, ref.producer, ref.output or 1)
            for run in self.runs for ref in run.inputs if ref.producer is not None
        )

    def dependents(self, key: str) -> tuple[str, ...]:
        """Keys of the runs that consume an output of run `key`."""
        return tuple(dict.fromkeys(consumer for consumer, producer, _ in self.edges if producer == key))

    @functools.cached_property
    def _by_key(self) -> dict[str, PlannedRun]:
        return {r.key: r for r in self.runs}


def identity_of(*parts: Any) -> str:
    """A stable sha256 of bytes and JSON-able parts (keys sorted), for resuming the same plan."""
    digest = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(part, sort_keys=True, default=_plain).encode()
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, MediaValue):
        data = value.to_json()
        if value.info is not None:
            data["info"] = {"sha256": value.info.sha256, "kind": value.info.kind}
        return data
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return str(value)


def run_json(run: PlannedRun) -> dict[str, Any]:
    """One run as the dry run's JSON shows it."""
    quote = run.quote
    return {
        "key": run.key,
        "step": run.step,
        "run": run.number,
        "action": run.action,
        "model": run.model,
        "endpoint": run.endpoint,
        "inputs": [ref.label for ref in run.inputs],
        "input_refs": [_ref_json(ref) for ref in run.inputs],
        "depends_on": list(run.depends_on),
        "filename": run.filename,
        "outputs": run.outputs,
        "output_kind": run.output_kind,
        "source": run.source,
        "seed": run.seed,
        "credits": quote.credits if quote.known else None,
        "dollars": quote.dollars if quote.known else None,
        "price_known": quote.known,
        "quote": quote.detail,
        "request": run.request.body,
        "warnings": [f"{w.field}: {w.message}" for w in run.request.warnings],
    }


def _ref_json(ref: InputRef) -> dict[str, Any]:
    data = {"field": ref.field, "origin": ref.origin, "kind": ref.kind, "media_index": ref.media_index}
    extra = {"path": ref.path, "url": ref.url, "producer": ref.producer, "output": ref.output, "tag": ref.tag}
    return data | {k: v for k, v in extra.items() if v is not None}


def plan_json(plan: Plan) -> dict[str, Any]:
    """The whole plan as one JSON object: runs, totals, warnings and the dependency edges."""
    return {
        "plan": plan.identity,
        "kind": plan.kind,
        "runs": [run_json(r) for r in plan.runs],
        "total_credits": plan.total.credits,
        "total_dollars": plan.total.dollars,
        "total_exact": plan.total.exact,
        "unpriced_runs": plan.total.unknown,
        "edges": [list(e) for e in plan.edges],
        "warnings": [w.sentence for w in plan.warnings],
        "variables": dict(plan.variables),
        "seeds": list(plan.seeds),
    }
