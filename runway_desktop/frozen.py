"""One executable, three programs: how the frozen bundle's processes are told which program to be.

A frozen app has no `python -m`: the bundle's executable is `runway-desktop`, with
`runway-desktop-cli` and `runway-desktop-sim` as links to it. Which program runs is chosen by
the ROLE_VARIABLE environment variable (set for child processes the app starts itself), else by
the name it was started under (the dispatch itself is `runway_desktop.bundle`). This module imports
no program, so the CLI, the simulator child and core can use it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

ROLE_VARIABLE = "RUNWAY_DESKTOP_ROLE"
ROLES = {"runway-desktop": "app", "runway-desktop-cli": "cli", "runway-desktop-sim": "simulator"}
# Chosen only through ROLE_VARIABLE: the data dir's shared simulator the window and the CLI start,
# and what `make package-check` asks the bundle about its contents.
SIMULATOR_HOST = "simulator-host"
SELFCHECK = "selfcheck"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def role_for(argv0: str, environ: Mapping[str, str]) -> str:
    """"app", "cli" or "simulator": the environment's choice, else the program's name, else the app."""
    chosen = environ.get(ROLE_VARIABLE, "")
    if chosen in (*ROLES.values(), SIMULATOR_HOST, SELFCHECK):
        return chosen
    return ROLES.get(os.path.basename(argv0), "app")


def module_command(module: str, python: str | None = None) -> list[str]:
    """The command that runs `python -m module` here: in the bundle, its own executable."""
    return [sys.executable] if is_frozen() else [python or sys.executable, "-m", module]


def role_environment(role: str) -> dict[str, str]:
    """What a child started with module_command needs in its environment to play `role`."""
    return {ROLE_VARIABLE: role} if is_frozen() else {}
