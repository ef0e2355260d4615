"""The organization: credit balance, per-model tier limits, daily counts, the usage ledger and run slots."""

from __future__ import annotations

import asyncio
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .config import SimConfig
from .issues import Issue

_USAGE_KEYS = ("startDate", "beforeDate")
_DEFAULT_WINDOW = timedelta(days=30)
_MAX_WINDOW = timedelta(days=90)


class LimitReached(Exception):
    """A create call the organization cannot take: `status` and `message` are the answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Organization:
    """Credits and limits as GET /v1/organization reports them; charges and refunds go to the ledger."""

    def __init__(self, config: SimConfig, model_ids: Iterable[str]) -> None:
        self._config = config
        self._clock: Callable[[], float] = config.clock
        self.models = tuple(dict.fromkeys(model_ids))
        self.credit_balance = config.credit_balance
        self._daily: dict[tuple[date, str], int] = defaultdict(int)
        self._ledger: dict[tuple[date, str], int] = defaultdict(int)

    def today(self) -> date:
        return datetime.fromtimestamp(self._clock(), UTC).date()

    def admit(self, model: str, credits: int) -> None:
        """Take a new task: count it and reserve its estimated cost, or raise LimitReached."""
        limit = self._config.max_daily_generations
        if limit is not None and self._daily[(self.today(), model)] >= limit:
            raise LimitReached(429, "Your daily task limit has been reached.")
        if credits > self.credit_balance:
            raise LimitReached(
                400,
                f"You do not have enough credits to run this task: it needs up to {credits} credits "
                f"and the organization has {self.credit_balance}.",
            )
        self._daily[(self.today(), model)] += 1
        self.credit_balance -= credits
        self._ledger[(self.today(), model)] += credits

    def refund(self, model: str, credits: int, day: date | None = None) -> None:
        """Give back reserved credits, on the ledger day they were taken (so usage nets to the cost)."""
        if credits:
            self.credit_balance += credits
            self._ledger[(day or self.today(), model)] -= credits

    def snapshot(self) -> dict[str, Any]:
        concurrent, daily = self._config.max_concurrent_generations, self._config.max_daily_generations
        today = self.today()
        return {
            "creditBalance": self.credit_balance,
            "tier": {
                "maxMonthlyCreditSpend": self._config.max_monthly_credit_spend,
                "models": {
                    m: {"maxConcurrentGenerations": concurrent, "maxDailyGenerations": daily}
                    for m in self.models
                },
            },
            "usage": {
                "models": {m: {"dailyGenerations": self._daily.get((today, m), 0)} for m in self.models}
            },
        }

    def usage(self, body: Any, *, lenient: bool = False) -> dict[str, Any]:
        """POST /v1/organization/usage: credits used per day and model; raises UsageError with issues.

        Lenient mode checks the body's shape (an object of known string fields) but not its dates:
        a date that does not parse falls back to the default window, an empty window reports nothing.
        """
        start, before = self._window(body, lenient)
        days: dict[date, list[dict[str, Any]]] = defaultdict(list)
        models: list[str] = []
        for (day, model), amount in sorted(self._ledger.items()):
            if start <= day < before:
                days[day].append({"model": model, "amount": amount})
                if model not in models:
                    models.append(model)
        return {
            "models": models,
            "results": [{"date": day.isoformat(), "usedCredits": used} for day, used in sorted(days.items())],
            "apiKeys": None,
            "resultsByApiKey": None,
        }

    def _window(self, body: Any, lenient: bool) -> tuple[date, date]:
        if body is None:
            body = {}
        if not isinstance(body, dict):
            raise UsageError([Issue("invalid_type", (), "request body must be a JSON object")])
        issues = [
            Issue("unrecognized_keys", (key,), f"unknown field; accepted fields: {', '.join(_USAGE_KEYS)}")
            for key in body
            if key not in _USAGE_KEYS
        ]
        parsed: dict[str, date] = {}
        for key in _USAGE_KEYS:
            if key in body:
                value = body[key]
                if lenient and not isinstance(value, str):
                    issues.append(Issue("invalid_type", (key,), f"expected a string, received {value!r}"))
                    continue
                try:
                    if not isinstance(value, str) or len(value) != 10:
                        raise ValueError
                    parsed[key] = date.fromisoformat(value)
                except ValueError:
                    if not lenient:
                        issues.append(
                            Issue("invalid_string", (key,), f"must be a date as YYYY-MM-DD, got {value!r}")
                        )
        if issues:
            raise UsageError(issues)
        # The default 30-day window ends with today (beforeDate is exclusive), so today's usage shows.
        start = parsed.get("startDate", self.today() - _DEFAULT_WINDOW + timedelta(days=1))
        before = parsed.get("beforeDate", start + _DEFAULT_WINDOW)
        if lenient:
            return start, before
        if before <= start:
            raise UsageError([Issue("custom", ("beforeDate",), "must be after startDate")])
        if before - start > _MAX_WINDOW:
            raise UsageError([Issue("custom", ("beforeDate",), "must be at most 90 days after startDate")])
        return start, before


class UsageError(ValueError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(issues[0].text)
        self.issues = issues


class RunSlots:
    """Per-model concurrency: at most N tasks of one model run at once; the rest wait in order."""

    def __init__(self, limit: int | None) -> None:
        self._limit = limit
        self._running: dict[str, int] = defaultdict(int)
        self._waiting: dict[str, deque[asyncio.Future[None]]] = defaultdict(deque)

    def try_acquire(self, model: str) -> bool:
        if self._limit is None or (self._running[model] < self._limit and not self._waiting[model]):
            self._running[model] += 1
            return True
        return False

    async def acquire(self, model: str) -> None:
        """Wait for a slot (call after try_acquire failed); cancellation leaves the queue cleanly."""
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting[model].append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release(model)  # the slot was handed over just as we were cancelled
            else:
                self._waiting[model].remove(waiter)
            raise

    def release(self, model: str) -> None:
        queue = self._waiting[model]
        while queue:
            waiter = queue.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the slot passes straight to the next task in line
                return
        self._running[model] -= 1

    def running(self, model: str) -> int:
        return self._running[model]
