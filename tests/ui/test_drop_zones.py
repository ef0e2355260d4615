"""Drop zones: files from a file manager, images and links from a browser, the clipboard, the file
dialog and the app's own outputs; each checked by content off the UI thread and shown in place."""

from __future__ import annotations

import json

import pytest
from forms_support import Backend, drop, file_mime, make_tab, pick_model
from media_factory import make_mp3, make_mp4, make_png
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragLeaveEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from runway_desktop.core.requests.build import build_request
from runway_desktop.ui.form.drop_zone import OUTPUT_MIME, DropZone, dropped_items
from runway_desktop.ui.form.media_admission import pasted_folder


@pytest.fixture
def harness(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    yield backend.harness
    backend.close()


def red_image(width: int = 200, height: int = 100) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 30))
    return image


def test_what_a_drag_carries(qapp, tmp_path):
    files = dropped_items(file_mime([tmp_path / "a.png", tmp_path / "b.mp4"]))
    assert [(i.kind, i.path) for i in files] == [
        ("file", str(tmp_path / "a.png")), ("file", str(tmp_path / "b.mp4"))]

    browser = QMimeData()  # a browser's image drag: the pixels and the page's link to them
    browser.setUrls([QUrl("https://images.example.com/cat.png")])
    browser.setImageData(red_image())
    [item] = dropped_items(browser)
    assert item.kind == "image" and item.image.width() == 200

    link = QMimeData()
    link.setUrls([QUrl("https://images.example.com/cat.png")])
    assert [(i.kind, i.url) for i in dropped_items(link)] == [("url", "https://images.example.com/cat.png")]

    text = QMimeData()
    text.setText("https://cdn.example.com/clip.mp4")
    assert [i.url for i in dropped_items(text)] == ["https://cdn.example.com/clip.mp4"]

    output = QMimeData()
    output.setData(OUTPUT_MIME, json.dumps({"task_id": "t1", "path": "/library/out.mp4"}).encode())
    output.setUrls([QUrl.fromLocalFile("/library/out.mp4")])
    assert [(i.kind, i.path) for i in dropped_items(output)] == [("file", "/library/out.mp4")]

    words = QMimeData()
    words.setText("just some words")
    assert dropped_items(words) == []


def test_a_dropped_video_shows_checking_then_its_size_length_and_how_it_is_sent(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "video_to_video", "aleph2")
    clip = make_mp4(tmp_path / "street.mp4", 320, 180, seconds=2.0)
    cell = tab.form.editor("videoUri").cells[0]
    assert drop(cell, file_mime([clip]))
    assert cell.busy_label.text() == "Checking street.mp4…"  # before any inspection has run
    assert cell.state == "busy"
    assert tab.reason.text() == "Checking street.mp4…" and not tab.generate_button.isEnabled()
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert not cell.thumb.pixmap().isNull()  # the first frame
    assert cell.name.text() == "street.mp4"
    assert "320×180" in cell.details.text() and "2.0 s" in cell.details.text()
    assert cell.sending.text().startswith("Sent inline, ")
    assert "15 credits/s of input × 2 s" in tab.quote.detail.text()


def test_an_audio_file_shows_its_waveform(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "audio")
    pick_model(qtbot, tab, "voice_isolation", "eleven_voice_isolation")
    cell = tab.form.editor("audioUri").cells[0]
    assert drop(cell, file_mime([make_mp3(tmp_path / "noisy.mp3", seconds=2.0)]))
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert not cell.thumb.pixmap().isNull()
    assert tab.quote.amount.text() == "Estimated 1 credit · $0.01"  # 1 credit per 6 s of input


def test_the_general_zone_routes_each_file_by_its_content(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "character_performance", "act_two")
    face = make_png(tmp_path / "face.dat", 256, 256)  # the name says nothing; the content does
    performance = make_mp4(tmp_path / "performance.mp4", 160, 120, seconds=3.0).rename(tmp_path / "take.bin")
    assert tab.drop_zone.isVisible()
    assert drop(tab.drop_zone, file_mime([face]))
    character = tab.form.editor("character").cells[0]
    qtbot.waitUntil(lambda: character.filled, timeout=5000)
    assert drop(tab.form_host, file_mime([performance]))  # dropped between the fields
    reference = tab.form.editor("reference").cells[0]
    qtbot.waitUntil(lambda: reference.filled, timeout=5000)
    assert character.value().info.kind == "image" and reference.value().info.kind == "video"


def test_a_file_with_no_place_says_so(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    assert drop(tab.drop_zone, file_mime([make_mp3(tmp_path / "song.mp3")]))
    qtbot.waitUntil(lambda: tab.drop_hint.property("tone") == "error", timeout=5000)
    assert tab.drop_hint.text() == (
        "'song.mp3' is an audio file, but gen4_turbo (image to video) has no place for an audio file.")


def test_image_data_from_a_browser_is_saved_and_used(qtbot, harness):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    mime = QMimeData()
    mime.setImageData(red_image(320, 240))
    cell = tab.form.editor("promptImage").cells[0]
    assert drop(cell, mime)
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    path = cell.value().path
    assert path.startswith(str(pasted_folder(harness.thumbnails))) and path.endswith(".png")
    assert "320×240" in cell.details.text()


def test_a_link_from_a_browser_is_sent_as_a_link(qtbot, harness):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    mime = QMimeData()
    mime.setUrls([QUrl("https://images.example.com/photos/cat.png")])
    cell = tab.form.editor("promptImage").cells[0]
    assert drop(cell, mime)
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert cell.name.text() == "cat.png"
    assert cell.sending.text() == "Sent link: Runway downloads it"
    assert cell.value().url == "https://images.example.com/photos/cat.png"

    plain = QMimeData()
    plain.setUrls([QUrl("http://images.example.com/dog.png")])
    assert drop(cell, plain)
    qtbot.waitUntil(lambda: cell.error.isVisible(), timeout=5000)
    assert "uses plain HTTP" in cell.error_text
    assert cell.value().url == "https://images.example.com/photos/cat.png"  # the earlier one stays


def test_an_image_pasted_from_the_clipboard(qtbot, harness):
    tab = make_tab(qtbot, harness, "image")
    pick_model(qtbot, tab, "image_upscale", "magnific_precision_upscaler_v2")
    QGuiApplication.clipboard().setImage(red_image(300, 200))
    cell = tab.form.editor("imageUri").cells[0]
    cell.setFocus()
    qtbot.keyClick(cell, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert "300×200" in cell.details.text()


def test_pasting_with_nothing_focused_routes_like_a_drop(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "image")
    pick_model(qtbot, tab, "image_upscale", "magnific_precision_upscaler_v2")
    mime = file_mime([make_png(tmp_path / "copied.png", 128, 128)])
    QGuiApplication.clipboard().setMimeData(mime)
    tab.setFocus()
    tab.paste()
    cell = tab.form.editor("imageUri").cells[0]
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert cell.name.text() == "copied.png"


def test_the_apps_own_output_dragged_from_the_queue(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "video_upscale", "magnific_video_upscaler_creative")
    (tmp_path / "library").mkdir()
    output = make_mp4(tmp_path / "library" / "task-1.mp4", 160, 90)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(output))])
    mime.setData(OUTPUT_MIME, json.dumps({"task_id": "abc", "path": str(output)}).encode())
    cell = tab.form.editor("videoUri").cells[0]
    assert drop(cell, mime)
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert cell.value().path == str(output)


def test_remove_and_replace_are_one_click(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    slot = tab.form.editor("promptImage")
    cell = slot.cells[0]
    assert drop(cell, file_mime([make_png(tmp_path / "one.png")]))
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    qtbot.mouseClick(cell.replace_button, Qt.MouseButton.LeftButton)
    assert slot.file_dialog.isVisible()
    slot.file_dialog.selectFile(str(make_png(tmp_path / "two.png")))
    slot.file_dialog.accept()
    qtbot.waitUntil(lambda: cell.filled and cell.name.text() == "two.png", timeout=5000)
    qtbot.mouseClick(cell.remove_button, Qt.MouseButton.LeftButton)
    assert not cell.filled and slot.value() == []
    assert cell.state == "empty"


def test_a_list_slot_keeps_to_its_maximum(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "image")
    pick_model(qtbot, tab, "text_to_image", "gen4_image_turbo")
    slot = tab.form.editor("referenceImages")
    files = [make_png(tmp_path / f"ref{i}.png", 64 + i, 64) for i in range(4)]
    assert drop(slot.cells[0], file_mime(files))
    qtbot.waitUntil(lambda: len(slot.value()) == 3 and not slot.busy, timeout=8000)
    assert [v.tag for v in slot.value()] == ["ref0", "ref1", "ref2"]
    assert len(slot.cells) == 3  # no empty place once full
    assert slot.notice.isVisible()
    assert slot.notice.text() == "Reference images takes 3 images at most; 1 more was not added."
    assert tab.form.prompt.edit.tags.stringList() == ["ref0", "ref1", "ref2"]

    slot.cells[1].remove_button.click()
    assert [v.tag for v in slot.value()] == ["ref0", "ref2"]
    assert slot.cells[-1].free  # room again


def test_tags_are_edited_in_place_and_checked(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "image")
    pick_model(qtbot, tab, "text_to_image", "gen4_image")
    slot = tab.form.editor("referenceImages")
    assert drop(slot.cells[0], file_mime([make_png(tmp_path / "a.png"), make_png(tmp_path / "b.png")]))
    qtbot.waitUntil(lambda: len(slot.value()) == 2 and not slot.busy, timeout=8000)
    first = slot.cells[0].tag
    first.selectAll()
    qtbot.keyClicks(first, "hero")
    assert tab.form.prompt.edit.tags.stringList()[0] == "hero"
    second = slot.cells[1].tag
    second.selectAll()
    qtbot.keyClicks(second, "Hero")
    assert "used by more than one reference image" in tab.form.rows["referenceImages"].message.text()
    assert not tab.generate_button.isEnabled()


def test_first_and_last_frames(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "image_to_video", "veo3.1")
    slot = tab.form.editor("promptImage")
    first, last = slot.cells
    assert first.findChild(type(tab.title), "cellTitle").text() == "First frame"
    assert drop(last, file_mime([make_png(tmp_path / "end.png")]))
    qtbot.waitUntil(lambda: last.filled, timeout=5000)
    assert "last frame requires a first frame" in tab.form.rows["promptImage"].message.text()
    assert drop(first, file_mime([make_png(tmp_path / "start.png")]))
    qtbot.waitUntil(lambda: first.filled, timeout=5000)
    qtbot.keyClicks(tab.form.prompt.edit, "From dawn to dusk")
    built = build_request(tab.current_model, tab.form.values())
    assert built.ok, built.errors
    assert built.body["promptImage"] == [
        {"uri": {"$media": 0}, "position": "first"}, {"uri": {"$media": 1}, "position": "last"}]


def test_a_drag_lights_the_zone_up_until_it_leaves(qapp, qtbot):
    zone = DropZone()
    qtbot.addWidget(zone)
    zone.show()
    mime = file_mime(["/tmp/x.png"])
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, enter)
    assert enter.isAccepted() and zone.drag_active and zone.property("dragActive")
    QApplication.sendEvent(zone, QDragLeaveEvent())
    assert not zone.drag_active


def test_a_file_dropped_on_the_prompt_goes_to_a_slot_not_into_the_text(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    edit = tab.form.prompt.edit
    assert drop(edit.viewport(), file_mime([make_png(tmp_path / "still.png")]))
    cell = tab.form.editor("promptImage").cells[0]
    qtbot.waitUntil(lambda: cell.filled, timeout=5000)
    assert edit.toPlainText() == ""
