"""Loading, playing, stopping and unloading a QMediaPlayer from the event loop rather than from Python.

QtMultimedia's FFmpeg renderer threads tear their objects down after a stop or a change of source,
and that teardown calls into the Python wrappers of the player and its audio output (it takes the
GIL) while it holds Qt's connection lock. A stop or setSource called from Python holds the GIL and
waits for that same lock: the two threads then wait for each other for ever. Queued to the event
loop, the calls run from C++ with the GIL free. Queued calls to one player run in the order they
were made, so every call that must follow a change of source (play, pause) is queued too.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject, Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer

_QUEUED = Qt.ConnectionType.QueuedConnection


def load(player: QMediaPlayer, url: QUrl) -> None:
    """Stop `player` and give it `url` (an empty one lets go of its file), on the next turn of the loop."""
    QMetaObject.invokeMethod(player, "stop", _QUEUED)
    QMetaObject.invokeMethod(player, "setSource", _QUEUED, Q_ARG(QUrl, url))


def unload(player: QMediaPlayer) -> None:
    """Stop `player` and let go of its file, on the next turn of the event loop."""
    load(player, QUrl())


def play(player: QMediaPlayer) -> None:
    """Play, after whatever source change is still on its way."""
    QMetaObject.invokeMethod(player, "play", _QUEUED)


def pause(player: QMediaPlayer) -> None:
    """Pause (on a newly loaded video: show its first frame), after any source change on its way."""
    QMetaObject.invokeMethod(player, "pause", _QUEUED)
