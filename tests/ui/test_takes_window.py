"""The library and compare inside the window: a real session on the in-thread simulator, real widgets."""

from __future__ import annotations

import pytest
from keychain import no_keychain
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu
from queue_support import image_request, video_request
from shell_support import close_session, run_coro

from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.session import Options, Session
from runway_desktop.ui.compare import CompareWindow
from runway_desktop.ui.shell.connection import ConnectionMode

KEY = "key_" + "7a" * 64
FAST_POLLING = EngineConfig(timing=PollTiming(min_interval=0.05, max_interval=0.5), typical_scale=1 / 200)


@pytest.fixture
def session(qtbot, qloop, tmp_path, simulator_url):
    """The real window against the simulator (playing Runway), with its real queue, tabs and library."""
    session = Session(Options(data_dir=tmp_path / "data", base_url=simulator_url),
                      secrets=no_keychain({"RUNWAYML_API_SECRET": KEY}), engine_config=FAST_POLLING)
    run_coro(qtbot, session.start(), timeout=30000)
    window = session.window
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.mode is ConnectionMode.RUNWAY, timeout=30000)
    qtbot.waitUntil(lambda: window.takes.panel is not None, timeout=30000)
    session.bridge.spend_guard.configure(warn_above=0, ask_repeats=False)
    yield session
    close_session(qtbot, session)


def _generate(qtbot, session, request):
    task = run_coro(qtbot, session.engine.submit(request, {}))
    qtbot.waitUntil(lambda: session.engine.get(task.id).state is TaskState.SUCCEEDED
                    and bool(session.engine.get(task.id).saved_paths), timeout=60000)
    return session.engine.get(task.id)


def _select(qtbot, queue, task_ids):
    selection = queue.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for task_id in task_ids:
        selection.select(queue.filter.mapFromSource(queue.model.index_of(task_id)), flags)


def test_a_generated_take_appears_in_the_library_is_found_and_shown_in_the_preview(qtbot, session):
    window = session.window
    fox = _generate(qtbot, session, image_request("a red fox in the snow"))
    boat = _generate(qtbot, session, image_request("a paper boat on a river"))
    window.action("actionLibraryTab").trigger()
    library = window.takes.panel
    assert window.tabs.currentWidget().widget() is library
    qtbot.waitUntil(lambda: library.model.count() == 2, timeout=20000)

    qtbot.keyClicks(library.filter_bar.search, "fox")
    qtbot.waitUntil(lambda: library.model.count() == 1, timeout=20000)
    qtbot.waitUntil(lambda: library.model.take_at(0) is not None, timeout=20000)
    assert library.model.take_at(0).task_id == fox.id

    index = library.model.index_of(0)
    library.view.scrollTo(index)
    on_picture = library.view.visualRect(index).center() - QPoint(0, 30)  # not on its stars
    with qtbot.waitSignal(library.take_activated, timeout=5000):
        qtbot.mouseClick(library.view.viewport(), Qt.MouseButton.LeftButton, pos=on_picture)
        qtbot.mouseDClick(library.view.viewport(), Qt.MouseButton.LeftButton, pos=on_picture)
    queue = window.queue
    qtbot.waitUntil(lambda: queue.preview.task is not None and queue.preview.task.id == fox.id, timeout=10000)
    assert queue.preview.current_path == fox.saved_paths[0]
    assert [t.id for t in queue.selected_tasks()] == [fox.id]
    assert boat.id not in [t.id for t in queue.selected_tasks()]


def test_compare_from_the_queue_opens_with_both_image_takes_and_is_refused_otherwise(qtbot, session):
    window = session.window
    queue = window.queue
    first = _generate(qtbot, session, image_request("a lighthouse at dusk"))
    second = _generate(qtbot, session, image_request("a lighthouse at dawn"))
    clip = _generate(qtbot, session, video_request("a paper boat on a river"))
    compare = window.takes.queue_compare
    assert compare.button.isVisible()

    _select(qtbot, queue, [first.id])
    assert not compare.action.isEnabled()
    assert "at least 2" in compare.button.toolTip()

    _select(qtbot, queue, [first.id, clip.id])
    assert not compare.action.isEnabled()
    assert "one kind at a time" in compare.button.toolTip()
    compare.trigger()  # the shortcut pressed anyway: said in the banner, nothing opens
    assert window.takes.compare_window is None
    assert any("one kind at a time" in message for message, _ in window.banner.errors)

    _select(qtbot, queue, [first.id, second.id])
    qtbot.waitUntil(compare.action.isEnabled, timeout=5000)
    row = queue.filter.mapFromSource(queue.model.index_of(first.id))
    queue.view.customContextMenuRequested.emit(queue.view.visualRect(row).center())
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    assert compare.action in menu.actions() and compare.action.isEnabled()
    menu.close()
    qtbot.mouseClick(compare.button, Qt.MouseButton.LeftButton)
    opened = window.takes.compare_window
    assert isinstance(opened, CompareWindow) and opened.isVisible()
    assert sorted(t.path for t in opened.takes) == sorted(first.saved_paths + second.saved_paths)
    opened.close()


def test_the_library_compares_its_selection_and_the_index_closes_with_the_window(qtbot, session):
    window = session.window
    _generate(qtbot, session, image_request("a fox"))
    _generate(qtbot, session, image_request("a hare"))
    window.action("actionLibraryTab").trigger()
    library = window.takes.panel
    qtbot.waitUntil(lambda: library.model.count() == 2, timeout=20000)
    library.view.selectAll()
    qtbot.waitUntil(library.compare_button.isEnabled, timeout=5000)
    qtbot.mouseClick(library.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.takes.compare_window is not None, timeout=10000)
    assert len(window.takes.compare_window.takes) == 2

    index = session.takes.index
    window.close()
    qtbot.waitUntil(lambda: session._closed.is_set(), timeout=30000)
    assert session.takes is None
    assert index._db is None  # the database connection was closed, not left to the process's end


def test_an_index_that_cannot_be_opened_is_said_on_the_library_page(qtbot, qloop, tmp_path, monkeypatch):
    import sqlite3

    from runway_desktop.core.takes import TakesIndex

    async def refuse(self):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(TakesIndex, "open", refuse)
    session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain())
    run_coro(qtbot, session.start(), timeout=30000)
    try:
        tabs = session.window.tabs
        last = tabs.count() - 1
        assert tabs.tabText(last) == "Library"
        said = "could not be opened: disk I/O error"
        qtbot.waitUntil(lambda: said in tabs.widget(last).text(), timeout=15000)
        assert session.window.takes.panel is None and session.takes is None
    finally:
        close_session(qtbot, session)
