"""The file-only commands through the real entry point: show --from-file, add-sound, pipeline."""

from __future__ import annotations

import json

import av
from cli_support import cli
from media_factory import make_mp4, make_png, make_wav

from runway_desktop.core.embed import embed_record, read_record

RECORD = {"generator": "Runway Desktop", "model": "gen4_image", "prompt": "a lighthouse at dusk", "seed": 42,
          "parameters": {"ratio": "1920:1080", "seed": 42}, "task_id": "t" * 32}


def test_show_from_file_prints_the_embedded_record(tmp_path):
    image = make_png(tmp_path / "take.png", 32, 32)
    embed_record(image, RECORD)
    done = cli("show", "--from-file", str(image), "--json", data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["prompt"] == "a lighthouse at dusk"
    readable = cli("show", "--from-file", str(image), data_dir=tmp_path / "data")
    assert readable.returncode == 0 and "a lighthouse at dusk" in readable.stdout


def test_show_from_a_file_without_a_record_says_so_and_exits_1(tmp_path):
    bare = make_png(tmp_path / "bare.png", 32, 32)
    done = cli("show", "--from-file", str(bare), data_dir=tmp_path / "data")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "no Runway Desktop generation record" in done.stderr


def test_show_needs_exactly_one_of_an_id_or_a_file(tmp_path):
    assert cli("show", data_dir=tmp_path / "data").returncode == 2
    image = make_png(tmp_path / "take.png", 32, 32)
    assert cli("show", "abc", "--from-file", str(image), data_dir=tmp_path / "data").returncode == 2


def test_add_sound_through_the_cli_keeps_the_picture_and_records_both_parents(tmp_path):
    video = make_mp4(tmp_path / "take.mp4", 96, 64, seconds=1.0)
    audio = make_wav(tmp_path / "rain.wav", seconds=2.0)
    out = tmp_path / "with-sound.mp4"
    done = cli("add-sound", str(video), str(audio), "-o", str(out), "--offset", "0.25",
               data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    with av.open(str(out)) as container:
        assert container.streams.video and container.streams.audio
    record = read_record(out)
    assert record is not None and len(record["lineage"]["parents"]) == 2


def test_pipeline_dry_run_through_the_cli(tmp_path):
    pipeline = tmp_path / "p.json"
    pipeline.write_text(json.dumps({"steps": [
        {"action": "generate_image", "model": "gen4_image", "prompt": "a {{thing}}", "ratio": "1920:1080"}]}))
    done = cli("pipeline", "run", str(pipeline), "--var", "thing=kite", "--dry-run", "--json",
               data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(summary["runs"]) == 1 and summary["total_credits"] > 0
