"""The preview's player with real media: fast selection changes end on the last one, and closing never hangs.

Every load, stop, play and pause goes through the event loop (ui/preview/player_calls.py); these tests
change the selection across video and audio faster than the player can follow, while it plays, and
close the window while it plays.
"""

from __future__ import annotations

import time

import pytest
import shiboken6
from media_factory import make_mp3, make_mp4, make_wav
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QVBoxLayout, QWidget
from queue_support import record

from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord
from runway_desktop.ui.preview.pane import PreviewPane

PLAYING = QMediaPlayer.PlaybackState.PlayingState
STOPPED = QMediaPlayer.PlaybackState.StoppedState
CLOSE_S = 10  # the window is gone well within this, playing or not


def task_with(n: int, path, mime: str) -> TaskRecord:
    tab = "audio" if mime.startswith("audio/") else "video"
    output = OutputFile(0, url=f"https://example.test/{n}", path=str(path), state=OutputState.SAVED,
                        mime=mime)
    return record(n, tab=tab).evolve(outputs=(output,))


@pytest.fixture
def media_tasks(tmp_path) -> list[TaskRecord]:
    """Two videos and two sounds, long enough to be still playing when the selection moves on."""
    return [
        task_with(1, make_mp4(tmp_path / "one.mp4", seconds=3), "video/mp4"),
        task_with(2, make_wav(tmp_path / "two.wav", seconds=3), "audio/wav"),
        task_with(3, make_mp4(tmp_path / "three.mp4", 96, 54, seconds=3), "video/mp4"),
        task_with(4, make_mp3(tmp_path / "four.mp3", seconds=3), "audio/mpeg"),
    ]


@pytest.fixture
def window(qtbot, qloop):
    """A window holding the preview pane, as the queue holds it (closed as the app closes it, if open)."""
    window = QWidget()
    layout = QVBoxLayout(window)
    pane = PreviewPane(None, window)
    layout.addWidget(pane)
    window.resize(480, 420)
    window.show()
    yield window, pane
    if shiboken6.isValid(window):
        close(qtbot, window, pane)


def close(qtbot, window: QWidget, pane: PreviewPane) -> None:
    """Stop the media as the queue does when the window closes, close it, and wait until it is gone."""
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    pane.close_media()
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=CLOSE_S * 1000)


def playing(pane: PreviewPane, path) -> bool:
    """`path` is loaded and playing, and its time moves on."""
    player = pane.player.player
    return (player.source() == QUrl.fromLocalFile(str(path)) and player.playbackState() is PLAYING
            and player.position() > 0)


def test_fast_selection_changes_across_video_and_audio_end_on_the_last_playing(qtbot, window, media_tasks):
    _window, pane = window
    paths = [task.saved_paths[0] for task in media_tasks]
    pane.show_task(media_tasks[0])
    pane.player.play()
    qtbot.waitUntil(lambda: playing(pane, paths[0]), timeout=10000)

    orders = [[1, 2, 3], [3, 0, 1, 2, 0], [2, 1], [0, 3, 2, 1, 0, 3]]
    for order in orders:
        # Within one turn of the event loop: every change is still on its way when the next comes.
        for i in order:
            pane.show_task(media_tasks[i])
            pane.player.play()
        last = paths[order[-1]]
        qtbot.waitUntil(lambda last=last: playing(pane, last), timeout=10000)
        assert pane.current_path == last
        # It stays on the last one: nothing queued before it arrives after it.
        qtbot.waitUntil(lambda last=last: pane.player.player.position() > 300, timeout=10000)
        assert pane.player.player.source() == QUrl.fromLocalFile(last)

    # And with the loop turning between changes, while the one before is still being torn down.
    for i in (1, 0, 3, 2):
        pane.show_task(media_tasks[i])
        pane.player.play()
        url = QUrl.fromLocalFile(paths[i])
        qtbot.waitUntil(lambda url=url: pane.player.player.source() == url, timeout=10000)
    qtbot.waitUntil(lambda: playing(pane, paths[2]), timeout=10000)


def test_closing_the_window_while_playing_ends_in_bounded_time(qtbot, window, media_tasks):
    window, pane = window
    pane.show_task(media_tasks[2])
    pane.player.play()
    qtbot.waitUntil(lambda: playing(pane, media_tasks[2].saved_paths[0]), timeout=10000)
    player = pane.player.player
    states: list[QMediaPlayer.PlaybackState] = []
    player.playbackStateChanged.connect(states.append)

    started = time.monotonic()
    close(qtbot, window, pane)
    assert time.monotonic() - started < CLOSE_S
    assert states[:1] == [STOPPED], "the player was destroyed while it played"
