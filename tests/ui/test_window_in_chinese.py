"""The window in Simplified Chinese says nothing in English: every tab, the queue, the menus,
Settings and the batch dialog, as they are shown on the offline simulator.

A failure lists each text that still has English words (three or more Latin letters that are not
a model id, a voice, "Runway", a unit, a key sequence, a file type, a URL or a path) and where it
is shown, so a translator can find it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from english_words import catalogue_names, english_in, english_words
from keychain import no_keychain
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from shell_support import close_session, run_coro

from runway_desktop.session import Options, Session
from runway_desktop.ui.i18n import ENGLISH, SIMPLIFIED_CHINESE, install_language
from runway_desktop.ui.shell.connection import ConnectionMode

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from sample_history import write_history

START_MS = 60000
PROMPT = "雾中的灯塔，黄昏，电影感"  # what a person writing in Chinese types


@pytest.fixture
def chinese(qapp):
    before = QLocale()
    assert install_language(qapp, SIMPLIFIED_CHINESE) == SIMPLIFIED_CHINESE
    yield
    install_language(qapp, ENGLISH)
    QLocale.setDefault(before)  # the tests after this one format numbers as before it


@pytest.fixture
def chinese_window(qtbot, qloop, tmp_path, chinese):
    session = Session(Options(simulator=True, data_dir=tmp_path / "data"), secrets=no_keychain())
    window = run_coro(qtbot, session.start(), timeout=START_MS)
    qtbot.waitUntil(lambda: window.mode is ConnectionMode.SIMULATOR, timeout=START_MS)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.isVisible)
    yield window
    close_session(qtbot, session)


@pytest.fixture
def chinese_history(qtbot, qloop, tmp_path, chinese):
    """The window in Chinese over a history of takes in every state (finished, failed, cancelled, unknown)."""
    data_dir = tmp_path / "data"
    records = run_coro(qtbot, write_history(data_dir), timeout=START_MS)
    session = Session(Options(data_dir=data_dir), secrets=no_keychain())
    window = run_coro(qtbot, session.start(), timeout=START_MS)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == len(records), timeout=20000)
    window.resize(1366, 768)
    window.show()
    yield window, records
    close_session(qtbot, session)


def _report(found: dict[str, set[str]], kept: set[str]) -> str:
    lines = [f"{len(found)} texts still in English (the words found, then where each text is shown):"]
    for text, places in sorted(found.items(), key=lambda item: sorted(item[1])[0]):
        words = ", ".join(dict.fromkeys(english_words(text, kept)))
        lines.append(f"  {text!r}  [{words}]  ← {'; '.join(sorted(places)[:3])}")
    return "\n".join(lines)


def test_the_word_finder_keeps_names_and_notation_and_finds_english():
    kept = {"gen4_image", "veo3.1_fast", "Maya"}
    assert english_words("运行 gen4_image，1280×720，24 fps，12 MB", kept) == []
    assert english_words("保存到 /tmp/data/library/a.png（Ctrl+Shift+S）", kept) == []
    assert english_words("Runway Desktop — 离线模拟器 https://docs.dev.runwayml.com", kept) == []
    assert english_words("声音：Maya，veo3.1_fast 的 API 密钥", kept) == []
    assert english_words("Runway&#x27;s 模型：ElevenLabs 与 ByteDance Seedance", kept) == []
    assert english_words("`outputFormat` 为 `prores` 时返回 .zip（[laughs]、HEVC Main 10）", kept) == []
    assert english_words("a-very-long-file-name-of-a-sou…-over-the-hills.wav", kept) == []
    assert english_words("从 dev.runwayml.com → API Keys 粘贴密钥（key_…），按 Enter", kept) == []
    assert english_words("Generate 12 runs", kept) == ["Generate", "runs"]
    assert english_words("提示词 Prompt", kept) == ["Prompt"]


def test_every_text_of_the_window_is_in_chinese(qtbot, chinese_window):
    window = chinese_window
    kept = catalogue_names()
    found: dict[str, set[str]] = {}

    def look(root) -> None:
        for text, places in english_in(root, kept).items():
            found.setdefault(text, set()).update(places)

    for key in ("video", "image", "audio"):
        tab = window.tab(key)
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda tab=tab: tab.form is not None, timeout=10000)
        if tab.form.more_button is not None:
            tab.form.set_more_visible(True)
        look(window)

    video = window.tab("video")
    window.tabs.setCurrentWidget(video)
    video.select_model("text_to_video", "gen4.5")
    qtbot.waitUntil(lambda: video.form is not None and video.form.prompt is not None, timeout=10000)
    video.form.prompt.edit.setFocus()
    video.form.prompt.edit.insertPlainText(PROMPT)  # as an input method commits it
    qtbot.waitUntil(video.generate_button.isEnabled, timeout=10000)
    look(window)

    dialog = video.open_batch()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.table.rowCount() >= 1, timeout=10000)
    look(dialog)
    dialog.close()

    settings = window.open_settings()
    qtbot.waitUntil(settings.isVisible)
    look(settings)
    settings.close()
    QApplication.processEvents()
    if found:
        pytest.fail(_report(found, kept), pytrace=False)


def test_the_queue_and_the_preview_speak_chinese_in_every_state(qtbot, chinese_history):
    window, records = chinese_history
    # What people typed and what Runway said are theirs: shown as they are.
    kept = catalogue_names() | {r.failure for r in records if r.failure}
    for prompt in (r.prompt for r in records):  # and the start of each, where a row elides the rest
        kept.update(prompt[:end] for end in range(12, len(prompt) + 1))
    found: dict[str, set[str]] = {}
    for record in records:
        assert window.queue.select_task(record.id)
        qtbot.waitUntil(lambda: window.queue.preview.isVisible())
        QApplication.processEvents()
        places_shown = [window.queue, window.queue.preview]  # the tabs are the test above's
        if window.queue.preview_dock is not None:
            places_shown.append(window.queue.preview_dock)
        for root in places_shown:
            for text, places in english_in(root, kept).items():
                found.setdefault(text, set()).update(places)
    if found:
        pytest.fail(_report(found, kept), pytrace=False)
