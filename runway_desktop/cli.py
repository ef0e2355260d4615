"""The scriptable front end (`runway-desktop-cli`)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print(
        "runway-desktop-cli: the command-line client is not available in this build yet.\n"
        "The offline Runway is: runway-desktop-sim --help",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
