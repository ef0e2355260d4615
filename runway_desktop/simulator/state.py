"""The live state of one simulator, shared by its request handlers."""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from runway_desktop.core.catalogue.spec import Catalogue

from .config import SimConfig
from .faults import FaultInjector, parse_faults
from .media_refs import MediaResolver
from .organization import Organization
from .signing import UrlSigner
from .storage import UploadStore
from .tasks import TaskStore


@dataclass
class Stats:
    """Counters a test or a benchmark can read back from GET /_sim/stats."""

    requests: Counter[str] = field(default_factory=Counter)
    faults: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    creates: int = 0
    rejected_creates: int = 0
    uploads: int = 0
    deletes: int = 0
    downloads: int = 0


@dataclass
class SimState:
    """Everything a handler needs; one per server."""

    config: SimConfig
    catalogue: Catalogue
    organization: Organization
    tasks: TaskStore
    uploads: UploadStore
    resolver: MediaResolver
    url_signer: UrlSigner
    base_url: str = ""
    stats: Stats = field(default_factory=Stats)
    closing: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def faults(self) -> FaultInjector:
        return self.tasks.faults

    def set_faults(self, spec: str) -> FaultInjector:
        """Replace the fault plan (raises FaultSpecError for a bad SPEC; "" clears every fault)."""
        self.tasks.faults = FaultInjector(parse_faults(spec))
        return self.tasks.faults

    def stats_json(self) -> dict[str, Any]:
        stats = self.stats
        return {
            "creates": stats.creates,
            "task_ids": list(self.tasks.created_ids),
            "rejected_creates": stats.rejected_creates,
            "uploads": stats.uploads,
            "uploads_stored": self.uploads.completed,
            "deletes": stats.deletes,
            "downloads": stats.downloads,
            "requests": dict(stats.requests),
            "faults": {scope: dict(counts) for scope, counts in stats.faults.items()},
            "tasks": {
                status: self.tasks.count(status)
                for status in ("PENDING", "THROTTLED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED")
            },
            "credit_balance": self.organization.credit_balance,
            "finished_at": self.tasks.finish_times(),
        }


STATE: web.AppKey[SimState] = web.AppKey("simulator_state", SimState)
