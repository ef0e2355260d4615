"""Batches in the window against the offline Runway: plan one from a form, see every run and the exact
total, submit it as one group, and follow, cancel and retry the group from the queue's row."""

from __future__ import annotations

import pytest
from forms_support import Backend, make_tab, pick_model, run_coro
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from runway_desktop.core.running.tasks import TaskState
from runway_desktop.ui.dialogs.batch_dialog import tick
from runway_desktop.ui.queue.panel import QueuePanel

PROMPTS = "A lighthouse at dawn\nA lighthouse at dusk\nA lighthouse in fog"


@pytest.fixture
def online(qtbot, qloop, tmp_path, simulator_url):
    backend = Backend(qtbot, tmp_path, simulator_url)
    yield backend.harness
    backend.close()


def open_batch(qtbot, harness):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "text_to_video", "gen4.5")
    qtbot.keyClicks(tab.form.prompt.edit, "A lighthouse")
    ratio = next(b for b in tab.form.editor("ratio").buttons() if b.property("ratio") == "1280:720")
    qtbot.mouseClick(ratio, Qt.MouseButton.LeftButton)
    tab.form.editor("duration").set_value(4)
    qtbot.waitUntil(lambda: tab.quote.amount.text() == "Estimated 48 credits · $0.48", timeout=3000)
    qtbot.mouseClick(tab.batch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.batch_dialog is not None and tab.batch_dialog.isVisible(), timeout=3000)
    return tab, tab.batch_dialog


def fill_twelve(qtbot, dialog) -> None:
    """3 prompts × 2 drawn seeds × 2 models."""
    assert dialog.prompts.toPlainText() == "A lighthouse"  # the form's prompt, to start from
    dialog.prompts.selectAll()
    dialog.prompts.setPlainText(PROMPTS)
    dialog.seed_mode.setCurrentIndex(1)
    dialog.seed_count.setValue(2)
    tick(dialog.other_models, "veo3.1_fast")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 12, timeout=3000)


def test_a_batch_of_three_prompts_two_seeds_two_models_is_twelve_runs_in_one_group(qtbot, online):
    _tab, dialog = open_batch(qtbot, online)
    fill_twelve(qtbot, dialog)
    # 4 s of gen4.5 at 12 credits/s and of veo3.1_fast at 15 credits/s (with audio), 6 runs each.
    assert dialog.total.text() == "Total: 648 credits ($6.48) for 12 runs"
    assert dialog.generate_button.text() == "Generate 12 runs"
    models = sorted(dialog.table.item(r, 1).text() for r in range(12))
    assert models == ["gen4.5"] * 6 + ["veo3.1_fast"] * 6
    assert {dialog.table.item(r, 3).text() for r in range(12)} == {"48 credits", "60 credits"}
    seeds = dialog.plan.seeds
    assert len(seeds) == 2

    with qtbot.waitSignal(dialog.submitted, timeout=10000) as submitted:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    group = submitted.args[0]
    engine = online.bridge.engine
    tasks = [t for t in engine.tasks if t.group_id == group.id]
    assert len(tasks) == 12 and len(engine.tasks) == 12  # one group, every run of it, nothing else
    assert {t.body["seed"] for t in tasks} == set(seeds)  # the seeds shown are the seeds sent
    assert {t.prompt for t in tasks} == set(PROMPTS.splitlines())
    assert "Queued as one group" in dialog.status.text()


def test_the_batch_total_goes_through_the_spending_question(qtbot, online):
    tab, dialog = open_batch(qtbot, online)
    tab.set_spend_warning(500)
    fill_twelve(qtbot, dialog)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "spendWarning")
    assert box is not None and box.isVisible()
    assert "648 credits" in box.text() and "above your limit of 500 credits" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert online.bridge.engine.tasks == []  # declined: nothing spent


def test_rejected_runs_are_named_with_their_reason(qtbot, online):
    _tab, dialog = open_batch(qtbot, online)
    dialog.prompts.setPlainText("One\nOne\nTwo")
    tick(dialog.other_models, "kling3.0_pro")  # no 1280:720 ratio: its runs are left out
    qtbot.waitUntil(lambda: "left out" in dialog.warnings.text(), timeout=3000)
    assert "repeated" in dialog.warnings.text()
    assert dialog.table.rowCount() == 2


def test_the_group_row_shows_progress_and_cancel_all_and_retry_failed_work(qtbot, online):
    panel = QueuePanel(online.bridge, online.thumbnails)
    qtbot.addWidget(panel)
    panel.show()
    run_coro(qtbot, online.bridge.engine.pause())  # so the runs stay queued until cancelled
    qtbot.waitUntil(lambda: panel.groups.pause_button.isChecked(), timeout=3000)
    _tab, dialog = open_batch(qtbot, online)
    fill_twelve(qtbot, dialog)
    with qtbot.waitSignal(dialog.submitted, timeout=10000) as submitted:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    group = submitted.args[0]
    strip = panel.groups
    qtbot.waitUntil(lambda: strip.item(group.id) is not None, timeout=5000)
    item = strip.item(group.id)
    qtbot.waitUntil(lambda: "12 queued" in item.text(), timeout=5000)
    assert "0 of 12 done" in item.text()
    # A queued task's row says why it waits.
    task = next(t for t in online.bridge.engine.tasks if t.group_id == group.id)
    qtbot.waitUntil(lambda: bool(online.bridge.engine.get(task.id).waiting), timeout=5000)
    assert online.bridge.engine.get(task.id).waiting in panel.model.data(
        panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)

    strip.list.setCurrentItem(item)  # opened: only its tasks below
    assert panel.filter.group_id == group.id and panel.filter.rowCount() == 12
    assert strip.cancel_button.isEnabled()
    qtbot.mouseClick(strip.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "12 cancelled" in strip.item(group.id).text(), timeout=10000)
    qtbot.waitUntil(strip.retry_button.isEnabled, timeout=3000)
    qtbot.mouseClick(strip.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "12 queued" in strip.item(group.id).text(), timeout=10000)
    run_coro(qtbot, online.bridge.engine.cancel_group(group.id))
    qtbot.waitUntil(lambda: strip.remove_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: strip.item(group.id) is None, timeout=5000)
    assert panel.filter.group_id is None
    assert not [t for t in online.bridge.engine.tasks if t.state is TaskState.QUEUED]
    panel.shutdown()


def test_pause_keeps_new_tasks_queued_with_the_reason_shown_and_the_status_bar_says_so(qtbot, online):
    from runway_desktop.ui.shell.status import StatusBar

    panel = QueuePanel(online.bridge, online.thumbnails)
    status = StatusBar(online.bridge)
    for widget in (panel, status):
        qtbot.addWidget(widget)
        widget.show()
    strip = panel.groups
    assert not status.paused_label.isVisible() and strip.pause_button.text() == "Pause queue"
    qtbot.mouseClick(strip.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.paused_label.isVisible(), timeout=3000)
    assert status.paused_label.text() == "Queue paused" and strip.pause_button.text() == "Resume queue"
    assert online.bridge.paused

    tab, dialog = open_batch(qtbot, online)
    dialog.close()
    with qtbot.waitSignal(tab.submitted, timeout=5000) as submitted:
        qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    task_id = submitted.args[0].id
    engine = online.bridge.engine
    qtbot.waitUntil(lambda: bool(engine.get(task_id).waiting), timeout=5000)
    assert engine.get(task_id).state is TaskState.QUEUED
    row = panel.model.index(0, 0)
    tip = Qt.ItemDataRole.ToolTipRole
    qtbot.waitUntil(lambda: "Paused" in (panel.model.data(row, tip) or ""), timeout=3000)

    qtbot.mouseClick(strip.pause_button, Qt.MouseButton.LeftButton)  # resume: it is sent
    qtbot.waitUntil(lambda: engine.get(task_id).runway_id is not None, timeout=10000)
    assert not status.paused_label.isVisible()
    panel.shutdown()
    status.stop()


def test_the_daily_budget_holds_a_run_with_its_reason(qtbot, online):
    tab, dialog = open_batch(qtbot, online)
    dialog.close()
    online.bridge.set_limits(daily_budget=40)  # what Settings → Save applies
    with qtbot.waitSignal(tab.submitted, timeout=5000) as submitted:
        qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    engine = online.bridge.engine
    task_id = submitted.args[0].id
    qtbot.waitUntil(lambda: bool(engine.get(task_id).waiting), timeout=5000)
    assert "budget" in engine.get(task_id).waiting.lower()
    assert engine.get(task_id).runway_id is None  # 48 credits would pass 40: nothing sent
    online.bridge.set_limits(daily_budget=None)
    qtbot.waitUntil(lambda: engine.get(task_id).runway_id is not None, timeout=10000)


def test_a_finished_group_is_one_notification_with_its_counts_and_cost(qtbot, online):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from runway_desktop.ui.shell.notifications import TrayNotifier

    elsewhere = QWidget()  # the window, not the active one: the user looks elsewhere
    qtbot.addWidget(elsewhere)
    notifier = TrayNotifier(online.bridge, elsewhere, QIcon(), tray_available=lambda: True)
    _tab, dialog = open_batch(qtbot, online)
    dialog.seed_mode.setCurrentIndex(1)
    dialog.seed_count.setValue(2)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=3000)
    with qtbot.waitSignal(online.bridge.groupFinished, timeout=60000) as finished:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    group, progress = finished.args
    assert progress.succeeded == 2
    assert notifier.shown == [("Batch finished", f"{group.name}\n2 of 2 done, 96 credits so far")]
    notifier.hide()


def test_run_pipeline_fills_its_variables_shows_the_total_and_runs_one_group(qtbot, online, tmp_path):
    import json

    from runway_desktop.core.catalogue.spec import load_catalogue
    from runway_desktop.ui.dialogs.pipeline_dialog import PipelineDialog

    path = tmp_path / "ads.json"
    path.write_text(json.dumps({"steps": [{
        "action": "fan_out", "sources": ["lifestyle", "feature"],
        "step": {"action": "generate_video", "model": "gen4.5", "prompt": "{{product}} ad, {i} angle",
                 "ratio": "1280:720", "duration": 5, "filename": "ad-{i}"},
    }]}))
    dialog = PipelineDialog(path, load_catalogue(), online.bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "product" in dialog.variables, timeout=10000)
    # Without its variable the file cannot run, and the dialog says which one is missing.
    qtbot.waitUntil(lambda: "product" in dialog.view.warnings.text(), timeout=10000)
    assert not dialog.run_button.isEnabled()
    qtbot.keyClicks(dialog.variables["product"], "Acme Serum")
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=10000)
    assert dialog.view.total.text() == "Total: 120 credits ($1.20) for 2 runs"  # 2 × 5 s × 12 credits/s
    assert dialog.run_button.text() == "Run 2 runs"
    with qtbot.waitSignal(dialog.submitted, timeout=10000) as submitted:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    group = submitted.args[0]
    assert group.name == "ads" and group.kind == "pipeline"
    tasks = [t for t in online.bridge.engine.tasks if t.group_id == group.id]
    assert sorted(t.prompt for t in tasks) == ["Acme Serum ad, 1 angle", "Acme Serum ad, 2 angle"]


def test_at_most_n_at_once_is_recorded_with_the_group_and_no_more_of_it_are_at_runway(qtbot, online):
    online.bridge.set_limits(max_live=3)  # Settings' "Tasks sent at once", as Save applies it
    _tab, dialog = open_batch(qtbot, online)
    dialog.prompts.setPlainText("A lighthouse at dawn\nA lighthouse at dusk")
    dialog.seed_mode.setCurrentIndex(1)
    dialog.seed_count.setValue(2)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=3000)
    spin = dialog.max_parallel
    # From 1 to the Settings limit, starting at the limit.
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 3, 3)
    assert spin.text() == "At most 3 at once"
    # One at a time: below the simulator tier's 2 gen4.5 slots, so only the group's limit holds them.
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    assert spin.value() == 1

    engine = online.bridge.engine
    peak = [0]
    reasons: set[str] = set()

    def watch(_task) -> None:
        live = [t for t in engine.tasks if t.state is TaskState.SUBMITTING or t.state.is_live_at_runway]
        peak[0] = max(peak[0], len(live))
        reasons.update(t.waiting for t in engine.tasks if t.waiting)

    online.bridge.taskAdded.connect(watch)
    online.bridge.taskChanged.connect(watch)
    with qtbot.waitSignal(online.bridge.groupFinished, timeout=60000) as finished:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    group, progress = finished.args
    assert progress.succeeded == 4
    assert engine.groups.get(group.id).max_parallel == 1  # recorded with the group
    assert peak[0] == 1  # one at a time, never more
    assert any(r.startswith("Waiting for a slot in “Batch of 4") and "1 of 1" in r for r in reasons), reasons
