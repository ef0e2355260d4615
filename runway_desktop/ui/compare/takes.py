"""The takes a compare view shows, and which of their parameters differ (no widgets; sentences translated)."""

from __future__ import annotations

import json
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from runway_desktop.core.running.tasks import OutputState, TaskRecord
from runway_desktop.ui.i18n.common_words import kind_word

translate = QCoreApplication.translate

MIN_TAKES = 2
MAX_TAKES = 4
KINDS = ("video", "image", "audio")
# Shown on every label whether or not they differ; the rest appear only when they differ.
ALWAYS_SHOWN = ("model", "seed")


class CompareRefused(ValueError):
    """The takes cannot be compared; the message is a sentence to show as it is."""


@dataclass(frozen=True)
class Take:
    """One saved output to compare: its file, its kind and the parameters that made it."""

    path: str
    kind: str  # "video", "image" or "audio"
    model: str = ""
    seed: int | None = None
    prompt: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    task_id: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name

    def parameters(self) -> dict[str, Any]:
        """Everything that made this take, keyed by name: model and seed first, then the form's values."""
        merged: dict[str, Any] = {"model": self.model, "seed": self.seed}
        if self.prompt:
            merged["promptText"] = self.prompt
        for key, value in self.params.items():
            merged.setdefault(key, value)
        return merged


def take_from_task(task: TaskRecord, path: str | None = None) -> Take:
    """The take for one saved output of `task` (its first saved output unless `path` names another)."""
    saved = [o for o in task.outputs if o.state is OutputState.SAVED and o.path]
    chosen = next((o for o in saved if o.path == path), saved[0] if saved and path is None else None)
    if chosen is None:
        if path:
            raise CompareRefused(translate(
                "CompareText", "Task {task} has no saved output to compare at {path}.").format(
                task=task.id, path=path))
        raise CompareRefused(translate(
            "CompareText", "Task {task} has no saved output to compare.").format(task=task.id))
    mime = chosen.mime or mimetypes.guess_type(str(chosen.path))[0] or ""
    major = mime.split("/", 1)[0]
    kind = major if major in KINDS else (task.tab if task.tab in KINDS else "video")
    params = dict(task.params)
    seed = params.get("seed", task.body.get("seed"))
    if "seed" not in params and seed is not None:
        params["seed"] = seed
    return Take(
        path=str(chosen.path),
        kind=kind,
        model=task.model,
        seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else None,
        prompt=task.prompt or str(params.get("promptText") or ""),
        params={k: v for k, v in params.items() if k not in ("promptText", "seed")},
        task_id=task.id,
    )


def why_not_comparable(takes: list[Take]) -> str | None:
    """A sentence saying why these takes cannot be compared, or None when they can."""
    number = QLocale().toString
    if len(takes) < MIN_TAKES:
        return translate(
            "CompareText", "Select at least {least} takes to compare (you selected {count}).").format(
            least=number(MIN_TAKES), count=number(len(takes)))
    if len(takes) > MAX_TAKES:
        return translate(
            "CompareText", "Compare shows at most {most} takes at once; you selected {count}.").format(
            most=number(MAX_TAKES), count=number(len(takes)))
    kinds = sorted({take.kind for take in takes})
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        return translate(
            "CompareText", "Only videos, images and audio can be compared, not {kind}.").format(
            kind=unknown[0])
    if len(kinds) > 1:
        mixed = translate(
            "CompareText", "{kind} and {other}").format(kind=kind_word(kinds[0]), other=kind_word(kinds[1]))
        if len(kinds) > 2:
            mixed = translate("CompareText", "videos, images and sounds")
        return translate(
            "CompareText", "Compare takes of one kind at a time; these mix {kinds}.").format(kinds=mixed)
    missing = [take.name for take in takes if not Path(take.path).is_file()]
    if missing:
        return translate(
            "CompareText", "{name} is no longer in the library folder; save it again to compare it.").format(
            name=missing[0])
    return None


def _canonical(value: Any) -> str:
    """A stable text for any JSON-like value, so lists and dicts compare by content."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def differing_parameters(takes: list[Take]) -> set[str]:
    """Names of the parameters whose values are not the same in every take (absent counts as a value)."""
    merged = [take.parameters() for take in takes]
    names = {name for params in merged for name in params}
    return {
        name for name in names
        if len({_canonical(params.get(name)) for params in merged}) > 1
    }


def shared_parameters(takes: list[Take]) -> dict[str, Any]:
    """The parameters every take has with the same value (shown once, muted), minus the always-shown ones."""
    if not takes:
        return {}
    differing = differing_parameters(takes)
    first = takes[0].parameters()
    return {k: v for k, v in first.items() if k not in differing and k not in ALWAYS_SHOWN and v is not None}


def value_text(value: Any, limit: int = 60) -> str:
    """A parameter's value on one short line."""
    if value is None:
        return "—"
    text = value if isinstance(value, str) else _canonical(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
