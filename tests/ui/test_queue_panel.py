"""The queue panel against the offline Runway: states, progress, actions, confirmations, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from queue_support import Running, image_request, record, run_coro, set_faults, simulator, video_request

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.inspect import inspect_file
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.actions import (
    DELETE_QUESTION,
    SAFETY_RETRY_QUESTION,
    UNKNOWN_RETRY_WARNING,
    Action,
    actions_for,
    actions_for_many,
)
from runway_desktop.ui.queue.model import QueueRole
from runway_desktop.ui.queue.panel import QueuePanel

SPEED = 40  # a 2-second video runs for about a second: long enough to see (and cancel) it running


@pytest.fixture
def live(qtbot, qloop, tmp_path):
    """A panel over an engine talking to its own simulator; yields (panel, running, url)."""
    with simulator(SPEED) as url:
        running = Running(qtbot, tmp_path / "data", url, SPEED)
        bridge = EngineBridge(running.engine)
        panel = QueuePanel(bridge, ThumbnailCache(tmp_path / "thumbs"))
        qtbot.addWidget(panel)
        panel.resize(460, 820)
        panel.show()
        yield panel, running, url
        panel.shutdown()
        bridge.close()
        running.close()


@pytest.fixture
def offline(qtbot, qloop, tmp_path):
    """A panel over an engine without a client, its store seeded by `load(records)`."""
    store = Store(tmp_path / "tasks.sqlite3")
    run_coro(qtbot, store.open())
    engine = Engine(None, store, Library(tmp_path / "library", verify=inspect_file), load_catalogue())
    bridge = EngineBridge(engine)
    made: list[QueuePanel] = []

    def load(records) -> QueuePanel:
        run_coro(qtbot, store.save_many(records))
        run_coro(qtbot, engine.start())
        panel = QueuePanel(bridge, ThumbnailCache(tmp_path / "thumbs"))
        qtbot.addWidget(panel)
        panel.resize(460, 700)
        panel.show()
        made.append(panel)
        return panel

    yield load
    for panel in made:
        panel.shutdown()
    bridge.close()
    run_coro(qtbot, engine.close())
    run_coro(qtbot, store.close())


def shown_state(panel: QueuePanel, task_id: str) -> str | None:
    index = panel.filter.mapFromSource(panel.model.index_of(task_id))
    return index.data(QueueRole.STATE_TEXT) if index.isValid() else None


def click_action(qtbot, panel: QueuePanel, action: Action) -> None:
    """Click the toolbar button, or pick the entry from the "More" menu, as a person would."""
    qaction = panel.task_actions[action]
    assert qaction.isVisible(), f"{action} is not offered"
    button = panel.buttons.get(action)
    if button is not None:
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        assert qaction in panel.more_menu.actions()
        qaction.trigger()


def answer(qtbot, panel: QueuePanel, accept: bool) -> str:
    """Answer the open confirmation; returns the question it asked."""
    qtbot.waitUntil(lambda: panel.runner.confirmation is not None and panel.runner.confirmation.isVisible())
    box = panel.runner.confirmation
    question = box.text()
    if accept:
        button = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return question


def test_a_submitted_task_moves_through_the_states_with_progress(qtbot, live):
    panel, _running, _url = live
    seen: list[str] = []
    counts: list[int] = []
    panel.runningCountChanged.connect(counts.append)

    def record_texts(*_args) -> None:
        for row in range(panel.filter.rowCount()):
            text = panel.filter.index(row, 0).data(QueueRole.STATE_TEXT)
            if not seen or seen[-1] != text:
                seen.append(text)

    panel.filter.dataChanged.connect(record_texts)
    panel.filter.rowsInserted.connect(record_texts)

    task = run_coro(qtbot, panel.bridge.engine.submit(video_request(), {}))
    qtbot.waitUntil(lambda: shown_state(panel, task.id) == "Succeeded", timeout=20000)

    assert seen[0] in ("Queued locally", "Submitting")
    running_texts = [t for t in seen if t.startswith("Running · ")]
    assert running_texts, seen
    progress = [int(t.removeprefix("Running · ").removesuffix(" %")) for t in running_texts]
    assert any(0 < p < 100 for p in progress), seen
    assert seen.index(running_texts[0]) < seen.index("Succeeded")
    assert seen[-1] == "Succeeded"
    assert counts[0] == 1 and counts[-1] == 0
    assert panel.running_count == 0
    assert "1 task" in panel.count_label.text()


def test_cancel_on_a_running_task_ends_cancelled_and_cancel_disappears(qtbot, live):
    panel, _running, _url = live
    task = run_coro(qtbot, panel.bridge.engine.submit(video_request(duration=5), {}))
    qtbot.waitUntil(lambda: (shown_state(panel, task.id) or "").startswith("Running"), timeout=20000)
    assert panel.select_task(task.id)
    assert panel.task_actions[Action.CANCEL].isVisible()

    click_action(qtbot, panel, Action.CANCEL)

    qtbot.waitUntil(lambda: shown_state(panel, task.id) == "Cancelled", timeout=10000)
    assert panel.bridge.engine.get(task.id).state is TaskState.CANCELLED
    qtbot.waitUntil(lambda: not panel.task_actions[Action.CANCEL].isVisible())
    assert Action.CANCEL not in panel.available_actions()
    assert panel.task_actions[Action.RETRY].isVisible()


def test_retry_after_a_safety_failure_asks_first(qtbot, live):
    panel, running, url = live
    set_faults(url, "safety=1")
    task = run_coro(qtbot, panel.bridge.engine.submit(image_request("a forbidden thing"), {}))
    qtbot.waitUntil(lambda: (shown_state(panel, task.id) or "").startswith("Failed"), timeout=20000)
    assert shown_state(panel, task.id).startswith("Failed (SAFETY.")
    set_faults(url, "")
    assert panel.select_task(task.id)

    click_action(qtbot, panel, Action.RETRY)
    assert answer(qtbot, panel, accept=False) == SAFETY_RETRY_QUESTION
    assert panel.runner.confirmation is None

    click_action(qtbot, panel, Action.RETRY)
    answer(qtbot, panel, accept=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    retries = [t for t in running.engine.tasks if t.retry_of == task.id]
    assert len(retries) == 1  # the declined question created nothing
    assert panel.model.task_at(0).id == retries[0].id


def test_retry_of_an_unknown_outcome_warns_about_a_second_bill(qtbot, offline):
    panel = offline([record(1, TaskState.UNKNOWN, runway_id=None)])
    assert panel.select_task("task000001")
    click_action(qtbot, panel, Action.RETRY)
    question = answer(qtbot, panel, accept=False)
    assert UNKNOWN_RETRY_WARNING in question
    assert panel.model.rowCount() == 1


def test_many_selected_cancel_the_live_and_remove_the_finished(qtbot, offline):
    finished = [record(1), record(2, TaskState.FAILED), record(3)]
    panel = offline([*finished, record(4, TaskState.QUEUED), record(5, TaskState.QUEUED)])
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.filter.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.selected_tasks()) == 5
    assert panel.available_actions() == [Action.CANCEL, Action.REMOVE]
    assert panel.task_actions[Action.CANCEL].text() == "Cancel 2 tasks"
    assert panel.task_actions[Action.REMOVE].text() == "Remove 3 tasks from history…"

    click_action(qtbot, panel, Action.CANCEL)
    qtbot.waitUntil(
        lambda: shown_state(panel, "task000004") == shown_state(panel, "task000005") == "Cancelled"
    )
    qtbot.waitUntil(lambda: panel.task_actions[Action.REMOVE].text() == "Remove 5 tasks from history…")
    assert not panel.task_actions[Action.CANCEL].isVisible()

    click_action(qtbot, panel, Action.REMOVE)
    assert answer(qtbot, panel, accept=True).startswith("Remove 5 tasks from the history?")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.count_label.text() == "0 tasks"


def test_actions_are_offered_only_when_they_make_sense(tmp_path):
    saved = str(tmp_path / "out.mp4")
    assert actions_for(record(1, TaskState.RUNNING)) == [Action.CANCEL, Action.USE_PARAMETERS]
    assert actions_for(record(1, TaskState.QUEUED))[0] is Action.CANCEL
    assert actions_for(record(1, TaskState.FAILED)) == [
        Action.RETRY, Action.USE_PARAMETERS, Action.DELETE_AT_RUNWAY, Action.REMOVE,
    ]
    assert actions_for(record(1, TaskState.UNKNOWN)) == [Action.RETRY, Action.USE_PARAMETERS, Action.REMOVE]
    assert actions_for(record(1, TaskState.SUCCEEDED, path=saved)) == [
        Action.USE_PARAMETERS, Action.OPEN, Action.SAVE_AS, Action.SHOW_IN_FOLDER,
        Action.COPY_URL, Action.DELETE_AT_RUNWAY, Action.REMOVE,
    ]
    # Not saved locally yet: nothing to open, and deleting at Runway would lose the output.
    downloading = OutputFile(0, url="https://example.test/out/1", state=OutputState.PENDING)
    unsaved = actions_for(record(1, TaskState.SUCCEEDED, outputs=(downloading,)))
    assert Action.OPEN not in unsaved and Action.DELETE_AT_RUNWAY not in unsaved
    deleted = actions_for(record(1, TaskState.SUCCEEDED, path=saved, runway_deleted=True))
    assert Action.DELETE_AT_RUNWAY not in deleted and Action.COPY_URL not in deleted
    assert actions_for_many([record(1, TaskState.RUNNING), record(2, TaskState.PENDING)]) == [Action.CANCEL]
    assert actions_for_many([]) == []


def test_use_parameters_copy_url_and_save_as(qtbot, offline, tmp_path):
    output = tmp_path / "fox.png"
    output.write_bytes(b"\x89PNG fake but copied byte for byte")
    panel = offline([record(1, path=str(output), tab="image")])
    assert panel.select_task("task000001")

    with qtbot.waitSignal(panel.useParameters) as used:
        click_action(qtbot, panel, Action.USE_PARAMETERS)
    assert used.args[0].id == "task000001"

    click_action(qtbot, panel, Action.COPY_URL)
    assert QGuiApplication.clipboard().text() == "https://example.test/out/1"
    assert "expire" in panel.notice.text()

    click_action(qtbot, panel, Action.SAVE_AS)
    qtbot.waitUntil(lambda: panel.runner.file_dialog is not None)
    copy = tmp_path / "elsewhere" / "copy.png"
    copy.parent.mkdir()
    panel.runner.file_dialog.selectFile(str(copy))
    panel.runner.file_dialog.accept()
    qtbot.waitUntil(lambda: copy.exists() and copy.read_bytes() == output.read_bytes())
    qtbot.waitUntil(lambda: "Saved a copy" in panel.notice.text())


def test_the_filter_bar_narrows_the_list(qtbot, offline):
    panel = offline([
        record(1, prompt="A paper boat on a river"),
        record(2, TaskState.FAILED, tab="image", prompt="A red fox"),
        record(3, TaskState.RUNNING, tab="image", prompt="A fox in the snow"),
    ])
    qtbot.keyClicks(panel.search, "fox")
    assert panel.filter.rowCount() == 2
    assert panel.count_label.text().startswith("2 of 3 tasks shown")
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("failed"))
    assert [panel.filter.index(r, 0).data(QueueRole.TASK_ID) for r in range(panel.filter.rowCount())] == [
        "task000002"
    ]
    panel.search.clear()
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("all"))
    panel.tab_filter.setCurrentIndex(panel.tab_filter.findData("video"))
    assert panel.filter.rowCount() == 1


def test_delete_from_runway_asks_first_and_keeps_the_saved_file(qtbot, live):
    panel, running, _url = live
    task = run_coro(qtbot, running.engine.submit(image_request("a teapot"), {}))
    qtbot.waitUntil(lambda: bool(running.engine.get(task.id).saved_paths), timeout=20000)
    saved = running.engine.get(task.id).saved_paths[0]
    assert panel.select_task(task.id)
    qtbot.waitUntil(lambda: panel.task_actions[Action.DELETE_AT_RUNWAY].isVisible())

    click_action(qtbot, panel, Action.DELETE_AT_RUNWAY)
    assert answer(qtbot, panel, accept=False) == DELETE_QUESTION
    assert not running.engine.get(task.id).runway_deleted

    click_action(qtbot, panel, Action.DELETE_AT_RUNWAY)
    answer(qtbot, panel, accept=True)
    qtbot.waitUntil(lambda: shown_state(panel, task.id) == "Succeeded · deleted from Runway")
    assert not panel.task_actions[Action.DELETE_AT_RUNWAY].isVisible()
    assert not panel.task_actions[Action.COPY_URL].isVisible()  # Runway's link no longer works
    assert panel.task_actions[Action.OPEN].isVisible()
    assert Path(saved).exists()


def test_a_new_filter_keeps_the_selection_it_still_shows(qtbot, offline):
    panel = offline([record(1, prompt="a fox in the snow"), record(2, prompt="a paper boat"),
                     record(3, prompt="fox cubs")])
    panel.select_task("task000001")
    assert [t.id for t in panel.selected_tasks()] == ["task000001"]
    panel.search.setText("fox")
    assert panel.filter.rowCount() == 2
    assert [t.id for t in panel.selected_tasks()] == ["task000001"]
    assert panel.preview.task is not None and panel.preview.task.id == "task000001"
