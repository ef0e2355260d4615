"""The window in 简体中文 at the smallest size people use: every model's form and every dialog fit.

Chinese words have other widths and break anywhere, and the CJK font has taller lines: every form
(with "More settings" open) and every dialog is measured with `layout_problems`, as in English.
The three sizes and 200 % are checked in Chinese by `test_layout_sizes` for the busiest forms.
"""

from __future__ import annotations

import json

import pytest
from layout_support import layout_problems
from PySide6.QtWidgets import QMessageBox, QWidget
from test_layout_sizes import check, history_window, themed  # noqa: F401  (fixtures)

from runway_desktop.core.running.tasks import TaskState
from runway_desktop.ui.dialogs.add_sound import AddSoundDialog
from runway_desktop.ui.dialogs.pipeline_dialog import PipelineDialog
from runway_desktop.ui.i18n import install_language
from runway_desktop.ui.shell.connection import ConnectionMode

SMALLEST = (1024, 700)
SETTLE_MS = 3000  # a busy machine may need a few layout turns; only a failure waits this long


@pytest.fixture
def chinese(qapp):
    assert install_language(qapp, "zh_CN") == "zh_CN"
    yield
    install_language(qapp, "en")


def _settled(qtbot, measure) -> list[str]:
    """What `measure` still finds once the layout has had its turns."""
    found: list[str] = []

    def clean() -> bool:
        found[:] = measure()
        return not found

    try:
        qtbot.waitUntil(clean, timeout=SETTLE_MS)
    except qtbot.TimeoutError:
        pass  # `found` holds what is still wrong
    return found


@pytest.mark.parametrize("key", ["video", "image", "audio"])
def test_every_models_form_fits_the_smallest_window_in_chinese(qtbot, chinese, history_window, key):  # noqa: F811
    window, records = history_window
    window.resize(*SMALLEST)
    window.set_connection(ConnectionMode.SIMULATOR)
    window.tabs.setCurrentWidget(window.tab(key))
    tab = window.tab(key)
    assert tab.generate_button.text() == "生成"
    # The form is what changes here; a take without output keeps the preview still (the preview of
    # every kind of take is measured in Chinese by test_layout_sizes).
    assert window.queue.select_task(next(r.id for r in records if r.state is TaskState.FAILED))
    problems: list[str] = []
    models = tab.picker.models()
    assert len(models) > 5
    for model in models:
        tab.select_model(model.endpoint, model.id)
        if tab.form.more_button is not None:
            tab.form.set_more_visible(True)
        problems += _settled(qtbot, lambda model=model: check(window, f"{key} {model.id}"))
    assert not problems, "\n".join(dict.fromkeys(problems))


def _fits(qtbot, dialog: QWidget, what: str) -> list[str]:
    qtbot.waitUntil(dialog.isVisible)
    found = [f"{what}: {p}" for p in _settled(qtbot, lambda: layout_problems(dialog))]
    if dialog.width() > SMALLEST[0] or dialog.height() > SMALLEST[1]:
        found.append(f"{what} is {dialog.width()}×{dialog.height()}, larger than the window")
    return found


def test_every_dialog_fits_the_smallest_window_in_chinese(
        qtbot, chinese, history_window, tmp_path):  # noqa: F811
    window, records = history_window
    window.resize(*SMALLEST)
    problems: list[str] = []

    settings = window.open_settings()
    assert settings.save_button.text() == "保存"
    problems += _fits(qtbot, settings, "Settings")
    settings.close()

    window.show_about()
    about = window.findChild(QMessageBox)
    qtbot.waitUntil(lambda: about is not None and about.isVisible())
    problems += _fits(qtbot, about, "About")
    about.close()

    tab = window.tab("video")
    window.tabs.setCurrentWidget(tab)
    tab.select_model("text_to_video", "gen4.5")
    tab.form.prompt.edit.setPlainText("雨中的灯塔")
    batch = tab.open_batch()
    assert batch is not None
    problems += _fits(qtbot, batch, "Batch")
    batch.close()

    path = tmp_path / "广告.json"
    path.write_text(json.dumps({"steps": [{
        "action": "fan_out", "sources": ["lifestyle", "feature"],
        "step": {"action": "generate_video", "model": "gen4.5", "prompt": "{{product}} ad, {i} angle",
                 "ratio": "1280:720", "duration": 5, "filename": "ad-{i}"},
    }]}), encoding="utf-8")
    pipeline = PipelineDialog(path, tab.catalogue, window.bridge, window)
    pipeline.show()
    qtbot.waitUntil(lambda: "product" in pipeline.variables, timeout=10000)
    problems += _fits(qtbot, pipeline, "Run pipeline")
    pipeline.close()

    video = next(r for r in records if r.tab == "video" and r.state is TaskState.SUCCEEDED)
    sound = AddSoundDialog(window.bridge, video, 0, window)
    sound.show()
    problems += _fits(qtbot, sound, "Add sound")
    sound.close()
    assert not problems, "\n".join(dict.fromkeys(problems))
