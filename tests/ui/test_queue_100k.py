"""The queue over a real 100,000-task SQLite history: count, paging, prompt search, live rows, the CLI."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from queue_support import run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.inspect import inspect_file
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import TASKS_TABLE, Store
from runway_desktop.core.storage.task_rows import COLUMNS
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.filter import QueueFilter
from runway_desktop.ui.queue.model import QueueModel, QueueRole
from runway_desktop.ui.queue.paging import PAGE, PAGES_KEPT
from runway_desktop.ui.queue.view import QueueListView

TASKS = 100_000
EPOCH = 1_600_000_000.0
WORDS = ("red", "fox", "paper", "boat", "river", "neon", "city", "rain", "golden", "sailor")
PLANTED = 12_345  # the one task whose prompt holds "lighthouse"


def task_id(n: int) -> str:
    return f"t{n:07d}"


def row(n: int, state: str = "succeeded") -> tuple[object, ...]:
    """A stored task, made directly: n seconds after the epoch, so task n is row TASKS - 1 - n."""
    words = f"{WORDS[n % 10]} {WORDS[n // 10 % 10]} number{n}"
    prompt = f"a lighthouse at dusk {words}" if n == PLANTED else words
    values = {
        "id": task_id(n), "runway_id": f"rw{n}", "endpoint": "text_to_image", "model": "gen4_image",
        "tab": "image", "state": state, "body": "{}", "media": "[]", "params": "{}", "prompt": prompt,
        "created_at": EPOCH + n, "submitted_at": EPOCH + n, "updated_at": EPOCH + n + 5,
        "finished_at": EPOCH + n + 5, "progress": None, "estimated_credits": 5.0, "cost_credits": 5.0,
        "failure": None, "failure_code": None, "error": None, "outputs": "[]", "retry_of": None,
        "runway_deleted": 0, "input_hashes": "{}", "attention": "null", "group_id": None, "run_key": None,
        "waiting": None,
    }
    return tuple(values[c] for c in COLUMNS)


def insert(path, rows, *, fast: bool = False) -> None:
    """Write rows as another program would: its own connection, one transaction."""
    db = sqlite3.connect(path)
    if fast:  # the template only: nothing to lose if the test process dies meanwhile
        db.execute("PRAGMA synchronous=OFF")
    with db:
        db.executemany(f"INSERT INTO tasks ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})",
                       rows)
    db.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory, qapp):
    """One 100,000-task history file for the module (made once: a few seconds), copied by each test."""
    import asyncio

    path = tmp_path_factory.mktemp("history") / "tasks.sqlite3"
    db = sqlite3.connect(path)
    db.execute(TASKS_TABLE.format(name="tasks"))  # the rows first, then the store indexes them at once
    db.close()
    insert(path, (row(n) for n in range(TASKS)), fast=True)
    store = Store(path)

    async def create() -> None:
        await store.open()
        await store.close()

    asyncio.run(create())
    return path


@pytest.fixture
def history(qtbot, qloop, tmp_path, template):
    """A copy of the template opened by a store and an engine that has not read it (no client)."""
    path = tmp_path / "tasks.sqlite3"
    shutil.copy(template, path)
    store = Store(path)
    run_coro(qtbot, store.open())
    engine = Engine(None, store, Library(tmp_path / "library", verify=inspect_file), load_catalogue())
    bridge = EngineBridge(engine)
    models: list[QueueModel] = []

    def open_model() -> QueueModel:
        model = QueueModel(bridge)
        models.append(model)
        qtbot.waitUntil(lambda: not model.loading, timeout=10000)
        return model

    yield path, engine, open_model
    for model in models:
        model.close()
    bridge.close()
    run_coro(qtbot, engine.close())
    run_coro(qtbot, store.close())


def shown(qtbot, model, row: int, role=QueueRole.TASK_ID):
    """A row's value once its page is in (a long history's pages are read off the UI thread)."""
    index = model.index(row, 0)
    model.data(index, role)  # asks for the page
    qtbot.waitUntil(lambda: model.data(index, role) is not None, timeout=5000)
    return model.data(index, role)


def test_the_count_comes_from_sql_and_scrolling_reads_pages(qtbot, history):
    _path, _engine, open_model = history
    model = open_model()
    assert model.rowCount() == TASKS and model.total == TASKS
    view = QueueListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 600)
    view.show()
    qtbot.waitExposed(view)
    # The view lays the rows out a batch per turn; the last row has its place soon after.
    qtbot.waitUntil(lambda: view.visualRect(model.index(TASKS - 1, 0)).isValid(), timeout=10000)
    bar = view.verticalScrollBar()
    for step in range(21):  # top to bottom in twenty jumps, painting each place
        bar.setValue(bar.maximum() * step // 20)
        qtbot.waitUntil(lambda: view.indexAt(view.viewport().rect().center()).isValid())
        row = view.indexAt(view.viewport().rect().topLeft()).row()
        assert shown(qtbot, model, row) == task_id(TASKS - 1 - row)
    last = model.index(TASKS - 1, 0)
    assert view.visualRect(last).intersects(view.viewport().rect())
    assert shown(qtbot, model, TASKS - 1) == task_id(0)
    assert len(model._pages._records) <= PAGE * PAGES_KEPT  # only pages, never the history


def test_prompt_search_and_filters_are_answered_by_sql(qtbot, history):
    _path, _engine, open_model = history
    model = open_model()
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_text("LIGHTHOUSE")  # FTS5: a word of the prompt, any case
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1, timeout=10000)
    assert shown(qtbot, model, 0) == task_id(PLANTED)
    proxy.set_text("number4242")  # words are prefixes: number4242 and number42420 to number42429
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 11, timeout=10000)
    assert shown(qtbot, model, 0, QueueRole.PROMPT) == "sailor paper number42429"
    assert shown(qtbot, model, 10, QueueRole.PROMPT) == "paper river number4242"
    proxy.set_text("")
    proxy.set_state_group("failed")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 0, timeout=10000)
    assert model.total == TASKS
    proxy.set_state_group("all")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == TASKS, timeout=10000)


def test_a_task_far_down_the_list_follows_the_engine(qtbot, history):
    _path, engine, open_model = history
    model = open_model()
    n = 2_000  # row 98,000
    row = TASKS - 1 - n
    assert model.row_of(task_id(n)) == row
    changed = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    stored = model.task(task_id(n))
    assert stored is not None and stored.state is TaskState.SUCCEEDED
    run_coro(qtbot, engine.update(stored.evolve(state=TaskState.FAILED, failure="Out of credits",
                                               failure_code="INTERNAL")))
    assert (row, row) in changed
    assert model.data(model.index(row, 0), QueueRole.STATE_TEXT) == "Failed (INTERNAL): Out of credits"
    assert model.rowCount() == TASKS

    # A live filter drops it when it leaves the state it asks for, without reading the order again.
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_state_group("failed")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1, timeout=10000)
    removed = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    run_coro(qtbot, engine.update(model.task(task_id(n)).evolve(state=TaskState.SUCCEEDED, failure=None,
                                                                failure_code=None)))
    assert removed == [(0, 0)] and model.rowCount() == 0


def test_a_task_another_program_adds_appears_without_a_restart(qtbot, history):
    path, _engine, open_model = history
    model = open_model()
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    insert(path, [row(TASKS + 1, state="running")])  # the CLI, with the same data dir
    qtbot.waitUntil(lambda: model.rowCount() == TASKS + 1, timeout=5000)
    assert inserted == [(0, 0)]
    assert model.data(model.index(0, 0), QueueRole.TASK_ID) == task_id(TASKS + 1)
    assert model.running_count == 1
    insert(path, [row(TASKS + 2 + n) for n in range(250)])  # more than one look reads: all of them come
    qtbot.waitUntil(lambda: model.rowCount() == TASKS + 251, timeout=8000)
    assert model.data(model.index(0, 0), QueueRole.TASK_ID) == task_id(TASKS + 251)
