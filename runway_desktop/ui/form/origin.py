"""An admitted file learns which earlier take it is (from its embedded record or sidecar, in a thread)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from runway_desktop.core.intake.media import MediaOrigin
from runway_desktop.core.lineage import origin_of_file
from runway_desktop.ui.form.media_admission import Admitted

log = logging.getLogger(__name__)


async def with_origin(item: Admitted, given: MediaOrigin | None = None) -> Admitted:
    """`item` with its origin: the one given (from the queue), else the one the file names, if any.

    The hash is always the one of the bytes that will be sent, so the record says exactly what was used.
    """
    value = item.value
    digest = value.info.sha256 if value.info else None
    origin = given
    if origin is None and value.path:
        try:
            origin = await asyncio.to_thread(origin_of_file, value.path, digest)
        except Exception as exc:  # no origin is no reason to refuse the file
            log.info("no origin read from %s: %s", value.path, exc)
            origin = None
    if origin is None:
        return item
    return replace(item, value=replace(value, origin=replace(origin, sha256=digest or origin.sha256)))
