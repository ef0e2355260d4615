"""Runway's HTTP API as typed calls: RunwayClient, its results, its errors and its retry policy."""

from runway_desktop.api.client import DEFAULT_BASE_URL, RunwayClient, checked_base_url
from runway_desktop.api.errors import (
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RunwayError,
    ServerError,
    UploadError,
)
from runway_desktop.api.exchange import API_VERSION, is_loopback_host
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

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CreatedTask",
    "InvalidResponseError",
    "ModelLimits",
    "NetworkError",
    "NotFoundError",
    "Organization",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "RunwayClient",
    "RunwayError",
    "SecretRedactor",
    "ServerError",
    "TaskSnapshot",
    "TaskStatus",
    "UploadError",
    "Usage",
    "UsageDay",
    "checked_base_url",
    "install_redaction",
    "is_loopback_host",
    "redact_text",
]
