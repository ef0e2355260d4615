"""Saving an httpx response body to a file: the download path for injected transports and SOCKS proxies.

Bounded like the thread path: a size cap, a stall interval, a deadline that grows with the bytes
received, and a body shorter than announced is a fault worth another attempt.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import httpx

from runway_desktop.api.errors import OutputNotMedia
from runway_desktop.api.inflate import BoundedInflater, EncodingError
from runway_desktop.api.limits import WireLimits
from runway_desktop.api.output_checks import (
    announced_length,
    incomplete,
    refuse_headers,
    stalled,
    too_large,
    too_slow,
)


async def stream_to_file(response: httpx.Response, dest: Path,
                         progress: Callable[[int, int | None], None] | None, chunk_size: int, *,
                         cap: int, limits: WireLimits) -> int:
    """Write the body to `dest` in batches of `chunk_size`; returns the bytes written."""
    host = response.url.host
    refuse_headers(response.headers, cap, host)
    total = announced_length(response.headers)
    loop = asyncio.get_running_loop()
    start = last_byte = loop.time()
    received = written = 0
    handle = await asyncio.to_thread(dest.open, "wb")
    # One batch is written in a thread while the next one arrives, so the socket and the disk work at
    # once (waiting for each write cost a third of the throughput).
    writing: asyncio.Task[int] | None = None
    batch = bytearray()

    async def flush() -> None:
        nonlocal writing, written, batch
        if writing is not None:
            written += await writing
            writing = None
            if progress:
                progress(written, total)
        if batch:
            writing = asyncio.ensure_future(asyncio.to_thread(handle.write, batch))
            batch = bytearray()

    try:
        async with asyncio.timeout(None) as pace:

            def rearm() -> None:
                pace.reschedule(min(last_byte + limits.stall_seconds,
                                    start + limits.download_deadline(received, chunk_size)))

            rearm()
            try:
                inflater = BoundedInflater(response.headers.get("content-encoding", ""))
                async for raw in response.aiter_raw():
                    chunk = inflater.feed(raw, cap + 1 - received)
                    received += len(chunk)
                    last_byte = loop.time()
                    if received > cap:
                        raise too_large(cap, host)
                    batch += chunk
                    if len(batch) >= chunk_size:
                        await flush()
                    rearm()
            except EncodingError as exc:
                raise OutputNotMedia(f"The output host ({host}) sent {exc.reason}, not a media file. Try the "
                                     "download again later.", status=200) from exc
            except httpx.ReadTimeout as exc:
                raise stalled(host, round(loop.time() - last_byte, 1)) from exc
            except httpx.RemoteProtocolError as exc:
                if total is not None and received < total:
                    raise incomplete(host, received, total) from exc
                raise
            await flush()  # hands over the last batch
            await flush()  # and waits for its write
    except TimeoutError as exc:  # the pace above: silent for the stall interval, or too slow overall
        now = loop.time()
        if now - last_byte >= limits.stall_seconds * 0.99:
            raise stalled(host, limits.stall_seconds) from exc
        raise too_slow(host, received, now - start) from exc
    finally:
        if writing is not None:  # a thread cannot be stopped: let its write end before closing
            await asyncio.wait([writing])
            if not writing.cancelled():
                writing.exception()  # retrieved: the error that got us here is the one to report
        await asyncio.to_thread(handle.close)
    return written
