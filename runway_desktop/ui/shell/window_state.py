"""Where the window was and how its panes were divided, kept between runs and fitted to the screen.

A small JSON file beside the settings (`<data-dir>/window.json`, or the user's config folder), so
a second data folder has its own. It is read before the window first paints, so it is plain JSON
(QSettings takes tens of milliseconds to start). Nothing here is precious: an unreadable or stale
file simply gives the defaults.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

FILE_NAME = "window.json"
CONFIG_FOLDER = "runway-desktop"


def window_state_path(data_dir: Path | None) -> Path:
    """`<data-dir>/window.json`, else `window.json` in the user's config folder (as settings.json)."""
    if data_dir is not None:
        return Path(data_dir) / FILE_NAME
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / CONFIG_FOLDER / FILE_NAME


def fit_rect(rect: QRect, room: QRect) -> QRect:
    """`rect` shrunk to fit inside `room` and moved into it (a screen may be smaller than last time)."""
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    left = min(max(rect.left(), room.left()), room.right() + 1 - width)
    top = min(max(rect.top(), room.top()), room.bottom() + 1 - height)
    return QRect(left, top, width, height)


# The first window fills a screen shorter than this (laptops: 1366×768, 1600×900…) or one that cannot
# hold the form's own size with a margin; on a larger screen it takes this share of it (at least the
# form's size), centred.
FILL_BELOW_HEIGHT = 1000
FIRST_SHARE = 0.8
MARGIN_SHARE = (0.94, 0.92)


def first_size(form: QSize, room: QSize) -> tuple[int, int]:
    """The window's size at its first start on a screen with `room` free, its form being `form`."""
    cramped = form.width() > room.width() * MARGIN_SHARE[0] or form.height() > room.height() * MARGIN_SHARE[1]
    if cramped or room.height() < FILL_BELOW_HEIGHT:
        return room.width(), room.height()
    return (max(form.width(), int(room.width() * FIRST_SHARE)),
            max(form.height(), int(room.height() * FIRST_SHARE)))


def _bytes(text: Any) -> QByteArray | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return None


def _text(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


class WindowState:
    """Read and write the window's geometry, the queue's share and each splitter's sizes."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._data: dict[str, Any] = {}
        if path is not None:
            with contextlib.suppress(OSError, ValueError):
                loaded = json.loads(path.read_text(encoding="utf-8"))
                self._data = loaded if isinstance(loaded, dict) else {}

    def geometry(self) -> QByteArray | None:
        return _bytes(self._data.get("geometry"))

    def maximized(self) -> bool:
        return self._data.get("maximized") is True

    def queue_share(self) -> float | None:
        share = self._data.get("queueShare")
        return float(share) if isinstance(share, int | float) and 0.05 < share < 0.95 else None

    def splitter(self, name: str) -> QByteArray | None:
        splitters = self._data.get("splitters")
        return _bytes(splitters.get(name)) if isinstance(splitters, dict) else None

    def place(self, window: QWidget) -> None:
        """Where the window was last time, else the form's size; shrunk to fit the screen, on it."""
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        saved = self.geometry()
        if saved is not None and window.restoreGeometry(saved):
            window.setGeometry(fit_rect(window.geometry(), room))
            if self.maximized():
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            return
        width, height = first_size(window.size(), room.size())
        if (width, height) == (room.width(), room.height()):
            # A small screen: all of it, not a window a little smaller than the screen with the queue
            # and the form squeezed for a margin (window managers maximise a window of this size).
            window.setGeometry(room)
            return
        window.resize(width, height)
        frame = window.frameGeometry()
        frame.moveCenter(room.center())
        window.move(frame.topLeft())

    def restore_splitter(self, splitter: QSplitter, name: str) -> None:
        """`splitter` as the user left it last time; remembered under `name` from now on."""
        state = self.splitter(name)
        if state is not None and splitter.restoreState(state):
            splitter.setProperty("restored", True)  # the user's division: kept, not recomputed
        splitter.setProperty("stateName", name)

    def save_window(self, window: QWidget, queue_share: float) -> None:
        """Save `window`'s geometry, the queue's share and every named splitter in it."""
        splitters = {}
        for splitter in window.findChildren(QSplitter):
            name = splitter.property("stateName")
            if name:
                splitters[str(name)] = splitter.saveState()
        self.save(window, queue_share, splitters)

    def save(self, window: QWidget, queue_share: float, splitters: dict[str, QByteArray]) -> None:
        """Write the state now (the window is closing); a folder that cannot be written is skipped."""
        if self.path is None:
            return
        self._data = {
            "geometry": _text(window.saveGeometry()),
            "maximized": window.isMaximized(),
            "queueShare": round(queue_share, 4),
            "splitters": {name: _text(state) for name, state in splitters.items()},
        }
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps(self._data, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)
