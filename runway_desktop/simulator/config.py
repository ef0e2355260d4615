"""Everything that shapes one simulator instance, in one dataclass."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

API_VERSION = "2024-11-06"
MiB = 1024 * 1024


@dataclass
class SimConfig:
    """How the offline Runway behaves; the defaults mirror the real service."""

    host: str = "127.0.0.1"
    port: int = 0
    # Simulated run times are divided by this: 200 makes a 90 s generation take under half a second.
    speed: float = 1.0
    # Lenient mode checks only the JSON shape and the model name (for tests that send placeholders).
    lenient: bool = False
    faults: str = ""
    # Signed output URLs stop working after this many seconds.
    url_ttl: float = 86400.0
    # None accepts any bearer token; a key accepts only that one.
    api_key: str | None = None
    # Uploads and rendered outputs; None means a temporary folder removed when the server stops.
    data_dir: str | None = None
    # runway:// URIs from ephemeral uploads stay valid this long.
    upload_ttl: float = 86400.0
    upload_min_bytes: int = 512
    upload_max_bytes: int = 200 * MiB
    # A presigned storage POST must arrive within this many seconds of POST /v1/uploads.
    presign_ttl: float = 3600.0
    data_uri_max_bytes: int = 5 * MiB
    # How long a `slow` fault holds the answer: past the SDK's 60 s read timeout.
    slow_delay: float = 65.0
    # Wall clock (seconds since the epoch) for createdAt, URL and upload expiry; tests inject their own.
    clock: Callable[[], float] = field(default=time.time)
    render_workers: int = 2
    credit_balance: int = 100_000
    max_monthly_credit_spend: int = 1_000_000
    # Per model: this many tasks run at once, more wait THROTTLED.
    max_concurrent_generations: int | None = 2
    # Per model and UTC day: create calls beyond this answer 429.
    max_daily_generations: int | None = 500
    # Seconds (before dividing by speed) a task stays PENDING, and the length of a throttle-fault phase.
    pending_seconds: float = 2.0
    throttle_seconds: float = 10.0

    def __post_init__(self) -> None:
        if self.speed <= 0:
            raise ValueError(f"speed must be greater than 0, got {self.speed}")
        if self.url_ttl <= 0:
            raise ValueError(f"url_ttl must be greater than 0 seconds, got {self.url_ttl}")
        if self.upload_min_bytes > self.upload_max_bytes:
            raise ValueError("upload_min_bytes must not exceed upload_max_bytes")
