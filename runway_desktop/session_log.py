"""The window's log file: `<data dir>/logs/runway-desktop.log`, rotated, scrubbed of keys."""

from __future__ import annotations

import logging
from pathlib import Path

from runway_desktop.api.redact import install_redaction


class SessionLog:
    """Writes the package's INFO records to the log of one history's data folder while started."""

    def __init__(self) -> None:
        self._handler: logging.Handler | None = None

    def start(self, data_dir: Path) -> None:
        import logging.handlers  # with the first log, not with the window's first paint

        logs = data_dir / "logs"
        logs.mkdir(exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            logs / "runway-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.INFO)
        package = logging.getLogger("runway_desktop")
        package.setLevel(logging.INFO)
        package.addHandler(handler)
        install_redaction(package)  # every record is scrubbed of keys before this handler writes it
        self._handler = handler

    def stop(self) -> None:
        handler, self._handler = self._handler, None
        if handler is not None:
            logging.getLogger("runway_desktop").removeHandler(handler)
            handler.close()

    def move_to(self, data_dir: Path) -> None:
        """The log goes with the history it speaks of."""
        self.stop()
        self.start(data_dir)
