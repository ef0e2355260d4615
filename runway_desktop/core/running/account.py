"""The organization behind a key: its credit balance and tier, or why they could not be read."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from runway_desktop.api.errors import ApiTimeoutError, AuthenticationError, NetworkError, RunwayError

CHECK_TIMEOUT = 20.0
# Only the variables' names are ever shown: their values may hold proxy credentials.
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


@dataclass(frozen=True)
class AccountCheck:
    """What Settings → Test shows: the balance and tier, or a clear reason."""

    ok: bool
    balance: float | None = None
    tier_text: str = ""
    message: str = ""
    reason: str = ""  # "", "invalid-key", "network", "timeout", "invalid-input", "error"


def credits_text(credits: float) -> str:
    """'12,345 credits ($123.45)': a Runway credit costs one cent."""
    return f"{credits:,.0f} credits (${credits * 0.01:,.2f})"


def _tier_text(org: Any) -> str:
    parts = []
    if org.max_monthly_credit_spend is not None:
        parts.append(f"up to {org.max_monthly_credit_spend:,.0f} credits a month")
    if org.models:
        parts.append(f"{len(org.models)} models available")
    return "Tier: " + ", ".join(parts) if parts else ""


def _proxy_hint(environ: dict[str, str] | os._Environ[str]) -> str:
    names = [name for name in PROXY_VARIABLES if environ.get(name)]
    if not names:
        return ""
    return (
        f" A proxy is set in the environment ({', '.join(dict.fromkeys(n.upper() for n in names))}); "
        "check that it is running and allows this address."
    )


async def check_client(client: Any, environ: Any = None) -> AccountCheck:
    """Ask the organization endpoint through an existing client; never raises for Runway errors."""
    host = urlparse(getattr(client, "base_url", "")).netloc or "Runway"
    try:
        org = await client.organization()
    except AuthenticationError:
        return AccountCheck(
            False,
            message=f"{host} rejected this API key (401): check that it is copied in full and not revoked.",
            reason="invalid-key",
        )
    except ApiTimeoutError:
        return AccountCheck(
            False,
            message=f"{host} did not answer in time. Check your connection and try again."
            + _proxy_hint(environ if environ is not None else os.environ),
            reason="timeout",
        )
    except NetworkError as exc:
        return AccountCheck(
            False,
            message=f"Could not reach {host}: {exc.user_message}"
            + _proxy_hint(environ if environ is not None else os.environ),
            reason="network",
        )
    except RunwayError as exc:
        return AccountCheck(False, message=exc.user_message, reason="error")
    balance = org.credit_balance
    message = f"The key works. Balance: {credits_text(balance)}." if balance is not None else "The key works."
    return AccountCheck(True, balance=balance, tier_text=_tier_text(org), message=message)


async def check_key(
    base_url: str, key: str, *, timeout: float = CHECK_TIMEOUT, environ: Any = None
) -> AccountCheck:
    """Build a short-lived client for `key` at `base_url` and ask for the organization."""
    # Loaded here, not at start-up: the status bar imports this module before any key exists.
    import httpx

    from runway_desktop.api.client import RunwayClient
    from runway_desktop.api.retry import RetryPolicy

    # A person pressing Test waits for the answer: one retry at most, soon.
    retry = RetryPolicy(max_attempts=2, base=0.5, cap=1.0)
    try:
        client = RunwayClient(
            key, base_url, timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), retry=retry
        )
    except ValueError as exc:  # an empty or malformed key, or an unusable base URL
        return AccountCheck(False, message=str(exc), reason="invalid-input")
    try:
        return await asyncio.wait_for(check_client(client, environ), timeout + 5.0)
    except TimeoutError:
        return AccountCheck(False, message=f"No answer from {base_url} in time.", reason="timeout")
    finally:
        await client.aclose()
