"""What is wrong (or worth knowing) about a plan, located by step, run and field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One sentence about a plan, with where it applies: step (1-based), run number, file field."""

    message: str
    step: int | None = None
    action: str | None = None
    run: int | None = None
    field: str | None = None

    @property
    def where(self) -> str:
        """"Step 2 (generate_video), run 3, field 'ratio'" — as much of it as is known."""
        parts = []
        if self.step is not None:
            parts.append(f"Step {self.step}" + (f" ({self.action})" if self.action else ""))
        if self.run is not None:
            parts.append(f"run {self.run}" if parts else f"Run {self.run}")
        if self.field:
            parts.append(f"field '{self.field}'" if parts else f"Field '{self.field}'")
        return ", ".join(parts)

    @property
    def sentence(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def __str__(self) -> str:
        return self.sentence


class PlanRefused(ValueError):
    """A pipeline or batch that cannot run as written; nothing has been sent.

    `problems` lists every reason found; the message is the first one (and how many more).
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0].sentence if self.problems else "The plan cannot run."
        more = len(self.problems) - 1
        self.message = first + (f" ({more} more problem{'s' if more > 1 else ''}.)" if more > 0 else "")
        super().__init__(self.message)
