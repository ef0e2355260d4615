"""runway-desktop-cli end to end: a real simulator process, real files, the CLI as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from media_factory import make_gif, make_png


@pytest.fixture(scope="module")
def sim_url(tmp_path_factory):
    data = tmp_path_factory.mktemp("sim")
    process = subprocess.Popen(
        [sys.executable, "-m", "runway_desktop.simulator", "--port", "0", "--speed", "200",
         "--data-dir", str(data)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), process.stderr.read()
    yield url
    process.terminate()
    process.wait(20)


def cli(*args: str, data_dir: Path, url: str | None = None, key: str | None = "key_test", timeout=120):
    env = {k: v for k, v in os.environ.items() if k != "RUNWAYML_API_SECRET"}
    if key:
        env["RUNWAYML_API_SECRET"] = key
    base = [sys.executable, "-m", "runway_desktop.cli", "--data-dir", str(data_dir),
            "--min-poll-interval", "0.05"]
    if url:
        base += ["--base-url", url]
    return subprocess.run([*base, *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_inspect_prints_one_json_line_per_file_and_fails_on_a_rejected_one(tmp_path):
    good = make_png(tmp_path / "good.png", 64, 48)
    gif = make_gif(tmp_path / "anim.gif")
    result = cli("inspect", str(good), str(gif), data_dir=tmp_path)
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["kind"] == "image" and rows[0]["width"] == 64 and rows[0]["plan"] == "data-uri"
    assert rows[0]["error"] is None
    assert "GIF" in rows[1]["error"] and "anim.gif" in rows[1]["error"]
    ok = cli("inspect", str(good), data_dir=tmp_path)
    assert ok.returncode == 0


def test_field_errors_exit_2_and_name_the_field(tmp_path):
    result = cli("submit", "--model", "gen4.5", "--prompt", "x" * 1001, "--set", "ratio=1:1",
                 "--set", "duration=5", data_dir=tmp_path)
    assert result.returncode == 2
    assert "promptText:" in result.stderr and "1,000" in result.stderr
    assert "ratio:" in result.stderr
    assert not (tmp_path / "tasks.sqlite3").exists() or "ratio" in result.stderr  # nothing submitted


def test_a_retired_model_name_points_to_its_replacement(tmp_path):
    result = cli("submit", "--model", "gen4_aleph", "--prompt", "x", data_dir=tmp_path)
    assert result.returncode == 2
    assert "aleph2" in result.stderr


def test_no_key_is_a_clear_error(tmp_path):
    result = cli("balance", data_dir=tmp_path, key=None)
    assert result.returncode == 2
    assert "RUNWAYML_API_SECRET" in result.stderr and "Traceback" not in result.stderr


def test_submit_wait_list_show_download_and_balance(tmp_path, sim_url):
    image = make_png(tmp_path / "frame.png", 320, 180)
    result = cli("submit", "--model", "gen4.5", "--prompt", "a slow push in", "--input",
                 f"promptImage={image}", "--set", "ratio=960:960", "--set", "duration=2", "--wait",
                 data_dir=tmp_path, url=sim_url)
    assert result.returncode == 0, result.stderr
    (saved,) = result.stdout.split()
    assert Path(saved).exists() and Path(saved + ".json").exists()

    listed = cli("list", "--json", data_dir=tmp_path)
    (row,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row["endpoint"] == "image_to_video"  # chosen because an image was given
    assert row["state"] == "succeeded" and row["outputs"] == [saved] and row["runway_id"]
    assert set(row) >= {"id", "runway_id", "model", "endpoint", "state", "failure", "outputs"}

    shown = json.loads(cli("show", row["runway_id"], "--json", data_dir=tmp_path).stdout)
    assert shown["id"] == row["id"] and shown["cost_credits"] == 24 and shown["parameters"]

    # A task submitted without --wait is saved by `download` later.
    queued = cli("submit", "--model", "eleven_multilingual_v2", "--prompt", "Hello.", "--set", "voice=Maya",
                 data_dir=tmp_path, url=sim_url)
    assert queued.returncode == 0, queued.stderr
    task = json.loads(queued.stdout)
    assert task["state"] in ("pending", "running", "throttled", "succeeded")
    downloaded = cli("download", task["id"], data_dir=tmp_path, url=sim_url)
    assert downloaded.returncode == 0, downloaded.stderr
    assert downloaded.stdout.strip().endswith(".mp3")

    balance = cli("balance", data_dir=tmp_path, url=sim_url)
    assert balance.returncode == 0 and "Credit balance" in balance.stdout


def test_cancel_refuses_a_finished_task_with_a_reason(tmp_path, sim_url):
    result = cli("submit", "--model", "eleven_multilingual_v2", "--prompt", "Hi.", "--set", "voice=Maya",
                 "--wait", data_dir=tmp_path, url=sim_url)
    assert result.returncode == 0, result.stderr
    (row,) = [json.loads(line) for line in cli("list", "--json", data_dir=tmp_path).stdout.splitlines()]
    cancel = cli("cancel", row["id"], data_dir=tmp_path, url=sim_url)
    assert cancel.returncode == 1
    assert "Only pending, throttled or running tasks can be cancelled" in cancel.stderr
