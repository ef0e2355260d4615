"""Compare audio: waveforms read off the UI thread, one playhead, solo and mute per take."""

from __future__ import annotations

import threading
import wave

import numpy as np
import pytest
from media_factory import make_mp3, make_wav
from PySide6.QtCore import QPoint, Qt

from runway_desktop.ui.compare import audio_page, waveforms
from runway_desktop.ui.compare.audio_page import AudioPage
from runway_desktop.ui.compare.takes import Take


def tone_then_silence(path, seconds=2.0, rate=22050) -> str:
    """One second of tone, then silence: the waveform must show where the sound stops."""
    t = np.arange(int(seconds * rate)) / rate
    samples = (np.sin(2 * np.pi * 330 * t) * 12000 * (t < seconds / 2)).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return str(path)


@pytest.fixture
def page(qtbot, tmp_path, monkeypatch):
    readers: list[str] = []
    original = waveforms.read_waveform

    def recording(path, *args):
        readers.append(threading.current_thread().name)
        return original(path, *args)

    monkeypatch.setattr(audio_page, "read_waveform", recording)
    takes = [
        Take(tone_then_silence(tmp_path / "half.wav"), "audio", "eleven_text_to_sound_v2", 1),
        Take(str(make_wav(tmp_path / "full.wav", seconds=2.0)), "audio", "eleven_text_to_sound_v2", 2),
        Take(str(make_mp3(tmp_path / "short.mp3", seconds=1.0)), "audio", "eleven_text_to_sound_v2", 3),
    ]
    page = AudioPage(takes)
    # Not qtbot.addWidget: pytest-qt would close and delete the page before this fixture's
    # teardown, with its players still loaded; the page is unloaded first, then deleted.
    page.resize(900, 600)
    page.show()
    qtbot.waitUntil(lambda: all(lane.view.waveform is not None for lane in page.lanes), timeout=15000)
    page.readers = readers
    yield page
    page.release()  # stopped and unloaded from the event loop (see ui/preview/player_calls.py)
    qtbot.waitUntil(lambda: all(m.player.source().isEmpty() for m in page.members), timeout=10000)
    page.close()
    page.deleteLater()


def test_waveforms_are_read_off_the_ui_thread_and_show_the_sound(page):
    assert len(page.readers) == 3 and all(name.startswith("compare") for name in page.readers)
    half = page.lanes[0].view.waveform
    assert half.seconds == pytest.approx(2.0, abs=0.01)
    quarter = len(half.peaks) // 4
    assert min(half.peaks[:quarter]) > 0.5 and max(half.peaks[-quarter:]) < 0.01
    assert page.lanes[2].view.waveform.seconds == pytest.approx(1.0, abs=0.1)


def test_solo_and_mute_decide_which_takes_are_heard(qtbot, page):
    muted = lambda: [m.audio.isMuted() for m in page.members]  # noqa: E731
    assert muted() == [False, False, False]
    qtbot.mouseClick(page.lanes[1].mute_button, Qt.MouseButton.LeftButton)
    assert muted() == [False, True, False] and page.audible() == [True, False, True]
    qtbot.mouseClick(page.lanes[2].solo_button, Qt.MouseButton.LeftButton)
    assert muted() == [True, True, False]
    assert [lane.solo_button.isChecked() for lane in page.lanes] == [False, False, True]
    page.solo(0)  # the 1 key: solo moves to take 1
    assert muted() == [False, True, True]
    page.solo(0)  # again: solo off, the mute on take 2 still holds
    assert muted() == [False, True, False]
    assert [lane.view.audible for lane in page.lanes] == [True, False, True]  # drawn dimmed when silent


def test_one_playhead_follows_the_transport_and_a_click_seeks_all(qtbot, page):
    qtbot.waitUntil(lambda: page.lanes[0].view.span_ms >= 1900, timeout=10000)
    view = page.lanes[1].view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 4, view.height() // 2))
    qtbot.waitUntil(lambda: all(abs(m.player.position() - 500) < 60 for m in page.members[:2]), timeout=10000)
    assert {lane.view.playhead_ms for lane in page.lanes} == {page.lanes[0].view.playhead_ms}
    page.group.play()
    qtbot.waitUntil(lambda: page.lanes[2].view.playhead_ms > 700, timeout=10000)
    page.group.pause()
    positions = [m.player.position() for m in page.members]
    assert max(positions) - min(positions) <= 60, positions
