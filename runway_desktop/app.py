"""The desktop window's entry point (`runway-desktop`)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print(
        "runway-desktop: the main window is not available in this build yet.\n"
        "Try the offline Runway instead: runway-desktop-sim (or `make sim`).",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
