"""Validation issues and the 400 body that carries them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]


def format_path(path: Path) -> str:
    """("referenceImages", 0, "tag") → "referenceImages[0].tag"."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


@dataclass(frozen=True)
class Issue:
    """One problem with a request, in the zod-like shape Runway's API answers with."""

    code: str
    path: Path
    message: str

    @property
    def text(self) -> str:
        where = format_path(self.path)
        return f"{where}: {self.message}" if where else self.message

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "path": list(self.path), "message": self.message}


def error_body(issues: Sequence[Issue]) -> dict[str, Any]:
    """`{"error": "<first issue>", "issues": [...]}`."""
    return {"error": issues[0].text, "issues": [issue.to_json() for issue in issues]}
