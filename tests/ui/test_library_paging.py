"""The library model reads pages as the view needs them: a long history is never loaded whole."""

from __future__ import annotations

from conftest import run_coro

from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.takes import TakesIndex
from runway_desktop.ui.library import model as model_module
from runway_desktop.ui.library.panel import LibraryPanel

WORDS = ("red", "fox", "neon", "city", "paper", "boat", "river", "storm")


def history(count: int) -> list[TaskRecord]:
    return [
        TaskRecord(
            id=f"p{n:05d}", endpoint="text_to_image", model="gen4_image", tab="image",
            state=TaskState.SUCCEEDED,
            body={"seed": n}, prompt=f"{WORDS[n % 8]} {WORDS[(n // 8) % 8]} number{n}", created_at=1e9 + n,
            outputs=(OutputFile(0, None, f"/nowhere/p{n:05d}.png", OutputState.SAVED, mime="image/png"),),
        )
        for n in range(count)
    ]


def test_rows_come_in_pages_and_scrolling_to_the_end_reads_only_what_is_shown(qtbot, qloop, tmp_path):
    index = TakesIndex(tmp_path / "tasks.sqlite3")
    run_coro(qtbot, index.open())
    assert run_coro(qtbot, index.backfill_from_tasks(history(5000))) == 5000
    reads: list[tuple[int, int]] = []
    original = index.query

    async def counted(filters, sort, limit=200, offset=0):
        reads.append((limit, offset))
        return await original(filters, sort, limit, offset)

    index.query = counted
    panel = LibraryPanel(index, None)
    qtbot.addWidget(panel)
    panel.resize(1024, 700)
    panel.show()
    panel.start()
    model = panel.model
    qtbot.waitUntil(lambda: model.count() == 5000, timeout=10000)
    assert model.take_at(0).task_id == "p04999"
    assert all(limit == model_module.PAGE_SIZE for limit, _ in reads)

    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.take_at(4999) is not None, timeout=10000)
    assert model.take_at(4999).task_id == "p00000"
    read_rows = sum(limit for limit, _ in reads)
    assert read_rows <= 6 * model_module.PAGE_SIZE, reads  # the first page and the last screen, not 5,000

    panel.filter_bar.search.setText("neon number12")
    words = {n: (WORDS[n % 8], WORDS[n // 8 % 8]) for n in range(5000)}
    expected = [n for n in range(5000) if str(n).startswith("12") and "neon" in words[n]]
    qtbot.waitUntil(lambda: model.count() == len(expected), timeout=10000)
    qtbot.waitUntil(lambda: model.take_at(0) is not None, timeout=10000)
    assert model.take_at(0).task_id == f"p{max(expected):05d}"
    panel.shutdown()
    run_coro(qtbot, index.close())


def test_an_action_on_a_wide_selection_reads_each_page_once(qtbot, qloop, tmp_path):
    index = TakesIndex(tmp_path / "tasks.sqlite3")
    run_coro(qtbot, index.open())
    run_coro(qtbot, index.backfill_from_tasks(history(3000)))
    reads: list[tuple[int, int]] = []
    original = index.query

    async def counted(filters, sort, limit=200, offset=0):
        reads.append((limit, offset))
        return await original(filters, sort, limit, offset)

    index.query = counted
    panel = LibraryPanel(index, None)
    qtbot.addWidget(panel)
    panel.start()
    model = panel.model
    qtbot.waitUntil(lambda: model.count() == 3000, timeout=10000)
    reads.clear()
    rows = list(range(5, 3000, 7))
    takes = run_coro(qtbot, model.takes_at(rows))
    assert [t.task_id for t in takes] == [f"p{2999 - row:05d}" for row in rows]
    pages = 3000 // model_module.PAGE_SIZE
    assert len(reads) <= pages and all(limit == model_module.PAGE_SIZE for limit, _ in reads), reads
    panel.shutdown()
    run_coro(qtbot, index.close())
