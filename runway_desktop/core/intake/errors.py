"""The error every intake check raises, and how its sentences name files and sizes."""

from __future__ import annotations

import os
from pathlib import Path


class IntakeError(ValueError):
    """A file or URL Runway cannot take, with a sentence naming it and the rule it breaks.

    `code` is a stable machine-readable reason: empty, too-large, gif, unknown-format,
    unsupported-format, mismatch, truncated, unreadable, missing, not-a-file, broken-link,
    link-loop, unsupported-codec, no-streams, wrong-kind, rule (a model's rule), and for URLs
    http, bad-url, ip-host, local-host, credentials, too-long.
    """

    def __init__(self, message: str, *, path: str | Path = "", code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path)
        self.code = code


def display_name(path: str | Path) -> str:
    """The base name messages use for a file: 'clip.mp4'."""
    return os.path.basename(os.path.normpath(str(path))) or str(path)


def human_size(size: int) -> str:
    """A byte count as people read it: 512 bytes, 3.4 KB, 200 MB (1 MB = 1024 × 1024 bytes)."""
    if size < 1024:
        return f"{size} bytes"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / (1024 * 1024), "MB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"
