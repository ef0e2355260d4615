"""Runway's HTTP API as typed calls: RunwayClient, its results, its errors and its retry policy.

The names below are loaded on first use, so importing one light submodule (errors, redact)
does not also load httpx and the client: the window starts without them when no key is set.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from runway_desktop.api.base_url import DEFAULT_BASE_URL, checked_base_url
    from runway_desktop.api.client import RunwayClient
    from runway_desktop.api.errors import (
        ApiTimeoutError,
        AuthenticationError,
        BadRequestError,
        InvalidResponseError,
        InvalidTaskIdError,
        NetworkError,
        NotFoundError,
        OutcomeUnknownError,
        OutputIncomplete,
        OutputNotMedia,
        OutputStalled,
        OutputTooLarge,
        OutputTooSlow,
        PermissionDeniedError,
        RateLimitError,
        ReplyTooLarge,
        ReplyTooSlow,
        ReplyUnreadable,
        RunwayError,
        ServerError,
        UnexpectedRedirect,
        UnexpectedStatus,
        UnsafeUrlError,
        UploadError,
    )
    from runway_desktop.api.exchange import API_VERSION
    from runway_desktop.api.limits import WireLimits
    from runway_desktop.api.models import (
        CreatedTask,
        ModelLimits,
        Organization,
        TaskSnapshot,
        TaskStatus,
        Usage,
        UsageDay,
    )
    from runway_desktop.api.redact import SecretRedactor, install_redaction, redact_text
    from runway_desktop.api.retry import RetryPolicy
    from runway_desktop.api.urls import check_output_url, check_task_id, is_loopback_host

_HOMES = {
    "base_url": ("DEFAULT_BASE_URL", "checked_base_url"),
    "client": ("RunwayClient",),
    "errors": (
        "ApiTimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "InvalidResponseError",
        "InvalidTaskIdError",
        "NetworkError",
        "NotFoundError",
        "OutcomeUnknownError",
        "OutputIncomplete",
        "OutputNotMedia",
        "OutputStalled",
        "OutputTooLarge",
        "OutputTooSlow",
        "PermissionDeniedError",
        "RateLimitError",
        "ReplyTooLarge",
        "ReplyTooSlow",
        "ReplyUnreadable",
        "RunwayError",
        "ServerError",
        "UnexpectedRedirect",
        "UnexpectedStatus",
        "UnsafeUrlError",
        "UploadError",
    ),
    "exchange": ("API_VERSION",),
    "limits": ("WireLimits",),
    "models": (
        "CreatedTask", "ModelLimits", "Organization", "TaskSnapshot", "TaskStatus", "Usage", "UsageDay",
    ),
    "redact": ("SecretRedactor", "install_redaction", "redact_text"),
    "retry": ("RetryPolicy",),
    "urls": ("check_output_url", "check_task_id", "is_loopback_host"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CreatedTask",
    "InvalidResponseError",
    "InvalidTaskIdError",
    "ModelLimits",
    "NetworkError",
    "NotFoundError",
    "Organization",
    "OutcomeUnknownError",
    "OutputIncomplete",
    "OutputNotMedia",
    "OutputStalled",
    "OutputTooLarge",
    "OutputTooSlow",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplyTooLarge",
    "ReplyTooSlow",
    "ReplyUnreadable",
    "RetryPolicy",
    "RunwayClient",
    "RunwayError",
    "SecretRedactor",
    "ServerError",
    "TaskSnapshot",
    "TaskStatus",
    "UnexpectedRedirect",
    "UnexpectedStatus",
    "UnsafeUrlError",
    "UploadError",
    "Usage",
    "UsageDay",
    "WireLimits",
    "check_output_url",
    "check_task_id",
    "checked_base_url",
    "install_redaction",
    "is_loopback_host",
    "redact_text",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
