"""No money surprises: Retry asks like Generate, repeats ask first, random seeds are recorded and
reproduce their take, and a cancelled task says what it was charged — real widgets, real simulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forms_support import Backend, make_tab, pick_model, run_coro
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from queue_support import Running, record, simulator, video_request

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.spending import SpendGuard
from runway_desktop.ui.queue.actions import Action
from runway_desktop.ui.queue.model import QueueRole
from runway_desktop.ui.queue.panel import QueuePanel


@pytest.fixture
def online(qtbot, qloop, tmp_path, simulator_url):
    backend = Backend(qtbot, tmp_path, simulator_url)
    yield backend.harness
    backend.close()


def fill_image_tab(qtbot, harness, prompt: str = "A lighthouse at dusk"):
    tab = make_tab(qtbot, harness, "image")
    pick_model(qtbot, tab, "text_to_image", "gen4_image")
    qtbot.keyClicks(tab.form.prompt.edit, prompt)
    assert tab.generate_button.isEnabled(), tab.reason.text()
    return tab


def saved(qtbot, harness, task_id: str):
    engine = harness.bridge.engine
    qtbot.waitUntil(lambda: bool(engine.get(task_id).saved_paths), timeout=30000)
    return engine.get(task_id)


def test_eight_quick_ctrl_enter_presses_make_one_task_and_ask_before_a_second(qtbot, online):
    tab = fill_image_tab(qtbot, online)
    tab.form.prompt.edit.setFocus()
    with qtbot.waitSignal(tab.submitted, timeout=10000):
        qtbot.keyClick(tab.form.prompt.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    def asking() -> bool:
        return tab.spend_question is not None and tab.spend_question.isVisible()

    for _ in range(7):  # as fast as the window takes them: once the first is in the queue
        qtbot.waitUntil(lambda: tab.generate_button.isEnabled() or asking(), timeout=5000)
        qtbot.keyClick(tab.form.prompt.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    question = tab.spend_question
    assert question is not None
    qtbot.waitUntil(question.isVisible, timeout=5000)
    assert question.objectName() == "repeatQuestion"
    assert question.windowTitle() == "Generate again?"
    assert "same request" in question.text()
    assert len(online.bridge.tasks) == 1  # seven more presses made no task: one question, open once

    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=5000)
    assert len(online.bridge.tasks) == 1

    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    question = tab.spend_question
    qtbot.waitUntil(question.isVisible, timeout=5000)
    with qtbot.waitSignal(tab.submitted, timeout=10000):
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert len(online.bridge.tasks) == 2  # asked, agreed: a second take on purpose


def test_the_repeat_question_can_be_turned_off(qtbot, online):
    online.bridge.spend_guard.configure(warn_above=0, ask_repeats=False)  # Settings → unticked
    tab = fill_image_tab(qtbot, online)
    for count in (1, 2):
        with qtbot.waitSignal(tab.submitted, timeout=10000):
            qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
        assert len(online.bridge.tasks) == count
        qtbot.waitUntil(tab.generate_button.isEnabled, timeout=5000)
    assert tab.spend_question is None


def test_the_guard_forgets_a_request_after_its_window():
    now = [1000.0]
    guard = SpendGuard(ask_repeats=True, window=60, clock=lambda: now[0])
    from runway_desktop.ui.dialogs.spending import Spend

    spend = Spend("This generation", "fingerprint")
    assert not guard.is_repeat(spend)
    guard.record(spend)
    now[0] += 59
    assert guard.is_repeat(spend)
    now[0] += 2
    assert not guard.is_repeat(spend)
    # A retry counts only sends after its task ended.
    guard.record(spend)
    assert not guard.is_repeat(Spend("Retrying", "fingerprint", repeats_after=now[0] + 1))


def test_a_random_seed_is_drawn_recorded_and_reproduces_the_take(qtbot, online):
    tab = fill_image_tab(qtbot, online, "A red fox in fresh snow")
    assert tab.form.editor("seed").value() is None  # "Random" in the form
    with qtbot.waitSignal(tab.submitted, timeout=10000) as first:
        qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    take = saved(qtbot, online, first.args[0].id)
    seed = take.body["seed"]
    assert isinstance(seed, int) and 0 <= seed <= 4_294_967_295
    assert take.params["seed"] == seed
    sidecar = json.loads(Path(take.saved_paths[0] + ".json").read_text("utf-8"))
    assert sidecar["seed"] == seed and sidecar["parameters"]["seed"] == seed
    assert f"seed {seed}" in tab.status.text()

    # "Use parameters" brings the seed back as a fixed one; generating again makes the same image.
    tab.apply_task(take)
    assert tab.form.editor("seed").value() == seed
    qtbot.waitUntil(tab.generate_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(tab.submitted, timeout=10000) as second:
        qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    again = saved(qtbot, online, second.args[0].id)
    assert again.body["seed"] == seed
    # The same picture: each file carries its own record (task ids differ), so compare the pixels.
    with Image.open(again.saved_paths[0]) as second_image, Image.open(take.saved_paths[0]) as first_image:
        assert second_image.tobytes() == first_image.tobytes()

    # Random again: a fresh seed is drawn for the next take (the same form as the first take moments
    # ago, so it asks first).
    tab.form.editor("seed").set_value(None)
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    question = tab.spend_question
    qtbot.waitUntil(question.isVisible, timeout=5000)
    with qtbot.waitSignal(tab.submitted, timeout=10000) as third:
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert isinstance(third.args[0].body["seed"], int) and third.args[0].body["seed"] != seed


@pytest.fixture
def panel_over(qtbot, qloop, tmp_path):
    """A queue panel over an engine on its own simulator at `speed`."""
    made = []

    def make(speed: float) -> QueuePanel:
        context = simulator(speed)
        url = context.__enter__()
        running = Running(qtbot, tmp_path / "data", url, speed)
        bridge = EngineBridge(running.engine)
        panel = QueuePanel(bridge, ThumbnailCache(tmp_path / "thumbs"))
        qtbot.addWidget(panel)
        panel.resize(460, 820)
        panel.show()
        made.append((panel, bridge, running, context))
        return panel

    yield make
    for panel, bridge, running, context in made:
        panel.shutdown()
        bridge.close()
        running.close()
        context.__exit__(None, None, None)


def row_text(panel: QueuePanel, task_id: str, role: QueueRole) -> str:
    index = panel.filter.mapFromSource(panel.model.index_of(task_id))
    return index.data(role) if index.isValid() else ""


def test_retry_asks_like_generate_and_declining_sends_nothing(qtbot, panel_over):
    panel = panel_over(200)
    engine = panel.bridge.engine
    failed = record(1, TaskState.FAILED, failure="Runway had an internal error", failure_code="INTERNAL",
                    estimated_credits=120.0, cost_credits=0.0,
                    body={"model": "gen4.5", "promptText": "a boat", "ratio": "1280:720", "duration": 10})
    run_coro(qtbot, engine.update(failed, added=True))
    panel.bridge.spend_guard.configure(warn_above=50, ask_repeats=True)  # from Settings
    assert panel.select_task(failed.id)

    panel.task_actions[Action.RETRY].trigger()
    qtbot.waitUntil(lambda: panel.runner.confirmation is not None and panel.runner.confirmation.isVisible())
    question = panel.runner.confirmation
    assert question.objectName() == "spendWarning"
    assert "120 credits" in question.text() and "50 credits" in question.text()
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not question.isVisible())
    assert [t.id for t in engine.tasks] == [failed.id]  # declined: nothing sent, nothing charged

    panel.task_actions[Action.RETRY].trigger()
    qtbot.waitUntil(lambda: panel.runner.confirmation is not None and panel.runner.confirmation.isVisible())
    question = panel.runner.confirmation
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(engine.tasks) == 2, timeout=10000)
    retry = next(t for t in engine.tasks if t.retry_of == failed.id)

    # A second Retry of the same task moments later is a repeat: it asks again, as Generate does.
    panel.bridge.spend_guard.configure(warn_above=0, ask_repeats=True)
    assert panel.select_task(failed.id)
    panel.task_actions[Action.RETRY].trigger()
    qtbot.waitUntil(lambda: panel.runner.confirmation is not None and panel.runner.confirmation.isVisible())
    assert panel.runner.confirmation.objectName() == "repeatQuestion"
    qtbot.mouseClick(panel.runner.confirmation.button(QMessageBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert {t.id for t in engine.tasks} == {failed.id, retry.id}


def test_a_cancelled_task_shows_what_it_was_charged(qtbot, panel_over):
    panel = panel_over(20)  # slow enough to cancel it while it runs
    engine = panel.bridge.engine
    task = run_coro(qtbot, engine.submit(video_request("a slow pan over a harbour", duration=5), {}))
    qtbot.waitUntil(lambda: engine.get(task.id).state is TaskState.RUNNING, timeout=30000)
    assert panel.select_task(task.id)
    panel.task_actions[Action.CANCEL].trigger()
    qtbot.waitUntil(lambda: engine.get(task.id).state is TaskState.CANCELLED, timeout=15000)
    qtbot.waitUntil(lambda: engine.get(task.id).cost_credits is not None, timeout=15000)
    cost = engine.get(task.id).cost_credits
    expected = "nothing charged" if cost == 0 else f"{cost:,.0f} credits charged"
    qtbot.waitUntil(lambda: row_text(panel, task.id, QueueRole.COST) == expected, timeout=5000)
    qtbot.waitUntil(lambda: "charged" in panel.preview.message.text(), timeout=5000)
    assert "cancelled" in panel.preview.message.text()
    assert "charge" in panel.preview.params.toPlainText().lower()


def test_a_charge_nobody_reported_is_said_plainly(qtbot, panel_over):
    panel = panel_over(200)
    engine = panel.bridge.engine
    sent = record(1, TaskState.CANCELLED, cost_credits=None, estimated_credits=50.0)
    never_sent = record(2, TaskState.CANCELLED, cost_credits=None, runway_id=None)
    for task in (sent, never_sent):
        run_coro(qtbot, engine.update(task, added=True))
    assert row_text(panel, sent.id, QueueRole.COST) == "charge unknown"
    assert row_text(panel, never_sent.id, QueueRole.COST) == "nothing charged"
    assert panel.select_task(sent.id)
    assert "unknown" in panel.preview.message.text()
