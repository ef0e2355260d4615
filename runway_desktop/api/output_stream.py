"""Saving an httpx response body to a file: the download path for injected transports and SOCKS proxies."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import httpx


async def stream_to_file(response: httpx.Response, dest: Path,
                         progress: Callable[[int, int | None], None] | None, chunk_size: int) -> int:
    """Write the body to `dest` in batches of `chunk_size`; returns the bytes written."""
    length = response.headers.get("content-length", "")
    total = int(length) if length.isdigit() else None
    written = 0
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
        async for chunk in response.aiter_bytes():
            batch += chunk
            if len(batch) >= chunk_size:
                await flush()
        await flush()  # hands over the last batch
        await flush()  # and waits for its write
    finally:
        if writing is not None:  # a thread cannot be stopped: let its write end before closing
            await asyncio.wait([writing])
            if not writing.cancelled():
                writing.exception()  # retrieved: the error that got us here is the one to report
        await asyncio.to_thread(handle.close)
    return written
