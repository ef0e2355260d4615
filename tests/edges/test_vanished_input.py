"""A dropped file deleted before Generate: the task fails locally, says why in Chinese, spends nothing."""

from __future__ import annotations

from english_words import catalogue_names, english_words
from forms_support import Backend, drop, file_mime, make_tab, pick_model
from media_factory import make_png
from PySide6.QtCore import Qt

from runway_desktop.core.running.tasks import TaskState
from runway_desktop.ui.queue.text import failure_reason


def test_a_file_that_vanished_after_the_drop_fails_locally_in_chinese(
        qtbot, qloop, tmp_path, chinese, simulator_url):
    backend = Backend(qtbot, tmp_path, simulator_url)
    try:
        tab = make_tab(qtbot, backend.harness, "video")
        pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
        image = make_png(tmp_path / "lake.png", 1280, 720)
        cell = tab.form.editor("promptImage").cells[0]
        assert drop(cell, file_mime([image]))
        qtbot.waitUntil(lambda: cell.filled, timeout=10000)
        qtbot.keyClicks(tab.form.prompt.edit, "a slow push in")
        image.unlink()  # moved away in the file manager while the form waited
        with qtbot.waitSignal(tab.submitted, timeout=10000) as sent:
            qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
        engine = backend.bridge.engine
        task_id = sent.args[0].id
        qtbot.waitUntil(lambda: engine.get(task_id).state is TaskState.FAILED, timeout=30000)
        task = engine.get(task_id)
        said = failure_reason(task)
        assert said == "有一个输入无法发送，因此没有提交任何内容：“lake.png”不存在。"
        assert english_words(said, catalogue_names()) == []
        assert task.runway_id is None and not task.cost_credits  # nothing reached Runway
    finally:
        backend.close()
