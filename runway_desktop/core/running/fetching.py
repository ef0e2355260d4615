"""Fetching one output's bytes from its URL into the library's partial file, then handing it over.

The URL is checked before anything is sent (`api.urls.check_output_url`: https, or http to the
simulator on loopback; a sane length; no control characters, credentials or missing host). The
network part ends with the bytes on disk; the library decides whether they are kept and how named.
"""

from __future__ import annotations

from runway_desktop.api.urls import check_output_url
from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.tasks import OutputFile, TaskRecord
from runway_desktop.core.storage.library import Library


async def fetch_output(
    client: RunwayApi, library: Library, task: TaskRecord, output: OutputFile
) -> OutputFile:
    """Download one output and have the library keep it; raises on any failure, leaving no partial file."""
    url = check_output_url(output.url)
    part = await library.prepare(task, output.index)
    try:
        size = await client.download(url, part)
    except BaseException:
        await library.discard(part)
        raise
    return await library.commit(task, output, part, size)
