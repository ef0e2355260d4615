"""`make run`: the window against Runway when a key is configured, else against the offline simulator."""

from __future__ import annotations

import sys

from runway_desktop import app
from runway_desktop.core.storage.secrets import Secrets


def launch_args(args: list[str], secrets: Secrets) -> list[str]:
    """`args` plus `--simulator` when no key exists (environment or keychain)."""
    if "--simulator" in args or secrets.get():
        return args
    return ["--simulator", *args]


def main() -> int:
    args = launch_args(sys.argv[1:], Secrets())
    if args[:1] == ["--simulator"] and "--simulator" not in sys.argv[1:]:
        print("runway-desktop: no API key configured; starting with the offline simulator.", file=sys.stderr)
    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
