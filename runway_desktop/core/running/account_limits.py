"""Reading the account's limits for the gate: the tier (GET /v1/organization) and this month's use."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from runway_desktop.api.errors import RunwayError
from runway_desktop.core.running.gate import Gate, tier_from
from runway_desktop.core.running.problems import unexpected

log = logging.getLogger(__name__)


async def read_account_limits(client: Any, gate: Gate, clock: Callable[[], float]) -> bool:
    """Give `gate` the per-model limits and the monthly cap with this month's use; False if unreadable.

    A client without these calls (a scripted one) leaves the gate without account limits.
    """
    read = getattr(client, "organization", None)
    if read is None:
        return False
    try:
        organization = await read()
    except Exception as exc:
        reason = exc.user_message if isinstance(exc, RunwayError) else unexpected(exc, "Reading limits")
        log.warning("the account's limits could not be read: %s", reason)
        return False
    gate.set_tier(tier_from(organization))
    cap = getattr(organization, "max_monthly_credit_spend", None)
    gate.set_month(cap, await _month_used(client, clock) if cap is not None else None)
    return True


async def _month_used(client: Any, clock: Callable[[], float]) -> float | None:
    """Credits used since the 1st of this UTC month (POST /v1/organization/usage), or None."""
    read = getattr(client, "usage", None)
    if read is None:
        return None
    today = datetime.fromtimestamp(clock(), UTC).date()
    try:
        usage = await read(today.replace(day=1), today + timedelta(days=1))
    except Exception as exc:
        log.warning("this month's usage could not be read: %r", exc)
        return None
    return float(sum(sum(day.credits_by_model.values()) for day in usage.days))
