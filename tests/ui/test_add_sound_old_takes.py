"""Add sound finds audio takes older than the engine holds: read a page at a time, and by a search."""

from __future__ import annotations

import pytest
from forms_support import Backend, run_coro
from media_factory import make_mp4, make_wav
from PySide6.QtCore import Qt

from runway_desktop.core.embed import read_record
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.store import Store
from runway_desktop.core.storage.working_set import NEWEST
from runway_desktop.ui.dialogs.add_sound import NO_MATCH, AddSoundDialog

AUDIO = 70  # older than every task the engine holds; the oldest is the one wanted
WANTED = "harbour bells at night"


def _task(task_id: str, tab: str, created: float, path: str, mime: str, prompt: str) -> TaskRecord:
    return TaskRecord(
        id=task_id, endpoint="sound_effect" if tab == "audio" else "text_to_video",
        model="eleven_text_to_sound_v2" if tab == "audio" else "gen4.5", tab=tab, state=TaskState.SUCCEEDED,
        body={"promptText": prompt}, prompt=prompt, created_at=created, finished_at=created + 5,
        updated_at=created + 5, runway_id=f"rw-{task_id}",
        outputs=(OutputFile(0, path=path, state=OutputState.SAVED, mime=mime),),
    )


@pytest.fixture
def long_history(qtbot, qloop, tmp_path):
    """More than the engine's newest tasks of video, and under them older audio takes."""
    wanted_wav = str(make_wav(tmp_path / "bells.wav", seconds=2.0))
    audio = [_task(f"audio-{n:03}", "audio", 1_700_000_000.0 + n, wanted_wav if n == 0 else f"/gone/{n}.wav",
                   "audio/wav", WANTED if n == 0 else f"rain on a tin roof {n}") for n in range(AUDIO)]
    videos = [_task(f"video-{n:05}", "video", 1_760_000_000.0 + n, f"/gone/{n}.mp4", "video/mp4", "a boat")
              for n in range(NEWEST + 100)]
    store = Store(tmp_path / "data" / "tasks.sqlite3")
    run_coro(qtbot, store.open())
    run_coro(qtbot, store.save_many([*audio, *videos]))
    run_coro(qtbot, store.close())
    backend = Backend(qtbot, tmp_path, None)
    yield backend.bridge, audio[0]
    backend.close()


def _dialog(qtbot, bridge, tmp_path) -> AddSoundDialog:
    path = make_mp4(tmp_path / "boat.mp4", seconds=2.0)
    video = _task("the-video", "video", 1_770_000_000.0, str(path), "video/mp4", "a paper boat")
    dialog = AddSoundDialog(bridge, video, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _settled(dialog: AddSoundDialog) -> bool:
    return not dialog.takes.reading


def test_older_audio_takes_come_a_page_at_a_time_newest_first(qtbot, long_history, tmp_path):
    bridge, wanted = long_history
    assert not any(t.tab == "audio" for t in bridge.tasks)  # the engine holds none of them
    dialog = _dialog(qtbot, bridge, tmp_path)
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.audio_box.count() == 50, timeout=10000)
    listed = [dialog.audio_box.itemData(i) for i in range(dialog.audio_box.count())]
    assert listed == [f"take:audio-{n:03}:0" for n in range(AUDIO - 1, AUDIO - 51, -1)]  # newest first
    assert not dialog.select_take(wanted.id)
    assert dialog.search.isVisible() and dialog.older_button.isVisible()

    qtbot.mouseClick(dialog.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.audio_box.count() == AUDIO, timeout=10000)
    assert not dialog.older_button.isVisible()  # the history has nothing older
    assert dialog.select_take(wanted.id)
    assert dialog.audio_box.currentText() == f"eleven_text_to_sound_v2 · {WANTED}"

    with qtbot.waitSignal(dialog.takeAdded, timeout=60000) as added:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record = read_record(added.args[0].saved_paths[0])
    parents = [(p["role"], p["task_id"]) for p in record["lineage"]["parents"]]
    assert parents == [("video", "the-video"), ("audio", wanted.id)]  # the old take is the named parent


def test_a_search_finds_an_old_take_by_its_words(qtbot, long_history, tmp_path):
    bridge, wanted = long_history
    dialog = _dialog(qtbot, bridge, tmp_path)
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.search.isVisible(), timeout=10000)
    qtbot.keyClicks(dialog.search, "harb BELL")  # word starts, any case
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.audio_box.count() == 1
                    and dialog.chosen is not None and dialog.chosen[0] == wanted.id, timeout=10000)
    assert not dialog.older_button.isVisible()

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "sound_v2")  # part of the model's name: every take again, a page of them
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.audio_box.count() == 50, timeout=10000)
    assert dialog.older_button.isVisible()

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "thunder")
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.audio_box.currentText() == NO_MATCH, timeout=10000)
    assert not dialog.save_button.isEnabled()
