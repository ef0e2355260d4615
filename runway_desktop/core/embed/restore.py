"""A file's record turned back into a task, so "Use parameters" works on a bare file from disk."""

from __future__ import annotations

from typing import Any

from runway_desktop.core.catalogue.spec import Catalogue, load_catalogue
from runway_desktop.core.running.tasks import TaskRecord, TaskState


def task_from_record(record: dict[str, Any], catalogue: Catalogue | None = None) -> TaskRecord | None:
    """A finished task carrying the record's model, form values and request; None when the record
    names no model (it was not a generation, or it is damaged)."""
    endpoint, model = record.get("endpoint"), record.get("model")
    if not isinstance(endpoint, str) or not isinstance(model, str) or not endpoint or not model:
        return None
    catalogue = catalogue or load_catalogue()
    spec = catalogue.get(endpoint, model) or next(iter(catalogue.for_endpoint(endpoint)), None)
    params, body = record.get("parameters"), record.get("request")
    inputs = record.get("inputs")
    # The sidecar lists each input by marker; as media values they stand where the request's markers point.
    media = [
        {"path": None, "info": None, "url": item.get("url"), "tag": None, "position": None, "subject": None}
        for item in (inputs if isinstance(inputs, list) else [])
        if isinstance(item, dict)
    ]
    return TaskRecord(
        id=str(record.get("task_id") or ""),
        endpoint=endpoint,
        model=model,
        tab=spec.tab if spec else "video",
        state=TaskState.SUCCEEDED,
        body=body if isinstance(body, dict) else {},
        media=media,
        params=params if isinstance(params, dict) else {},
        prompt=str(record.get("prompt") or ""),
        runway_id=record.get("runway_task_id"),
        estimated_credits=record.get("estimated_credits"),
        cost_credits=record.get("cost_credits"),
    )
