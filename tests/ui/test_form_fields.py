"""The form builder and its editors: one builder for every model, each field kind as its own control."""

from __future__ import annotations

import pytest
from forms_support import CATALOGUE, Backend, drop, file_mime, make_tab, pick_model
from media_factory import make_png
from PySide6.QtCore import Qt

from runway_desktop.core.catalogue.spec import FieldKind
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.intake.worker import MEDIA
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.requests.values import SEED_MAX
from runway_desktop.ui.form.fields.choice_fields import ChoiceField, LanguageField, VoiceField
from runway_desktop.ui.form.fields.duration_field import DurationField
from runway_desktop.ui.form.fields.json_field import JsonField
from runway_desktop.ui.form.fields.keyframes_field import KeyframesField
from runway_desktop.ui.form.fields.prompt_field import PromptField
from runway_desktop.ui.form.fields.ratio_picker import RatioPicker
from runway_desktop.ui.form.fields.seed_field import SeedField
from runway_desktop.ui.form.form_builder import ModelForm
from runway_desktop.ui.form.media_slot import MediaSlot
from runway_desktop.ui.form.model_picker import price_text

EDITOR_FOR = {FieldKind.PROMPT: PromptField, FieldKind.MEDIA: MediaSlot, FieldKind.KEYFRAMES: KeyframesField,
              FieldKind.SEED: SeedField, FieldKind.VOICE: VoiceField, FieldKind.LANGUAGE: LanguageField,
              FieldKind.JSON: JsonField}


@pytest.fixture
def harness(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    yield backend.harness
    backend.close()


_KEEP: list[ModelForm] = []


@pytest.fixture(autouse=True)
def _forget_forms():
    yield
    _KEEP.clear()


def form_for(qtbot, endpoint: str, model_id: str, tmp_path) -> ModelForm:
    """A shown form, kept alive until the test ends (its editors are used after the call)."""
    form = ModelForm(CATALOGUE.get(endpoint, model_id), ThumbnailCache(tmp_path / "thumbs"), worker=MEDIA)
    qtbot.addWidget(form)
    form.show()
    _KEEP.append(form)
    return form


def test_every_model_gets_a_form_whose_untouched_values_are_valid(qtbot, qloop, tmp_path):
    """No per-model code: each field's kind picks its editor, and the starting values never break a rule."""
    thumbs = ThumbnailCache(tmp_path / "thumbs")
    for model in CATALOGUE.models:
        form = ModelForm(model, thumbs, worker=MEDIA)
        for spec in model.fields:
            ratio = spec.kind is FieldKind.RATIO and spec.choices
            expected = RatioPicker if ratio else EDITOR_FOR.get(spec.kind)
            if spec.name == "duration":
                expected = DurationField
            if expected is not None:
                assert isinstance(form.editor(spec.name), expected), (model.key, spec.name)
        built = build_request(model, form.values())
        for error in built.errors:
            spec = model.field(error.field)
            untouched = spec is not None and spec.required and form.editor(spec.name).is_empty()
            assert untouched, (model.key, error)
        form.deleteLater()


def test_required_fields_are_marked_and_extras_fold_away(qtbot, qloop, tmp_path):
    form = form_for(qtbot, "text_to_video", "gen4.5", tmp_path)
    assert form.rows["promptText"].title.text() == "Prompt *"
    assert form.rows["seed"].title.text() == "Seed"
    assert form.more_button.text() == "More settings (3)"
    assert "outputFormat" not in form.rows  # built only when opened: switching models stays quick
    qtbot.mouseClick(form.more_button, Qt.MouseButton.LeftButton)
    assert form.rows["outputFormat"].isVisible()
    qtbot.mouseClick(form.more_button, Qt.MouseButton.LeftButton)
    assert not form.rows["outputFormat"].isVisible()
    assert form.rows["promptText"].title.toolTip()  # the catalogue's help, on hover


def test_ratio_picker_draws_shapes_with_aspect_and_pixel_size(qtbot, qloop, tmp_path):
    picker = form_for(qtbot, "text_to_video", "gen4.5", tmp_path).editor("ratio")
    assert [b.text() for b in picker.buttons()] == ["16:9\n1280×720", "9:16\n720×1280"]
    assert not picker.buttons()[0].icon().isNull()
    qtbot.mouseClick(picker.buttons()[1], Qt.MouseButton.LeftButton)
    assert picker.value() == "720:1280"

    many = form_for(qtbot, "text_to_image", "nano_banana_2.1", tmp_path).editor("ratio")
    assert many.combo is not None and many.combo.itemText(0) == "1:1  ·  1024×1024"
    assert not many.combo.itemIcon(0).isNull()

    optional = form_for(qtbot, "text_to_video", "hailuo3", tmp_path).editor("ratio")
    assert optional.value() is None
    assert [b.text() for b in optional.buttons()][:3] == ["Model default", "Adaptive", "21:9"]
    automatic = form_for(qtbot, "image_to_video", "kling_4", tmp_path).editor("ratio")
    assert automatic.buttons()[1].text() == "Auto\n720p"


def test_duration_is_limited_to_what_the_model_takes(qtbot, qloop, tmp_path):
    listed = form_for(qtbot, "text_to_video", "veo3.1", tmp_path).editor("duration")
    assert [b.text() for b in listed.segments.group.buttons()] == ["Default", "4 s", "6 s", "8 s"]
    qtbot.mouseClick(listed.segments.button(8), Qt.MouseButton.LeftButton)
    assert listed.value() == 8

    ranged = form_for(qtbot, "text_to_video", "gen4.5", tmp_path).editor("duration")
    assert (ranged.spin.minimum(), ranged.spin.maximum(), ranged.spin.suffix()) == (2, 10, " s")
    assert ranged.value() == 5
    ranged.spin.selectAll()
    qtbot.keyClicks(ranged.spin, "12")  # over the maximum: the box keeps to its range
    assert ranged.value() <= 10

    auto = form_for(qtbot, "text_to_video", "seedance2", tmp_path).editor("duration")
    qtbot.mouseClick(auto.auto, Qt.MouseButton.LeftButton)
    assert auto.value() == "auto" and not auto.spin.isEnabled()

    fixed = form_for(qtbot, "text_to_video", "kling2.5_turbo_pro", tmp_path).editor("duration")
    assert [b.text() for b in fixed.segments.group.buttons()] == ["5 s", "10 s"] and fixed.value() == 5

    real = form_for(qtbot, "sound_effect", "eleven_text_to_sound_v2", tmp_path).editor("duration")
    assert (real.spin.minimum(), real.spin.maximum()) == (0.0, 30.0) and real.value() is None
    assert real.spin.specialValueText() == "Default"


def test_seed_is_random_or_fixed_with_a_dice(qtbot, qloop, tmp_path):
    form = form_for(qtbot, "text_to_video", "gen4.5", tmp_path)
    seed = form.editor("seed")
    assert seed.value() is None and not seed.spin.isVisible()
    qtbot.mouseClick(seed.mode.button("fixed"), Qt.MouseButton.LeftButton)
    assert seed.spin.isVisible() and seed.dice.isVisible()
    first = seed.value()
    assert 0 <= first <= SEED_MAX
    for _ in range(3):
        qtbot.mouseClick(seed.dice, Qt.MouseButton.LeftButton)
        if seed.value() != first:
            break
    assert seed.value() != first
    seed.spin.selectAll()
    qtbot.keyClicks(seed.spin, "4294967295")
    assert seed.value() == 4_294_967_295
    assert build_request(form.model, {**form.values(), "promptText": "x"}).body["seed"] == 4_294_967_295


def test_enums_booleans_and_moderation(qtbot, qloop, tmp_path):
    form = form_for(qtbot, "text_to_video", "gen4.5", tmp_path)
    output = form.editor("outputFormat")
    assert isinstance(output, ChoiceField) and output.combo.itemText(0) == "Model default"
    prores = form.editor("proresProfile")
    assert prores.value() is None and prores.combo.itemText(0) == "Default (4444)"
    moderation = form.editor("contentModeration")
    texts = [moderation.combo.itemText(i) for i in range(moderation.combo.count())]
    assert texts == ["Model default", "Auto (standard checks)", "Low (fewer checks on public figures)"]
    moderation.set_value("low")
    prores.set_value("422 HQ")
    built = build_request(form.model, {**form.values(), "promptText": "x"})
    assert built.body["contentModeration"] == {"publicFigureThreshold": "low"}
    assert any("applies only when Output format is prores" in e.message for e in built.errors)

    audio = form_for(qtbot, "text_to_video", "veo3.1", tmp_path).editor("audio")
    qtbot.mouseClick(audio.box, Qt.MouseButton.LeftButton)
    assert audio.value() is True


def test_voice_presets_are_searchable(qtbot, qloop, tmp_path):
    voice = form_for(qtbot, "text_to_speech", "eleven_multilingual_v2", tmp_path).editor("voice")
    assert voice.combo.count() == 49 and voice.value() == "Maya"
    edit = voice.combo.lineEdit()
    edit.clear()
    qtbot.keyClicks(edit, "ra")
    completer = voice.combo.completer()
    model = completer.completionModel()
    found = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert {"Ragnar", "Rachel", "Sandra", "Lara"} <= set(found)  # matches anywhere in the name
    edit.clear()
    qtbot.keyClicks(edit, "Rachel")
    assert voice.value() == "Rachel"


def test_languages_are_shown_by_name(qtbot, qloop, tmp_path):
    target = form_for(qtbot, "voice_dubbing", "eleven_voice_dubbing", tmp_path).editor("targetLang")
    names = [target.combo.itemText(i) for i in range(target.combo.count())]
    assert "French (fr)" in names and "Filipino (fil)" in names and len(names) == 29
    assert names == sorted(names, key=str.lower) and target.value() is None
    target.combo.setCurrentIndex(target.combo.findData("ja"))
    assert target.value() == "ja" and target.combo.currentText() == "Japanese (ja)"

    free = form_for(qtbot, "text_to_speech", "eleven_v3", tmp_path).editor("languageCode")
    assert free.combo.currentText() == "Automatic (detect)" and free.value() is None
    free.combo.lineEdit().clear()
    qtbot.keyClicks(free.combo.lineEdit(), "pt-BR")
    assert free.value() == "pt-BR"


def test_keyframes_editor(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "video_to_video", "aleph2")
    keyframes = tab.form.editor("keyframes")
    qtbot.mouseClick(keyframes.add_button, Qt.MouseButton.LeftButton)
    row = keyframes.rows[0]
    assert drop(row.slot.cells[0], file_mime([make_png(tmp_path / "look.png")]))
    qtbot.waitUntil(lambda: row.slot.cells[0].filled, timeout=5000)
    row.time.selectAll()
    qtbot.keyClicks(row.time, "1.5")
    value = keyframes.value()
    assert value[0]["seconds"] == 1.5 and isinstance(value[0]["media"], MediaValue)
    built = build_request(tab.current_model, tab.form.values())
    assert built.body["keyframes"] == [{"seconds": 1.5, "uri": {"$media": 0}}]
    row.unit.setCurrentIndex(row.unit.findData("at"))
    row.time.setValue(0.5)
    assert keyframes.value()[0]["at"] == 0.5
    for _ in range(4):
        qtbot.mouseClick(keyframes.add_button, Qt.MouseButton.LeftButton)
    assert len(keyframes.rows) == 5 and not keyframes.add_button.isEnabled()
    assert "Keyframe 2 needs one image." in tab.form.rows["keyframes"].message.text()
    qtbot.mouseClick(keyframes.rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(keyframes.rows) == 4 and keyframes.add_button.isEnabled()


def test_json_settings_are_checked_as_one_types(qtbot, harness):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "text_to_video", "kling3.0_pro")
    tab.form.set_more_visible(True)
    field = tab.form.editor("providerSettings")
    qtbot.keyClicks(field.edit, '{"shots": ')
    assert field.status.text().startswith("Not valid JSON yet: ")
    assert field.status.property("tone") == "error"
    assert tab.reason.text().startswith("Provider settings is not valid JSON")
    qtbot.keyClicks(field.edit, "2}")
    assert field.status.text() == "Valid JSON."


def test_model_picker_groups_features_and_prices(qtbot, harness):
    tab = make_tab(qtbot, harness, "video")
    tree = tab.picker.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Text to video", "Image to video", "Video to video", "Character performance",
                      "Video upscale", "Video to audio"]
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        flags = [group.child(i).data(0, Qt.ItemDataRole.UserRole + 3) for i in range(group.childCount())]
        assert flags == sorted(flags, reverse=True)  # featured models first
    assert tab.current_model.key == ("text_to_video", "gen4.5")  # a featured model to start with
    prices = {key: price_text(CATALOGUE.get(*key)) for key in [
        ("text_to_video", "gen4.5"), ("character_performance", "act_two"), ("text_to_video", "hailuo3")]}
    assert prices == {("text_to_video", "gen4.5"): "12 credits/s",
                      ("character_performance", "act_two"): "5 credits/s of input",
                      ("text_to_video", "hailuo3"): "price not published"}
    speech = CATALOGUE.get("text_to_speech", "eleven_multilingual_v2")
    assert price_text(speech) == "1 credit per 50 characters"
    assert price_text(CATALOGUE.get("text_to_image", "gen4_image")) == "5–8 credits/image"

    qtbot.keyClicks(tab.picker.search, "veo")
    shown = [key for key, item in tab.picker.items.items() if not item.isHidden()]
    assert shown and all("veo" in key[1] for key in shown)


@pytest.mark.parametrize(("typed", "replacement"), [
    ("gen4_aleph", ("video_to_video", "aleph2")), ("veo3", ("text_to_video", "veo3.1"))])
def test_a_retired_name_leads_to_its_replacement(qtbot, harness, typed, replacement):
    tab = make_tab(qtbot, harness, "video")
    qtbot.keyClicks(tab.picker.search, typed)
    assert tab.picker.notice.isVisible()
    assert "retired" in tab.picker.notice_text.text() or "no longer accepted" in tab.picker.notice_text.text()
    button = tab.picker.replacement_button
    assert button.text() == f"Use {replacement[1]}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tab.current_model.key == replacement
    assert tab.picker.search.text() == "" and not tab.picker.notice.isVisible()


def test_switching_models_keeps_what_fits(qtbot, harness, tmp_path):
    tab = make_tab(qtbot, harness, "video")
    pick_model(qtbot, tab, "image_to_video", "gen4_turbo")
    slot = tab.form.editor("promptImage")
    slot.choose_file(str(make_png(tmp_path / "still.png", 320, 180)))
    qtbot.waitUntil(lambda: slot.cells[0].filled, timeout=5000)
    qtbot.keyClicks(tab.form.prompt.edit, "Slow push in")
    tab.form.editor("ratio").set_value("960:960")
    pick_model(qtbot, tab, "image_to_video", "veo3.1")
    assert tab.form.prompt.value() == "Slow push in"
    assert tab.form.editor("ratio").value() == "1280:720"  # veo3.1 has no 960:960
    first = tab.form.editor("promptImage").cells[0]
    qtbot.waitUntil(lambda: first.filled, timeout=5000)
    assert first.name.text() == "still.png"
