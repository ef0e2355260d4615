"""`python -m runway_desktop.cli`: the same as `runway-desktop-cli`."""

import sys

from runway_desktop.cli import main

sys.exit(main())
