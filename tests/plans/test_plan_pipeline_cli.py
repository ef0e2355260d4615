"""`pipeline run FILE --dry-run`: every run and the exact total, as a person and a script read them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from media_factory import make_png

from runway_desktop.commands import pipeline as command

EXAMPLES = Path(__file__).parent / "pipelines"


def last_json(text: str) -> dict:
    return json.loads(text.strip().splitlines()[-1])


def test_dry_run_json_total_is_the_sum_of_the_run_quotes(capsys):
    code = command.main(["run", str(EXAMPLES / "fan_out_ads.json"), "--var", "product=Acme Serum",
                         "--dry-run", "--json"])
    out = capsys.readouterr()
    assert code == 0
    plan = last_json(out.out)
    assert len(plan["runs"]) == 5
    assert plan["total_credits"] == sum(r["credits"] for r in plan["runs"]) == 300
    assert plan["total_dollars"] == 3.0 and plan["total_exact"] is True
    assert plan["runs"][0]["model"] == "gen4.5" and plan["runs"][0]["filename"] == "ad-1"
    assert "{source}" in out.err  # the warning about {i}, on stderr


def test_dry_run_prints_every_run_with_model_inputs_quote_and_the_total(capsys):
    code = command.main(["run", str(EXAMPLES / "image_to_video.json"), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "step 1 run 1  generate_image  gen4_image (text_to_image)  5 credits ($0.05)" in out
    assert "step 2 run 1  generate_video  gen4.5 (image_to_video)  60 credits ($0.60)" in out
    assert "promptImage ← output 1 of run 1.1" in out and "→ car-drive" in out
    assert out.strip().splitlines()[-1] == "Total: 65 credits ($0.65) for 2 runs"


def test_unpriced_runs_are_flagged_not_guessed(capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"steps": [
        {"action": "generate_video", "prompt": "a", "duration": 5},
        {"action": "generate_video", "model": "kling3.0_pro", "prompt": "b", "ratio": "1920:1080"},
    ]}))
    assert command.main(["run", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "price not published" in out
    assert "Total: 60 credits ($0.60) for 1 of 2 runs; 1 run has no published price" in out
    assert command.main(["run", str(path), "--dry-run", "--json"]) == 0
    plan = last_json(capsys.readouterr().out)
    assert plan["runs"][1]["credits"] is None and plan["unpriced_runs"] == 1 and plan["total_exact"] is False


def test_refusals_exit_2_with_a_sentence_naming_step_and_field(capsys):
    assert command.main(["run", str(EXAMPLES / "multi_format.json"), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "field 'prompt': the variable {{product}} has no value; pass --var product=VALUE." in err
    assert command.main(["run", str(EXAMPLES / "multi_format.json"), "--var", "product=A", "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert "Step 2 (generate_video), field 'ratio': Ratio must be one of 1280:720, 720:1280." in captured.err
    assert captured.out == ""
    assert command.main(["run", str(EXAMPLES / "image_to_video.json"), "--var", "bad", "--dry-run"]) == 2
    assert "--var 'bad' must be NAME=VALUE" in capsys.readouterr().err


def test_without_a_key_nothing_is_sent_and_it_says_so_in_one_line(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("RUNWAYML_API_SECRET", raising=False)
    assert command.main(["run", str(EXAMPLES / "image_to_video.json"), "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No Runway API key" in err[0] and "--simulator" in err[0]
    assert not (tmp_path / "tasks.sqlite3").exists()


def test_inline_json_is_accepted_like_runways_runner(capsys):
    inline = '{"steps":[{"action":"generate_video","model":"gen4.5","prompt":"a cat","duration":5}]}'
    assert command.main(["run", inline, "--dry-run", "--json"]) == 0
    assert last_json(capsys.readouterr().out)["total_credits"] == 60


def test_as_a_user_runs_it_from_another_folder_with_files_outside_the_repository(tmp_path):
    make_png(tmp_path / "hero.png", 96, 54)
    (tmp_path / "job.json").write_text(json.dumps({"steps": [
        {"action": "generate_video", "image_url": "hero.png", "prompt": "{{move}}", "filename": "hero-move"},
        {"action": "fan_out", "use_previous": True, "step": {
            "action": "generate_video", "model": "aleph2", "prompt": "{source} in autumn",
            "filename": "fall"}},
    ]}))
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(command.__file__).parents[2])}
    result = subprocess.run(
        [sys.executable, "-m", "runway_desktop.commands.pipeline", "run", str(tmp_path / "job.json"),
         "--var", "move=slow push in", "--dry-run", "--json"],
        cwd=elsewhere, capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    plan = last_json(result.stdout)
    first, second = plan["runs"]
    assert first["endpoint"] == "image_to_video" and first["inputs"] == ["promptImage ← hero.png"]
    assert second["endpoint"] == "video_to_video" and second["depends_on"] == ["1.1"]
    assert second["input_refs"] == [{"field": "videoUri", "origin": "output", "kind": "video",
                                     "media_index": 0, "producer": "1.1", "output": 1}]
    assert second["request"]["promptText"] == "hero-move in autumn"
    assert plan["total_credits"] == 60 + 75 == first["credits"] + second["credits"]


def test_runway_desktop_cli_has_the_pipeline_command(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "runway_desktop.cli", "--data-dir", str(tmp_path), "pipeline", "run",
         str(EXAMPLES / "localize.json"), "--var", "product=Acme Watch", "--dry-run", "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    plan = last_json(result.stdout)
    assert len(plan["runs"]) == 8 and plan["total_credits"] == sum(r["credits"] for r in plan["runs"]) == 480
    assert not (tmp_path / "tasks.sqlite3").exists()  # a dry run touches no history
