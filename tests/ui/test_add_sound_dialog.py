"""Add sound in the window: a video take and an audio take of the history make a third take."""

from __future__ import annotations

import json
from pathlib import Path

import av
import pytest
from forms_support import Backend, run_coro
from media_factory import make_mp4, make_png, make_wav
from PySide6.QtCore import Qt

from runway_desktop.core.embed import embed_record, read_record
from runway_desktop.core.lineage import ancestors, children
from runway_desktop.core.running import states
from runway_desktop.core.running.states import Action
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.store import Store
from runway_desktop.ui.dialogs.add_sound import NO_AUDIO_TAKES, AddSoundDialog


@pytest.fixture
def history(qtbot, qloop, tmp_path):
    """A bridge over an engine with no service, holding a silent video take and an audio take."""
    backend = Backend(qtbot, tmp_path, None)
    engine = backend.bridge.engine
    video = _take(tmp_path, "video1", "video", make_mp4(tmp_path / "boat.mp4", seconds=2.0), "video/mp4",
                  "gen4.5", "a paper boat drifts")
    audio = _take(tmp_path, "audio1", "audio", make_wav(tmp_path / "waves.wav", seconds=3.0), "audio/wav",
                  "seed_audio", "waves on a shore")
    for task in (video, audio):
        embed_record(task.saved_paths[0], {"task_id": task.id, "model": task.model, "output_index": 0})
        run_coro(qtbot, engine.update(task, added=True))
    yield backend.bridge, video, audio
    backend.close()


def _take(tmp_path, task_id, tab, path, mime, model, prompt) -> TaskRecord:
    endpoint = {"video": "text_to_video", "audio": "sound_effect"}[tab]
    return TaskRecord(
        id=task_id, endpoint=endpoint, model=model, tab=tab, state=TaskState.SUCCEEDED,
        body={"promptText": prompt}, prompt=prompt, created_at=1_764_600_000.0, finished_at=1_764_600_050.0,
        outputs=(OutputFile(0, path=str(path), state=OutputState.SAVED, mime=mime),),
    )


def _packets(path: str | Path) -> list[bytes]:
    with av.open(str(path)) as container:
        return [bytes(p) for p in container.demux(video=0) if p.size]


def _dialog(qtbot, bridge, video) -> AddSoundDialog:
    dialog = AddSoundDialog(bridge, video, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_saving_makes_a_take_with_the_same_picture_and_both_parents(qtbot, history, tmp_path):
    bridge, video, audio = history
    dialog = _dialog(qtbot, bridge, video)
    assert not dialog.isModal()
    assert dialog.select_take(audio.id)
    dialog.offset.setValue(0.5)
    dialog.gain.setValue(-3)
    dialog.fade.setValue(0.1)
    with qtbot.waitSignal(dialog.takeAdded, timeout=60000) as added:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.job is not None and not dialog.save_button.isEnabled()  # one run at a time
    take = added.args[0]
    assert dialog.progress.value() == 1000  # progress arrived on the UI thread up to the end
    stored = bridge.task(take.id)
    assert stored is not None and stored.state is TaskState.SUCCEEDED
    out = stored.saved_paths[0]
    assert _packets(out) == _packets(video.saved_paths[0])  # the picture copied, never re-encoded
    with av.open(out) as container:
        assert [s.type for s in container.streams] == ["video", "audio"]

    record = read_record(out)
    assert record["task_id"] == take.id and record["sound"] == {"offset": 0.5, "gain_db": -3, "fade": 0.1}
    parents = [(p["role"], p["task_id"], p["output_index"]) for p in record["lineage"]["parents"]]
    assert parents == [("video", video.id, 0), ("audio", audio.id, 0)]
    sidecar = json.loads(Path(out + ".json").read_text("utf-8"))
    assert sidecar["lineage"] == record["lineage"]
    # the history knows it too: both parents above it, and it below each of them
    assert [n.task_id for n in ancestors(stored, bridge.task)] == [video.id, audio.id]
    assert [n.task_id for n in children(video, bridge.tasks)] == [take.id]
    assert [n.task_id for n in children(audio, bridge.tasks)] == [take.id]
    # a local take: nothing to retry, cancel or delete at Runway
    assert states.actions_for(stored) == {Action.OPEN, Action.SAVE_AS, Action.SHOW_IN_FOLDER, Action.REMOVE}
    assert take.id[:8] in dialog.status.text() and "Saved as a new take" in dialog.status.text()
    # kept across a restart: the history file holds the take with both origins
    reopened = Store(tmp_path / "data" / "tasks.sqlite3")
    run_coro(qtbot, reopened.open())
    try:
        kept = run_coro(qtbot, reopened.get(take.id))
    finally:
        run_coro(qtbot, reopened.close())
    assert [m["origin"]["task_id"] for m in kept.media] == [video.id, audio.id]


def test_a_file_can_be_the_sound_and_stopping_leaves_nothing(qtbot, history, tmp_path):
    bridge, video, _audio = history
    dialog = _dialog(qtbot, bridge, video)
    sound = make_wav(tmp_path / "long.wav", seconds=2.0)
    dialog.use_file(str(sound))
    assert dialog.audio_box.currentText() == "File · long.wav"
    before = set(Path(video.saved_paths[0]).parent.iterdir())
    dialog.save()
    dialog.cancel_or_close()  # "Stop" while it runs
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    if "Stopped" in dialog.status.text():
        assert set(Path(video.saved_paths[0]).parent.iterdir()) == before
    else:  # it finished before the stop arrived: then it is a whole take
        assert "Saved as a new take" in dialog.status.text()


def test_a_sound_that_cannot_be_used_is_stated_in_the_dialog(qtbot, history, tmp_path):
    bridge, video, _audio = history
    dialog = _dialog(qtbot, bridge, video)
    dialog.use_file(str(make_png(tmp_path / "not-sound.png")))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30000)
    assert "not-sound.png" in dialog.status.text()
    assert len(bridge.tasks) == 2  # no take was added


def test_the_preview_plays_both_and_generate_asks_for_the_audio_tab(qtbot, history):
    bridge, video, audio = history
    dialog = _dialog(qtbot, bridge, video)
    dialog.select_take(audio.id)
    dialog.offset.setValue(0.2)
    dialog.toggle_preview()
    assert dialog.play_button.text() == "Stop"
    assert dialog.previewing and (dialog._sound_timer.isActive() or dialog.sound_player.source().isValid())
    dialog.toggle_preview()
    assert dialog.play_button.text() == "Play together"
    with qtbot.waitSignal(dialog.generateAudioRequested, timeout=2000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)


def test_without_audio_takes_the_dialog_says_how_to_get_one(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    try:
        video = _take(tmp_path, "v", "video", make_mp4(tmp_path / "v.mp4"), "video/mp4", "gen4.5", "x")
        dialog = _dialog(qtbot, backend.bridge, video)
        qtbot.waitUntil(lambda: dialog.audio_box.currentText() == NO_AUDIO_TAKES, timeout=5000)
        assert not dialog.save_button.isEnabled()
        assert not dialog.search.isVisible() and not dialog.older_button.isVisible()  # nothing to find
    finally:
        backend.close()


def test_the_details_of_a_sound_take_say_how_it_was_made():
    from runway_desktop.ui.preview.details import parameter_rows

    take = TaskRecord(id="s1", endpoint="add_sound", model="add_sound", tab="video",
                      state=TaskState.SUCCEEDED, body={})
    sidecar = {"operation": "add_sound", "model": "gen4.5", "endpoint": "text_to_video", "prompt": "a boat",
               "sound": {"offset": 0.5, "gain_db": -3, "fade": 0.1}}
    rows = dict(parameter_rows(take, sidecar))
    assert rows["Made by"] == "adding sound · offset 0.5 s · gain -3 dB · fade 0.1 s"
    assert rows["Model"] == "gen4.5"
