"""A bare output file (no sidecar) gives back the task its form is restored from."""

from __future__ import annotations

from media_factory import make_mp4, make_png, make_wav

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.embed import embed_record, read_record, record_for_file
from runway_desktop.core.embed.restore import task_from_record
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.library import sidecar_data
from runway_desktop.ui.form.task_values import task_values


def _task(tmp_path, endpoint: str, model: str, params: dict, body: dict, media=()) -> TaskRecord:
    return TaskRecord(
        id="a1b2c3d4e5f6",
        endpoint=endpoint,
        model=model,
        tab=load_catalogue().get(endpoint, model).tab,
        state=TaskState.SUCCEEDED,
        body=body,
        media=list(media),
        params=params,
        prompt=body.get("promptText", ""),
        runway_id="17f20503-6c24-4c16-946b-35dbbce2af2f",
        created_at=1_764_600_000.0,
        finished_at=1_764_600_060.0,
        estimated_credits=25,
        cost_credits=25,
    )


def _round_trip(task: TaskRecord, output_path) -> TaskRecord:
    output = OutputFile(index=0, url="https://example/out", path=str(output_path), state=OutputState.SAVED)
    embed_record(output_path, record_for_file(sidecar_data(task, output, saved_at=1_764_600_070.0)))
    restored = task_from_record(read_record(output_path))
    assert restored is not None
    return restored


def test_a_video_take_restores_the_same_form_values(tmp_path):
    frame = MediaValue(path=str(make_png(tmp_path / "frame.png")))
    prompt = "a slow push in on a lighthouse, 雨"
    params = {
        "promptImage": frame.to_json(),
        "ratio": "1280:720",
        "duration": 5,
        "promptText": prompt,
        "seed": 42,
    }
    body = {
        "model": "gen4_turbo",
        "promptImage": {"$media": 0},
        "ratio": "1280:720",
        "duration": 5,
        "promptText": prompt,
        "seed": 42,
    }
    task = _task(tmp_path, "image_to_video", "gen4_turbo", params, body, [frame.to_json()])

    restored = _round_trip(task, make_mp4(tmp_path / "take.mp4"))

    model = load_catalogue().get("image_to_video", "gen4_turbo")
    assert (restored.endpoint, restored.model, restored.tab) == ("image_to_video", "gen4_turbo", "video")
    assert task_values(model, restored) == task_values(model, task)
    assert restored.prompt == prompt and restored.runway_id == task.runway_id


def test_a_task_saved_without_form_values_restores_from_its_request(tmp_path):
    body = {
        "model": "eleven_multilingual_v2",
        "promptText": "Good evening.",
        "voice": {"type": "runway-preset", "presetId": "Maya"},
    }
    task = _task(tmp_path, "text_to_speech", "eleven_multilingual_v2", {}, body)

    restored = _round_trip(task, make_wav(tmp_path / "speech.wav"))

    model = load_catalogue().get("text_to_speech", "eleven_multilingual_v2")
    assert restored.tab == "audio"
    assert task_values(model, restored) == task_values(model, task)


def test_records_that_name_no_model_give_no_task():
    assert task_from_record({"operation": "something else"}) is None
    assert task_from_record({"endpoint": "image_to_video", "model": 5}) is None


def test_the_file_record_names_the_app_and_leaves_out_the_files_own_hash():
    record = record_for_file({"model": "m", "sha256": "ab", "size": 3, "prompt": "p"})
    assert record == {"model": "m", "prompt": "p", "app_version": "0.1.0"}
