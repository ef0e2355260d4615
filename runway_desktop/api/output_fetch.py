"""Fetching an output file: one blocking GET on a thread of its own, read straight into a large buffer.

httpx reads a response 64 KiB at a time and hands each piece through the event loop, which caps a
download at about half of what the link and the disk can do. Output hosts are not the API (no key,
no version header), so their files are fetched with the standard library instead: the socket is
read into a 1 MiB buffer and written to disk on the same thread, and the event loop only hears of
progress. The proxies are the environment's, as for httpx; SOCKS proxies, which the standard library
cannot speak, leave the caller on its httpx path (`direct_proxies` says so).

Every fetch is bounded: only http(s) is spoken and every redirect target is checked; the size is capped;
each socket read waits at most the stall interval; and a watchdog on the loop stops a fetch that is
slower than its size allows, headers included (the socket is shut down from the loop's side).
"""

from __future__ import annotations

import asyncio
import functools
import http.client
import socket
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import httpx

from runway_desktop.api.errors import RunwayError
from runway_desktop.api.exchange import ERROR_BODY_LIMIT, USER_AGENT, Refused, TransportFault
from runway_desktop.api.limits import WireLimits
from runway_desktop.api.output_checks import (
    announced_length,
    incomplete,
    refuse_headers,
    stalled,
    too_large,
    too_slow,
)
from runway_desktop.api.urls import check_output_url, is_loopback_host
from runway_desktop.failure_words import failure_reason

Progress = Callable[[int, int | None], None]


class Stopped(Exception):
    """The download was abandoned (its coroutine was cancelled); the thread stops at the next read."""


def direct_proxies(url: str, proxies: dict[str, str]) -> dict[str, str] | None:
    """The proxy map the standard library should use for `url`, or None if it cannot (a SOCKS proxy).

    Loopback hosts never go through a proxy, as with the API client; ALL_PROXY covers both schemes.
    """
    parsed = httpx.URL(url)
    if is_loopback_host(parsed.host):
        return {}
    chosen = {scheme: proxy for scheme in ("http", "https")
              if (proxy := proxies.get(scheme) or proxies.get("all"))}
    if any(not proxy.lower().startswith(("http://", "https://")) for proxy in chosen.values()):
        return None
    return chosen


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """httpx's trust settings (certifi), so both download paths accept the same certificates.

    Made once, on a download thread: loading the CA bundle takes tens of milliseconds with the GIL held.
    """
    return httpx.create_ssl_context()


OnConnect = Callable[[socket.socket], None]


class _WatchedHTTP(http.client.HTTPConnection):
    """A connection that hands its socket over once connected, so a stop can shut it down mid-headers."""

    def __init__(self, *args: Any, on_connect: OnConnect, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_connect = on_connect

    def connect(self) -> None:
        super().connect()
        self._on_connect(self.sock)


class _WatchedHTTPS(http.client.HTTPSConnection):
    """As _WatchedHTTP, over TLS."""

    def __init__(self, *args: Any, on_connect: OnConnect, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_connect = on_connect

    def connect(self) -> None:
        super().connect()
        self._on_connect(self.sock)


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, on_connect: OnConnect) -> None:
        super().__init__()
        self._on_connect = on_connect

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(cast(Any, _WatchedHTTP), req, on_connect=self._on_connect)


class _HTTPS(urllib.request.HTTPSHandler):
    """HTTPS with `_tls_context()`, made only when an https URL is first opened (never for http)."""

    def __init__(self, on_connect: OnConnect) -> None:
        super().__init__()
        self._on_connect = on_connect

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(cast(Any, _WatchedHTTPS), req, context=_tls_context(),
                            on_connect=self._on_connect)


class _CheckedRedirect(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to an address that passes `check_output_url` (raises UnsafeUrlError)."""

    max_redirections = 5

    def __init__(self, api_base: str | None) -> None:
        super().__init__()
        self._api_base = api_base

    def http_error_302(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any
                       ) -> Any:
        # Judged here, before urllib's own scheme check, so every refused target reads the same way.
        location = headers.get("location") or headers.get("uri")
        if location:
            check_output_url(urllib.parse.urljoin(req.full_url, location), self._api_base)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(proxies: dict[str, str], api_base: str | None, on_connect: OnConnect
            ) -> urllib.request.OpenerDirector:
    """http and https only: no file:, ftp: or data: handler exists to be reached, even by a redirect."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(proxies), urllib.request.UnknownHandler(), _HTTP(on_connect),
                    _HTTPS(on_connect), urllib.request.HTTPDefaultErrorHandler(), _CheckedRedirect(api_base),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


class OutputFetch:
    """One attempt at saving `url` into `dest`; `run` blocks (call it on its own thread), `stop` does not."""

    def __init__(self, url: str, dest: Path, *, proxies: dict[str, str], limits: WireLimits, cap: int,
                 buffer_size: int, timeout: float | None = None, api_base: str | None = None,
                 progress: Progress | None = None) -> None:
        self.url = url
        self._dest = dest
        self._limits = limits
        # Each socket operation (connect, every read) waits at most this long: longer is a stall.
        self._wait = min(timeout or limits.stall_seconds, limits.stall_seconds)
        self._cap = cap
        self.buffer_size = max(buffer_size, 64 * 1024)
        self._progress = progress
        self._host = httpx.URL(url).host
        self._opener = _opener(proxies, api_base, self._attach)
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._stopped = False
        self._expired: TransportFault | None = None
        self.received = 0  # read by the watchdog on the loop

    def run(self) -> int | Refused:
        """GET and save; returns the bytes written, or the host's refusal.

        Raises TransportFault for network trouble, RunwayError for a refused body, OSError for trouble
        with `dest`, Stopped after `stop`.
        """
        request = urllib.request.Request(self.url, headers={"User-Agent": USER_AGENT})
        try:
            response = self._opener.open(request, timeout=self._wait)
        except RunwayError:
            raise
        except urllib.error.HTTPError as refusal:
            with refusal:
                return Refused(refusal.code, httpx.Headers(list(refusal.headers.items())),
                               _read_quietly(refusal))
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise self._stopped_or(_fault(exc)) from exc
        with response:
            try:
                return self._save(response)
            finally:
                self._detach()

    def stop(self) -> None:
        """Abandon the download: a read waiting on a silent socket is woken by shutting the socket down."""
        with self._lock:
            self._stopped = True
            self._shutdown()

    def expire(self, fault: TransportFault) -> None:
        """Stop the download because it broke a limit; `run` raises `fault`."""
        with self._lock:
            self._expired = fault
            self._shutdown()

    def _shutdown(self) -> None:  # under the lock
        if self._socket is None:
            return
        try:
            # The socket object, not its descriptor number: once closed it refuses (EBADF) instead of
            # reaching whatever reused the number. The plain socket's shutdown leaves TLS state alone.
            socket.socket.shutdown(self._socket, socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: the read ends on its own

    def _save(self, response: http.client.HTTPResponse) -> int:
        headers = httpx.Headers(list(response.headers.items()))
        refuse_headers(headers, self._cap, self._host)
        total = announced_length(headers)
        buffer = memoryview(bytearray(self.buffer_size))
        written = 0
        with self._dest.open("wb") as out:  # an OSError here or in write is the disk's, and is raised as is
            while True:
                try:
                    count = response.readinto(buffer)
                except (OSError, http.client.HTTPException) as exc:
                    raise self._stopped_or(self._body_fault(exc, written, total)) from exc
                if self._stopped or self._expired:
                    raise self._stopped_or(stalled(self._host, self._wait))
                if not count:
                    break
                if written + count > self._cap:
                    raise too_large(self._cap, self._host)
                out.write(buffer[:count])
                written += count
                self.received = written
                if self._progress is not None:
                    self._progress(written, total)
        if total is not None and written != total:  # http.client raises IncompleteRead; this is a backstop
            raise incomplete(self._host, written, total)
        return written

    def _attach(self, sock: socket.socket) -> None:
        with self._lock:
            if self._stopped or self._expired:
                sock.close()
                raise self._stopped_or(stalled(self._host, self._wait))
            self._socket = sock

    def _detach(self) -> None:
        with self._lock:
            self._socket = None

    def _stopped_or(self, fault: TransportFault) -> Exception:
        if self._stopped:
            return Stopped()
        return self._expired or fault

    def _body_fault(self, exc: BaseException, received: int, total: int | None) -> TransportFault:
        """A read of the body failed: cut short, silent for the stall interval, or lost."""
        if isinstance(exc, http.client.IncompleteRead):
            return incomplete(self._host, received + len(exc.partial), total)
        if total is not None and isinstance(exc, ConnectionError):
            return incomplete(self._host, received, total)
        if isinstance(exc, TimeoutError):
            return stalled(self._host, self._wait)
        return _fault(exc)


async def fetch_in_thread(fetch_for: Callable[[Progress | None], OutputFetch], progress: Progress | None,
                          limits: WireLimits) -> int | Refused:
    """Run one OutputFetch on a thread of its own; its progress is delivered on the event loop.

    A thread per download, not the loop's executor: a large file would hold an executor thread for
    minutes and starve the short file operations queued behind it. Cancelling stops the thread; so
    does the watchdog here when the download is slower than `limits` allow for what it has received.
    """
    loop = asyncio.get_running_loop()
    relay = _ProgressRelay(loop, progress) if progress is not None else None
    fetch = fetch_for(relay.report if relay is not None else None)
    future: asyncio.Future[int | Refused] = loop.create_future()

    def settle(result: int | Refused | None, error: BaseException | None) -> None:
        def deliver() -> None:
            if future.done():  # cancelled meanwhile
                return
            if error is not None:
                future.set_exception(error)
            elif result is not None:
                future.set_result(result)

        try:
            loop.call_soon_threadsafe(deliver)
        except RuntimeError:
            pass  # the loop has closed: nobody is waiting any more

    def work() -> None:
        try:
            result = fetch.run()
        except Exception as exc:  # re-raised in the awaiting coroutine
            settle(None, exc)
        else:
            settle(result, None)

    threading.Thread(target=work, name="output download", daemon=True).start()
    start = loop.time()
    tick = min(1.0, limits.download_floor_seconds / 4)
    try:
        while not future.done():
            await asyncio.wait([future], timeout=tick)
            elapsed = loop.time() - start
            if not future.done() and elapsed > limits.download_deadline(fetch.received, fetch.buffer_size):
                fault = too_slow(httpx.URL(fetch.url).host, fetch.received, elapsed)
                fetch.expire(fault)
                await asyncio.wait([future], timeout=max(1.0, tick))  # the thread ends at its next read
                if not future.done():
                    future.cancel()  # a thread stuck before its socket exists: let it end on its own
                    raise fault
        return future.result()
    except asyncio.CancelledError:
        fetch.stop()
        raise


class _ProgressRelay:
    """Hands progress from the download thread to the loop, at most one delivery queued at a time."""

    def __init__(self, loop: asyncio.AbstractEventLoop, progress: Progress) -> None:
        self._loop = loop
        self._progress = progress
        self._latest: tuple[int, int | None] = (0, None)
        self._queued = False

    def report(self, written: int, total: int | None) -> None:  # on the download thread
        self._latest = (written, total)
        if not self._queued:
            self._queued = True
            try:
                self._loop.call_soon_threadsafe(self._deliver)
            except RuntimeError:
                pass

    def _deliver(self) -> None:  # on the loop; reads the latest figures, so none is ever stale
        self._queued = False
        self._progress(*self._latest)


def _fault(exc: BaseException) -> TransportFault:
    reason = getattr(exc, "reason", None)
    timed_out = isinstance(exc, TimeoutError) or isinstance(reason, TimeoutError)
    before_sending = isinstance(exc, urllib.error.URLError) and isinstance(
        reason, ConnectionRefusedError | socket.gaierror | ssl.SSLError)
    return TransportFault(_describe(exc), timed_out=timed_out, before_sending=before_sending, retryable=True)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc.reason, str):
        exc = exc.reason if isinstance(exc.reason, BaseException) else exc
    if isinstance(exc, http.client.IncompleteRead):
        return "the file ended early"
    return failure_reason(exc)[:200]


def _read_quietly(refusal: urllib.error.HTTPError) -> bytes:
    try:
        return refusal.read(ERROR_BODY_LIMIT)
    except (OSError, http.client.HTTPException):
        return b""
