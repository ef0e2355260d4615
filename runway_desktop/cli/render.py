"""What the commands print: tasks as JSON, aligned tables, one task in full, the account."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from runway_desktop.api.models import ModelLimits, Organization
from runway_desktop.cli.errors import one_line
from runway_desktop.core.running.tasks import OutputState, TaskRecord

SHORT_ID = 12
_MIN_LAST_COLUMN = 24
_CREDIT_DOLLARS = 0.01  # Runway sells credits at one cent each


def short_id(task: TaskRecord) -> str:
    return task.id[:SHORT_ID]


def iso(stamp: float | None) -> str | None:
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds") if stamp else None


def local_time(stamp: float | None) -> str:
    return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M") if stamp else "—"


def task_json(task: TaskRecord, full: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": task.id,
        "runway_id": task.runway_id,
        "model": task.model,
        "endpoint": task.endpoint,
        "state": task.state.value,
        "failure": task.failure,
        "failure_code": task.failure_code,
        "outputs": task.saved_paths,
    }
    if task.attention is not None:
        attention = task.attention
        data["attention"] = {
            "reason": attention.reason, "since": iso(attention.since), "action": attention.action.value
        }
    if full:
        data.update(
            prompt=task.prompt,
            parameters=task.params,
            request=task.body,
            estimated_credits=task.estimated_credits,
            cost_credits=task.cost_credits,
            progress=task.progress,
            error=task.error,
            created_at=iso(task.created_at),
            finished_at=iso(task.finished_at),
            retry_of=task.retry_of,
            output_files=[
                {"index": o.index, "state": o.state.value, "path": o.path, "error": o.error}
                for o in task.outputs
            ],
        )
    return data


# -- widths of text as a terminal shows it ---------------------------------------------------------


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide East Asian characters take two, combining marks none."""
    if text.isascii():
        return len(text)  # one column each: most prompts, measured without a look-up per character
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def elide(text: str, width: int) -> str:
    """`text` on one line, cut with "…" to at most `width` columns."""
    text = one_line(text)
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        w = display_width(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], total_width: int | None = None) -> list[str]:
    """Rows under headers, columns aligned; the last column is elided to fit `total_width`."""
    widths = [max(display_width(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    line = row_formatter(widths, total_width)
    return [line(row) for row in [headers, *rows]]


def row_formatter(widths: Sequence[int], total_width: int | None = None) -> Callable[[Sequence[str]], str]:
    """One row as a line of a table whose columns have these widths (rows printed as they come)."""
    widths = list(widths)
    if total_width is not None:
        fixed = sum(widths[:-1]) + 2 * (len(widths) - 1)
        widths[-1] = min(widths[-1], max(_MIN_LAST_COLUMN, total_width - fixed))

    def line(row: Sequence[str]) -> str:
        cells = [pad(cell, widths[i]) for i, cell in enumerate(row[:-1])]
        return "  ".join([*cells, elide(row[-1], widths[-1])]).rstrip()

    return line


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


def credits(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def state_text(task: TaskRecord) -> str:
    return state_cell(task.state.value, task.progress)


def state_cell(state: str, progress: float | None) -> str:
    """A state as the table shows it, from the stored value ("running 40%")."""
    text = state.replace("_", " ")
    if state == "running" and progress is not None:
        text += f" {progress * 100:.0f}%"
    return text


def _detail(task: TaskRecord) -> str:
    reason = task_reason(task)
    return f"{task.prompt} · {reason}" if reason and task.prompt else (task.prompt or reason or "")


def task_reason(task: TaskRecord) -> str | None:
    """Why a task is where it is, when that is not plain progress."""
    if task.attention is not None:
        return one_line(task.attention.reason)
    if task.failure:
        code = f" [{task.failure_code}]" if task.failure_code else ""
        return one_line(task.failure) + code
    not_saved = [o for o in task.outputs if o.state is not OutputState.SAVED and o.error]
    if not_saved:
        return one_line(not_saved[0].error or "")
    return one_line(task.error) if task.error else None


TASK_HEADERS = ("ID", "STATE", "MODEL", "CREATED", "CREDITS", "PROMPT")


# The stored columns the cells before PROMPT are made of: their widths are known without decoding a record.
SUMMARY_COLUMNS = ("id", "state", "progress", "model", "created_at", "cost_credits", "estimated_credits")


def summary_cells(id_: str, state: str, progress: float | None, model: str, created_at: float | None,
                  cost: float | None, estimate: float | None) -> tuple[str, ...]:
    """The cells before PROMPT, from the values of SUMMARY_COLUMNS."""
    return (id_[:SHORT_ID], state_cell(state, progress), model, local_time(created_at),
            credits(cost if cost is not None else estimate))


def task_row(task: TaskRecord) -> tuple[str, ...]:
    """One task as the cells of a row under TASK_HEADERS."""
    return (*summary_cells(task.id, task.state.value, task.progress, task.model, task.created_at,
                           task.cost_credits, task.estimated_credits), _detail(task))


def task_table(tasks: Sequence[TaskRecord], total_width: int | None = None) -> list[str]:
    return table(TASK_HEADERS, [task_row(t) for t in tasks], total_width)


# -- one task in full --------------------------------------------------------------------------------


def _value_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, dict) and ("path" in value or "url" in value):
        where = Path(value["path"]).name if value.get("path") else str(value.get("url"))
        extras = [f"{k}={value[k]}" for k in ("tag", "position", "subject") if value.get(k)]
        return where + (f" ({', '.join(extras)})" if extras else "")
    return str(value)


def task_details(task: TaskRecord) -> list[str]:
    """`show` without --json: one labelled line per fact a person looks for."""
    rows: list[tuple[str, str]] = [
        ("Task", task.id),
        ("Runway id", task.runway_id or "— (not sent)"),
        ("Model", f"{task.model} ({task.endpoint})"),
        ("State", task.state.label + (f" ({task.progress * 100:.0f}%)" if task.progress is not None
                                      and not task.state.is_terminal else "")),
    ]
    if task.attention is not None:
        since = local_time(task.attention.since)
        rows.append(("Attention", f"{one_line(task.attention.reason)} (since {since})"))
        rows.append(("Next step", task.attention.action.label))
    if task.failure:
        rows.append(("Failure", task_reason(task) or ""))
    if task.error:
        rows.append(("Problem", one_line(task.error)))
    if task.prompt:
        rows.append(("Prompt", one_line(task.prompt)))
    for key, value in task.params.items():
        if key != "promptText":
            rows.append((key, _value_text(value)))
    charged = credits(task.cost_credits)
    rows.append(("Credits", f"estimated {credits(task.estimated_credits)} · charged {charged}"))
    rows.append(("Created", local_time(task.created_at)))
    if task.finished_at:
        rows.append(("Finished", local_time(task.finished_at)))
    for output in task.outputs:
        where = output.path or "not saved yet"
        unsaved = output.error and output.state is not OutputState.SAVED
        said = f" — {one_line(output.error or '')}" if unsaved else ""
        rows.append((f"Output {output.index + 1}", f"{where} ({output.state.label.lower()}){said}"))
    if task.retry_of:
        rows.append(("Retry of", task.retry_of))
    width = max(len(label) for label, _ in rows)
    return [f"{label.ljust(width)}  {value}" for label, value in rows]


# -- the account -----------------------------------------------------------------------------------


def _dollars(amount: float) -> str:
    return f"${amount * _CREDIT_DOLLARS:,.2f}"


def _limits_text(limits: ModelLimits) -> str:
    at_once = "no limit at once"
    if limits.max_concurrent is not None:
        at_once = f"{limits.max_concurrent:,} at once"
    daily = f"{limits.max_daily:,} a day" if limits.max_daily is not None else "no daily limit"
    return f"{at_once}, {daily}"


def balance_lines(org: Organization) -> list[str]:
    """The balance and tier as sentences: "100,000 credits ($1,000.00)", never "1e+06"."""
    if org.credit_balance is None:
        lines = ["Credit balance: not reported by Runway"]
    else:
        lines = [f"Credit balance: {credits(org.credit_balance)} credits ({_dollars(org.credit_balance)})"]
    if org.max_monthly_credit_spend is not None:
        spend = org.max_monthly_credit_spend
        lines.append(f"Monthly spending limit: {credits(spend)} credits ({_dollars(spend)})")
    if org.models:
        kinds = {(m.max_concurrent, m.max_daily) for m in org.models.values()}
        if len(kinds) == 1:
            lines.append(f"Per model: {_limits_text(next(iter(org.models.values())))}")
        else:
            rows = [(name, _limits_text(m)) for name, m in sorted(org.models.items())]
            lines += ["Per model:", *("  " + line for line in table(("MODEL", "LIMITS"), rows))]
        used = [(name, m) for name, m in sorted(org.models.items()) if m.daily_used]
        if used:
            parts = [
                f"{name} {m.daily_used:,}" + (f" of {m.max_daily:,}" if m.max_daily is not None else "")
                for name, m in used
            ]
            lines.append("Used today: " + ", ".join(parts))
        else:
            lines.append("Used today: nothing")
    return lines


def balance_json(org: Organization) -> dict[str, Any]:
    return {
        "credit_balance": org.credit_balance,
        "max_monthly_credit_spend": org.max_monthly_credit_spend,
        "models": {
            name: {"max_concurrent": m.max_concurrent, "max_daily": m.max_daily, "daily_used": m.daily_used}
            for name, m in sorted(org.models.items())
        },
    }
