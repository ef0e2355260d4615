"""The queue's item model and filter over a real engine (no client) on a real store."""

from __future__ import annotations

import json
import random

import pytest
from PySide6.QtCore import QModelIndex, QUrl
from queue_support import record, run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.inspect import inspect_file
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.filter import QueueFilter
from runway_desktop.ui.queue.model import OUTPUT_MIME, QueueModel, QueueRole
from runway_desktop.ui.queue.text import cost_text, elapsed_text, state_text


@pytest.fixture
def history(qtbot, qloop, tmp_path):
    """An engine without a client over a store holding `save(records)`; yields (engine, bridge, save)."""
    store = Store(tmp_path / "tasks.sqlite3")
    run_coro(qtbot, store.open())
    engine = Engine(None, store, Library(tmp_path / "library", verify=inspect_file), load_catalogue())
    bridge = EngineBridge(engine)

    def save(records) -> None:
        run_coro(qtbot, store.save_many(records))
        run_coro(qtbot, engine.start())

    yield engine, bridge, save
    bridge.close()
    run_coro(qtbot, engine.close())
    run_coro(qtbot, store.close())


def states_cycle(n: int) -> TaskState:
    return list(TaskState)[n % len(TaskState)]


def test_history_is_listed_newest_first_and_the_model_is_well_behaved(qtbot, qtmodeltester, history):
    _engine, bridge, save = history
    records = [record(n, states_cycle(n), tab=("video", "image", "audio")[n % 3]) for n in range(60)]
    random.Random(4).shuffle(records)
    save(records)

    model = QueueModel(bridge)
    qtmodeltester.check(model)

    assert model.rowCount() == 60
    ids = [model.data(model.index(row, 0), QueueRole.TASK_ID) for row in range(60)]
    assert ids == [f"task{n:06d}" for n in reversed(range(60))]
    first = model.index(0, 0)
    assert model.data(first, QueueRole.MODEL) == "seed_audio"
    assert model.data(first, QueueRole.PROMPT) == "prompt number 59"
    assert model.roleNames()[int(QueueRole.STATE_TEXT)] == b"state_text"


def test_engine_events_touch_one_row_and_never_reset(qtbot, qtmodeltester, history):
    engine, bridge, save = history
    save([record(0, TaskState.RUNNING), *(record(n) for n in range(1, 5))])
    model = QueueModel(bridge)
    qtmodeltester.check(model)  # the C++ tester stays attached and checks every change below
    resets, changed, inserted, removed = [], [], [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom, roles: changed.append((top.row(), bottom.row())))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))

    # Rows (newest first): task000004 .. task000000. Change the oldest one.
    oldest = engine.get("task000000")
    run_coro(qtbot, engine.update(oldest.evolve(failure="Out of credits", state=TaskState.FAILED,
                                                 failure_code="INTERNAL")))
    assert changed == [(4, 4)]
    assert model.data(model.index(4, 0), QueueRole.STATE_TEXT) == "Failed (INTERNAL): Out of credits"

    # A new task appears at the top.
    run_coro(qtbot, engine.update(record(10, TaskState.QUEUED), added=True))
    assert inserted == [(0, 0)]
    assert model.data(model.index(0, 0), QueueRole.TASK_ID) == "task000010"
    assert model.data(model.index(0, 0), QueueRole.STATE_TEXT) == "Queued locally"

    # Removing a task in the middle keeps every other row findable by id.
    run_coro(qtbot, engine.remove("task000002"))
    assert removed == [(3, 3)]
    changed.clear()
    task1 = engine.get("task000001")
    run_coro(qtbot, engine.update(task1.evolve(runway_deleted=True)))
    assert changed == [(model.row_of("task000001"), model.row_of("task000001"))]
    assert model.row_of("task000001") == 3
    assert model.data(model.index(3, 0), QueueRole.STATE_TEXT) == "Succeeded · deleted from Runway"
    assert resets == []


def test_progress_events_update_the_row(qtbot, history):
    _engine, bridge, save = history
    save([record(1, TaskState.RUNNING, progress=0.1)])
    model = QueueModel(bridge)
    roles_seen = []
    model.dataChanged.connect(lambda _t, _b, roles: roles_seen.append(list(roles)))
    assert model.data(model.index(0, 0), QueueRole.STATE_TEXT) == "Running · 10 %"

    bridge.taskProgress.emit("task000001", 0.42)
    assert model.data(model.index(0, 0), QueueRole.PROGRESS) == pytest.approx(0.42)
    assert model.data(model.index(0, 0), QueueRole.STATE_TEXT) == "Running · 42 %"
    assert roles_seen and int(QueueRole.PROGRESS) in roles_seen[-1]


def test_running_count_follows_live_tasks(qtbot, history):
    engine, bridge, save = history
    save([record(1, TaskState.QUEUED), record(2, TaskState.RUNNING), record(3)])
    model = QueueModel(bridge)
    counts = []
    model.runningCountChanged.connect(counts.append)
    assert model.running_count == 2

    run_coro(qtbot, engine.cancel("task000001"))  # queued locally: cancelled without any request
    assert counts == [1]
    run_coro(qtbot, engine.update(record(4, TaskState.SUBMITTING), added=True))
    assert counts == [1, 2]


def test_drag_payload_is_files_plus_which_task_made_them(qtbot, history, tmp_path):
    _engine, bridge, save = history
    output = tmp_path / "fox.png"
    output.write_bytes(b"png")
    save([record(1, path=str(output)), record(2, TaskState.RUNNING)])
    model = QueueModel(bridge)
    saved_row = model.index(model.row_of("task000001"), 0)
    running_row = model.index(model.row_of("task000002"), 0)

    assert "ItemIsDragEnabled" in repr(model.flags(saved_row))
    assert "ItemIsDragEnabled" not in repr(model.flags(running_row))
    mime = model.mimeData([saved_row])
    assert mime.urls() == [QUrl.fromLocalFile(str(output))]
    payload = json.loads(bytes(mime.data(OUTPUT_MIME)).decode())
    assert payload == {"task_id": "task000001", "path": str(output)}
    assert model.mimeData([running_row]) is None


def test_filter_by_state_tab_and_words(qtbot, qtmodeltester, history):
    engine, bridge, save = history
    save([
        record(1, TaskState.SUCCEEDED, tab="video", prompt="A paper boat on a river"),
        record(2, TaskState.FAILED, tab="image", prompt="Portrait of a red fox", failure_code="SAFETY"),
        record(3, TaskState.RUNNING, tab="image", prompt="A fox in the snow"),
        record(4, TaskState.CANCELLED, tab="audio", prompt="Rain on a tin roof"),
        record(5, TaskState.UNKNOWN, tab="video", prompt="Fox cubs playing"),
    ])
    model = QueueModel(bridge)
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data(QueueRole.TASK_ID)[-1] for r in range(proxy.rowCount())]

    assert shown() == ["5", "4", "3", "2", "1"]
    proxy.set_text("FOX")
    assert shown() == ["5", "3", "2"]
    proxy.set_text("fox snow")
    assert shown() == ["3"]
    proxy.set_text("gen4_image")  # the model name counts too
    assert shown() == ["3", "2"]
    proxy.set_text("")
    proxy.set_state_group("live")
    assert shown() == ["3"]
    proxy.set_state_group("failed")
    assert shown() == ["2"]
    proxy.set_state_group("all")
    proxy.set_tab("video")
    assert shown() == ["5", "1"]
    proxy.set_tab("all")
    assert proxy.active is False
    with pytest.raises(ValueError, match="unknown state group 'done'"):
        proxy.set_state_group("done")

    # Filtering follows changes: the running fox task finishes and leaves the "live" group.
    proxy.set_state_group("live")
    finished = engine.get("task000003").evolve(state=TaskState.SUCCEEDED, finished_at=1.0)
    run_coro(qtbot, engine.update(finished))
    assert shown() == []
    assert proxy.mapToSource(QModelIndex()).isValid() is False


def test_row_texts(qtbot):
    running = record(1, TaskState.RUNNING, progress=0.375, created_at=1000.0, finished_at=None)
    assert state_text(running) == "Running · 38 %"
    assert elapsed_text(running, now=1083.0) == "1:23"
    failed = record(2, TaskState.FAILED, failure="Input image flagged", failure_code="SAFETY.INPUT.IMAGE",
                    cost_credits=12.0, estimated_credits=12.0)
    assert state_text(failed) == "Failed (SAFETY.INPUT.IMAGE): Input image flagged"
    assert state_text(record(7, TaskState.FAILED, failure=None)) == "Failed: no reason given"
    assert cost_text(failed) == "12 credits charged"
    assert cost_text(record(3, TaskState.PENDING, estimated_credits=25.0)) == "est. 25 credits"
    assert cost_text(record(4, cost_credits=20.0, estimated_credits=25.0)) == "20 credits (est. 25 credits)"
    unknown = record(5, TaskState.UNKNOWN)
    assert state_text(unknown) == "Submission outcome unknown"
    long_one = record(6, created_at=100.0, finished_at=3825.0)
    assert elapsed_text(long_one, now=99999.0) == "1:02:05"


def test_the_queue_speaks_chinese(qapp, qtbot, history):
    from runway_desktop.core.running.groups import GroupProgress
    from runway_desktop.ui.i18n import install_language
    from runway_desktop.ui.queue.actions import Action, label_for
    from runway_desktop.ui.queue.groups import progress_text

    _engine, bridge, save = history
    save([record(1, TaskState.FAILED, failure_code="SAFETY", failure="flagged"),
          record(2, TaskState.RUNNING, progress=0.5)])
    install_language(qapp, "zh_CN")
    try:
        model = QueueModel(bridge)
        assert model.data(model.index(0, 0), QueueRole.STATE_TEXT) == "进行中 · 50%"
        assert model.data(model.index(1, 0), QueueRole.STATE_TEXT).startswith("失败（SAFETY）：")
        assert label_for(Action.CANCEL, 3) == "取消 3 个任务"
        progress = GroupProgress("g", total=12, succeeded=7, failed=1, cancelled=0, unknown=0, attention=0,
                                 live=2, queued=2, saving=0, cost_credits=56.0, estimated_credits=60.0)
        assert progress_text(progress) == "12 个中已完成 7 个，1 个失败，目前共 56 积分"
        model.close()
    finally:
        install_language(qapp, "en")
