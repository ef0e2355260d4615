"""The catalogue's documented limits appear in the window's forms before anything is sent."""

from __future__ import annotations

import pytest
from forms_support import Backend, drop, file_mime, make_tab, pick_model
from media_factory import make_mp3


@pytest.fixture
def offline(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    yield backend.harness
    backend.close()


def test_voice_isolation_refuses_too_short_audio_in_the_form(qtbot, offline, tmp_path):
    tab = make_tab(qtbot, offline, "audio")
    pick_model(qtbot, tab, "voice_isolation", "eleven_voice_isolation")
    cell = tab.form.editor("audioUri").cells[0]
    assert drop(cell, file_mime([make_mp3(tmp_path / "short.mp3", seconds=2.0)]))
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    expected = (
        "Audio lasts 2.0 s; it must last more than 4.6 s and at most 300 s for eleven_voice_isolation "
        "(Runway's documented limit)."
    )
    qtbot.waitUntil(lambda: tab.reason.text() == expected, timeout=5000)
    assert not tab.generate_button.isEnabled()
    row = tab.form.rows["audioUri"]
    assert row.message.isVisible() and row.message.text() == expected
    assert len(offline.bridge.tasks) == 0

    # A long enough recording clears the error and enables Generate (nothing else is missing).
    assert drop(cell, file_mime([make_mp3(tmp_path / "long.mp3", seconds=5.0)]))
    qtbot.waitUntil(lambda: tab.form.editor("audioUri").value().path.endswith("long.mp3"), timeout=5000)
    qtbot.waitUntil(lambda: not row.message.isVisible(), timeout=5000)
    assert "4.6 s" not in tab.reason.text()


def test_gen4_turbo_duration_stays_within_the_documented_2_to_10_seconds(qtbot, offline):
    tab = make_tab(qtbot, offline, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    spin = tab.form.editor("duration").spin
    # The duration is optional: one step below the range stands for "Default" (sent as nothing).
    assert (spin.minimum() + 1, spin.maximum()) == (2, 10)
    spin.setValue(1000)
    assert spin.value() == 10
