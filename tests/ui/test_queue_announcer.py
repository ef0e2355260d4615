"""What the queue tells a screen reader: the events QueueAnnouncer sends for the rows of the real list view.

A real engine (no client) on a real store feeds the real model, filter and view; the events are
recorded where the announcer would hand them to Qt's accessibility bridge (that they reach a screen
reader over AT-SPI is test_atspi_tree.py's part).
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from queue_support import record, run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.inspect import inspect_file
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.announcer import PROGRESS_GAP_S, QueueAnnouncer
from runway_desktop.ui.queue.filter import QueueFilter
from runway_desktop.ui.queue.model import QueueModel
from runway_desktop.ui.queue.view import QueueListView

CREATED, DESTROYED, NAMED = (QAccessible.Event.ObjectCreated, QAccessible.Event.ObjectDestroyed,
                             QAccessible.Event.NameChanged)


class Heard:
    """The events sent, each with the row's spoken name at that moment and when it was sent."""

    def __init__(self, view: QueueListView) -> None:
        self.view = view
        self.events: list[tuple[QAccessible.Event, int, str, float]] = []

    def __call__(self, kind: QAccessible.Event, row: int) -> None:
        name = self.view.model().index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) or ""
        self.events.append((kind, row, name, time.monotonic()))

    def names(self) -> list[str]:
        return [name for kind, _row, name, _at in self.events if kind is NAMED]


@pytest.fixture
def queue(qtbot, qloop, tmp_path):
    """(engine, bridge, view, heard): the queue's list over an engine without a client, and a recorder."""
    store = Store(tmp_path / "tasks.sqlite3")
    run_coro(qtbot, store.open())
    engine = Engine(None, store, Library(tmp_path / "library", verify=inspect_file), load_catalogue())
    run_coro(qtbot, store.save_many([record(n) for n in range(3)]))
    run_coro(qtbot, engine.start())
    bridge = EngineBridge(engine)
    model = QueueModel(bridge)
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    view = QueueListView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    qtbot.waitUntil(lambda: proxy.rowCount() == 3)
    heard = Heard(view)
    view.announcer = QueueAnnouncer(view, view, send=heard, active=lambda: True)
    yield engine, bridge, view, heard
    model.close()
    bridge.close()
    run_coro(qtbot, engine.close())
    run_coro(qtbot, store.close())


def test_a_new_row_its_state_and_its_removal_are_announced(qtbot, queue):
    engine, _bridge, view, heard = queue

    run_coro(qtbot, engine.update(record(10, TaskState.PENDING), added=True))
    assert heard.events[0][:3] == (CREATED, 0, "gen4.5, prompt number 10, Pending")

    run_coro(qtbot, engine.update(engine.get("task000010").evolve(state=TaskState.RUNNING, progress=0.0)))
    run_coro(qtbot, engine.update(engine.get("task000010").evolve(
        state=TaskState.SUCCEEDED, finished_at=1_700_000_040.0)))
    # Each new state at once, however soon after the last: a state is never held back like progress.
    assert heard.names() == ["gen4.5, prompt number 10, Running · 0 %", "gen4.5, prompt number 10, Succeeded"]

    run_coro(qtbot, engine.remove("task000010"))
    assert heard.events[-1][:2] == (DESTROYED, 0)
    assert view.model().rowCount() == 3


def test_progress_is_said_at_most_once_a_second_and_its_newest_figure_last(qtbot, queue):
    engine, bridge, _view, heard = queue
    run_coro(qtbot, engine.update(record(10, TaskState.RUNNING, progress=0.0), added=True))
    (kind, _row, _name, added_at), = heard.events
    assert kind is CREATED

    for percent in range(5, 100, 5):  # nineteen progress events within a few milliseconds
        bridge.taskProgress.emit("task000010", percent / 100)
    assert heard.names() == [], "progress was said within a second of the row itself"
    newest = "gen4.5, prompt number 10, Running · 95 %"
    qtbot.waitUntil(lambda: heard.names() == [newest], timeout=int(PROGRESS_GAP_S * 4000))
    assert heard.events[-1][3] - added_at >= PROGRESS_GAP_S * 0.95
    assert heard.events[-1][2] == newest  # the figure of the moment it is said, not one from before

    # Once a second has passed, the next figure is said at once; the elapsed time ticking is never said.
    qtbot.wait(int(PROGRESS_GAP_S * 1100))
    bridge.taskProgress.emit("task000010", 0.97)
    assert heard.names() == [newest, "gen4.5, prompt number 10, Running · 97 %"]
    qtbot.wait(int(PROGRESS_GAP_S * 1500))
    assert len(heard.names()) == 2


def test_nothing_is_sent_while_no_assistive_technology_listens(qtbot, queue):
    engine, _bridge, view, _heard = queue
    view.announcer.deleteLater()
    quiet: list[tuple[QAccessible.Event, int]] = []
    view.announcer = QueueAnnouncer(view, view, send=lambda kind, row: quiet.append((kind, row)),
                                    active=lambda: False)
    run_coro(qtbot, engine.update(record(10, TaskState.PENDING), added=True))
    run_coro(qtbot, engine.update(engine.get("task000010").evolve(state=TaskState.RUNNING)))
    assert quiet == []
