"""Where the window was and how its panes were divided, kept between runs and fitted to the screen.

Stored with QSettings in an INI file beside the settings (`<data-dir>/window.ini`, or the user's
config folder), so a second data folder has its own. Nothing here is precious: an unreadable
or stale file simply gives the defaults.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

FILE_NAME = "window.ini"
CONFIG_FOLDER = "runway-desktop"


def window_state_path(data_dir: Path | None) -> Path:
    """`<data-dir>/window.ini`, else `window.ini` in the user's config folder (as settings.json)."""
    if data_dir is not None:
        return Path(data_dir) / FILE_NAME
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / CONFIG_FOLDER / FILE_NAME


def fit_rect(rect: QRect, room: QRect) -> QRect:
    """`rect` shrunk to fit inside `room` and moved into it (a screen may be smaller than last time)."""
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    left = min(max(rect.left(), room.left()), room.right() + 1 - width)
    top = min(max(rect.top(), room.top()), room.bottom() + 1 - height)
    return QRect(left, top, width, height)


class WindowState:
    """Read and write the window's geometry, the queue's share and each splitter's sizes."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat) if path is not None else None

    def geometry(self) -> QByteArray | None:
        value = self._value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def maximized(self) -> bool:
        return str(self._value("window/maximized", "false")).lower() == "true"

    def queue_share(self) -> float | None:
        try:
            share = float(self._value("window/queueShare", ""))
        except ValueError:
            return None
        return share if 0.05 < share < 0.95 else None

    def splitter(self, name: str) -> QByteArray | None:
        value = self._value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save(self, window: QWidget, queue_share: float, splitters: dict[str, QByteArray]) -> None:
        if self._settings is None:
            return
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/maximized", "true" if window.isMaximized() else "false")
        self._settings.setValue("window/queueShare", f"{queue_share:.4f}")
        for name, state in splitters.items():
            self._settings.setValue(f"splitters/{name}", state)
        self._settings.sync()

    def _value(self, key: str, default: object = None) -> object:
        if self._settings is None:
            return default
        try:
            return self._settings.value(key, default)
        except Exception:  # a damaged file: the defaults will do
            return default
