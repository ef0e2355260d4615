"""Stopping and unloading a compare player from the event loop rather than from Python.

QtMultimedia's FFmpeg renderer threads tear their objects down after a stop, and that teardown
calls into the Python wrappers of the player and its audio output (it takes the GIL) while it
holds Qt's connection lock. A stop or setSource called from Python holds the GIL and waits for
that same lock: the two threads then wait for each other for ever. Queued to the event loop,
the calls run from C++ with the GIL free.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject, Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer

_QUEUED = Qt.ConnectionType.QueuedConnection


def unload(player: QMediaPlayer) -> None:
    """Stop `player` and let go of its file, on the next turn of the event loop."""
    QMetaObject.invokeMethod(player, "stop", _QUEUED)
    QMetaObject.invokeMethod(player, "setSource", _QUEUED, Q_ARG(QUrl, QUrl()))
