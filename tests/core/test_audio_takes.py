"""Audio takes read from the history: only saved audio, newest first, page after page, by words."""

from __future__ import annotations

import asyncio

from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.audio_takes import AudioTakes, search_words
from runway_desktop.core.storage.store import Store


def _task(task_id, created, *, tab="audio", mime="audio/mpeg", state=TaskState.SUCCEEDED, saved=True,
          model="eleven_text_to_sound_v2", prompt="rain") -> TaskRecord:
    output = OutputFile(0, path=f"/takes/{task_id}" if saved else None,
                        state=OutputState.SAVED if saved else OutputState.PENDING, mime=mime)
    return TaskRecord(id=task_id, endpoint="sound_effect", model=model, tab=tab, state=state, body={},
                      prompt=prompt, created_at=created, updated_at=created, outputs=(output,))


def _fill(path, tasks) -> None:
    async def fill() -> None:
        store = Store(path)
        await store.open()
        await store.save_many(tasks)
        await store.close()

    asyncio.run(fill())


def test_only_saved_audio_newest_first_page_after_page(tmp_path):
    _fill(tmp_path / "tasks.sqlite3", [
        _task("sfx-old", 1.0, prompt="a creaking door"),
        _task("from-video", 2.0, tab="video", model="mirelo_sfx_2_0", prompt="footsteps"),  # audio of a video
        _task("a-video", 3.0, tab="video", mime="video/mp4"),
        _task("failed", 4.0, state=TaskState.FAILED),
        _task("unsaved", 5.0, saved=False),
        _task("no-mime", 6.0, mime=None, prompt="wind in the pines"),  # the audio tab decides
        _task("sfx-new", 7.0, prompt="thunder far away"),
    ])
    takes = AudioTakes(tmp_path / "tasks.sqlite3")
    try:
        first = takes.page(limit=2)
        assert [t.task.id for t in first.takes] == ["sfx-new", "no-mime"]
        second = takes.page(after=first.next, limit=2)
        assert [t.task.id for t in second.takes] == ["from-video"]  # "unsaved" was read and left out
        third = takes.page(after=second.next, limit=2)
        assert [t.task.id for t in third.takes] == ["sfx-old"] and third.next is None
        assert [t.task.id for t in takes.page(search_words("Thund FAR")).takes] == ["sfx-new"]
        assert [t.task.id for t in takes.page(search_words("mirelo")).takes] == ["from-video"]
        assert takes.page(search_words("door pines")).takes == []
        assert takes.page(search_words("-")).takes == []  # no word to look for in a prompt, no model has it
    finally:
        takes.close()
    assert takes.page().takes == []  # closed: reads nothing, opens nothing


def test_a_missing_history_has_no_takes(tmp_path):
    assert AudioTakes(tmp_path / "none.sqlite3").page().takes == []
    assert not (tmp_path / "none.sqlite3").exists()
