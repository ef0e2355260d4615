"""An output that cannot be saved (the library folder cannot be made) is said at once, in Chinese."""

from __future__ import annotations

from contextlib import AsyncExitStack

from english_words import catalogue_names, english_words
from forms_support import TEST_KEY, run_coro
from queue_support import engine_config, image_request

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import OutputState
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.queue.panel import QueuePanel
from runway_desktop.ui.queue.text import tooltip_text
from runway_desktop.wiring import open_services


def test_a_library_folder_under_a_file_is_said_while_saving_is_tried_again(
        qtbot, qloop, tmp_path, chinese, simulator_url):
    blocker = tmp_path / "library"
    blocker.write_text("a file where the library folder should be")
    stack = AsyncExitStack()
    services = run_coro(qtbot, stack.enter_async_context(open_services(
        tmp_path / "data", base_url=simulator_url, api_key=TEST_KEY, library_dir=blocker / "takes",
        config=engine_config(200))))
    bridge = EngineBridge(services.engine)
    panel = QueuePanel(bridge, ThumbnailCache(tmp_path / "thumbs"))
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    try:
        engine = services.engine
        task = run_coro(qtbot, engine.submit(image_request(), {}))
        qtbot.waitUntil(lambda: any(o.error for o in engine.get(task.id).outputs), timeout=30000)
        assert panel.select_task(task.id)
        record = engine.get(task.id)
        assert record.outputs[0].state is not OutputState.SAVED
        said = panel.preview.message.text()
        assert "路径中的某一部分不是文件夹" in said  # "a part of the path is not a folder"
        assert said.startswith("输出尚未保存：保存到 ")  # not "being saved" while it cannot be
        assert english_words(said, catalogue_names()) == []
        assert "路径中的某一部分不是文件夹" in tooltip_text(record)
    finally:
        panel.shutdown()
        bridge.close()
        run_coro(qtbot, stack.aclose())
