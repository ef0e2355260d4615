"""The offline Runway: a local HTTP server speaking Runway's API contract, rendering real media.

`SimulatorServer` and `SimConfig` are imported lazily, so render worker processes that import
this package do not pay for the server's imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import SimConfig
    from .server import SimulatorServer

__all__ = ["SimConfig", "SimulatorServer"]


def __getattr__(name: str) -> Any:
    if name == "SimConfig":
        from .config import SimConfig

        return SimConfig
    if name == "SimulatorServer":
        from .server import SimulatorServer

        return SimulatorServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
