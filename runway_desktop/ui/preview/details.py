"""The parameters shown beside a preview: read from the output's JSON sidecar (in a worker thread)."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from runway_desktop.core.catalogue.pricing import credits_text
from runway_desktop.core.running.tasks import TaskRecord

_LONG = 120
_SKIP_REQUEST_KEYS = {"model", "promptText"}


def sidecar_path(output: str) -> Path:
    return Path(output).with_name(Path(output).name + ".json")


def read_sidecar(output: str) -> dict[str, Any] | None:
    """The sidecar beside `output`, or None when it is missing or unreadable (blocking)."""
    try:
        data = json.loads(sidecar_path(output).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def _size(size: Any) -> str:
    if not isinstance(size, int | float):
        return ""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def _when(value: Any) -> str:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return value
    return ""


def _label(key: str) -> str:
    """contentModeration → Content moderation."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").lower()
    return words[:1].upper() + words[1:]


def _request_rows(request: dict[str, Any], inputs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    names = {item.get("marker"): item.get("name") for item in inputs if isinstance(item, dict)}
    rows = []
    for key, value in request.items():
        if key in _SKIP_REQUEST_KEYS:
            continue
        if isinstance(value, dict) and "$media" in value:
            value = names.get(value["$media"]) or "local file"
        rows.append((_label(key), _short(value)))
    return rows


def parameter_rows(task: TaskRecord, sidecar: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(label, value) pairs: what made this output, from the sidecar when there is one."""
    data = sidecar or {}
    rows: list[tuple[str, str]] = [
        ("Model", str(data.get("model") or task.model)),
        ("Endpoint", str(data.get("endpoint") or task.endpoint).replace("_", " ")),
    ]
    prompt = data.get("prompt", task.prompt)
    if prompt:
        rows.append(("Prompt", str(prompt)))
    request = data.get("request") if isinstance(data.get("request"), dict) else task.body
    rows += _request_rows(request, data.get("inputs") or [])
    estimated = data.get("estimated_credits", task.estimated_credits)
    cost = data.get("cost_credits", task.cost_credits)
    if cost is not None:
        rows.append(("Cost", credits_text(cost)))
    if estimated is not None:
        rows.append(("Estimate", credits_text(estimated)))
    rows.append(("Created", _when(data.get("created_at") or task.created_at)))
    finished = data.get("finished_at") or task.finished_at
    if finished:
        rows.append(("Finished", _when(finished)))
    if data.get("file"):
        rows.append(("File", str(data["file"])))
    if data.get("size"):
        rows.append(("Size", _size(data["size"])))
    runway_id = data.get("runway_task_id") or task.runway_id
    if runway_id:
        rows.append(("Runway task", str(runway_id)))
    return [(label, value) for label, value in rows if value]


def parameters_html(rows: list[tuple[str, str]], note: str = "") -> str:
    cells = "".join(
        f"<tr><td class='k'>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    foot = f"<p class='note'>{html.escape(note)}</p>" if note else ""
    return (
        "<style>td{padding:2px 10px 2px 0;vertical-align:top}"
        "td.k{color:#8b949e;white-space:nowrap}p.note{color:#8b949e}</style>"
        f"<table>{cells}</table>{foot}"
    )
