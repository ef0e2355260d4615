"""A task record as one row of the `tasks` table, and back: the columns, their values and the SELECT."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from runway_desktop.core.running.tasks import Attention, OutputFile, OutputState, TaskRecord, TaskState

COLUMNS = (
    "id",
    "runway_id",
    "endpoint",
    "model",
    "tab",
    "state",
    "body",
    "media",
    "params",
    "prompt",
    "created_at",
    "submitted_at",
    "updated_at",
    "finished_at",
    "progress",
    "estimated_credits",
    "cost_credits",
    "failure",
    "failure_code",
    "error",
    "outputs",
    "retry_of",
    "runway_deleted",
    "input_hashes",
    "attention",
    "group_id",
    "run_key",
    "waiting",
)
# Columns an earlier version may lack: added (empty) when the database is opened.
ADDED_COLUMNS = ("attention", "group_id", "run_key", "waiting")


def _outputs_to_json(outputs: Iterable[OutputFile]) -> str:
    return json.dumps(
        [
            {
                "index": o.index,
                "url": o.url,
                "path": o.path,
                "state": o.state.value,
                "size": o.size,
                "mime": o.mime,
                "sha256": o.sha256,
                "error": o.error,
            }
            for o in outputs
        ]
    )


def _outputs_from(items: list[dict[str, Any]]) -> tuple[OutputFile, ...]:
    return tuple(OutputFile(**{**item, "state": _OUTPUT_STATES[item["state"]]}) for item in items)


VALUE: dict[str, Callable[[TaskRecord], Any]] = {
    "id": lambda t: t.id,
    "runway_id": lambda t: t.runway_id,
    "endpoint": lambda t: t.endpoint,
    "model": lambda t: t.model,
    "tab": lambda t: t.tab,
    "state": lambda t: t.state.value,
    "body": lambda t: json.dumps(t.body),
    "media": lambda t: json.dumps(t.media),
    "params": lambda t: json.dumps(t.params),
    "prompt": lambda t: t.prompt,
    "created_at": lambda t: t.created_at,
    "submitted_at": lambda t: t.submitted_at,
    "updated_at": lambda t: t.updated_at,
    "finished_at": lambda t: t.finished_at,
    "progress": lambda t: t.progress,
    "estimated_credits": lambda t: t.estimated_credits,
    "cost_credits": lambda t: t.cost_credits,
    "failure": lambda t: t.failure,
    "failure_code": lambda t: t.failure_code,
    "error": lambda t: t.error,
    "outputs": lambda t: _outputs_to_json(t.outputs),
    "retry_of": lambda t: t.retry_of,
    "runway_deleted": lambda t: int(t.runway_deleted),
    "input_hashes": lambda t: json.dumps(t.input_hashes),
    "attention": lambda t: json.dumps(t.attention.to_json()) if t.attention else "null",
    "group_id": lambda t: t.group_id,
    "run_key": lambda t: t.run_key,
    "waiting": lambda t: t.waiting,
}


def row_of(task: TaskRecord) -> tuple[Any, ...]:
    return tuple(VALUE[column](task) for column in COLUMNS)


def changed_columns(old: TaskRecord, new: TaskRecord) -> tuple[str, ...]:
    """The columns whose values differ between two versions of one task (cheap: no serialising)."""
    return tuple(
        c for c in COLUMNS if getattr(old, c) is not getattr(new, c) and getattr(old, c) != getattr(new, c)
    )


_JSON_COLUMNS = ("body", "media", "params", "outputs", "input_hashes", "attention")
_PLAIN_COLUMNS = tuple(c for c in COLUMNS if c not in _JSON_COLUMNS)
# The JSON columns come back as one JSON array per row: one decoder call instead of five.
_JSON_ARRAY = "'[' || " + " || ',' || ".join(f"coalesce({c}, 'null')" for c in _JSON_COLUMNS) + " || ']'"
SELECT_TASKS = f"SELECT {', '.join(_PLAIN_COLUMNS)}, {_JSON_ARRAY} FROM tasks"
_STATES = {state.value: state for state in TaskState}
# "error" is how earlier versions stored an output whose save was to be retried: it resumes.
_OUTPUT_STATES = {**{state.value: state for state in OutputState}, "error": OutputState.PENDING}


def record_of(row: tuple[Any, ...]) -> TaskRecord:
    """A TaskRecord from a row of SELECT_TASKS (the plain columns in _PLAIN_COLUMNS order, then the JSON)."""
    (id_, runway_id, endpoint, model, tab, state, prompt, created_at, submitted_at, updated_at, finished_at,
     progress, estimated_credits, cost_credits, failure, failure_code, error, retry_of, runway_deleted,
     group_id, run_key, waiting, blobs) = row
    body, media, params, outputs, input_hashes, attention = json.loads(blobs)
    return TaskRecord(
        id=id_,
        runway_id=runway_id,
        endpoint=endpoint,
        model=model,
        tab=tab,
        state=_STATES[state],
        body=body,
        media=media,
        params=params,
        prompt=prompt,
        created_at=created_at,
        submitted_at=submitted_at,
        updated_at=updated_at,
        finished_at=finished_at,
        progress=progress,
        estimated_credits=estimated_credits,
        cost_credits=cost_credits,
        failure=failure,
        failure_code=failure_code,
        error=error,
        outputs=_outputs_from(outputs),
        retry_of=retry_of,
        runway_deleted=bool(runway_deleted),
        input_hashes=input_hashes,
        attention=Attention.from_json(attention),
        group_id=group_id,
        run_key=run_key,
        waiting=waiting,
    )
