"""The script PyInstaller freezes: one executable that is the window, the CLI or the simulator."""

import sys

from runway_desktop.bundle import main

if __name__ == "__main__":
    sys.exit(main())
