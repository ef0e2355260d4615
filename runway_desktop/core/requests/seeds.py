"""Random seeds drawn by the app, so that every take names the seed that made it."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec, ModelSpec
from runway_desktop.core.requests.values import SEED_MAX, SEED_MIN, is_random_seed

_SYSTEM = random.SystemRandom()


def seed_field(model: ModelSpec) -> FieldSpec | None:
    """The model's seed field, if it takes one."""
    return next((spec for spec in model.fields if spec.kind is FieldKind.SEED), None)


def draw_seed(spec: FieldSpec, rng: random.Random | None = None) -> int:
    """A whole number drawn uniformly from the field's seed range."""
    low = int(SEED_MIN if spec.minimum is None else spec.minimum)
    high = int(SEED_MAX if spec.maximum is None else spec.maximum)
    return (rng or _SYSTEM).randint(low, high)


def with_drawn_seed(
    model: ModelSpec, values: Mapping[str, Any], rng: random.Random | None = None
) -> tuple[dict[str, Any], int | None]:
    """`values` with a random seed replaced by a drawn one, and that seed (None if none was drawn)."""
    out = dict(values)
    spec = seed_field(model)
    if spec is None or not is_random_seed(out.get(spec.name)):
        return out, None
    seed = draw_seed(spec, rng)
    out[spec.name] = seed
    return out, seed
