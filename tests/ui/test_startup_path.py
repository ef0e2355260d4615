"""What start-up leaves for later: heavy libraries stay unloaded, and only the visible tab is built first."""

from __future__ import annotations

import subprocess
import sys
from typing import ClassVar

import pytest
from keychain import no_keychain
from PySide6.QtCore import Qt
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.session import Options, Session

# Each costs tens of milliseconds to import; none is needed before the window first shows.
DEFERRED = ("httpx", "aiohttp", "av", "numpy", "PIL", "keyring", "PySide6.QtMultimedia", "runwayml")


def test_composing_the_window_loads_none_of_the_heavy_libraries():
    probe = (
        "import os, sys; os.environ['QT_API'] = 'pyside6'\n"
        "import runway_desktop.app, runway_desktop.session\n"
        f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"loaded at import time: {done.stdout.strip()}"


class CountingTab(StandInTab):
    made: ClassVar[list[str]] = []

    def __init__(self, tab, catalogue, bridge, thumbnails, parent=None):
        super().__init__(tab, catalogue, bridge, thumbnails, parent)
        CountingTab.made.append(tab)


@pytest.fixture
def window(qtbot, qloop, tmp_path):
    CountingTab.made = []
    options = Options(data_dir=tmp_path / "data")
    session = Session(options, secrets=no_keychain(), make_tab=CountingTab, make_queue=StandInQueue)
    run_coro(qtbot, session.start(), timeout=30000)
    yield session.window
    close_session(qtbot, session)


def test_the_other_tabs_are_built_after_the_window_has_painted(qtbot, window):
    assert CountingTab.made[0] == "video"  # the visible one, before the window showed
    qtbot.waitUntil(lambda: len(CountingTab.made) == 3, timeout=10000)
    assert sorted(CountingTab.made) == ["audio", "image", "video"]
    for index, key in enumerate(("video", "image", "audio")):
        assert window.tabs.widget(index) is window.tab(key)
    assert [window.tabs.tabText(i) for i in range(3)] == ["Video", "Image", "Audio"]
    assert window.tabs.currentIndex() == 0


def test_a_tab_asked_for_before_it_was_built_is_built_in_its_place(qtbot, window):
    audio = window.tab("audio")  # as "Use parameters" or a shortcut may, before the deferred build
    assert isinstance(audio, CountingTab)
    assert window.tabs.widget(2) is audio
    assert window.tabs.currentIndex() == 0  # building it did not switch to it
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is audio)
    qtbot.waitUntil(lambda: len(CountingTab.made) == 3, timeout=10000)
    assert CountingTab.made.count("audio") == 1
    assert list(window.generate_tabs) == ["video", "image", "audio"]
