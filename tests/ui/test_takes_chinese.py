"""Compare, library and preview speak Simplified Chinese when it is the window's language."""

from __future__ import annotations

import re

import pytest
from conftest import run_coro
from library_samples import DAY, T0, saved_task, store_tasks
from media_factory import make_png
from PySide6.QtWidgets import QAbstractButton, QLabel
from shiboken6 import isValid

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.takes import TakesIndex
from runway_desktop.ui.compare import CompareRefused, Take, open_compare
from runway_desktop.ui.i18n import install_language
from runway_desktop.ui.library.panel import LibraryPanel
from runway_desktop.ui.preview.pane import PreviewPane

LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


def english_left(widgets, allowed=()) -> list[str]:
    """Visible words still in English (model names, file names and key names aside)."""
    left = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        words = [w for w in LATIN_WORD.findall(re.sub(r"<[^>]+>", "", text)) if w not in allowed]
        if widget.isVisible() and words:
            left.append(f"{type(widget).__name__}: {text}")
    return left


def test_the_compare_window_in_chinese(tmp_path, qtbot, chinese):
    takes = [Take(str(make_png(tmp_path / f"t{i}.png", 320, 180)), "image", "gen4_image", 10 + i, "a fox",
                  {"ratio": "1920:1080"}) for i in range(3)]
    window = open_compare(None, takes)
    try:
        assert window.windowTitle().startswith("对比 3 张图像")
        assert window.page.grid_button.text() == "网格" and window.page.wipe_button.text() == "划像"
        assert "种子 10" in window.page.grid.cells[0].label.text()
        assert window.shared.text().startswith("所有成品相同：")
        allowed = {"Runway", "Desktop", "gen4_image", "Esc", "fox", "Ratio"}  # Ratio: the catalogue's word
        assert english_left(window.findChildren(QLabel) + window.findChildren(QAbstractButton), allowed) == []
    finally:
        if isValid(window):
            window.close()
    with pytest.raises(CompareRefused, match="请至少选择 2 个成品进行对比"):
        open_compare(None, takes[:1])


def test_the_library_in_chinese(qtbot, qloop, tmp_path, chinese):
    files = tmp_path / "library"
    files.mkdir()
    tasks = [saved_task(files, n, prompt="Paper boat", created_at=T0 + n * DAY) for n in (1, 2)]
    loaded = run_coro(qtbot, store_tasks(tmp_path / "tasks.sqlite3", tasks))
    index = TakesIndex(tmp_path / "tasks.sqlite3")
    run_coro(qtbot, index.open())
    run_coro(qtbot, index.backfill_from_tasks(loaded))
    panel = LibraryPanel(index, None)
    qtbot.addWidget(panel)
    panel.resize(1024, 700)
    panel.show()
    panel.start()
    qtbot.waitUntil(lambda: panel.model.count() == 2, timeout=10000)
    try:
        assert panel.status_label.text() == "2 个成品"
        assert panel.trash_button.text() == "移到回收站"
        assert panel.filter_bar.sort_box.itemText(0)  # a sort order's name (core's words) is shown
        kinds = [panel.filter_bar.kind_box.itemText(i) for i in range(4)]
        assert kinds == ["所有类型", "视频", "图像", "音频"]
        assert panel.filter_bar.search.placeholderText() == "搜索提示词和模型"
        qtbot.waitUntil(lambda: panel.model.take_at(0) is not None)
        described = panel.model.data(panel.model.index_of(0), 3)  # the tooltip
        assert described.startswith("图像，") and "未评分" in described
    finally:
        panel.shutdown()
        run_coro(qtbot, index.close())


def test_the_preview_in_chinese(qtbot, chinese):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show()
    assert pane.message.text() == "在队列中选择一个任务，即可在这里预览其输出。"
    running = TaskRecord(id="t1", endpoint="text_to_image", model="gen4_image", tab="image",
                         state=TaskState.RUNNING, body={"promptText": "a fox"}, prompt="a fox", progress=0.5)
    pane.show_task(running)
    assert pane.message.text() == "Runway 正在生成（已完成 50 %）。输出完成后会显示在这里。"
    assert "模型" in pane.params.toHtml() and "提示词" in pane.params.toHtml()
