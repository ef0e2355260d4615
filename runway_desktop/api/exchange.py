"""Sending one logical request: headers by destination, retries by kind, failures as typed errors."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import urllib.request
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from runway_desktop import __version__
from runway_desktop.api import errors
from runway_desktop.api.errors import (
    ApiTimeoutError,
    NetworkError,
    OutcomeUnknownError,
    ReplyTooLarge,
    ReplyTooSlow,
    ReplyUnreadable,
    RunwayError,
    UnexpectedRedirect,
    UnsafeUrlError,
)
from runway_desktop.api.inflate import ACCEPTED_ENCODINGS, BoundedInflater, EncodingError
from runway_desktop.api.limits import WireLimits
from runway_desktop.api.multipart import StreamedForm
from runway_desktop.api.redact import redact_text
from runway_desktop.api.retry import (
    Repeat,
    RetryPolicy,
    clamp_retry_after,
    error_is_retryable,
    error_was_before_sending,
    status_is_retryable,
)
from runway_desktop.api.urls import is_loopback_host
from runway_desktop.failure_words import plain_reason

__all__ = ["API_VERSION", "Call", "Exchange", "Refused", "TransportFault", "is_loopback_host"]

API_VERSION = "2024-11-06"
USER_AGENT = f"RunwayDesktop/{__version__}"
ERROR_BODY_LIMIT = 64 * 1024  # an HTML error page need not be read whole
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_CHECK_URL = "runway_desktop.check_url"
DUPLICATE_WARNING = "Check your Runway tasks before sending it again: a duplicate would be billed."

log = logging.getLogger("runway_desktop.api")
T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """One logical request, however many times it is sent."""

    method: str
    url: str
    repeat: Repeat
    place: str  # "api", "storage" or "output": who answers, for headers and error wording
    what: str = "it"
    content: bytes | None = None
    form: StreamedForm | None = None
    check_url: Callable[[str], object] | None = None  # judges every address the call goes to, redirects too


@dataclass(frozen=True)
class Refused:
    """An answer that is not a success: its status, headers and the start of its body."""

    status: int
    headers: Mapping[str, str]
    body: bytes


class TransportFault(Exception):
    """A request that failed in transit, described well enough to decide whether to send it again.

    `final` is the typed error to raise when no attempt is left; without it one is made from `reason`.
    """

    def __init__(self, reason: str, *, timed_out: bool, before_sending: bool, retryable: bool,
                 final: RunwayError | None = None) -> None:
        super().__init__(reason)
        self.reason = reason  # already free of the key: it goes into user-facing messages
        self.timed_out = timed_out
        self.before_sending = before_sending  # the server cannot have seen any of the request
        self.retryable = retryable  # sending it again might work
        self.final = final

    @property
    def kind(self) -> str:
        cause = self.__cause__
        return type(cause).__name__ if cause is not None else "TransportFault"


class Exchange:
    """Sends Calls over one httpx.AsyncClient; only "api" calls carry the key and version."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        api_key: str,
        retry: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]],
        rng: random.Random,
        proxies: dict[str, str],
        limits: WireLimits | None = None,
    ) -> None:
        self._http = http
        self.limits = limits or WireLimits()
        self._secret = api_key
        self._api_headers = {"Authorization": f"Bearer {api_key}", "X-Runway-Version": API_VERSION}
        self.retry = retry
        self._sleep = sleep
        self._rng = rng
        self._proxies = proxies

    async def run(self, call: Call, consume: Callable[[httpx.Response], Awaitable[T]]) -> T:
        """Send `call`, retrying as its kind allows, and hand a successful response to `consume`."""

        async def attempt() -> T | Refused:
            form_body = call.form.body() if call.form is not None else None
            sent_bytes = len(call.content or b"") + (call.form.content_length if call.form is not None else 0)
            # One deadline for the whole exchange, except an output's body, which its reader paces.
            deadline = self.limits.exchange_seconds(sent_bytes)
            try:
                async with asyncio.timeout(deadline) as limit:
                    response = await self._http.send(
                        self._request(call, form_body), stream=True, follow_redirects=call.place == "output"
                    )
                    try:
                        if response.is_success:
                            if call.place == "output":
                                limit.reschedule(None)
                            return await consume(response)
                        return Refused(response.status_code, response.headers, await _read_limited(response))
                    finally:
                        await response.aclose()
            except TimeoutError as exc:  # only the deadline above raises the builtin TimeoutError here
                raise self._late(call, deadline) from exc
            except httpx.RequestError as exc:
                raise self._fault(call, exc) from exc
            except httpx.InvalidURL as exc:  # the call's own URL was checked: this is a redirect's
                raise UnsafeUrlError(f"{_where(call)} redirected to an address that is not a valid URL, "
                                     "so it was not fetched.", reason="malformed redirect") from exc
            finally:
                if form_body is not None:
                    await form_body.aclose()

        return await self.attempts(call, attempt)

    async def attempts(self, call: Call, attempt: Callable[[], Awaitable[T | Refused]]) -> T:
        """Make `attempt` until it succeeds, as often as `call`'s kind allows; failures become typed errors.

        `attempt` sends the request once: it returns the result, a `Refused` answer, or raises a
        `TransportFault`. Any other exception (a disk error while saving, say) ends the call as it is.
        """
        label = _label(call)
        retries = 0
        while True:
            number = retries + 1
            try:
                outcome = await attempt()
            except TransportFault as fault:
                log.debug("%s %s failed: %s (attempt %d)", call.method, label, fault.kind, number)
                if call.repeat is Repeat.CREATE and not fault.before_sending:
                    raise self._outcome_unknown(call, fault) from fault
                if number < self.retry.max_attempts and fault.retryable:
                    await self._pause(label, self.retry.backoff(retries, self._rng))
                    retries += 1
                    continue
                raise self._transport_error(call, fault) from fault
            if not isinstance(outcome, Refused):
                log.debug("%s %s -> success (attempt %d)", call.method, label, number)
                return outcome
            log.debug("%s %s -> %d (attempt %d)", call.method, label, outcome.status, number)
            body = errors.parse_body(outcome.body, self._secret)
            error = self._status_error(call, outcome.status, body, outcome.headers)
            if number < self.retry.max_attempts and _may_resend(call, error, outcome.headers):
                await self._pause(label, self.retry.delay(retries, self._rng, outcome.headers))
                retries += 1
                continue
            raise error

    def _request(self, call: Call, form_body: Any) -> httpx.Request:
        # Outputs are media, never worth compressing; replies are inflated by BoundedInflater only.
        headers = {"Accept-Encoding": "identity" if call.place == "output" else ACCEPTED_ENCODINGS}
        if call.place == "api":
            headers.update(self._api_headers)
            headers["Accept"] = "*/*" if call.method == "DELETE" else "application/json"
            if call.content is not None:
                headers["Content-Type"] = "application/json"
        extensions = {_CHECK_URL: call.check_url} if call.check_url is not None else None
        if call.form is not None:
            headers.update(call.form.headers)
            return self._http.build_request(call.method, call.url, headers=headers, content=form_body,
                                            extensions=extensions)
        return self._http.build_request(call.method, call.url, headers=headers, content=call.content,
                                        extensions=extensions)

    def _fault(self, call: Call, exc: httpx.RequestError) -> TransportFault:
        worded = plain_reason(exc)
        original = redact_text(str(exc), self._secret)[:200] or type(exc).__name__
        if worded is not None:  # people read the worded reason (in their language); the log keeps this
            log.info("%s: %s (%s)", _where(call), original, type(exc).__name__)
        reason = worded or original
        final: RunwayError | None = None
        if isinstance(exc, httpx.DecodingError):
            final = ReplyUnreadable(f"{_where(call)} sent an answer that could not be decoded ({reason}). "
                                    "Try again later.")
        elif isinstance(exc, httpx.TooManyRedirects):
            final = UnexpectedRedirect(f"{_where(call)} redirected too many times. Try again later.")
        return TransportFault(
            reason,
            timed_out=isinstance(exc, httpx.TimeoutException),
            before_sending=isinstance(exc, httpx.TransportError) and error_was_before_sending(exc),
            retryable=_retryable_error(exc, call.repeat),
            final=final,
        )

    def _late(self, call: Call, seconds: float) -> TransportFault:
        what = "an answer" if call.place != "output" else "the headers of the file"
        return TransportFault(
            f"no complete answer within {seconds:.0f} s", timed_out=True, before_sending=False,
            retryable=True,
            final=ReplyTooSlow(f"{_where(call)} did not finish sending {what} within {seconds:.0f} s. "
                               "Try again in a moment; if it persists, check the network settings."))

    def json_reader(self, what: str) -> Callable[[httpx.Response], Awaitable[Any]]:
        """A `consume` reading a JSON reply of at most `limits.json_max_bytes`; else ReplyUnreadable."""

        async def read(response: httpx.Response) -> Any:
            raw = await read_capped(response, self.limits.json_max_bytes, what)
            return decode_json(raw, response.headers.get("content-type", ""), what, self._secret)

        return read

    async def _pause(self, label: str, delay: float) -> None:
        log.debug("%s: retrying in %.2f s", label, delay)
        await self._sleep(delay)

    def _status_error(self, call: Call, status: int, body: Any, headers: Mapping[str, str]) -> RunwayError:
        if call.place == "storage":
            return errors.upload_error_for_status(status, body)
        if call.place == "output":
            return errors.download_error_for_status(status, body)
        wait = clamp_retry_after(headers, self.retry.max_retry_after) if status == 429 else None
        wait = wait if wait is not None and wait > 0 else None
        error = errors.error_for_status(status, body, what=call.what, retry_after=wait)
        if call.repeat is Repeat.CREATE and status >= 500 and status not in (502, 503):
            return OutcomeUnknownError(
                f"Runway failed (HTTP {status}) after receiving the request, so it is unknown whether "
                f"the task was created. {DUPLICATE_WARNING}",
                status=status, server_message=error.server_message, body=body, cause=error,
            )
        return error

    def _transport_error(self, call: Call, fault: TransportFault) -> RunwayError:
        if fault.final is not None:
            return fault.final
        url = httpx.URL(call.url)
        where = {"api": "Runway", "storage": "Runway's storage"}.get(call.place, "the output host")
        where = f"{where} ({url.host})"
        if fault.timed_out:
            return ApiTimeoutError(f"{where} did not answer in time. Try again in a moment.")
        proxy = None
        if not is_loopback_host(url.host):
            proxy = f"{url.scheme.upper()}_PROXY" if self._proxies.get(url.scheme) else (
                "ALL_PROXY" if self._proxies.get("all") else None)
        advice = "Check your internet connection"
        advice += f" and the proxy settings ({proxy} is set)." if proxy else "."
        return NetworkError(f"Could not reach {where}, or the connection was lost ({fault.reason}). {advice}")

    def _outcome_unknown(self, call: Call, fault: TransportFault) -> OutcomeUnknownError:
        happened = "Runway did not answer in time" if fault.timed_out else "The connection to Runway was lost"
        return OutcomeUnknownError(
            f"{happened} after the request was sent, so it is unknown whether the task was created. "
            f"{DUPLICATE_WARNING}",
            cause=self._transport_error(call, fault),
        )

    @property
    def proxies(self) -> dict[str, str]:
        """The environment's proxies by scheme ("http", "https", "all"); empty when a transport was given."""
        return dict(self._proxies)


def environment_proxies() -> dict[str, str]:
    """The proxies httpx will use, by scheme ("http", "https", "all"), as urllib reads them."""
    return {k: v for k, v in urllib.request.getproxies().items() if k in ("http", "https", "all") and v}


def _may_resend(call: Call, error: RunwayError, headers: Mapping[str, str]) -> bool:
    if isinstance(error, errors.RateLimitError) and error.daily_limit:
        return False  # a daily quota does not reset within any backoff
    return error.status is not None and status_is_retryable(error.status, headers, call.repeat)


def _retryable_error(exc: httpx.RequestError, repeat: Repeat) -> bool:
    # Redirect loops and undecodable answers are not transport trouble; sending again cannot help.
    return isinstance(exc, httpx.TransportError) and error_is_retryable(exc, repeat)


def _label(call: Call) -> str:
    """What a log line names: the path, plus the host off the API; never the query (it holds signatures)."""
    url = httpx.URL(call.url)
    return url.path if call.place == "api" else f"{url.host}{url.path}"


async def _read_limited(response: httpx.Response) -> bytes:
    """An error body, read only so far: an HTML error page need not be swallowed whole."""
    body = bytearray()
    try:
        inflater = BoundedInflater(response.headers.get("content-encoding", ""))
        async for raw in response.aiter_raw():
            body += inflater.feed(raw, ERROR_BODY_LIMIT - len(body))
            if len(body) >= ERROR_BODY_LIMIT:
                break
    except EncodingError:
        pass  # the status says enough; an undecodable explanation is left out
    return bytes(body[:ERROR_BODY_LIMIT])


async def check_each_hop(request: httpx.Request) -> None:
    """An httpx request hook: a redirect's target must pass its call's `check_url` before it is sent."""
    check = request.extensions.get(_CHECK_URL)
    if check is not None:
        check(str(request.url))


def _where(call: Call) -> str:
    where = {"api": "Runway", "storage": "Runway's storage"}.get(call.place, "The output host")
    return f"{where} ({httpx.URL(call.url).host})"


async def read_capped(response: httpx.Response, limit: int, what: str) -> bytes:
    """The whole body when it is at most `limit` bytes (after decoding), else ReplyTooLarge."""
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > limit:
        raise _too_large(what, limit, int(length))
    body = bytearray()
    try:
        inflater = BoundedInflater(response.headers.get("content-encoding", ""))
        async for raw in response.aiter_raw():
            body += inflater.feed(raw, limit + 1 - len(body))
            if len(body) > limit:
                raise _too_large(what, limit, None)
    except EncodingError as exc:
        raise ReplyUnreadable(f"Runway's answer about {what} came in {exc.reason}. Try again later; if it "
                              "persists, check the network settings.", status=200) from exc
    return bytes(body)


def _too_large(what: str, limit: int, announced: int | None) -> ReplyTooLarge:
    size = f"{announced:,} bytes" if announced is not None else f"more than {limit:,} bytes"
    return ReplyTooLarge(
        f"Runway's answer about {what} was far too large ({size}; at most {limit:,} are read), so it was not "
        "read. A proxy or a faulty server may be answering in Runway's place; try again later.",
        limit=limit, status=200)


def decode_json(raw: bytes, content_type: str, what: str, secret: str | None = None) -> Any:
    """The JSON value of a reply body, or ReplyUnreadable saying what came instead."""
    try:
        if raw.strip():
            return json.loads(raw)
    except (ValueError, RecursionError):
        pass
    text = redact_text(raw[:ERROR_BODY_LIMIT].decode("utf-8", "replace"), secret)
    kind = content_type.split(";", 1)[0].strip().lower()
    if not raw.strip():
        found = "was empty"
    elif kind in _PAGE_TYPES or text.lstrip()[:1] == "<":
        found = "was a web page, not the API's data; a proxy or login page may be answering in Runway's place"
    else:
        found = "was not valid JSON"
    raise ReplyUnreadable(f"Runway's answer about {what} {found}. Try again later; if it persists, check the "
                          "network settings and the API base URL.", status=200, body=text[:2000])


async def discard(response: httpx.Response) -> None:
    """Read and drop a little of the body: the answer's status is all that matters."""
    await _read_limited(response)
