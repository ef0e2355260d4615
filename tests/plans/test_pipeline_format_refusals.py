"""Every invalid pipeline file ends the same way: one sentence per problem naming its step and field,
exit status 2, and nothing sent (the engine is never reached)."""

from __future__ import annotations

import json
import re

import pytest

from runway_desktop.commands import pipeline as command
from runway_desktop.commands import pipeline_run

ACTION = r"( \((generate_video|generate_image|generate_audio|fan_out)\))?"  # unless the action is the problem
SENTENCE = re.compile(
    rf"^runway-desktop-cli pipeline: Step \d+{ACTION}(, run \d+)?, field '[\w.]+': \S.*[.)?]$")


def video(**fields):
    return {"action": "generate_video", "prompt": "a slow push in", **fields}


def fan_out(step=None, **fields):
    return {"action": "fan_out", "sources": ["a", "b"], "step": step or video(), **fields}


INVALID = {
    "missing variable deep inside": [video(referenceImages=[{"uri": "{{logo}}"}])],
    "unknown action": [{"action": "generate_vid", "prompt": "x"}],
    "action missing": [{"prompt": "x"}],
    "unknown model": [video(model="gen5")],
    "model not text": [video(model=45)],
    "field the model lacks": [video(negativePrompt="blur")],
    "value the model rejects": [video(ratio="1080:1080")],
    "duration out of range": [video(duration=60)],
    "use_previous on the first step": [video(use_previous=True)],
    "use_previous not a boolean": [video(), video(use_previous="yes")],
    "fan_out without sources": [{"action": "fan_out", "step": video()}],
    "fan_out sources and use_previous": [video(), fan_out(use_previous=True)],
    "fan_out sources not a list": [fan_out(sources="a, b")],
    "fan_out source not text": [fan_out(sources=["a", {"b": 1}])],
    "fan_out without a step": [{"action": "fan_out", "sources": ["a"]}],
    "fan_out of a fan_out": [fan_out(step=fan_out())],
    "parallel not a boolean": [fan_out(parallel="true")],
    "filename with folders": [video(filename="out/../x")],
    "unknown audio type": [{"action": "generate_audio", "audio_type": "music", "text": "x"}],
    "audio model for video": [video(model="eleven_multilingual_v2")],
    "missing input file": [video(image_url="frames/missing.png")],
    "prompt too long": [video(prompt="x" * 1200)],
    "voice the model lacks": [{"action": "generate_audio", "text": "hi", "voice": "Nobody"}],
    "template field the model lacks": [fan_out(step=video(motion=3))],
}


@pytest.mark.parametrize("steps", INVALID.values(), ids=INVALID.keys())
def test_an_invalid_file_is_one_sentence_per_problem_exit_2_and_nothing_sent(steps, tmp_path, capsys,
                                                                             monkeypatch):
    def never(*_args, **_kwargs):
        raise AssertionError("an invalid pipeline reached the engine")

    monkeypatch.setattr(pipeline_run, "execute", never)
    path = tmp_path / "pipeline.json"
    path.write_text(json.dumps({"steps": steps}), encoding="utf-8")
    assert command.main(["run", str(path), "--data-dir", str(tmp_path / "app")]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert lines and all(SENTENCE.match(line) for line in lines), captured.err
    assert captured.out == "" and not (tmp_path / "app").exists()


def test_the_runners_resume_option_is_taken_and_contradicting_restart_is_a_usage_error(capsys):
    inline = '{"steps":[{"action":"generate_image","prompt":"a harbour"}]}'
    assert command.main(["run", inline, "--resume", "--dry-run"]) == 0
    capsys.readouterr()
    assert command.main(["run", inline, "--resume", "--restart", "--dry-run"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("runway-desktop-cli pipeline: --resume and --restart cannot be used together")
