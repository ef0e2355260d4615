"""The PyInstaller bundle's entry point: be the window, the CLI, the simulator, its host or the self-check.

Spawned multiprocessing workers (the media worker, the simulator's render pool) re-run this same
executable; `freeze_support` runs their task and exits before any program starts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from runway_desktop.frozen import ROLE_VARIABLE, SELFCHECK, SIMULATOR_HOST, role_for


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program this process was started as."""
    import multiprocessing

    multiprocessing.freeze_support()  # a spawned worker runs its task here and exits
    args = list(sys.argv[1:] if argv is None else argv)
    role = role_for(sys.argv[0], os.environ)
    os.environ.pop(ROLE_VARIABLE, None)  # not inherited by whatever this program starts in turn
    if role == "cli":
        from runway_desktop import cli

        return cli.main(args)
    if role == SIMULATOR_HOST:
        from runway_desktop import simulator_host

        return simulator_host.main(args)
    if role == SELFCHECK:
        from runway_desktop import selfcheck

        return selfcheck.main()
    if role == "simulator":
        from runway_desktop.simulator import __main__ as simulator

        return simulator.main(args)
    from runway_desktop import app

    return app.main(args)
