"""What a failure in background work means for the user: its reason, whether trying again may
help, and the next step once the engine stops trying."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from runway_desktop.api.errors import (
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    InvalidResponseError,
    InvalidTaskIdError,
    NetworkError,
    NotFoundError,
    OutputNotMedia,
    OutputTooLarge,
    PermissionDeniedError,
    RateLimitError,
    RunwayError,
    ServerError,
    UnexpectedRedirect,
    UnsafeUrlError,
)
from runway_desktop.core.running.states import NextStep
from runway_desktop.core.storage.library import LibraryError, disk_error_message
from runway_desktop.failure_words import failure_reason, plain_reason

# However long a server asks to be left alone, a task is looked at again within this.
RETRY_AFTER_CAP = 60.0
_DETAIL_LIMIT = 300


@dataclass(frozen=True)
class Problem:
    """One failure, as the engine acts on it and the user reads it."""

    reason: str
    step: NextStep
    retry: bool  # another attempt may succeed (the engine still stops after a bounded number)
    wait: float | None = None  # the pause the server asked for, clamped


def clamp_wait(seconds: float | None, cap: float = RETRY_AFTER_CAP) -> float | None:
    """A server's Retry-After as a sane pause: never negative, never infinite, never above `cap`."""
    if seconds is None or not isinstance(seconds, int | float) or math.isnan(seconds):
        return None
    return min(max(float(seconds), 0.0), cap)


def unexpected(exc: BaseException, doing: str) -> str:
    """A sentence for an error nobody planned for (never a traceback)."""
    if plain_reason(exc) is not None:  # a common OS or network failure, worded for translation
        return f"{doing} failed unexpectedly ({failure_reason(exc)})."
    text = " ".join(str(exc).split())[:_DETAIL_LIMIT]
    return f"{doing} failed unexpectedly ({type(exc).__name__}{': ' + text if text else ''})."


def poll_problem(exc: Exception) -> Problem:
    """A failed GET of a task (404 is handled apart: the task is gone)."""
    match exc:
        case AuthenticationError() | PermissionDeniedError():  # 403: a key of another organization
            return Problem(exc.user_message, NextStep.REENTER_KEY, retry=False)
        case BadRequestError():
            return Problem(exc.user_message, NextStep.CONTACT_SUPPORT, retry=False)
        case RateLimitError():
            return Problem(
                exc.user_message, NextStep.CHECK_AGAIN, retry=True, wait=clamp_wait(exc.retry_after)
            )
        case NetworkError() | ApiTimeoutError():
            return Problem(exc.user_message, NextStep.CHECK_CONNECTION, retry=True)
        case ServerError():
            return Problem(exc.user_message, NextStep.CHECK_AGAIN, retry=True)
        case InvalidResponseError():
            return Problem(
                f"Runway's replies about this task could not be read: {exc.user_message}",
                NextStep.CHECK_AGAIN,
                retry=True,
            )
        case UnexpectedRedirect():  # a proxy or login page in the way: asking again meets it again
            return Problem(exc.user_message, NextStep.CHECK_CONNECTION, retry=False)
        case InvalidTaskIdError():
            return Problem(exc.user_message, NextStep.CHECK_AT_RUNWAY, retry=False)
        case RunwayError():
            return Problem(exc.user_message, NextStep.CONTACT_SUPPORT, retry=True)
    return Problem(unexpected(exc, "Checking on the task"), NextStep.CONTACT_SUPPORT, retry=False)


def download_problem(exc: Exception, folder: str) -> Problem:
    """A failed fetch or save of one output (expired links are renewed before this is asked)."""
    match exc:
        case LibraryError():
            return Problem(exc.message, exc.step, retry=exc.retry)
        case OutputNotMedia():  # a proxy's page: the same answer on every attempt
            reason = f"The output is not a media file, so it was not saved: {exc.user_message}"
            return Problem(reason, NextStep.CHECK_CONNECTION, retry=False)
        case OutputTooLarge() | UnsafeUrlError():
            return Problem(
                f"The output was not saved: {exc.user_message}", NextStep.CONTACT_SUPPORT, retry=False
            )
        case NotFoundError() | PermissionDeniedError():
            return Problem(
                "The output link expired and Runway gave no fresh one; Runway may have deleted the task.",
                NextStep.DOWNLOAD_AGAIN,
                retry=False,
            )
        case RateLimitError():
            return Problem(
                f"Downloading failed: {exc.user_message}",
                NextStep.DOWNLOAD_AGAIN,
                retry=True,
                wait=clamp_wait(exc.retry_after),
            )
        case NetworkError() | ApiTimeoutError():
            return Problem(f"Downloading failed: {exc.user_message}", NextStep.CHECK_CONNECTION, retry=True)
        case RunwayError():
            return Problem(f"Downloading failed: {exc.user_message}", NextStep.DOWNLOAD_AGAIN, retry=True)
        case OSError():
            return Problem(disk_error_message(exc, Path(folder)), NextStep.CHOOSE_LIBRARY_FOLDER, retry=True)
        case ValueError():
            return Problem(
                f"The output link cannot be used: {' '.join(str(exc).split())[:_DETAIL_LIMIT]}",
                NextStep.CONTACT_SUPPORT,
                retry=False,
            )
    return Problem(unexpected(exc, "Saving the output"), NextStep.DOWNLOAD_AGAIN, retry=False)
