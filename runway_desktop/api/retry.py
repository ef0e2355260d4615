"""When a failed request may be sent again, and how long to wait first."""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

# Statuses worth another try for a request that is safe to repeat.
RETRYABLE_STATUSES = frozenset({408, 409, 429})
# Statuses that prove a create call was not accepted: rejected (429) or load shed (502, 503).
CREATE_RESENDABLE_STATUSES = frozenset({429, 502, 503})
# Failures that happen before any byte of the request reached the server.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
)
# Failures of our own making: sending again cannot help.
_HOPELESS_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)


class Repeat(enum.Enum):
    """Whether a request may be sent twice without harm."""

    SAFE = "safe"  # reads, deletes, upload tickets, storage POSTs, downloads
    CREATE = "create"  # a billable create call: re-sent only when it cannot have been accepted


@dataclass(frozen=True)
class RetryPolicy:
    """Attempts (the first one included) and exponential backoff with full jitter."""

    max_attempts: int = 5
    base: float = 0.5
    cap: float = 8.0
    max_retry_after: float = 60.0  # a server-given wait longer than this is cut to it

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError(f"RetryPolicy.max_attempts must be at least 1, not {self.max_attempts}")
        if self.base < 0 or self.cap < 0 or self.max_retry_after < 0:
            raise ValueError(f"RetryPolicy delays must not be negative (base={self.base}, cap={self.cap})")

    def backoff(self, retries_taken: int, rng: random.Random) -> float:
        """Full jitter: uniform(0, min(cap, base·2^retries_taken))."""
        ceiling = min(self.cap, self.base * 2 ** min(retries_taken, 64))
        return rng.uniform(0.0, ceiling)

    def delay(self, retries_taken: int, rng: random.Random, headers: Mapping[str, str] | None = None
              ) -> float:
        """The server's wish (at most `max_retry_after`) when it states one, else the jittered backoff."""
        wanted = clamp_retry_after(headers, self.max_retry_after) if headers is not None else None
        if wanted is not None and wanted > 0:
            return wanted
        return self.backoff(retries_taken, rng)


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks us to wait: `retry-after-ms`, else `Retry-After` as seconds or HTTP date.

    None when absent or unreadable (garbage, NaN); a date in the past is 0; the value may be huge or
    infinite: callers clamp it with `clamp_retry_after`.
    """
    millis = _finite_or_inf(headers.get("retry-after-ms"))
    if millis is not None:
        return max(0.0, millis / 1000.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _finite_or_inf(value)
    if seconds is not None:
        return max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def clamp_retry_after(headers: Mapping[str, str], limit: float) -> float | None:
    """The server's wait within [0, limit], or None when it states none."""
    wanted = retry_after_seconds(headers)
    return None if wanted is None else min(wanted, limit)


def _finite_or_inf(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return None if math.isnan(value) else value


def _server_says(headers: Mapping[str, str]) -> bool | None:
    value = headers.get("x-should-retry", "").strip().lower()
    return True if value == "true" else False if value == "false" else None


def status_is_retryable(status: int, headers: Mapping[str, str], repeat: Repeat) -> bool:
    """May a request answered with `status` be sent again?"""
    says = _server_says(headers)
    if says is False:
        return False
    if repeat is Repeat.CREATE:
        # `x-should-retry: true` cannot make a possibly-accepted create safe to repeat.
        return status in CREATE_RESENDABLE_STATUSES
    if says is True:
        return True
    return status in RETRYABLE_STATUSES or 500 <= status < 600


def error_was_before_sending(exc: httpx.TransportError) -> bool:
    """True when the request cannot have reached the server."""
    return isinstance(exc, NOT_SENT_ERRORS)


def error_is_retryable(exc: httpx.TransportError, repeat: Repeat) -> bool:
    """May a request that failed with `exc` be sent again?"""
    if isinstance(exc, _HOPELESS_ERRORS):
        return False
    if repeat is Repeat.CREATE:
        return error_was_before_sending(exc)
    return True
