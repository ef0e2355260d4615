"""Estimated cost of a task in credits, from the catalogue's published price or a plausible stand-in."""

from __future__ import annotations

import math
from typing import Any

from runway_desktop.core.catalogue.spec import ModelSpec

from .outputs import OutputPlan

# Where Runway publishes no price: credits per output second (video), per image, per 6 s of audio.
_FALLBACK_RATE = {"video": 10.0, "image": 5.0, "audio": 1.0}
_FALLBACK_AUDIO_SECONDS = 6.0


def _units(model: ModelSpec, body: dict[str, Any], plan: OutputPlan) -> float | None:
    price = model.price
    if price.unit == "output_second":
        return plan.duration
    if price.unit == "input_second":
        seconds = plan.input_seconds.get(price.input or "")
        return seconds if seconds is not None else plan.duration
    if price.unit == "image":
        return float(plan.count)
    if price.unit == "characters":
        text = body.get("promptText")
        return float(len(text)) if isinstance(text, str) else 0.0
    return None


def estimate_credits(model: ModelSpec, body: dict[str, Any], plan: OutputPlan) -> int:
    """Whole credits, rounded up; never below 1."""
    price = model.price
    units = _units(model, body, plan) if price.known else None
    if units is None or (price.credits is None and not price.tiers):
        return _fallback(plan)
    if price.unit == "image" and price.tiers:
        pixels = plan.width * plan.height
        rate = next(
            (credits for limit, credits in price.tiers if limit is None or pixels <= limit),
            price.tiers[-1][1],
        )
        return max(1, math.ceil(rate * units))
    assert price.credits is not None
    # Surcharges (Veo's audio, on by default) add to the rate when the request selects them.
    rate = price.credits + sum(c.credits for c in price.surcharges if c.applies(body))
    if price.unit == "characters":
        return max(1, math.ceil(units / price.per) * math.ceil(rate))
    return max(1, math.ceil(rate * units / price.per - 1e-9))


def _fallback(plan: OutputPlan) -> int:
    rate = _FALLBACK_RATE[plan.kind]
    if plan.kind == "video":
        return max(1, math.ceil(rate * plan.duration * plan.count))
    if plan.kind == "image":
        return max(1, math.ceil(rate * plan.count))
    return max(1, math.ceil(rate * plan.duration / _FALLBACK_AUDIO_SECONDS) * plan.count)
