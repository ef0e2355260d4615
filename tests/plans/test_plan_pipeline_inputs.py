"""Pipeline inputs: local files (inspected by content), URLs, earlier outputs, passed-through API fields."""

from __future__ import annotations

import json

import pytest
from media_factory import make_mp4, make_png

from runway_desktop.core.plans.pipeline import load_pipeline, plan_pipeline
from runway_desktop.core.plans.problems import PlanRefused


def plan(steps, variables=None, **options):
    return plan_pipeline(json.dumps({"steps": steps}), variables, **options)


def test_fan_out_over_local_files_found_next_to_the_pipeline_sends_each_as_the_prompt_image(tmp_path):
    folder = tmp_path / "campaign"
    (folder / "frames").mkdir(parents=True)
    make_png(folder / "frames" / "a.png", 128, 72)
    make_png(folder / "frames" / "b.png", 72, 128)
    pipeline = folder / "shots.json"
    pipeline.write_text(json.dumps({"steps": [{
        "action": "fan_out", "sources": ["frames/a.png", "frames/b.png", "https://example.com/c.jpg"],
        "step": {"action": "generate_video", "prompt": "take {i} from {source}", "filename": "shot-{i}"},
    }]}))
    result = load_pipeline(pipeline)
    first, second, third = result.runs
    assert [r.endpoint for r in result.runs] == ["image_to_video"] * 3  # the runner's default gen4.5
    assert first.request.body["promptText"] == "take 1 from frames/a.png"
    (ref,) = first.inputs
    assert (ref.origin, ref.kind, ref.media_index) == ("file", "image", 0)
    assert ref.path == str((folder / "frames" / "a.png").resolve())
    assert first.request.media[0].info.width == 128  # inspected by content
    assert second.inputs[0].path.endswith("b.png")
    assert third.inputs[0].origin == "url" and third.request.body["promptImage"] == "https://example.com/c.jpg"
    # The runner's defaults fill what gen4.5 requires: 1280:720 and 5 s.
    assert first.request.body["ratio"] == "1280:720" and first.quote.credits == 60
    assert [r.filename for r in result.runs] == ["shot-1", "shot-2", "shot-3"]


def test_a_file_runway_cannot_take_is_refused_with_the_reason(tmp_path):
    (tmp_path / "notes.png").write_text("not an image at all")
    with pytest.raises(PlanRefused) as caught:
        plan([{"action": "fan_out", "sources": ["notes.png"], "step": {"action": "generate_video",
                                                                       "prompt": "x"}}], base_dir=tmp_path)
    (problem,) = caught.value.problems
    assert (problem.step, problem.field) == (1, "sources.1") and "notes.png" in problem.message


def test_fan_out_over_previous_outputs_runs_once_per_output_and_records_the_graph():
    result = plan([
        {"action": "generate_image", "model": "gpt_image_2", "prompt": "three mood boards", "ratio": "auto",
         "outputCount": 3},
        {"action": "fan_out", "use_previous": True,
         "step": {"action": "generate_video", "prompt": "animate {source}", "filename": "clip-{i}"}},
    ])
    boards, *clips = result.runs
    assert boards.outputs == 3 and boards.output_names == ("step-1-1", "step-1-2", "step-1-3")
    assert [c.request.body["promptText"] for c in clips] == [f"animate step-1-{k}" for k in (1, 2, 3)]
    assert [(c.inputs[0].producer, c.inputs[0].output) for c in clips] == [("1.1", k) for k in (1, 2, 3)]
    assert result.dependents("1.1") == ("2.1", "2.2", "2.3")
    # gpt_image_2 has no published price: the total says so instead of guessing.
    assert not boards.quote.known and result.total.unknown == 1 and not result.total.exact
    assert result.total.credits == 3 * 60


def test_a_video_chained_into_aleph2_is_priced_by_the_earlier_videos_length():
    result = plan([
        {"action": "generate_video", "prompt": "a boat", "duration": 8},
        {"action": "generate_video", "use_previous": True, "model": "aleph2", "prompt": "make it winter"},
    ])
    winter = result.runs[1]
    assert (winter.endpoint, winter.inputs[0].field) == ("video_to_video", "videoUri")
    assert winter.quote.credits == 15 * 8 and result.total.credits == 12 * 8 + 15 * 8


def test_a_sound_bed_for_a_video_goes_to_video_to_audio():
    result = plan([
        {"action": "generate_video", "prompt": "waves"},
        {"action": "generate_audio", "use_previous": True, "model": "mirelo_sfx_2_0", "duration": 5,
         "prompt": "surf and gulls"},
    ])
    assert result.runs[1].endpoint == "video_to_audio" and result.runs[1].output_kind == "audio"


def test_api_fields_pass_through_seed_voice_and_tagged_reference_images(tmp_path):
    make_png(tmp_path / "hero.png", 64, 64)
    result = plan([
        {"action": "generate_image", "model": "gen4_image_turbo", "prompt": "@hero on a beach", "seed": 7,
         "ratio": "1920:1080", "referenceImages": [{"uri": "hero.png", "tag": "hero"}],
         "filename": "hero.png"},
        {"action": "generate_audio", "text": "Hello there", "voice": "Maya"},
        {"action": "generate_audio", "audio_type": "sfx", "model": "eleven_text_to_sound_v2",
         "prompt": "rain on a tin roof", "duration": 4},
    ], base_dir=tmp_path)
    image, speech, rain = result.runs
    assert image.request.body["referenceImages"] == [{"uri": {"$media": 0}, "tag": "hero"}]
    assert image.seed == 7 and image.inputs[0].tag == "hero" and image.filename == "hero"
    assert speech.request.body["voice"] == {"type": "runway-preset", "presetId": "Maya"}
    assert speech.quote.credits == 1  # 1 credit per 50 characters, rounded up
    assert rain.endpoint == "sound_effect" and rain.quote.credits == 1  # 1 credit per 6 s


def test_a_video_file_as_a_source_goes_where_the_model_takes_video(tmp_path):
    make_mp4(tmp_path / "take.mp4")
    result = plan([{"action": "fan_out", "sources": ["take.mp4"],
                    "step": {"action": "generate_video", "model": "aleph2", "prompt": "at night"}}],
                  base_dir=tmp_path)
    (run,) = result.runs
    assert run.inputs[0].field == "videoUri" and run.quote.known


def test_outputs_never_overwrite_each_other():
    result = plan([
        {"action": "generate_video", "prompt": "a", "filename": "take"},
        {"action": "fan_out", "sources": ["x", "y"],
         "step": {"action": "generate_video", "prompt": "{source}", "filename": "take"}},
    ])
    assert [r.filename for r in result.runs] == ["take", "take-2", "take-3"]
    assert sum("already the name" in w.message for w in result.warnings) == 2


def test_unused_variables_are_pointed_out():
    result = plan([{"action": "generate_video", "prompt": "{{what}}"}], {"what": "a cat", "wat": "x"})
    assert result.runs[0].request.body["promptText"] == "a cat"
    (warning,) = result.warnings
    assert warning.message == "--var wat is not used by the pipeline (no {{wat}} in it)."


def test_keyframes_written_as_the_api_writes_them_take_local_images(tmp_path):
    make_mp4(tmp_path / "take.mp4")
    make_png(tmp_path / "dusk.png", 128, 72)
    result = plan([{"action": "generate_video", "model": "aleph2", "prompt": "turn to dusk",
                    "videoUri": "take.mp4", "keyframes": [{"seconds": 0.5, "uri": "dusk.png"}]}],
                  base_dir=tmp_path)
    (run,) = result.runs
    assert run.request.body["keyframes"] == [{"seconds": 0.5, "uri": {"$media": 1}}]
    assert [(i.field, i.kind, i.media_index) for i in run.inputs] == [
        ("videoUri", "video", 0), ("keyframes", "image", 1)]


def test_use_previous_wins_over_image_url_and_says_so():
    result = plan([{"action": "generate_image", "prompt": "a car"},
                   {"action": "generate_video", "use_previous": True, "prompt": "drive",
                    "image_url": "https://example.com/other.png"}])
    assert result.runs[1].inputs[0].origin == "output"
    (warning,) = result.warnings
    assert (warning.step, warning.field) == (2, "image_url")


def test_speech_without_a_voice_runs_unchanged_with_a_preset_voice_and_says_so():
    result = plan([{"action": "generate_audio", "audio_type": "tts", "text": "Welcome to the show"}])
    (run,) = result.runs
    assert run.request.body["promptText"] == "Welcome to the show"  # not `text`, as the runner sends
    assert run.request.body["voice"]["presetId"] == "Maya"
    (warning,) = result.warnings
    assert (warning.step, warning.field) == (1, "voice") and "Maya" in warning.message


def test_a_fan_out_template_image_url_is_the_input_for_text_sources():
    template = {"action": "generate_video", "image_url": "https://example.com/hero.jpg",
                "prompt": "{source} light"}
    result = plan([{"action": "fan_out", "sources": ["dawn", "noon"], "step": template}])
    assert [r.inputs[0].url for r in result.runs] == ["https://example.com/hero.jpg"] * 2
    assert [r.request.body["promptText"] for r in result.runs] == ["dawn light", "noon light"]


def test_the_same_request_with_the_same_seed_twice_is_pointed_out():
    result = plan([{"action": "fan_out", "sources": ["x", "y"],
                    "step": {"action": "generate_video", "prompt": "a fox", "seed": 4}},
                   {"action": "generate_video", "prompt": "a fox"},
                   {"action": "generate_video", "prompt": "a fox"}])  # no seed: two takes
    (warning,) = result.warnings[1:]  # [0]: the text sources do not reach the request
    assert warning.sentence.startswith("Step 1 (fan_out), run 2, field 'step.seed': the same request")
