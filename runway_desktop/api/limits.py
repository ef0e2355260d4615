"""How much and how long the client accepts from a server: every reply and download is bounded."""

from __future__ import annotations

from dataclasses import dataclass, field

MB = 1 << 20
GB = 1 << 30

# Far above any real output (Runway's videos are tens of MB); a file beyond these is not media.
DEFAULT_OUTPUT_CAPS = {"video": 4 * GB, "image": 200 * MB, "audio": 1 * GB}


@dataclass(frozen=True)
class WireLimits:
    """Size and time caps for replies and downloads; `output_caps` by kind ("video", "image", "audio")."""

    json_max_bytes: int = 4 * MB  # a task, organization or usage reply is a few kB
    reply_seconds: float = 120.0  # one API exchange, headers and body, once the request is sent
    upload_min_rate: float = 32 * 1024  # bytes/s a request body may take on top of `reply_seconds`
    output_caps: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_OUTPUT_CAPS))
    stall_seconds: float = 60.0  # a download with no byte for this long is stopped
    download_floor_seconds: float = 300.0  # every download may take this long whatever its size
    download_min_rate: float = 32 * 1024  # and after that must average at least this many bytes/s

    def __post_init__(self) -> None:
        numbers = {"json_max_bytes": self.json_max_bytes, "reply_seconds": self.reply_seconds,
                   "upload_min_rate": self.upload_min_rate, "stall_seconds": self.stall_seconds,
                   "download_floor_seconds": self.download_floor_seconds,
                   "download_min_rate": self.download_min_rate, **self.output_caps}
        bad = [name for name, value in numbers.items() if not value > 0]
        if bad:
            raise ValueError(f"WireLimits must be positive: {', '.join(bad)}")

    def output_cap(self, kind: str | None) -> int:
        """The size cap for an output of `kind`; the largest cap when the kind is not known."""
        if kind is not None and kind in self.output_caps:
            return self.output_caps[kind]
        return max(self.output_caps.values())

    def exchange_seconds(self, request_bytes: int) -> float:
        """The time one API exchange may take, sending a request body of `request_bytes` included."""
        return self.reply_seconds + request_bytes / self.upload_min_rate

    def download_deadline(self, received: int, slack: int) -> float:
        """Seconds since the start a download may have taken by the time it holds `received` bytes.

        Proportional to the size, with a floor: a host trickling bytes is stopped, a large file on a
        slow but honest link is not. `slack` covers bytes already read but not yet counted.
        """
        return self.download_floor_seconds + (received + slack) / self.download_min_rate
