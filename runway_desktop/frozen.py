"""One executable, three programs: how the PyInstaller bundle starts the window, the CLI or the simulator.

A frozen app has no `python -m`: the bundle's executable is `runway-desktop`, with
`runway-desktop-cli` and `runway-desktop-sim` as links to it. Which program runs is chosen by
the ROLE_VARIABLE environment variable (set for child processes the app starts itself), else by
the name it was started under. Spawned multiprocessing workers are dispatched before any of that.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

ROLE_VARIABLE = "RUNWAY_DESKTOP_ROLE"
ROLES = {"runway-desktop": "app", "runway-desktop-cli": "cli", "runway-desktop-sim": "simulator"}
# Chosen only through ROLE_VARIABLE: `make package-check` asks the bundle what it contains.
SELFCHECK = "selfcheck"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def role_for(argv0: str, environ: Mapping[str, str]) -> str:
    """"app", "cli" or "simulator": the environment's choice, else the program's name, else the app."""
    chosen = environ.get(ROLE_VARIABLE, "")
    if chosen in (*ROLES.values(), SELFCHECK):
        return chosen
    return ROLES.get(os.path.basename(argv0), "app")


def module_command(module: str, python: str | None = None) -> list[str]:
    """The command that runs `python -m module` here: in the bundle, its own executable."""
    return [sys.executable] if is_frozen() else [python or sys.executable, "-m", module]


def role_environment(role: str) -> dict[str, str]:
    """What a child started with module_command needs in its environment to play `role`."""
    return {ROLE_VARIABLE: role} if is_frozen() else {}


def main(argv: Sequence[str] | None = None) -> int:
    """The bundle's entry point."""
    import multiprocessing

    multiprocessing.freeze_support()  # a spawned worker runs its task here and exits
    args = list(sys.argv[1:] if argv is None else argv)
    role = role_for(sys.argv[0], os.environ)
    os.environ.pop(ROLE_VARIABLE, None)  # not inherited by whatever this program starts in turn
    if role == "cli":
        from runway_desktop import cli

        return cli.main(args)
    if role == SELFCHECK:
        from runway_desktop import selfcheck

        return selfcheck.main()
    if role == "simulator":
        from runway_desktop.simulator import __main__ as simulator

        return simulator.main(args)
    from runway_desktop import app

    return app.main(args)
