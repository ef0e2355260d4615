"""Settings back from a bare output file (no sidecar): File → "Use parameters from file…" and drops."""

from __future__ import annotations

import pytest
from keychain import no_keychain
from media_factory import make_mp4, make_png
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shell_support import close_session, run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.embed import embed_record, record_for_file
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.library import sidecar_data
from runway_desktop.session import Options, Session
from runway_desktop.ui.form.drop_zone import Dropped
from runway_desktop.ui.form.restore import USE_AS_INPUT, USE_SETTINGS
from runway_desktop.ui.shell.chains import USE_FILE_ACTION

CATALOGUE = load_catalogue()


@pytest.fixture
def window(qtbot, qloop, tmp_path):
    """The real window (real tabs and queue) on an empty history, without any service."""
    session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain())
    run_coro(qtbot, session.start(), timeout=30000)
    yield session.window
    close_session(qtbot, session)


def _output(tmp_path, make, name: str, endpoint: str, model: str, params: dict) -> str:
    """A saved output carrying its record inside, and no sidecar beside it."""
    body = {"model": model, **params}
    task = TaskRecord(
        id="c0ffee00c0ffee00", endpoint=endpoint, model=model, tab=CATALOGUE.get(endpoint, model).tab,
        state=TaskState.SUCCEEDED, body=body, params=params, prompt=params.get("promptText", ""),
        created_at=1_764_600_000.0, finished_at=1_764_600_060.0,
    )
    path = make(tmp_path / name)
    output = OutputFile(index=0, url="https://example/out", path=str(path), state=OutputState.SAVED)
    embed_record(path, record_for_file(sidecar_data(task, output, saved_at=1_764_600_070.0)))
    assert not path.with_name(path.name + ".json").exists()
    return str(path)


def _form_values(tab, params: dict) -> dict:
    values = tab.form.values_json()
    return {key: values.get(key) for key in params}


IMAGE_PARAMS = {"promptText": "a glass lighthouse, 雨", "ratio": "1920:1080", "seed": 4242424}
VIDEO_PARAMS = {"promptText": "a paper boat drifts", "ratio": "720:1280", "duration": 7, "seed": 77}


def test_the_file_menu_restores_a_bare_png_and_a_bare_mp4_exactly(qtbot, window, tmp_path):
    action = window.action(USE_FILE_ACTION)
    assert action.text() == "Use Parameters from File…"
    action.trigger()
    dialog = window.chains.restore.file_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
    png = _output(tmp_path, make_png, "take.png", "text_to_image", "gen4_image", IMAGE_PARAMS)
    dialog.fileSelected.emit(png)  # as choosing the file does
    dialog.close()
    image_tab = window.tab("image")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is image_tab, timeout=10000)
    assert image_tab.current_model.key == ("text_to_image", "gen4_image")
    assert _form_values(image_tab, IMAGE_PARAMS) == IMAGE_PARAMS
    assert "seed 4242424" in window.statusBar().currentMessage()

    mp4 = _output(tmp_path, make_mp4, "take.mp4", "text_to_video", "gen4.5", VIDEO_PARAMS)
    run_coro(qtbot, window.chains.restore.restore(mp4))
    video_tab = window.tab("video")
    assert window.tabs.currentWidget() is video_tab
    assert video_tab.current_model.key == ("text_to_video", "gen4.5")
    assert _form_values(video_tab, VIDEO_PARAMS) == VIDEO_PARAMS


def test_a_file_without_settings_says_so_and_leaves_the_form(qtbot, window, tmp_path):
    plain = make_png(tmp_path / "holiday.png")
    tab = window.tab(window.tabs.currentWidget().objectName().removesuffix("Tab"))
    before = tab.form.values_json()
    run_coro(qtbot, window.chains.restore.restore(str(plain)))
    message = window.statusBar().currentMessage()
    assert "holiday.png carries no generation settings" in message
    assert tab.form.values_json() == before
    run_coro(qtbot, window.chains.restore.restore(str(tmp_path / "gone.mp4")))
    assert "gone.mp4" in window.statusBar().currentMessage()


def test_a_drop_that_could_be_input_or_recipe_asks_and_does_either(qtbot, window, tmp_path):
    png = _output(tmp_path, make_png, "take.png", "text_to_image", "gen4_image", IMAGE_PARAMS)
    tab = window.tab("video")
    window.tabs.setCurrentWidget(tab)
    tab.select_model("image_to_video", "gen4_turbo")  # has a place for an image: either is possible

    tab.route_items([Dropped("file", path=png)])
    qtbot.waitUntil(lambda: tab.recipes.question is not None, timeout=10000)
    question = tab.recipes.question
    assert question.windowModality() is Qt.WindowModality.NonModal and not question.isModal()
    [as_input] = [b for b in question.buttons() if b.text() == USE_AS_INPUT]
    as_input.click()
    slot = tab.form.editors["promptImage"]
    qtbot.waitUntil(lambda: bool(slot.items()), timeout=15000)
    assert slot.items()[0].origin.task_id == "c0ffee00c0ffee00"  # and it remembers where it came from

    tab.route_items([Dropped("file", path=png)])
    qtbot.waitUntil(lambda: tab.recipes.question is not None, timeout=10000)
    [settings] = [b for b in tab.recipes.question.buttons() if b.text() == USE_SETTINGS]
    settings.click()
    image_tab = window.tab("image")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is image_tab, timeout=10000)
    assert _form_values(image_tab, IMAGE_PARAMS) == IMAGE_PARAMS


def test_a_recipe_dropped_where_no_slot_takes_it_fills_the_form_at_once(qtbot, window, tmp_path):
    mp4 = _output(tmp_path, make_mp4, "take.mp4", "text_to_video", "gen4.5", VIDEO_PARAMS)
    tab = window.tab("image")
    window.tabs.setCurrentWidget(tab)
    tab.route_items([Dropped("file", path=mp4)])  # no image model takes a video
    video_tab = window.tab("video")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is video_tab, timeout=10000)
    assert tab.recipes.question is None
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in tab.findChildren(QMessageBox))
    assert _form_values(video_tab, VIDEO_PARAMS) == VIDEO_PARAMS


def test_a_take_dragged_from_the_queue_is_an_input_without_asking(qtbot, window, tmp_path):
    import json

    from forms_support import drop
    from PySide6.QtCore import QMimeData, QUrl

    from runway_desktop.ui.form.drop_zone import OUTPUT_MIME

    png = _output(tmp_path, make_png, "take.png", "text_to_image", "gen4_image", IMAGE_PARAMS)
    tab = window.tab("video")
    window.tabs.setCurrentWidget(tab)
    tab.select_model("image_to_video", "gen4_turbo")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(png)])
    mime.setData(OUTPUT_MIME, json.dumps({"task_id": "c0ffee00c0ffee00", "path": png}).encode())
    assert drop(tab.drop_zone, mime)
    slot = tab.form.editors["promptImage"]
    qtbot.waitUntil(lambda: bool(slot.items()), timeout=15000)
    assert tab.recipes.question is None
    assert slot.items()[0].origin.task_id == "c0ffee00c0ffee00"
