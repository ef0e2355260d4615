"""Fetching one output's bytes from its URL into the library's partial file, then handing it over.

The URL is checked before anything is sent: https (http only to the local simulator on
loopback), a sane length, no control characters or spaces, a host. The network part ends
with the bytes on disk; the library decides whether they are kept and under what name.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.tasks import OutputFile, TaskRecord
from runway_desktop.core.storage.library import Library

MAX_URL_LENGTH = 4096
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class OutputLinkRefused(Exception):
    """An output URL that is not fetched at all; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def output_url_problem(url: str | None) -> str | None:
    """Why `url` must not be fetched, or None when it may be."""
    if not url:
        return "Runway gave no link for this output"
    if len(url) > MAX_URL_LENGTH:
        return f"the link is {len(url):,} characters long"
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        return "the link contains spaces or control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return "the link is not a valid URL"
    if parts.scheme not in ("https", "http"):
        return f"links starting with {parts.scheme or 'no scheme'}: are not fetched"
    if not host:
        return "the link names no host"
    if parts.scheme == "http" and host not in _LOOPBACK:
        return "the link is not https"
    if parts.username or parts.password:
        return "the link carries a user name or password"
    return None


async def fetch_output(
    client: RunwayApi, library: Library, task: TaskRecord, output: OutputFile
) -> OutputFile:
    """Download one output and have the library keep it; raises on any failure, leaving no partial file."""
    problem = output_url_problem(output.url)
    if problem is not None or output.url is None:
        raise OutputLinkRefused(f"The output was not downloaded: {problem}.")
    part = await library.prepare(task, output.index)
    try:
        size = await client.download(output.url, part)
    except BaseException:
        await library.discard(part)
        raise
    return await library.commit(task, output, part, size)
