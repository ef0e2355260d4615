"""Typed results of the Runway API, parsed leniently: odd JSON never crashes, it degrades to None."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


class TaskStatus(enum.Enum):
    """A task's state; UNKNOWN keeps a status this client has never heard of from crashing it."""

    PENDING = "PENDING"
    THROTTLED = "THROTTLED"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def from_wire(cls, raw: Any) -> TaskStatus:
        """The status for a wire string; the misspelling CANCELED must never pass for a live task."""
        text = str(raw).strip().upper() if isinstance(raw, str) else ""
        if text == "CANCELED":
            return cls.CANCELLED
        try:
            status = cls(text)
        except ValueError:
            return cls.UNKNOWN
        return status


FAILURE_TEXT_LIMIT = 2000
FAILURE_CODE_LIMIT = 100
MAX_OUTPUTS = 64  # Runway's tasks have a handful; a reply listing more is not a task

LIVE_STATUSES = frozenset({TaskStatus.PENDING, TaskStatus.THROTTLED, TaskStatus.RUNNING})
TERMINAL_STATUSES = frozenset({TaskStatus.SUCCEEDED, TaskStatus.FAILED, TaskStatus.CANCELLED})


@dataclass(frozen=True)
class CreatedTask:
    """The answer to a create call."""

    id: str
    estimated_credits: float | None = None


@dataclass(frozen=True)
class TaskSnapshot:
    """One observation of a task (GET /v1/tasks/{id})."""

    id: str
    status: TaskStatus
    raw_status: str
    created_at: datetime | None = None
    progress: float | None = None
    outputs: tuple[str, ...] = ()
    failure: str | None = None
    failure_code: str | None = None
    estimated_credits: float | None = None
    cost_credits: float | None = None

    @property
    def is_live(self) -> bool:
        """Runway is still working on it (PENDING, THROTTLED or RUNNING)."""
        return self.status in LIVE_STATUSES

    @property
    def is_terminal(self) -> bool:
        """It will not change any more (SUCCEEDED, FAILED or CANCELLED); UNKNOWN is neither."""
        return self.status in TERMINAL_STATUSES


@dataclass(frozen=True)
class ModelLimits:
    """Per-model limits of the organization's tier and today's use; None means no limit."""

    max_concurrent: int | None = None
    max_daily: int | None = None
    daily_used: int = 0


@dataclass(frozen=True)
class Organization:
    """Credit balance and limits (GET /v1/organization)."""

    credit_balance: float | None = None
    max_monthly_credit_spend: float | None = None
    models: dict[str, ModelLimits] = field(default_factory=dict)


@dataclass(frozen=True)
class UsageDay:
    """Credits used on one UTC day, per model (negative when refunds exceeded charges)."""

    date: date
    credits_by_model: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Usage:
    """Credit usage over a date range (POST /v1/organization/usage)."""

    models: tuple[str, ...] = ()
    days: tuple[UsageDay, ...] = ()


@dataclass(frozen=True)
class UploadTicket:
    """Where and how to POST a file for an ephemeral upload (POST /v1/uploads)."""

    runway_uri: str
    upload_url: str
    fields: tuple[tuple[str, str], ...] = ()


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def _number(value: Any) -> float | None:
    """A finite JSON number (bools are not numbers), else None; ints stay ints."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value if math.isfinite(value) else None


def _count(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None else None


def _credits(value: Any) -> float | None:
    return _number(_dict(value).get("credits"))


def _datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _failure_text(value: Any) -> str | None:
    if isinstance(value, dict):  # not Runway's shape, but a stray object should still read well
        value = value.get("message") or value.get("reason")
    return _text(value)


def parse_created(data: Any) -> CreatedTask | None:
    """The created task, or None when the answer holds no task id."""
    data = _dict(data)
    task_id = _text(data.get("id"))
    if task_id is None:
        return None
    credits = _credits(data.get("estimatedCost"))
    if credits is None:  # the model-router endpoints nest it under "routing"
        credits = _credits(_dict(data.get("routing")).get("estimatedCost"))
    return CreatedTask(id=task_id, estimated_credits=credits)


def _clipped(text: str | None, limit: int) -> str | None:
    """A server's text, cut to `limit` characters: it is stored and shown, never a megabyte of it."""
    return text if text is None or len(text) <= limit else text[: limit - 1] + "…"


def _fraction(value: Any) -> float | None:
    number = _number(value)
    return None if number is None else min(max(float(number), 0.0), 1.0)


def parse_task(data: Any, fallback_id: str) -> TaskSnapshot:
    """A task snapshot from whatever JSON came back; `fallback_id` when the answer lacks one."""
    data = _dict(data)
    raw_status = data.get("status")
    outputs = data.get("output")
    return TaskSnapshot(
        id=_text(data.get("id")) or fallback_id,
        status=TaskStatus.from_wire(raw_status),
        raw_status=raw_status[:40] if isinstance(raw_status, str) else "",
        created_at=_datetime(data.get("createdAt")),
        progress=_fraction(data.get("progress")),
        outputs=tuple(o for o in outputs if isinstance(o, str) and o) if isinstance(outputs, list) else (),
        failure=_clipped(_failure_text(data.get("failure")), FAILURE_TEXT_LIMIT),
        failure_code=_clipped(_text(data.get("failureCode")), FAILURE_CODE_LIMIT),
        estimated_credits=_credits(data.get("estimatedCost")),
        cost_credits=_credits(data.get("cost")),
    )


def parse_organization(data: Any) -> Organization:
    """The organization's balance, tier limits and today's use per model."""
    data = _dict(data)
    tier = _dict(data.get("tier"))
    limits = _dict(tier.get("models"))
    used = _dict(_dict(data.get("usage")).get("models"))
    models = {
        name: ModelLimits(
            max_concurrent=_count(_dict(limits.get(name)).get("maxConcurrentGenerations")),
            max_daily=_count(_dict(limits.get(name)).get("maxDailyGenerations")),
            daily_used=_count(_dict(used.get(name)).get("dailyGenerations")) or 0,
        )
        for name in (*limits, *(n for n in used if n not in limits))
    }
    return Organization(
        credit_balance=_number(data.get("creditBalance")),
        max_monthly_credit_spend=_number(tier.get("maxMonthlyCreditSpend")),
        models=models,
    )


def _usage_day(item: Any) -> UsageDay | None:
    item = _dict(item)
    try:
        day = date.fromisoformat(str(item.get("date", ""))[:10])
    except ValueError:
        return None
    credits: dict[str, int] = {}
    used = item.get("usedCredits")
    for entry in used if isinstance(used, list) else ():
        entry = _dict(entry)
        model, amount = _text(entry.get("model")), _count(entry.get("amount"))
        if model is not None and amount is not None:
            credits[model] = credits.get(model, 0) + amount
    return UsageDay(date=day, credits_by_model=credits)


def parse_usage(data: Any) -> Usage:
    """Credit usage per day and model."""
    data = _dict(data)
    models = data.get("models")
    results = data.get("results")
    days = (_usage_day(item) for item in (results if isinstance(results, list) else ()))
    return Usage(
        models=tuple(m for m in models if isinstance(m, str)) if isinstance(models, list) else (),
        days=tuple(d for d in days if d is not None),
    )


def parse_upload_ticket(data: Any) -> UploadTicket | None:
    """The presigned storage POST of an upload, or None when the answer lacks it."""
    data = _dict(data)
    runway_uri, upload_url = _text(data.get("runwayUri")), _text(data.get("uploadUrl"))
    if runway_uri is None or upload_url is None:
        return None
    fields = tuple((str(k), str(v)) for k, v in _dict(data.get("fields")).items() if v is not None)
    return UploadTicket(runway_uri=runway_uri, upload_url=upload_url, fields=fields)
