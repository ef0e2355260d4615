"""Process checks shared by tests that start and stop child processes."""

from __future__ import annotations

import os


def pid_gone(pid: int) -> bool:
    """True once the process has ended (a zombie still answers kill(0); /proc says it has ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return True
