"""Limits Runway documents but the SDK's request types omit: hand-written in the catalogue, with sources."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """A limit Runway documents but the SDK types omit, on one field of one model, with its source.

    Number and list bounds (`minimum`, `maximum`, `min_items`, `max_items`) are merged into the
    field; `min_seconds`/`max_seconds` bound the length of the field's media (a minimum is
    exclusive when `above_min`); `within` names the media field whose length keyframe times must
    fall inside.
    """

    field: str
    source: str
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    min_seconds: float | None = None
    max_seconds: float | None = None
    above_min: bool = False
    within: str | None = None

    @property
    def media_length(self) -> bool:
        return self.min_seconds is not None or self.max_seconds is not None

    def length_problem(self, seconds: float, slack: float = 0.0) -> str | None:
        """"lasts 2.0 s; it must last more than 4.6 s" or None; `slack` forgives container rounding."""
        low, high = self.min_seconds, self.max_seconds
        too_short = low is not None and (seconds <= low - slack if self.above_min else seconds < low - slack)
        too_long = high is not None and seconds > high + slack
        if not (too_short or too_long):
            return None
        return f"lasts {seconds:.1f} s; it must last {self.length_text()}"

    def length_text(self) -> str:
        """"more than 4.6 s and at most 300 s", "3 to 30 s"."""
        low, high = self.min_seconds, self.max_seconds
        if low is not None and high is not None and not self.above_min:
            return f"{low:g} to {high:g} s"
        parts = []
        if low is not None:
            parts.append(f"{'more than' if self.above_min else 'at least'} {low:g} s")
        if high is not None:
            parts.append(f"at most {high:g} s")
        return " and ".join(parts)
