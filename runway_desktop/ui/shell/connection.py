"""Which service the window sends generations to."""

from __future__ import annotations

import enum


class ConnectionMode(enum.Enum):
    """Which service generations go to."""

    NONE = "none"  # no key yet: forms work, Generate waits
    STARTING = "starting"  # the offline simulator is starting
    SIMULATOR = "simulator"
    RUNWAY = "runway"
