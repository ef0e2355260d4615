"""Fetching an output file: one blocking GET on a thread of its own, read straight into a large buffer.

httpx reads a response 64 KiB at a time and hands each piece through the event loop, which caps a
download at about half of what the link and the disk can do. Output hosts are not the API (no key,
no version header), so their files are fetched with the standard library instead: the socket is
read into a 1 MiB buffer and written to disk on the same thread, and the event loop only hears of
progress. The proxies are the environment's, as for httpx; SOCKS proxies, which the standard library
cannot speak, leave the caller on its httpx path (`direct_proxies` says so).
"""

from __future__ import annotations

import asyncio
import functools
import http.client
import os
import socket
import ssl
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import httpx

from runway_desktop.api.exchange import (
    ERROR_BODY_LIMIT,
    USER_AGENT,
    Refused,
    TransportFault,
    is_loopback_host,
)

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
    chosen = {scheme: proxies.get(scheme) or proxies.get("all") for scheme in ("http", "https")}
    chosen = {scheme: proxy for scheme, proxy in chosen.items() if proxy}
    if any(not proxy.lower().startswith(("http://", "https://")) for proxy in chosen.values()):
        return None
    return chosen


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """httpx's trust settings (certifi), so both download paths accept the same certificates.

    Made once, on a download thread: loading the CA bundle takes tens of milliseconds with the GIL held.
    """
    return httpx.create_ssl_context()


class _TrustingHTTPS(urllib.request.HTTPSHandler):
    """HTTPS with `_tls_context()`, made only when an https URL is first opened (never for http)."""

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(http.client.HTTPSConnection, req, context=_tls_context())


class OutputFetch:
    """One attempt at saving `url` into `dest`; `run` blocks (call it on its own thread), `stop` does not."""

    def __init__(self, url: str, dest: Path, *, proxies: dict[str, str], timeout: float, buffer_size: int,
                 progress: Progress | None = None) -> None:
        self._url = url
        self._dest = dest
        self._timeout = timeout
        self._buffer_size = max(buffer_size, 64 * 1024)
        self._progress = progress
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler(proxies), _TrustingHTTPS())
        self._lock = threading.Lock()
        self._socket_fd: int | None = None
        self._stopped = False

    def run(self) -> int | Refused:
        """GET and save; returns the bytes written, or the host's refusal.

        Raises TransportFault for network trouble, OSError for trouble with `dest`, Stopped after `stop`.
        """
        request = urllib.request.Request(self._url, headers={"User-Agent": USER_AGENT})
        try:
            response = self._opener.open(request, timeout=self._timeout)
        except urllib.error.HTTPError as refusal:
            with refusal:
                return Refused(refusal.code, httpx.Headers(list(refusal.headers.items())),
                               _read_quietly(refusal))
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise _fault(exc) from exc
        with response:
            self._attach(response.fileno())
            try:
                return self._save(response)
            finally:
                self._detach()

    def stop(self) -> None:
        """Abandon the download: a read waiting on a silent socket is woken by shutting the socket down."""
        with self._lock:
            self._stopped = True
            if self._socket_fd is None:
                return
            try:
                # A duplicate descriptor of the same socket: shutting it down ends the other thread's recv.
                with socket.socket(fileno=os.dup(self._socket_fd)) as duplicate:
                    duplicate.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the peer: the read ends on its own

    def _save(self, response: http.client.HTTPResponse) -> int:
        length = response.headers.get("Content-Length", "")
        total = int(length) if length.isdigit() else None
        buffer = memoryview(bytearray(self._buffer_size))
        written = 0
        with self._dest.open("wb") as out:  # an OSError here or in write is the disk's, and is raised as is
            while True:
                try:
                    count = response.readinto(buffer)
                except (OSError, http.client.HTTPException) as exc:
                    raise self._stopped_or(_fault(exc)) from exc
                if self._stopped:
                    raise Stopped
                if not count:
                    break
                out.write(buffer[:count])
                written += count
                if self._progress is not None:
                    self._progress(written, total)
        if total is not None and written != total:  # http.client raises IncompleteRead; this is a backstop
            raise _fault(http.client.IncompleteRead(b"", total - written))
        return written

    def _attach(self, fd: int) -> None:
        with self._lock:
            if self._stopped:
                raise Stopped
            self._socket_fd = fd

    def _detach(self) -> None:
        # Under the lock: `stop` must never shut down a descriptor number that was closed and reused.
        with self._lock:
            self._socket_fd = None

    def _stopped_or(self, fault: TransportFault) -> Exception:
        return Stopped() if self._stopped else fault


async def fetch_in_thread(fetch_for: Callable[[Progress | None], OutputFetch], progress: Progress | None
                          ) -> int | Refused:
    """Run one OutputFetch on a thread of its own; its progress is delivered on the event loop.

    A thread per download, not the loop's executor: a large file would hold an executor thread for
    minutes and starve the short file operations queued behind it. Cancelling stops the thread.
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
            else:
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
    try:
        return await future
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
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return (text or type(exc).__name__)[:200]


def _read_quietly(refusal: urllib.error.HTTPError) -> bytes:
    try:
        return refusal.read(ERROR_BODY_LIMIT)
    except (OSError, http.client.HTTPException):
        return b""
