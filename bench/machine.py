"""How busy the machine was during a measurement: on a shared 2-core box this decides the tails."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any


def _pressure_us() -> int | None:
    """Microseconds (since boot) in which some runnable task waited for a CPU (Linux PSI)."""
    try:
        first = Path("/proc/pressure/cpu").read_text().splitlines()[0]
    except (OSError, IndexError):
        return None
    return int(first.rsplit("total=", 1)[1])


def _steal_ticks() -> int | None:
    """Clock ticks the hypervisor gave to other guests (the 8th field of /proc/stat's cpu line)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()
        return int(fields[8])
    except (OSError, IndexError, ValueError):
        return None


class MachineLoad:
    """`with MachineLoad() as load: ...` then `load.figures()`: CPU pressure, steal time, load average."""

    def __enter__(self) -> MachineLoad:
        self._began = time.monotonic()
        self._pressure = _pressure_us()
        self._steal = _steal_ticks()
        self._ended = self._began
        self._pressure_end = self._pressure
        self._steal_end = self._steal
        return self

    def __exit__(self, *exc: object) -> None:
        self._ended = time.monotonic()
        self._pressure_end = _pressure_us()
        self._steal_end = _steal_ticks()

    def figures(self) -> dict[str, Any]:
        seconds = max(1e-9, self._ended - self._began)
        result: dict[str, Any] = {"load_average_1m": round(os.getloadavg()[0], 2)}
        if self._pressure is not None and self._pressure_end is not None:
            # Share of the window in which at least one runnable task (ours included) waited for a CPU.
            result["cpu_pressure"] = round((self._pressure_end - self._pressure) / 1e6 / seconds, 3)
        if self._steal is not None and self._steal_end is not None:
            result["steal_ms"] = round((self._steal_end - self._steal) * 1000 / os.sysconf("SC_CLK_TCK"))
        return result
