"""Closing the window and opening it again on the same data: the same history, and live work resumes."""

from __future__ import annotations

from queue_support import Running, record, run_coro, simulator, video_request

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.store import Store
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.model import QueueRole
from runway_desktop.ui.queue.panel import QueuePanel

SPEED = 30  # a 2-second video runs for over a second: it is still running when the window closes


def open_window(qtbot, data_dir, url, thumbs) -> tuple[Running, EngineBridge, QueuePanel]:
    running = Running(qtbot, data_dir, url, SPEED)
    bridge = EngineBridge(running.engine)
    panel = QueuePanel(bridge, ThumbnailCache(thumbs))
    qtbot.addWidget(panel)
    panel.resize(460, 700)
    panel.show()
    return running, bridge, panel


def close_window(running: Running, bridge: EngineBridge, panel: QueuePanel) -> None:
    panel.shutdown()
    panel.close()
    bridge.close()
    running.close()


def rows(panel: QueuePanel) -> list[tuple[str, str]]:
    model = panel.model
    return [
        (model.index(r, 0).data(QueueRole.TASK_ID), model.index(r, 0).data(QueueRole.PROMPT))
        for r in range(model.rowCount())
    ]


def test_a_restart_shows_the_same_history_and_resumes_live_tasks(qtbot, qloop, tmp_path):
    data_dir, thumbs = tmp_path / "data", tmp_path / "thumbs"
    store = Store(data_dir / "tasks.sqlite3")  # the history from earlier sessions
    run_coro(qtbot, store.open())
    run_coro(qtbot, store.save_many([
        record(1, prompt="An old success"),
        record(2, TaskState.FAILED, prompt="An old failure", failure="Moderated", failure_code="SAFETY"),
        record(3, TaskState.CANCELLED, prompt="An old cancellation"),
    ]))
    run_coro(qtbot, store.close())
    with simulator(SPEED) as url:
        running, bridge, panel = open_window(qtbot, data_dir, url, thumbs)
        live = run_coro(qtbot, running.engine.submit(video_request("a kite over the dunes", duration=2), {}))
        qtbot.waitUntil(
            lambda: running.engine.get(live.id).state in (TaskState.PENDING, TaskState.RUNNING), timeout=20000
        )
        before = rows(panel)
        assert [task_id for task_id, _ in before] == [live.id, "task000003", "task000002", "task000001"]
        assert running.engine.get(live.id).state.is_live_at_runway
        runway_id = running.engine.get(live.id).runway_id
        close_window(running, bridge, panel)

        running, bridge, panel = open_window(qtbot, data_dir, url, thumbs)
        try:
            assert rows(panel) == before
            assert panel.model.index(2, 0).data(QueueRole.STATE_TEXT) == "Failed (SAFETY): Moderated"
            row = panel.model.row_of(live.id)
            qtbot.waitUntil(
                lambda: panel.model.index(row, 0).data(QueueRole.STATE_TEXT) == "Succeeded", timeout=30000
            )
            resumed = running.engine.get(live.id)
            assert resumed.runway_id == runway_id  # the same task at Runway, not a new one
            assert len(resumed.saved_paths) == 1
            assert len(running.engine.tasks) == 4  # nothing was submitted again
        finally:
            close_window(running, bridge, panel)
