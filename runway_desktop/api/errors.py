"""Typed errors of the Runway client, each with a sentence a person understands."""

from __future__ import annotations

import json
import re
from typing import Any

from runway_desktop.api.redact import redact_text

# "<field>: <reason>" as Runway words validation errors, e.g. "promptImage: Invalid input".
_FIELD_MESSAGE = re.compile(r"^\s*([A-Za-z_][\w.\[\]]*)\s*:\s*(.+)$", re.DOTALL)
_DAILY_LIMIT = re.compile(r"daily\b.*\blimit|limit\b.*\bdaily", re.IGNORECASE | re.DOTALL)
_BODY_TEXT_LIMIT = 2000


class RunwayError(Exception):
    """Anything that went wrong talking to Runway; `user_message` is fit for a person."""

    default_message = "Runway answered in an unexpected way."

    def __init__(
        self,
        user_message: str | None = None,
        *,
        status: int | None = None,
        server_message: str | None = None,
        body: Any = None,
    ) -> None:
        self.user_message = user_message or self.default_message
        self.status = status
        self.server_message = server_message
        self.body = body
        super().__init__(self.user_message)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, server_message={self.server_message!r}, "
            f"user_message={self.user_message!r})"
        )


class BadRequestError(RunwayError):
    """Runway refused the request as invalid (400/422); `field` names the culprit when known."""

    def __init__(self, user_message: str | None = None, *, field: str | None = None,
                 issues: tuple[dict[str, Any], ...] = (), **kwargs: Any) -> None:
        self.field = field
        self.issues = issues
        super().__init__(user_message, **kwargs)


class AuthenticationError(RunwayError):
    """The API key was missing, mistyped or revoked (401)."""

    default_message = "Runway rejected the API key. Check that it is typed correctly and not revoked."


class PermissionDeniedError(RunwayError):
    """The key is valid but may not do this (403), or an output link has expired."""

    default_message = "Runway refused access to this resource."


class NotFoundError(RunwayError):
    """The task or file does not exist (any more) (404)."""

    default_message = "Runway could not find it; it may have been deleted."


class RateLimitError(RunwayError):
    """Too many requests (429); `daily_limit` when the organization's daily quota is used up."""

    def __init__(self, user_message: str | None = None, *, retry_after: float | None = None,
                 daily_limit: bool = False, **kwargs: Any) -> None:
        self.retry_after = retry_after
        self.daily_limit = daily_limit
        super().__init__(user_message, **kwargs)


class ServerError(RunwayError):
    """Runway failed on its side (5xx) and the request was not accepted."""

    default_message = "Runway had a problem on its side. Try again in a moment."


class NetworkError(RunwayError):
    """The connection could not be made or was lost."""

    default_message = "Could not reach Runway. Check your internet connection."


class ApiTimeoutError(RunwayError):
    """Runway did not answer in time."""

    default_message = "Runway did not answer in time. Try again in a moment."


class OutcomeUnknownError(RunwayError):
    """A create call may or may not have created (and billed) a task; it is never re-sent."""

    default_message = (
        "The request reached Runway but no answer came back, so it is unknown whether the task was "
        "created. Check your Runway tasks before sending it again: a duplicate would be billed."
    )

    def __init__(self, user_message: str | None = None, *, cause: BaseException | None = None,
                 **kwargs: Any) -> None:
        self.cause = cause
        super().__init__(user_message, **kwargs)


class UploadError(RunwayError):
    """The upload to Runway's storage was refused."""

    default_message = "The file could not be uploaded to Runway's storage."


class InvalidResponseError(RunwayError):
    """A successful answer whose body could not be understood."""

    default_message = "Runway sent an answer that could not be read."


class ReplyUnreadable(InvalidResponseError):
    """A reply that is not what the API sends: not JSON, the wrong shape, a web page, cut short."""

    default_message = ("Runway's answer could not be read; a proxy or firewall may be answering in its "
                       "place. Try again later, or check the network settings.")


class ReplyTooLarge(ReplyUnreadable):
    """A reply far larger than any the API sends; reading stopped at `limit` bytes."""

    def __init__(self, user_message: str | None = None, *, limit: int = 0, **kwargs: Any) -> None:
        self.limit = limit
        super().__init__(user_message, **kwargs)


class ReplyTooSlow(ApiTimeoutError):
    """A reply that kept arriving (or not) past the time allowed for a whole exchange."""

    default_message = "Runway's answer did not finish arriving in time. Try again in a moment."


class UnexpectedRedirect(RunwayError):
    """The API answered with a redirect (3xx), which it never does: something else is answering."""

    default_message = ("Runway's address redirected elsewhere; a proxy or login page may be in the way. "
                       "Check the API base URL and the network settings.")


class UnexpectedStatus(RunwayError):
    """An HTTP status the API does not use."""


class UnsafeUrlError(RunwayError, ValueError):
    """An address from a reply that is not fetched: wrong scheme, control characters, too long, local."""

    default_message = "Runway gave an address that was not fetched because it is not a safe web address."

    def __init__(self, user_message: str | None = None, *, reason: str = "", **kwargs: Any) -> None:
        self.reason = reason
        super().__init__(user_message, **kwargs)


class InvalidTaskIdError(RunwayError, ValueError):
    """A task id that cannot be Runway's (empty, far too long, or with unsafe characters)."""

    default_message = "The task id is not a valid Runway task id."


class OutputTooLarge(RunwayError):
    """An output file beyond the size cap for its kind; the download stopped at `limit` bytes."""

    def __init__(self, user_message: str | None = None, *, limit: int = 0, **kwargs: Any) -> None:
        self.limit = limit
        super().__init__(user_message, **kwargs)


class OutputStalled(ApiTimeoutError):
    """An output download during which no byte arrived for the stall interval."""


class OutputTooSlow(ApiTimeoutError):
    """An output download slower than the least rate allowed for its size."""


class OutputIncomplete(NetworkError):
    """An output whose body ended before its announced length, on every attempt."""


class OutputNotMedia(RunwayError):
    """An output URL that answered with a web page or a data document instead of a media file."""


def parse_body(raw: bytes, secret: str | None = None) -> Any:
    """The error body as JSON when it is JSON, else as (truncated) text; the secret scrubbed."""
    text = redact_text(raw.decode("utf-8", "replace"), secret)
    try:
        return json.loads(text)
    except ValueError:
        return text[:_BODY_TEXT_LIMIT]


def server_message_of(body: Any) -> str | None:
    """The body's `error` member, the one human-readable explanation Runway sends."""
    if isinstance(body, dict):
        message = body.get("error") or body.get("message")
        if isinstance(message, str) and message.strip():
            return message.strip()
    return None


def _issues_of(body: Any) -> tuple[dict[str, Any], ...]:
    issues = body.get("issues") if isinstance(body, dict) else None
    return tuple(i for i in issues if isinstance(i, dict)) if isinstance(issues, list) else ()


def _field_of(message: str | None, issues: tuple[dict[str, Any], ...]) -> str | None:
    if message and (match := _FIELD_MESSAGE.match(message)):
        return match.group(1)
    for issue in issues:
        path = issue.get("path")
        if isinstance(path, list) and path:
            return ".".join(str(part) for part in path)
    return None


def is_daily_limit(message: str | None) -> bool:
    """True for Runway's "Your daily task limit has been reached." and its variants."""
    return bool(message and _DAILY_LIMIT.search(message))


def error_for_status(
    status: int,
    body: Any,
    *,
    what: str = "it",
    retry_after: float | None = None,
) -> RunwayError:
    """The typed error for an API answer with a non-success status."""
    message = server_message_of(body)
    said = f" Runway said: {message}" if message else ""
    common: dict[str, Any] = {"status": status, "server_message": message, "body": body}
    if status in (400, 422):
        issues = _issues_of(body)
        field = _field_of(message, issues)
        lead = f"Runway rejected the value of {field}." if field else "Runway rejected the request."
        return BadRequestError(f"{lead}{said}", field=field, issues=issues, **common)
    if status == 401:
        return AuthenticationError(f"{AuthenticationError.default_message}{said}", **common)
    if status == 403:
        return PermissionDeniedError(f"Runway refused access to {what}.{said}", **common)
    if status == 404:
        gone = "; it may have been deleted" if what.startswith("task") else ""
        return NotFoundError(f"Runway could not find {what}{gone}.{said}", **common)
    if status == 408:
        return ApiTimeoutError(f"{ApiTimeoutError.default_message}{said}", **common)
    if status == 429:
        daily = is_daily_limit(message)
        if daily:
            text = "Your organization's daily generation limit at Runway is used up; try again tomorrow."
        elif retry_after:
            text = f"Runway is limiting requests right now; try again in {retry_after:.0f} s."
        else:
            text = "Runway is limiting requests right now; try again in a moment."
        return RateLimitError(f"{text}{said}", retry_after=retry_after, daily_limit=daily, **common)
    if 500 <= status < 600:
        return ServerError(f"Runway had a problem on its side (HTTP {status}). Try again in a moment.{said}",
                           **common)
    if 300 <= status < 400:
        return UnexpectedRedirect(
            f"Runway's address answered with a redirect (HTTP {status}), which the API never sends; a proxy "
            f"or login page may be in the way. Check the API base URL and the network settings.{said}",
            **common)
    return UnexpectedStatus(f"Runway answered with unexpected HTTP status {status}. Try again later; if it "
                            f"persists, check the API base URL.{said}", **common)


def download_error_for_status(status: int, body: Any) -> RunwayError:
    """The typed error for an output URL that did not serve its file."""
    common: dict[str, Any] = {"status": status, "server_message": server_message_of(body), "body": body}
    if status in (403, 404, 410):
        cls = NotFoundError if status != 403 else PermissionDeniedError
        return cls(f"The output file is no longer available (HTTP {status}); its link has probably expired. "
                   "Fetching the task again gives fresh links.", **common)
    if status == 429:
        return RateLimitError(f"The output host is limiting downloads (HTTP {status}); try again soon.",
                              **common)
    if 500 <= status < 600:
        return ServerError(f"The output host had a problem (HTTP {status}). Try again in a moment.", **common)
    if 300 <= status < 400:
        return UnexpectedRedirect(f"The output host redirected too often or to an address without a location "
                                  f"(HTTP {status}). Fetching the task again gives fresh links.", **common)
    return UnexpectedStatus(f"The output file could not be downloaded (HTTP {status}). Try the download "
                            "again later.", **common)


def upload_error_for_status(status: int, body: Any) -> UploadError:
    """The typed error for a refused storage POST."""
    return UploadError(f"Runway's storage refused the upload (HTTP {status}).", status=status,
                       server_message=server_message_of(body), body=body)
