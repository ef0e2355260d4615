"""Small statistics and the output convention shared by the benchmarks: a summary, then one JSON line."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from typing import Any


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(len(ordered) * pct / 100))
    return ordered[min(len(ordered), rank) - 1]


def spread(values: Sequence[float]) -> dict[str, float]:
    """p50, p90, p99 and max of `values`, rounded for reading."""
    return {
        "p50": round(percentile(values, 50), 2),
        "p90": round(percentile(values, 90), 2),
        "p99": round(percentile(values, 99), 2),
        "max": round(max(values), 2) if values else 0.0,
    }


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def emit(summary: str, result: dict[str, Any]) -> dict[str, Any]:
    """Print the human summary, then the figures as the last line (what `python -m bench` collects)."""
    print(summary, flush=True)
    print(json.dumps(result, sort_keys=True), flush=True)
    return result
