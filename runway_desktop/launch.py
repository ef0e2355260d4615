"""`make run`: start the window against Runway when a key is configured, else the simulator."""

from __future__ import annotations

import os
import sys

from runway_desktop import app


def main() -> int:
    args = sys.argv[1:]
    if not os.environ.get("RUNWAYML_API_SECRET") and "--simulator" not in args:
        try:
            import keyring

            has_key = bool(keyring.get_password("runway-desktop", "api-key"))
        except Exception:  # no keyring backend: treated as "no key configured"
            has_key = False
        if not has_key:
            args = ["--simulator", *args]
    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
