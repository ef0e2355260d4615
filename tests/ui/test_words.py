"""Words a person would use: details without internals, status lines that follow the context,
placeholders that fit, the simulator's forgotten tasks said as such, and actions that say what
went wrong — real widgets over a real engine and simulator."""

from __future__ import annotations

import pytest
from forms_support import Backend, make_tab, pick_model
from media_factory import make_png
from PySide6.QtCore import Qt
from queue_support import Running, built, record, run_coro, simulator

from runway_desktop.core.intake.inspect import inspect_file
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.ui.bridge import SIMULATOR_FORGOT, EngineBridge
from runway_desktop.ui.queue.actions import Action
from runway_desktop.ui.queue.model import QueueRole
from runway_desktop.ui.queue.panel import QueuePanel
from runway_desktop.ui.shell.connection import ConnectionMode

SPEED = 200


@pytest.fixture
def panel(qtbot, qloop, tmp_path):
    with simulator(SPEED) as url:
        running = Running(qtbot, tmp_path / "data", url, SPEED)
        bridge = EngineBridge(running.engine)
        panel = QueuePanel(bridge, ThumbnailCache(tmp_path / "thumbs"))
        qtbot.addWidget(panel)
        panel.resize(520, 900)
        panel.show()
        yield panel
        panel.shutdown()
        bridge.close()
        running.close()


def state_shown(panel: QueuePanel, task_id: str) -> str:
    index = panel.filter.mapFromSource(panel.model.index_of(task_id))
    return index.data(QueueRole.STATE_TEXT) if index.isValid() else ""


def test_the_details_show_inputs_by_name_size_and_thumbnail_never_markers(qtbot, panel, tmp_path):
    hero = make_png(tmp_path / "hero.png", 640, 480, (30, 90, 160))
    castle = make_png(tmp_path / "castle.png", 512, 512, (90, 80, 70))
    references = [
        MediaValue(path=str(p), info=inspect_file(p), tag=t) for p, t in ((hero, "hero"), (castle, "fort"))
    ]
    request = built("text_to_image", "gen4_image_turbo", {
        "promptText": "@hero in front of @fort", "ratio": "1920:1080", "referenceImages": references,
        "contentModeration": {"publicFigureThreshold": "low"}, "seed": 123456,
    })
    assert any("$media" in str(v) for v in request.body.values())  # the history does hold markers
    engine = panel.bridge.engine
    task = run_coro(qtbot, engine.submit(request, {}))
    qtbot.waitUntil(lambda: bool(engine.get(task.id).saved_paths), timeout=30000)
    assert panel.select_task(task.id)
    params = panel.preview.params
    qtbot.waitUntil(lambda: "hero.png" in params.toPlainText() and "<img" in params.toHtml(), timeout=10000)
    text = params.toPlainText()
    assert "$media" not in text and "$media" not in params.toHtml()
    assert "{" not in text and "[" not in text  # no JSON, nested or not
    assert "hero.png · tag hero" in text and "castle.png · tag fort" in text
    assert "640×480" in text and "KB" in text  # inputs with their pixel size and file size
    assert "public figure threshold low" in text.lower()
    assert "Seed\n123456" in text or "Seed 123456" in text  # the seed as typed, to copy


def test_the_status_line_clears_when_the_model_changes_and_placeholders_fit(
    qtbot, qloop, tmp_path, simulator_url
):
    backend = Backend(qtbot, tmp_path, simulator_url)
    try:
        tab = make_tab(qtbot, backend.harness, "image")
        pick_model(qtbot, tab, "text_to_image", "gen4_image")
        qtbot.keyClicks(tab.form.prompt.edit, "A lighthouse at dusk")
        with qtbot.waitSignal(tab.submitted, timeout=10000):
            qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
        assert tab.status.text().startswith("Added to the queue: gen4_image")
        pick_model(qtbot, tab, "text_to_image", "gen4_image_turbo")
        assert tab.status.text() == ""  # it spoke of the other model

        audio = make_tab(qtbot, backend.harness, "audio")
        first = {m.endpoint: m.id for m in reversed(audio.picker.models())}
        pick_model(qtbot, audio, "text_to_speech", first["text_to_speech"])
        assert "spoken" in audio.form.prompt.edit.placeholderText()
        pick_model(qtbot, audio, "sound_effect", first["sound_effect"])
        assert "sound" in audio.form.prompt.edit.placeholderText()
        assert "image" in tab.form.prompt.edit.placeholderText()
    finally:
        backend.close()


def test_a_task_the_restarted_simulator_forgot_says_so_never_deleted(qtbot, panel):
    engine = panel.bridge.engine
    panel.bridge.set_connection(ConnectionMode.SIMULATOR)
    forgotten = record(1, TaskState.FAILED, failure="Runway no longer knows this task (it was deleted).",
                       failure_code="NOT_FOUND")
    run_coro(qtbot, engine.update(forgotten.evolve(state=TaskState.RUNNING, failure=None,
                                                   failure_code=None), added=True))
    run_coro(qtbot, engine.update(forgotten))  # what resuming against a fresh simulator reports
    said = lambda: "offline simulator was restarted" in state_shown(panel, forgotten.id)  # noqa: E731
    qtbot.waitUntil(said, timeout=5000)
    assert "deleted" not in state_shown(panel, forgotten.id)
    assert engine.get(forgotten.id).failure == SIMULATOR_FORGOT  # kept in the history, survives restarts


def test_remove_asks_and_says_the_files_stay_and_open_says_when_nothing_can(qtbot, panel, tmp_path):
    output = make_png(tmp_path / "out.png", 32, 32)
    task = record(1, TaskState.SUCCEEDED, tab="image", path=str(output))
    run_coro(qtbot, panel.bridge.engine.update(task, added=True))
    assert panel.select_task(task.id)

    panel.runner._open_url = lambda _url: False  # a desktop with no application for PNG files
    with qtbot.waitSignal(panel.bridge.failed, timeout=5000) as failed:
        panel.task_actions[Action.OPEN].trigger()
    assert "no application" in failed.args[0] and str(output) in failed.args[0]
    with qtbot.waitSignal(panel.bridge.failed, timeout=5000) as failed:
        panel.task_actions[Action.SHOW_IN_FOLDER].trigger()
    assert "file manager" in failed.args[0]

    panel.task_actions[Action.REMOVE].trigger()
    qtbot.waitUntil(lambda: panel.runner.confirmation is not None and panel.runner.confirmation.isVisible())
    box = panel.runner.confirmation
    assert "stay on disk" in box.text()
    box.reject()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert panel.bridge.engine.get(task.id) is not None  # asked, declined: still there
    assert output.exists()


def test_a_task_that_needs_attention_says_why_and_offers_the_next_step(qtbot, panel):
    from runway_desktop.core.running.states import Attention, NextStep

    refused = Attention("Runway refused the API key (401).", 1_700_000_100.0, NextStep.REENTER_KEY)
    stuck = record(1, TaskState.NEEDS_ATTENTION, finished_at=None, attention=refused)
    run_coro(qtbot, panel.bridge.engine.update(stuck, added=True))
    assert state_shown(panel, stuck.id) == "Needs attention: Runway refused the API key (401)."
    assert panel.select_task(stuck.id)
    offered = panel.available_actions()
    assert Action.CHECK_AGAIN in offered and Action.REENTER_KEY in offered and Action.CANCEL in offered
    assert "needs your attention" in panel.preview.message.text()
    assert NextStep.REENTER_KEY.label in panel.preview.message.text()
    with qtbot.waitSignal(panel.bridge.settingsRequested, timeout=2000):
        panel.task_actions[Action.REENTER_KEY].trigger()
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("attention"))
    assert panel.filter.rowCount() == 1


def test_after_a_restart_the_simulators_lost_tasks_read_as_such(qtbot, qloop, tmp_path):
    from keychain import no_keychain
    from shell_support import StandInQueue, StandInTab, close_session

    from runway_desktop.core.storage.store import Store
    from runway_desktop.session import Options, Session

    data = tmp_path / "data"
    data.mkdir()
    earlier_id = "6f1c3a52-0d2e-4c4e-9a51-3f0e2b7d9c11"  # made by the simulator of an earlier run
    left_running = record(1, TaskState.RUNNING, finished_at=None, runway_id=earlier_id)

    async def seed() -> None:
        store = Store(data / "tasks.sqlite3")
        await store.open()
        await store.save(left_running)
        await store.close()

    run_coro(qtbot, seed())
    session = Session(Options(simulator=True, data_dir=data), secrets=no_keychain(),
                      make_tab=StandInTab, make_queue=StandInQueue)
    try:
        run_coro(qtbot, session.start(), timeout=30000)
        qtbot.waitUntil(lambda: session.window.mode is ConnectionMode.SIMULATOR, timeout=120_000)
        engine = session.engine
        qtbot.waitUntil(lambda: engine.get(left_running.id).failure == SIMULATOR_FORGOT, timeout=30000)
        task = engine.get(left_running.id)
        assert task.state is TaskState.FAILED and "deleted" not in task.failure
    finally:
        close_session(qtbot, session)
