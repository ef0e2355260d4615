"""Chains: an image take used as a video's prompt image, against the simulator; lineage both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forms_support import CATALOGUE, Backend, make_tab, run_coro
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from queue_support import image_request

from runway_desktop.core.catalogue.spec import FieldKind
from runway_desktop.core.embed import read_record
from runway_desktop.core.running.tasks import OutputState, TaskState
from runway_desktop.ui.queue.actions import ADD_SOUND_LABEL, use_as_roles
from runway_desktop.ui.queue.panel import QueuePanel
from runway_desktop.ui.shell.chains import place_output


@pytest.fixture
def online(qtbot, qloop, tmp_path, simulator_url):
    backend = Backend(qtbot, tmp_path, simulator_url)
    backend.bridge.spend_guard.configure(warn_above=0, ask_repeats=False)
    yield backend.harness
    backend.close()


def _saved(qtbot, engine, task_id: str):
    qtbot.waitUntil(lambda: bool(engine.get(task_id).saved_paths), timeout=30000)
    return engine.get(task_id)


@pytest.fixture
def panel(qtbot, online):
    """The real queue panel, its lineage tree wired as the window wires it."""
    panel = QueuePanel(online.bridge, online.thumbnails)
    qtbot.addWidget(panel)
    panel.resize(460, 800)
    panel.show()
    bridge = online.bridge
    panel.preview.lineage.set_history(bridge.task, lambda: bridge.tasks, bridge.taskAdded, bridge.taskChanged)
    panel.preview.lineage.taskChosen.connect(panel.select_task)
    yield panel
    panel.shutdown()


def _menu_labels(panel: QueuePanel, task) -> tuple[list[str], list[str]]:
    """(Use as entries, other chain entries) the context menu offers for one take."""
    menu = QMenu()
    panel.runner.add_chain_actions(menu, [task])
    use_as = menu.findChild(QMenu, "useAsMenu")
    entries = [a.text() for a in use_as.actions()] if use_as is not None else []
    others = [a.text() for a in menu.actions() if a.menu() is None]
    menu.deleteLater()
    return entries, others


def test_use_as_offers_only_the_places_that_take_the_outputs_kind():
    current = {tab: CATALOGUE.for_tab(tab)[0] for tab in ("video", "image", "audio")}
    for kind in ("image", "video", "audio"):
        roles = use_as_roles(kind, CATALOGUE, current)
        assert roles, kind
        for role in roles:
            field = CATALOGUE.get(role.endpoint, role.model).field(role.field)
            assert field.kind is FieldKind.MEDIA and kind in field.media, role
    image_roles = use_as_roles("image", CATALOGUE, current)
    # gen4.5 text-to-video takes no image: the first video model that does is named in the entry
    assert "Video · Prompt image — gen4.5" in [r.label for r in image_roles]
    veo = CATALOGUE.get("image_to_video", "veo3.1")
    roles = use_as_roles("image", CATALOGUE, {**current, "video": veo})
    frames = [r.label for r in roles if r.tab == "video"]
    assert frames == ["Video · Prompt image (first frame)", "Video · Prompt image (last frame)"]
    assert use_as_roles(None, CATALOGUE, current) == []


def test_an_image_take_becomes_a_videos_prompt_image_and_both_know_it(qtbot, online, panel):
    engine = online.bridge.engine
    tab = make_tab(qtbot, online, "video")
    panel.runner.roles = lambda kind: use_as_roles(kind, CATALOGUE, {"video": tab.current_model})
    panel.runner.useAs.connect(lambda role, value: place_output(tab, role, value))

    image = _saved(qtbot, engine, run_coro(qtbot, engine.submit(image_request("a red kite"), {})).id)
    entries, others = _menu_labels(panel, image)
    # gen4.5 (text) takes no image: its image-to-video mode is offered, named
    assert [e for e in entries if e.startswith("Video")] == ["Video · Prompt image — gen4.5"]
    assert not [e for e in entries if e.startswith("Audio")]  # no audio model takes an image
    assert ADD_SOUND_LABEL not in others  # an image has no sound to add

    tree = panel.preview.lineage
    qtbot.waitUntil(lambda: panel.select_task(image.id), timeout=10000)
    assert tree.isHidden()  # a take with no lineage yet shows no tree

    panel.runner.use_as(panel.runner.roles("image")[0], image)
    assert tab.current_model.key == ("image_to_video", "gen4.5")
    slot = tab.form.editors["promptImage"]
    qtbot.waitUntil(lambda: bool(slot.items()), timeout=15000)
    origin = slot.items()[0].origin
    assert origin is not None and (origin.task_id, origin.output_index) == (image.id, 0)
    assert origin.sha256 == image.outputs[0].sha256
    qtbot.keyClicks(tab.form.prompt.edit, "the kite rises")
    qtbot.waitUntil(tab.generate_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(tab.submitted, timeout=15000) as submitted:
        tab.generate()
    video = _saved(qtbot, engine, submitted.args[0].id)
    assert video.state is TaskState.SUCCEEDED
    # the image stays selected: the take made from it appears below it without selecting again
    assert panel.preview.task.id == image.id
    succeeded = TaskState.SUCCEEDED.label
    qtbot.waitUntil(lambda: getattr(tree.item_for(video.id), "text", lambda _c: "")(2) == succeeded,
                    timeout=10000)

    # the record, the sidecar and the file itself name the parent
    assert video.media[0]["origin"] == {"task_id": image.id, "output_index": 0, "sha256": origin.sha256}
    path = Path(video.saved_paths[0])
    sidecar = json.loads(path.with_name(path.name + ".json").read_text("utf-8"))
    parent = {"role": "promptImage", "task_id": image.id, "output_index": 0, "sha256": origin.sha256,
              "marker": 0}
    assert sidecar["lineage"] == {"parents": [parent]}
    assert sidecar["inputs"][0]["origin"]["task_id"] == image.id
    assert read_record(path)["lineage"] == {"parents": [parent]}

    # the details tree, both ways; a click jumps to the other take
    qtbot.waitUntil(lambda: panel.select_task(video.id), timeout=10000)
    qtbot.waitUntil(lambda: tree.isVisible() and tree.item_for(image.id) is not None, timeout=10000)
    made_from = tree.topLevelItem(0)
    assert made_from.text(0) == "Made from" and made_from.child(0).text(1) == "a red kite"
    node = tree.item_for(image.id)
    tree.scrollToItem(node)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(node).center())
    qtbot.waitUntil(lambda: getattr(panel.preview.task, "id", None) == image.id, timeout=5000)
    qtbot.waitUntil(lambda: tree.item_for(video.id) is not None, timeout=5000)
    assert tree.topLevelItem(0).text(0) == "Made into"
    assert tree.item_for(video.id).text(2) == TaskState.SUCCEEDED.label

    entries, others = _menu_labels(panel, engine.get(video.id))
    assert ADD_SOUND_LABEL in others  # a video take can have sound put under it
    assert all(o.state is OutputState.SAVED for o in engine.get(video.id).outputs)


def test_the_window_wires_use_as_add_sound_and_the_audio_tab(qtbot, qloop, tmp_path):
    from keychain import no_keychain
    from media_factory import make_mp4, make_png
    from shell_support import close_session

    from runway_desktop.core.intake.media import MediaOrigin, MediaValue
    from runway_desktop.core.running.tasks import OutputFile, TaskRecord
    from runway_desktop.session import Options, Session
    from runway_desktop.ui.dialogs.add_sound import AddSoundDialog

    session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain())
    run_coro(qtbot, session.start(), timeout=30000)
    window = session.window
    try:
        runner = window.queue.runner
        roles = runner.roles("image")
        assert "Video · Prompt image — gen4.5" in [r.label for r in roles]
        picture = make_png(tmp_path / "still.png", 320, 180)
        role = next(r for r in roles if r.tab == "video")
        runner.useAs.emit(role, MediaValue(path=str(picture), origin=MediaOrigin("parent-take", 0)))
        video_tab = window.tab("video")
        assert window.tabs.currentWidget() is video_tab
        assert video_tab.current_model.key == ("image_to_video", "gen4.5")
        slot = video_tab.form.editors["promptImage"]
        qtbot.waitUntil(lambda: bool(slot.items()), timeout=15000)
        assert slot.items()[0].origin.task_id == "parent-take"

        clip = make_mp4(tmp_path / "clip.mp4")
        take = TaskRecord(id="v1", endpoint="text_to_video", model="gen4.5", tab="video",
                          state=TaskState.SUCCEEDED, body={"promptText": "x"}, prompt="x",
                          outputs=(OutputFile(0, path=str(clip), state=OutputState.SAVED, mime="video/mp4"),))
        runner.addSound.emit(take, 0)
        dialog = window.chains.add_sound_dialog
        assert isinstance(dialog, AddSoundDialog) and dialog.isVisible() and not dialog.isModal()
        dialog.generate_button.click()
        audio_tab = window.tab("audio")
        assert window.tabs.currentWidget() is audio_tab
        assert audio_tab.current_model.endpoint == "sound_effect"
        dialog.close()
    finally:
        close_session(qtbot, session)
