"""Fault injection: the SPEC language and seeded, reproducible decisions.

SPEC = comma-separated items, each `SCOPE:FAULT=RATE`, `safety=RATE`, `internal=RATE`,
`throttle=RATE` or `seed=N`; e.g. `create:429=0.2,poll:drop=0.1,safety=0.05,seed=7`.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field

SCOPES = ("create", "poll", "delete", "upload", "storage", "download")
HTTP_FAULTS = ("429", "429-retry-after", "500", "502", "503", "504", "drop", "drop-after", "slow")
OUTCOMES = ("safety", "internal", "throttle")
_SYNTAX = "expected SCOPE:FAULT=RATE, safety=RATE, internal=RATE, throttle=RATE or seed=N"


class FaultSpecError(ValueError):
    """A SPEC that cannot be parsed; the message says which item and why."""


@dataclass(frozen=True)
class FaultSpec:
    """A parsed SPEC: HTTP faults per scope (with `any` folded in) and task-outcome rates."""

    text: str = ""
    http: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    safety: float = 0.0
    internal: float = 0.0
    throttle: float = 0.0
    seed: int | None = None

    def describe(self) -> dict[str, object]:
        return {
            "spec": self.text,
            "http": {scope: dict(faults) for scope, faults in self.http.items() if faults},
            "safety": self.safety,
            "internal": self.internal,
            "throttle": self.throttle,
            "seed": self.seed,
        }


def _rate(item: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise FaultSpecError(f"fault rate in '{item}' must be a number from 0 to 1, got '{text}'") from None
    if not 0.0 <= value <= 1.0:
        raise FaultSpecError(f"fault rate in '{item}' must be from 0 to 1, got {text}")
    return value


def parse_faults(spec: str) -> FaultSpec:
    """Parse a SPEC string; an empty string means no faults."""
    text = (spec or "").strip()
    per_scope: dict[str, dict[str, float]] = {scope: {} for scope in (*SCOPES, "any")}
    outcomes: dict[str, float] = {}
    seed: int | None = None
    for raw in text.split(","):
        item = raw.strip()
        if not item:
            continue
        name, sep, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name or not value:
            raise FaultSpecError(f"cannot read fault item '{item}': {_SYNTAX}")
        if name == "seed":
            if not value.isdigit():
                raise FaultSpecError(f"seed in '{item}' must be a whole number ≥ 0, got '{value}'")
            seed = int(value)
            continue
        if name in OUTCOMES:
            if name in outcomes:
                raise FaultSpecError(f"'{name}' is given twice in the fault spec")
            outcomes[name] = _rate(item, value)
            continue
        scope, colon, fault = name.partition(":")
        scope, fault = scope.strip(), fault.strip()
        if not colon:
            raise FaultSpecError(f"unknown fault '{name}' in '{item}': {_SYNTAX}")
        if scope not in per_scope:
            raise FaultSpecError(
                f"unknown fault scope '{scope}' in '{item}'; expected one of {', '.join((*SCOPES, 'any'))}"
            )
        if fault in OUTCOMES:
            raise FaultSpecError(f"'{fault}' is a task outcome, not a {scope} fault: write {fault}={value}")
        if fault not in HTTP_FAULTS:
            raise FaultSpecError(
                f"unknown fault '{fault}' in '{item}'; expected one of {', '.join(HTTP_FAULTS)}"
            )
        if fault in per_scope[scope]:
            raise FaultSpecError(f"'{scope}:{fault}' is given twice in the fault spec")
        per_scope[scope][fault] = _rate(item, value)
    http: dict[str, tuple[tuple[str, float], ...]] = {}
    for scope in SCOPES:
        merged = list(per_scope[scope].items())
        merged += [(fault, rate) for fault, rate in per_scope["any"].items() if fault not in per_scope[scope]]
        total = sum(rate for _, rate in merged)
        if total > 1.0 + 1e-9:
            raise FaultSpecError(
                f"fault rates for scope '{scope}' add up to {total:g}; they must not exceed 1"
            )
        http[scope] = tuple(merged)
    if outcomes.get("safety", 0.0) + outcomes.get("internal", 0.0) > 1.0 + 1e-9:
        raise FaultSpecError("safety and internal rates add up to more than 1")
    return FaultSpec(
        text=text,
        http=http,
        safety=outcomes.get("safety", 0.0),
        internal=outcomes.get("internal", 0.0),
        throttle=outcomes.get("throttle", 0.0),
        seed=seed,
    )


class FaultInjector:
    """Seeded decisions; each scope draws from its own stream so decisions do not depend on interleaving."""

    def __init__(self, spec: FaultSpec | None = None) -> None:
        self.spec = spec or FaultSpec()
        seed = self.spec.seed if self.spec.seed is not None else secrets.randbits(32)
        self._streams = {name: random.Random(f"{seed}/{name}") for name in (*SCOPES, "outcome", "throttle")}

    def http_fault(self, scope: str) -> str | None:
        """The fault to inject into this request of `scope`, or None."""
        faults = self.spec.http.get(scope, ())
        if not faults:
            return None
        draw = self._streams[scope].random()
        for fault, rate in faults:
            if draw < rate:
                return fault
            draw -= rate
        return None

    def task_outcome(self) -> str | None:
        """ "safety", "internal" or None (a normal run) for a new task."""
        if not (self.spec.safety or self.spec.internal):
            return None
        draw = self._streams["outcome"].random()
        if draw < self.spec.safety:
            return "safety"
        if draw < self.spec.safety + self.spec.internal:
            return "internal"
        return None

    def throttled(self) -> bool:
        """Whether a new task spends a THROTTLED phase first."""
        return bool(self.spec.throttle) and self._streams["throttle"].random() < self.spec.throttle

    def choose(self, options: tuple[str, ...]) -> str:
        return self._streams["outcome"].choice(options)
