"""Every feature and field of Runway's pipeline format (shared/runway-api/pipelines.md), in odd but
valid files as people write them: extra fields, every step kind, variables at any depth, fan-outs of
fan-outs, names from {i} and {source}, sources of every kind, paths from the file's folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from media_factory import make_mp4, make_png, make_wav

from runway_desktop.core.plans.pipeline import load_pipeline, plan_pipeline
from runway_desktop.core.plans.problems import PlanRefused


def plan(steps, variables=None, **options):
    return plan_pipeline(json.dumps({"steps": steps}), variables, **options)


def problems_of(content, variables=None, **options):
    with pytest.raises(PlanRefused) as caught:
        plan_pipeline(content if isinstance(content, str | bytes) else json.dumps({"steps": content}),
                      variables, **options)
    return caught.value.problems


@pytest.fixture
def media(tmp_path) -> Path:
    """A campaign folder: the pipeline file's place, with its media beside it."""
    folder = tmp_path / "campaign"
    (folder / "media").mkdir(parents=True)
    make_png(folder / "media" / "hero.png", 640, 360)
    make_png(folder / "media" / "logo.png", 320, 320)
    make_wav(folder / "media" / "voice.wav", 6.0)
    make_mp4(folder / "media" / "boat.mp4")
    return folder


def write(folder: Path, steps, **extra) -> Path:
    path = folder / "pipeline.json"
    path.write_text(json.dumps({**extra, "steps": steps}), encoding="utf-8")
    return path


# -- the file: extra fields, encodings, comments -----------------------------------------------------


def test_extra_fields_are_ignored_and_api_fields_pass_through():
    content = json.dumps({
        "$schema": "https://example.com/pipeline.schema.json", "name": "launch", "version": 2,
        "description": "made by hand", "defaults": {"ratio": "720:1280"},
        "steps": [{"action": "generate_video", "prompt": "a slow push in", "_comment": "first",
                   "// why": "kept short", "description": "the hero shot", "seed": 7, "duration": 8}],
    })
    (run,) = plan_pipeline(content).runs
    assert dict(run.request.body) == {"model": "gen4.5", "promptText": "a slow push in", "seed": 7,
                                      "duration": 8, "ratio": "1280:720"}


@pytest.mark.parametrize("encode", [
    lambda text: b"\xef\xbb\xbf" + text.encode(),  # UTF-8 with a byte order mark (Windows editors)
    lambda text: "\ufeff" + text,  # the same, read as text
    lambda text: text.encode("utf-16"),  # UTF-16 with its mark
])
def test_a_byte_order_mark_or_utf16_is_read_like_plain_utf8(encode):
    text = json.dumps({"steps": [{"action": "generate_image", "prompt": "a lighthouse, café au lait"}]})
    (run,) = plan_pipeline(encode(text)).runs
    assert run.request.body["promptText"] == "a lighthouse, café au lait"


@pytest.mark.parametrize("text", [
    '{"steps": [ // the hero\n {"action": "generate_image", "prompt": "x"}]}',
    '{"steps": [ /* the hero */ {"action": "generate_image", "prompt": "x"}]}',
    '# hero\n{"steps": [{"action": "generate_image", "prompt": "x"}]}',
])
def test_comments_are_refused_in_one_sentence_that_says_where_a_note_can_go(text):
    (problem,) = problems_of(text)
    assert problem.sentence.startswith("The pipeline is not valid JSON:") and "line " in problem.sentence
    assert "JSON has no comments" in problem.sentence and '"comment"' in problem.sentence


# -- every step kind ----------------------------------------------------------------------------------


def test_every_action_and_audio_type_goes_to_its_endpoint(media):
    steps = [
        {"action": "generate_video", "prompt": "waves"},
        {"action": "generate_video", "prompt": "waves", "image_url": "media/hero.png"},
        {"action": "generate_image", "prompt": "a harbour"},
        {"action": "generate_image", "model": "gen4_image_turbo", "prompt": "@logo on a sail",
         "referenceImages": [{"uri": "media/logo.png", "tag": "logo"}]},
        {"action": "generate_audio", "text": "Welcome aboard", "voice": "Maya"},
        {"action": "generate_audio", "audio_type": "tts", "prompt": "Welcome aboard"},
        {"action": "generate_audio", "audio_type": "sfx", "prompt": "gulls over a harbour"},
        {"action": "generate_audio", "audio_type": "isolate", "audioUri": "media/voice.wav"},
        {"action": "generate_audio", "audio_type": "dub", "audioUri": "media/voice.wav", "targetLang": "es"},
        {"action": "generate_audio", "audio_type": "sts", "media": "media/voice.wav", "voice": "Maya"},
        {"action": "generate_audio", "model": "mirelo_sfx_2_0", "audio_type": "video_to_audio",
         "videoUri": "media/boat.mp4", "duration": 2},
        {"action": "fan_out", "sources": ["dawn", "dusk"],
         "step": {"action": "generate_image", "prompt": "the harbour at {source}"}},
    ]
    runs = load_pipeline(write(media, steps)).runs
    assert [(r.key, r.model, r.endpoint) for r in runs] == [
        ("1.1", "gen4.5", "text_to_video"),
        ("2.1", "gen4.5", "image_to_video"),
        ("3.1", "gen4_image", "text_to_image"),
        ("4.1", "gen4_image_turbo", "text_to_image"),
        ("5.1", "eleven_multilingual_v2", "text_to_speech"),
        ("6.1", "eleven_multilingual_v2", "text_to_speech"),
        ("7.1", "eleven_text_to_sound_v2", "sound_effect"),
        ("8.1", "eleven_voice_isolation", "voice_isolation"),
        ("9.1", "eleven_voice_dubbing", "voice_dubbing"),
        ("10.1", "eleven_multilingual_sts_v2", "speech_to_speech"),
        ("11.1", "mirelo_sfx_2_0", "video_to_audio"),
        ("12.1", "gen4_image", "text_to_image"),
        ("12.2", "gen4_image", "text_to_image"),
    ]
    speech = runs[4].request.body
    assert speech["promptText"] == "Welcome aboard"  # `text` is sent as promptText, as the contract asks
    assert speech["voice"] == {"type": "runway-preset", "presetId": "Maya"}


def test_audio_types_chain_one_into_the_next():
    runs = plan([
        {"action": "generate_audio", "audio_type": "tts", "text": "hello there", "voice": "Maya"},
        {"action": "generate_audio", "audio_type": "isolate", "use_previous": True},
        {"action": "generate_audio", "audio_type": "dub", "use_previous": True, "targetLang": "fr"},
        {"action": "generate_audio", "audio_type": "sts", "use_previous": True, "voice": "Maya"},
    ]).runs
    assert [r.endpoint for r in runs] == ["text_to_speech", "voice_isolation", "voice_dubbing",
                                          "speech_to_speech"]
    assert [(r.inputs[0].field, r.inputs[0].producer) for r in runs[1:]] == [
        ("audioUri", "1.1"), ("audioUri", "2.1"), ("media", "3.1")]


# -- variables ---------------------------------------------------------------------------------------


def test_variables_fill_every_string_field_at_any_depth(media):
    steps = [
        {"action": "generate_image", "model": "{{image_model}}", "prompt": "@brand in {{place}}",
         "ratio": "{{ratio}}", "filename": "{{place}}-still",
         "referenceImages": [{"uri": "media/{{logo}}", "tag": "{{tag}}"}]},
        {"action": "fan_out", "parallel": True, "sources": ["{{first}}", "{{ second }}"],
         "step": {"action": "generate_video", "model": "gen4.5", "prompt": "{{verb}} {source}",
                  "duration": "{{seconds}}", "seed": "{{seed}}", "filename": "{{place}}-{i}"}},
    ]
    variables = {"image_model": "gen4_image", "place": "Lisbon", "ratio": "1920:1080", "logo": "logo.png",
                 "tag": "brand", "first": "a tram", "second": "the river", "verb": "follow",
                 "seconds": "8", "seed": "42"}
    still, *videos = load_pipeline(write(media, steps), variables).runs
    assert still.model == "gen4_image" and still.request.body["ratio"] == "1920:1080"
    assert still.request.body["referenceImages"] == [{"uri": {"$media": 0}, "tag": "brand"}]
    assert still.inputs[0].path.endswith("media/logo.png") and still.output_names == ("Lisbon-still",)
    assert [v.request.body["promptText"] for v in videos] == ["follow a tram", "follow the river"]
    assert {(v.request.body["duration"], v.request.body["seed"]) for v in videos} == {(8, 42)}
    assert [v.output_names for v in videos] == [("Lisbon-1",), ("Lisbon-2",)]


def test_a_variable_missing_deep_in_a_step_is_named_by_its_path():
    found = problems_of([
        {"action": "generate_image", "prompt": "x", "referenceImages": [{"uri": "{{logo}}", "tag": "a"}]},
        {"action": "fan_out", "sources": ["a", "{{b}}"], "step": {"action": "generate_image",
                                                                   "prompt": "{source} in {{c}}"}},
    ])
    assert [(p.step, p.field) for p in found] == [(1, "referenceImages.1.uri"), (2, "sources.2"),
                                                   (2, "step.prompt")]
    assert all("has no value; pass --var" in p.message for p in found)


# -- fan-outs ----------------------------------------------------------------------------------------


def test_a_fan_out_over_a_fan_outs_outputs_chains_each_run_to_its_own_producer():
    result = plan([
        {"action": "fan_out", "sources": ["a fox", "a heron", "an owl"],
         "step": {"action": "generate_image", "prompt": "{source} at dawn", "filename": "still-{i}"}},
        {"action": "fan_out", "use_previous": True, "parallel": True,
         "step": {"action": "generate_video", "prompt": "animate {source}", "filename": "clip-{source}"}},
        {"action": "fan_out", "use_previous": True,
         "step": {"action": "generate_audio", "model": "mirelo_sfx_2_0", "audio_type": "video_to_audio",
                  "duration": 5, "filename": "{source}-sound"}},
    ])
    keys = [r.key for r in result.runs]
    assert keys == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]
    clips, sounds = result.runs[3:6], result.runs[6:]
    assert [(c.inputs[0].producer, c.request.body["promptText"]) for c in clips] == [
        ("1.1", "animate still-1"), ("1.2", "animate still-2"), ("1.3", "animate still-3")]
    assert [c.output_names for c in clips] == [("clip-still-1",), ("clip-still-2",), ("clip-still-3",)]
    assert [(s.endpoint, s.inputs[0].producer) for s in sounds] == [("video_to_audio", f"2.{k}")
                                                                     for k in (1, 2, 3)]
    assert [s.output_names for s in sounds] == [(f"clip-still-{k}-sound",) for k in (1, 2, 3)]
    assert result.dependents("1.2") == ("2.2",) and result.dependents("2.3") == ("3.3",)
    assert 2 in result.parallel_steps and 3 not in result.parallel_steps


def test_filename_takes_i_as_the_number_and_source_as_a_plain_name(media):
    steps = [{"action": "fan_out", "sources": [
        "media/hero.png", "https://cdn.example.com/shots/harbour.jpg?v=2",
        "data:image/png;base64,iVBORw0KGgo=", "New York / night"],
        "step": {"action": "generate_video", "prompt": "push in", "filename": "{i}-{source}"}}]
    names = [r.output_names for r in load_pipeline(write(media, steps)).runs]
    assert names == [("1-hero",), ("2-harbour",), ("3-source-3",), ("4-New York - night",)]


def test_sources_as_urls_paths_and_text_each_reach_the_request_where_they_belong(media, tmp_path):
    absolute = make_png(tmp_path / "elsewhere.png", 400, 400)
    steps = [{"action": "fan_out", "sources": [
        "https://cdn.example.com/a.jpg", "runway://upload/1234", "data:image/png;base64,iVBORw0KGgo=",
        "media/hero.png", str(absolute), "a quiet street at night"],
        "step": {"action": "generate_video", "prompt": "{source}", "image_url": "media/logo.png"}}]
    runs = load_pipeline(write(media, steps)).runs
    images = [r.request.body["promptImage"] for r in runs]
    assert images[:3] == ["https://cdn.example.com/a.jpg", "runway://upload/1234",
                          "data:image/png;base64,iVBORw0KGgo="]
    assert images[3:] == [{"$media": 0}] * 3
    assert [Path(r.inputs[0].path).name for r in runs[3:]] == ["hero.png", "elsewhere.png", "logo.png"]
    assert runs[5].request.body["promptText"] == "a quiet street at night"  # text reaches the prompt only


def test_relative_paths_are_found_from_the_files_folder_wherever_the_command_runs(media, tmp_path,
                                                                                  monkeypatch):
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    steps = [
        {"action": "generate_video", "prompt": "go", "image_url": "media/hero.png"},
        {"action": "generate_image", "prompt": "@logo", "referenceImages": [{"uri": "./media/logo.png",
                                                                            "tag": "logo"}]},
        {"action": "generate_audio", "audio_type": "isolate", "audioUri": "media/../media/voice.wav"},
        {"action": "fan_out", "sources": ["media/boat.mp4"],
         "step": {"action": "generate_video", "model": "aleph2", "prompt": "make it winter"}},
    ]
    runs = load_pipeline(write(media, steps)).runs
    found = [Path(r.inputs[0].path) for r in runs]
    assert found == [(media / "media" / name).resolve() for name in ("hero.png", "logo.png", "voice.wav",
                                                                     "boat.mp4")]
