"""The preview pane: generated video plays (frames through a QVideoSink), images at fit and 100 %."""

from __future__ import annotations

import pytest
from media_factory import make_png, make_wav
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from queue_support import Running, image_request, record, run_coro, simulator, video_request

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskState
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.preview.pane import PreviewPane
from runway_desktop.ui.queue.panel import QueuePanel

SPEED = 200


@pytest.fixture
def panel_on_simulator(qtbot, qloop, tmp_path):
    with simulator(SPEED) as url:
        running = Running(qtbot, tmp_path / "data", url, SPEED)
        bridge = EngineBridge(running.engine)
        panel = QueuePanel(bridge, ThumbnailCache(tmp_path / "thumbs"))
        qtbot.addWidget(panel)
        panel.resize(520, 900)
        panel.show()
        yield panel
        panel.shutdown()
        bridge.close()
        running.close()


def generate(qtbot, panel: QueuePanel, request) -> str:
    """Submit through the engine and wait until the output is saved; returns the task id."""
    engine = panel.bridge.engine
    task = run_coro(qtbot, engine.submit(request, {}))
    qtbot.waitUntil(lambda: bool(engine.get(task.id).saved_paths), timeout=30000)
    return task.id


def test_the_preview_plays_a_generated_video(qtbot, panel_on_simulator):
    panel = panel_on_simulator
    task_id = generate(qtbot, panel, video_request("waves rolling onto a beach", duration=2))
    assert panel.select_task(task_id)
    preview = panel.preview
    assert preview.current_path == panel.bridge.engine.get(task_id).saved_paths[0]
    player = preview.player
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10000)

    frames: list[int] = []

    def on_frame(frame) -> None:
        if frame.isValid() and frame.width() > 0:
            frames.append(frame.startTime())

    player.video_sink().videoFrameChanged.connect(on_frame)
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(set(frames)) >= 5, timeout=15000)
    assert player.play_button.text() == "Pause"
    assert sorted(set(frames))[-1] > 0  # time moves on: it is playing, not showing one still
    assert player.position.maximum() == player.player.duration()

    player.volume.setValue(30)
    assert player.audio.volume() == pytest.approx(0.3)
    qtbot.mouseClick(player.loop_button, Qt.MouseButton.LeftButton)
    assert player.player.loops() == 1
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.play_button.text() == "Play")


def test_the_preview_shows_a_generated_image_at_fit_and_100_percent(qtbot, panel_on_simulator):
    panel = panel_on_simulator
    task_id = generate(qtbot, panel, image_request("a lighthouse at dusk"))
    path = panel.bridge.engine.get(task_id).saved_paths[0]
    with Image.open(path) as image:
        width, height = image.size
    assert panel.select_task(task_id)
    viewer = panel.preview.image_viewer
    qtbot.waitUntil(lambda: not viewer.pixmap().isNull(), timeout=10000)

    assert viewer.fit_mode and viewer.zoom() < 1.0  # a 1280-pixel image shrinks into a 520-pixel pane
    qtbot.mouseClick(panel.preview.actual_button, Qt.MouseButton.LeftButton)
    assert (viewer.pixmap().width(), viewer.pixmap().height()) == (width, height)
    assert viewer.zoom() == 1.0
    assert viewer.displayed_size() == (width, height)
    assert panel.preview.zoom_label.text() == "100 %"

    wheel = QWheelEvent(
        QPointF(50, 50), QPointF(viewer.viewport().mapToGlobal(QPoint(50, 50))), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(viewer.viewport(), wheel)
    assert viewer.zoom() == pytest.approx(1.25)
    qtbot.mouseClick(panel.preview.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom() < 1.0

    # The sidecar's parameters sit beside it (read off the UI thread).
    qtbot.waitUntil(lambda: "Runway task" in panel.preview.params.toPlainText(), timeout=10000)
    text = panel.preview.params.toPlainText()
    assert "a lighthouse at dusk" in text and "1280:720" in text and "gen4_image" in text


def test_stepping_through_several_outputs_and_audio(qtbot, qloop, tmp_path):
    first = make_png(tmp_path / "one.png", 64, 48)
    second = make_png(tmp_path / "two.png", 40, 30, color=(20, 90, 200))
    sound = make_wav(tmp_path / "three.wav", seconds=0.5)
    task = record(1, tab="image").evolve(
        outputs=tuple(
            OutputFile(i, url=f"https://example.test/{i}", path=str(p), state=OutputState.SAVED, mime=m)
            for i, (p, m) in enumerate([(first, "image/png"), (second, "image/png"), (sound, "audio/wav")])
        )
    )
    pane = PreviewPane(ThumbnailCache(tmp_path / "thumbs"))
    qtbot.addWidget(pane)
    pane.resize(480, 420)
    pane.show()
    pane.show_task(task)

    assert pane.counter.text() == "1 of 3" and not pane.prev_button.isEnabled()
    qtbot.waitUntil(lambda: pane.image_viewer.pixmap().width() == 64)
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert pane.counter.text() == "2 of 3"
    qtbot.waitUntil(lambda: pane.image_viewer.pixmap().width() == 40)
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert pane.counter.text() == "3 of 3" and not pane.next_button.isEnabled()
    assert pane.current_path == str(sound)
    art = pane.player.audio_art
    qtbot.waitUntil(lambda: art.pixmap() is not None and not art.pixmap().isNull())
    # No sidecar beside these files: the history's record is shown, and the pane says so.
    qtbot.waitUntil(lambda: "No sidecar file" in pane.params.toPlainText())
    pane.close_media()


def test_tasks_without_outputs_say_why(qtbot, qloop, tmp_path):
    pane = PreviewPane(None)
    qtbot.addWidget(pane)
    pane.show_task(record(1, TaskState.FAILED, failure="The prompt was flagged", failure_code="SAFETY.INPUT"))
    assert "failed: The prompt was flagged" in pane.message.text()
    assert "charged nothing" not in pane.message.text() and "charge" in pane.message.text()
    texts = {}
    for n, state in enumerate(TaskState):
        if state is not TaskState.SUCCEEDED:
            pane.show_task(record(10 + n, state, progress=0.5 if state is TaskState.RUNNING else None))
            texts[state] = pane.message.text()
    assert len(set(texts.values())) == len(texts)  # each state has its own words
    assert "50 % done" in texts[TaskState.RUNNING]
    assert "cancelled" in texts[TaskState.CANCELLED] and "charge" in texts[TaskState.CANCELLED]
    assert "not a failure" in texts[TaskState.THROTTLED]
    pane.show_task(None)
    assert "Select a task" in pane.message.text()
