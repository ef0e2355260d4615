"""The three generation tabs against the offline Runway: fill a form as a person would, see the price,
generate, and see the task reach the engine; and every way a form refuses to generate, with the reason."""

from __future__ import annotations

import pytest
from forms_support import Backend, drop, file_mime, make_tab, pick_model, run_coro, sparse_file
from media_factory import make_gif, make_mp3, make_png
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from runway_desktop.ui.form.generate_tab import NO_KEY_REASON


@pytest.fixture
def online(qtbot, qloop, tmp_path, simulator_url):
    backend = Backend(qtbot, tmp_path, simulator_url)
    yield backend.harness
    backend.close()


@pytest.fixture
def offline(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    yield backend.harness
    backend.close()


def accepted_by_runway(qtbot, harness, task_id: str) -> None:
    """The simulator took the request (it validates bodies strictly) and the output arrived."""
    engine = harness.bridge.engine
    qtbot.waitUntil(lambda: engine.get(task_id).runway_id is not None, timeout=10000)
    task = run_coro(qtbot, engine.wait_until_settled(task_id, timeout=20))
    assert task.failure is None and task.saved_paths


def test_video_tab_image_to_video_from_a_dropped_frame(qtbot, online, tmp_path):
    tab = make_tab(qtbot, online, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    assert tab.title.text() == "gen4_turbo"
    assert "5 credits/s" in tab.facts.text()

    frame = make_png(tmp_path / "frame.png", 640, 360)
    cell = tab.form.editor("promptImage").cells[0]
    assert drop(cell, file_mime([frame]))
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert cell.name.text() == "frame.png"
    assert "640×360" in cell.details.text()
    assert cell.sending.text().startswith("Sent inline, ")

    qtbot.keyClicks(tab.form.prompt.edit, "A slow dolly shot across the valley")
    ratio = next(b for b in tab.form.editor("ratio").buttons() if b.property("ratio") == "1280:720")
    qtbot.mouseClick(ratio, Qt.MouseButton.LeftButton)
    spin = tab.form.editor("duration").spin
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    assert tab.quote.amount.text() == "Estimated 25 credits · $0.25"
    assert "5 credits/s × 5 s" in tab.quote.detail.text()
    assert tab.generate_button.isEnabled(), tab.reason.text()

    with qtbot.waitSignal(tab.submitted, timeout=5000) as submitted:
        qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    task = submitted.args[0]
    assert online.bridge.tasks[0].id == task.id
    assert (task.endpoint, task.model) == ("image_to_video", "gen4_turbo")
    seed = task.body.pop("seed")  # "Random": drawn by the app, sent and recorded
    assert isinstance(seed, int) and task.params["seed"] == seed
    assert task.body == {"model": "gen4_turbo", "promptImage": {"$media": 0}, "ratio": "1280:720",
                         "duration": 5, "promptText": "A slow dolly shot across the valley"}
    assert task.media[0]["path"] == str(frame)
    assert task.estimated_credits == 25
    accepted_by_runway(qtbot, online, task.id)
    # The form keeps its values for the next variation.
    assert tab.form.prompt.value() == "A slow dolly shot across the valley"
    assert cell.filled


def test_image_tab_reference_chosen_with_the_file_dialog_and_tag_completed(qtbot, online, tmp_path):
    tab = make_tab(qtbot, online, "image")
    pick_model(qtbot, tab, "text_to_image", "gen4_image_turbo")
    castle = make_png(tmp_path / "castle.png", 512, 512, (90, 80, 70))
    slot = tab.form.editor("referenceImages")
    qtbot.mouseClick(slot.cells[0].choose_button, Qt.MouseButton.LeftButton)
    dialog = slot.file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(castle))
    dialog.accept()
    qtbot.waitUntil(lambda: slot.cells[0].filled, timeout=5000)
    assert slot.cells[0].tag.text() == "castle"
    assert len(slot.cells) == 2 and slot.cells[1].free  # room for two more references

    edit = tab.form.prompt.edit
    qtbot.keyClicks(edit, "A travel poster of @ca")
    popup = edit.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert edit.completer.currentCompletion() == "castle"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.toPlainText() == "A travel poster of @castle "
    combo = tab.form.editor("ratio").combo
    combo.setCurrentIndex(combo.findData("1920:1080"))
    assert tab.quote.amount.text() == "Estimated 2 credits · $0.02"

    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter generates
    qtbot.waitUntil(lambda: len(online.bridge.tasks) == 1, timeout=5000)
    task = online.bridge.tasks[0]
    assert (task.endpoint, task.model) == ("text_to_image", "gen4_image_turbo")
    assert task.body["referenceImages"] == [{"uri": {"$media": 0}, "tag": "castle"}]
    assert task.body["promptText"] == "A travel poster of @castle "
    assert task.body["ratio"] == "1920:1080"
    accepted_by_runway(qtbot, online, task.id)


def test_audio_tab_dubbing_into_french(qtbot, online, tmp_path):
    tab = make_tab(qtbot, online, "audio")
    pick_model(qtbot, tab, "voice_dubbing", "eleven_voice_dubbing")
    speech = make_mp3(tmp_path / "interview.mp3", seconds=3.0)
    cell = tab.form.editor("audioUri").cells[0]
    assert drop(cell, file_mime([speech]))
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert "3.0 s" in cell.details.text()
    assert tab.reason.text() == "Target language is required."

    combo = tab.form.editor("targetLang").combo
    assert combo.findText("French (fr)") >= 0
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "French (fr)")
    assert tab.form.editor("targetLang").value() == "fr"
    assert tab.quote.amount.text() == "Estimated 2 credits · $0.02"  # 1 credit per 2 s of a 3 s input

    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(online.bridge.tasks) == 1, timeout=5000)
    task = online.bridge.tasks[0]
    assert (task.endpoint, task.model) == ("voice_dubbing", "eleven_voice_dubbing")
    assert task.body["audioUri"] == {"$media": 0}
    assert task.body["targetLang"] == "fr"
    accepted_by_runway(qtbot, online, task.id)


def test_audio_tab_text_to_speech_with_a_preset_voice(qtbot, online):
    tab = make_tab(qtbot, online, "audio")
    pick_model(qtbot, tab, "text_to_speech", "eleven_multilingual_v2")
    qtbot.keyClicks(tab.form.prompt.edit, "Welcome aboard.")
    voice = tab.form.editor("voice").combo
    voice.lineEdit().clear()
    qtbot.keyClicks(voice.lineEdit(), "Bernard")
    assert tab.quote.amount.text() == "Estimated 1 credit · $0.01"
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(online.bridge.tasks) == 1, timeout=5000)
    task = online.bridge.tasks[0]
    assert task.body["voice"] == {"type": "runway-preset", "presetId": "Bernard"}
    accepted_by_runway(qtbot, online, task.id)


def test_too_long_prompt_turns_the_counter_red_and_blocks_generate(qtbot, offline):
    tab = make_tab(qtbot, offline, "video")
    pick_model(qtbot, tab, "text_to_video", "gen4.5")
    prompt = tab.form.prompt
    prompt.edit.insertPlainText("x" * 1000)  # as if pasted
    assert prompt.counter.text() == "1,000 / 1,000"
    assert prompt.counter.property("tone") == "muted"
    qtbot.keyClicks(prompt.edit, " and more")
    assert prompt.counter.text() == "1,009 / 1,000"
    assert prompt.counter.property("tone") == "error"
    row = tab.form.rows["promptText"]
    assert row.message.isVisible()
    assert "1,009 characters long; gen4.5 allows at most 1,000" in row.message.text()
    assert not tab.generate_button.isEnabled()
    assert tab.reason.text() == row.message.text()


def test_emoji_count_twice_like_runway_counts_them(qtbot, offline):
    tab = make_tab(qtbot, offline, "video")
    pick_model(qtbot, tab, "text_to_video", "gen4.5")
    tab.form.prompt.edit.insertPlainText("sunrise 🌅")
    assert tab.form.prompt.counter.text() == "10 / 1,000"


def test_missing_required_image_is_the_reason_generate_is_disabled(qtbot, offline):
    tab = make_tab(qtbot, offline, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    qtbot.keyClicks(tab.form.prompt.edit, "A slow pan")
    assert not tab.generate_button.isEnabled()
    assert tab.reason.text() == "Prompt image needs an image."
    assert not tab.form.rows["promptImage"].message.isVisible()  # an untouched slot shows its mark only


def test_a_gif_is_refused_in_place_and_not_kept(qtbot, offline, tmp_path):
    tab = make_tab(qtbot, offline, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    cell = tab.form.editor("promptImage").cells[0]
    assert drop(cell, file_mime([make_gif(tmp_path / "loop.gif")]))
    qtbot.waitUntil(lambda: cell.error.isVisible(), timeout=5000)
    assert "GIF images are not supported by Runway" in cell.error_text
    assert not cell.filled and tab.form.editor("promptImage").value() == []
    assert tab.reason.text() == "Prompt image needs an image."


def test_an_oversized_video_is_refused_with_the_limit(qtbot, offline, tmp_path):
    tab = make_tab(qtbot, offline, "video")
    pick_model(qtbot, tab, "video_to_video", "aleph2")
    big = sparse_file(tmp_path / "huge.mp4", 201 * 1024 * 1024)
    cell = tab.form.editor("videoUri").cells[0]
    assert drop(cell, file_mime([big]))
    qtbot.waitUntil(lambda: cell.error.isVisible(), timeout=5000)
    assert cell.error_text.startswith("'huge.mp4' is 201")
    assert "Runway accepts files up to 200" in cell.error_text
    assert not cell.filled


def test_without_an_api_key_the_form_works_but_generate_says_why_not(qtbot, offline, tmp_path):
    tab = make_tab(qtbot, offline, "image")
    pick_model(qtbot, tab, "text_to_image", "gemini_2.5_flash")
    qtbot.keyClicks(tab.form.prompt.edit, "A red bicycle")
    assert tab.quote.amount.text() == "Estimated 5 credits · $0.05"
    assert not tab.generate_button.isEnabled()
    assert tab.reason.text() == NO_KEY_REASON
    qtbot.keyClick(tab.form.prompt.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert offline.bridge.tasks == []


def test_a_warning_shows_but_does_not_block(qtbot, online, tmp_path):
    tab = make_tab(qtbot, online, "image")
    pick_model(qtbot, tab, "text_to_image", "gen4_image")
    qtbot.keyClicks(tab.form.prompt.edit, "Portrait of @nobody")
    row = tab.form.rows["promptText"]
    assert row.message.isVisible() and row.message.property("tone") == "warning"
    assert "no reference image is tagged 'nobody'" in row.message.text()
    assert tab.generate_button.isEnabled()


def test_use_parameters_fills_the_form_from_a_past_task(qtbot, online, tmp_path):
    tab = make_tab(qtbot, online, "video")
    pick_model(qtbot, tab, "image_to_video", "veo3.1")
    frame = make_png(tmp_path / "first.png", 320, 180)
    slot = tab.form.editor("promptImage")
    slot.choose_file(str(frame), slot.cells[0])
    qtbot.waitUntil(lambda: slot.cells[0].filled, timeout=5000)
    qtbot.keyClicks(tab.form.prompt.edit, "Waves at night")
    qtbot.mouseClick(tab.form.editor("duration").segments.button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(online.bridge.tasks) == 1, timeout=5000)
    task = online.bridge.tasks[0]

    pick_model(qtbot, tab, "text_to_video", "gen4.5")
    tab.form.prompt.set_value("something else")
    tab.apply_task(task)
    assert tab.current_model.key == ("image_to_video", "veo3.1")
    assert tab.form.prompt.value() == "Waves at night"
    assert tab.form.editor("duration").value() == 6
    slot = tab.form.editor("promptImage")
    qtbot.waitUntil(lambda: slot.cells[0].filled, timeout=5000)
    assert slot.value()[0].path == str(frame)
    assert tab.generate_button.isEnabled()
    accepted_by_runway(qtbot, online, task.id)


def test_an_expensive_generation_asks_first_and_cancel_sends_nothing(qtbot, online, tmp_path):
    tab = make_tab(qtbot, online, "video")
    tab.set_spend_warning(50)  # from Settings: ask above 50 credits
    pick_model(qtbot, tab, "text_to_video", "gen4.5")
    qtbot.keyClicks(tab.form.prompt.edit, "A long aerial shot over glaciers")
    spin = tab.form.editor("duration").spin
    spin.selectAll()
    qtbot.keyClicks(spin, "10")
    assert tab.quote.amount.text().startswith("Estimated 120 credits")

    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    question = tab.spend_question
    qtbot.waitUntil(lambda: question.isVisible(), timeout=5000)
    assert "120 credits" in question.text() and "50 credits" in question.text()
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=5000)
    assert online.bridge.tasks == []  # declined: nothing submitted

    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    question = tab.spend_question
    qtbot.waitUntil(lambda: question.isVisible(), timeout=5000)
    with qtbot.waitSignal(tab.submitted, timeout=5000) as submitted:
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert submitted.args[0].estimated_credits == 120
