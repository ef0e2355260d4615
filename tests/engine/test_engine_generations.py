"""Every seed model through the engine, against the simulator: verified files and sidecars."""

from __future__ import annotations

import json
from pathlib import Path

import av
import pytest
from media_factory import make_mp4, make_png, make_wav

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake import inspect as intake
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.tasks import OutputState, TaskState

CATALOGUE = load_catalogue()


def media(path: Path, **extra) -> MediaValue:
    return MediaValue(path=str(path), info=intake.inspect_file(path), **extra)


@pytest.fixture
def inputs(tmp_path):
    return {
        "png": make_png(tmp_path / "frame.png", 320, 180),
        "mp4": make_mp4(tmp_path / "clip.mp4", 160, 96, seconds=4.0),
        "wav": make_wav(tmp_path / "speech.wav", seconds=5.0),
    }


def seed_requests(inputs):
    """(endpoint, model, values) for every seed model under its current name."""
    png, mp4, wav = inputs["png"], inputs["mp4"], inputs["wav"]
    return [
        ("text_to_video", "gen4.5", {"promptText": "a lake at dawn", "ratio": "1280:720", "duration": 2}),
        ("image_to_video", "gen4.5", {"promptImage": [media(png)], "promptText": "push in",
                                       "ratio": "960:960", "duration": 2}),
        ("image_to_video", "gen4_turbo", {"promptImage": [media(png)], "ratio": "1280:720", "duration": 2}),
        ("text_to_video", "veo3.1", {"promptText": "waves", "ratio": "720:1280", "duration": 4}),
        ("image_to_video", "veo3.1_fast", {"promptImage": [media(png)], "ratio": "1280:720", "duration": 4}),
        ("video_to_video", "aleph2", {"videoUri": [media(mp4)], "promptText": "make it snow"}),
        ("character_performance", "act_two", {"character": [media(png)], "reference": [media(mp4)]}),
        ("text_to_image", "gen4_image", {"promptText": "a red fox", "ratio": "1024:1024"}),
        ("text_to_image", "gen4_image_turbo", {"promptText": "@fox in snow", "ratio": "1280:720",
                                                "referenceImages": [media(png, tag="fox")]}),
        ("text_to_image", "gemini_2.5_flash", {"promptText": "a lighthouse", "ratio": "1344:768"}),
        ("text_to_speech", "eleven_multilingual_v2", {"promptText": "Hello there.", "voice": "Maya"}),
        ("sound_effect", "eleven_text_to_sound_v2", {"promptText": "rain on a tin roof", "duration": 2}),
        ("voice_isolation", "eleven_voice_isolation", {"audioUri": [media(wav)]}),
        ("voice_dubbing", "eleven_voice_dubbing", {"audioUri": [media(wav)], "targetLang": "fr"}),
        ("speech_to_speech", "eleven_multilingual_sts_v2", {"media": [media(wav)], "voice": "Noah"}),
    ]


def decoded(path: str) -> dict:
    with av.open(path) as container:
        video = next((s for s in container.streams if s.type == "video"), None)
        duration = container.duration / 1e6 if container.duration else None
        return {"width": video.width if video else None, "height": video.height if video else None,
                "duration": duration}


@pytest.mark.slow
async def test_every_seed_model_ends_with_verified_files_and_sidecars(rig, inputs):
    engine = await rig.engine()
    submitted = []
    for endpoint, model_id, values in seed_requests(inputs):
        built = build_request(CATALOGUE.get(endpoint, model_id), values)
        assert built.ok, (model_id, built.errors)
        submitted.append((await engine.submit(built, {"promptText": values.get("promptText", "")}), values))

    for task, values in submitted:
        done = await engine.wait_until_settled(task.id, timeout=90)
        assert done.state is TaskState.SUCCEEDED, (done.model, done.failure, done.error)
        assert done.runway_id and done.cost_credits is not None
        assert done.outputs and all(o.state is OutputState.SAVED for o in done.outputs)
        for output in done.outputs:
            path = Path(output.path)
            assert path.exists() and path.stat().st_size == output.size
            assert not path.with_name(path.name + ".part").exists()
            info = intake.inspect_file(path)  # decodes: a real, verified file
            assert info.kind == CATALOGUE.endpoints[done.endpoint].output
            if info.kind == "video" and "ratio" in values:
                width, height = map(int, values["ratio"].split(":"))
                assert (info.width, info.height) == (width, height)
                assert abs(info.duration - values["duration"]) < 0.2
            sidecar = json.loads(path.with_name(path.name + ".json").read_text())
            assert sidecar["model"] == done.model and sidecar["endpoint"] == done.endpoint
            assert sidecar["runway_task_id"] == done.runway_id
            assert sidecar["prompt"] == done.prompt
            assert sidecar["sha256"] == output.sha256
            assert sidecar["cost_credits"] == done.cost_credits
            for item in sidecar["inputs"]:
                assert item["sha256"], "every local input is recorded by hash"

    stats = await rig.stats()
    assert stats["creates"] == len(submitted)
