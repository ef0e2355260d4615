"""`pipeline run FILE` for real, as a user runs it: a simulator process, the CLI, SIGKILL and a re-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

EXAMPLES = Path(__file__).parent / "pipelines"


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


def command(*args: str, data_dir: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "runway_desktop.cli", "--data-dir", str(data_dir), "--base-url", url,
            "--min-poll-interval", "0.05", "pipeline", "run", *args]


def environment(key: str | None = "key_test") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RUNWAYML_API_SECRET"}
    if key:
        env["RUNWAYML_API_SECRET"] = key
    return env


def run(*args: str, data_dir: Path, url: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args, data_dir=data_dir, url=url), capture_output=True, text=True,
                          timeout=timeout, env=environment())


def stats(url: str) -> dict:
    return httpx.get(f"{url}/_sim/stats", timeout=10).json()


def summary(result: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_image_to_video_runs_and_saves_named_outputs_then_a_rerun_creates_nothing(tmp_path, sim_url):
    before = stats(sim_url)["creates"]
    out = tmp_path / "out"
    args = (str(EXAMPLES / "image_to_video.json"), "--output-dir", str(out), "--json")
    result = run(*args, data_dir=tmp_path / "app", url=sim_url)
    assert result.returncode == 0, result.stderr
    final = summary(result)
    assert [r["state"] for r in final["runs"]] == ["succeeded", "succeeded"]
    assert final["total_credits"] == final["cost_credits"] == 65
    assert sorted(p.name for p in out.iterdir()) == ["car-drive.mp4", "car-hero.png"]
    assert "run 2.1: queued locally — Waiting for run 1.1 to finish" in result.stderr
    assert stats(sim_url)["creates"] - before == 2
    again = run(*args, data_dir=tmp_path / "app", url=sim_url)
    assert again.returncode == 0 and summary(again)["group"] == final["group"]
    assert "Resuming group" in again.stderr and stats(sim_url)["creates"] - before == 2
    fresh = run(*args, "--restart", data_dir=tmp_path / "app", url=sim_url)
    assert fresh.returncode == 0 and summary(fresh)["group"] != final["group"]
    assert stats(sim_url)["creates"] - before == 4


def test_fan_out_over_sources_and_multi_format_with_a_valid_ratio_run_unchanged(tmp_path, sim_url):
    out = tmp_path / "out"
    fan = run(str(EXAMPLES / "fan_out_ads.json"), "--var", "product=Acme Serum", "--output-dir", str(out),
              "--max-parallel", "2", "--json", data_dir=tmp_path / "app", url=sim_url)
    assert fan.returncode == 0, fan.stderr
    assert summary(fan)["cost_credits"] == summary(fan)["total_credits"] == 300
    assert sorted(p.stem for p in out.iterdir()) == [f"ad-{i}" for i in range(1, 6)]
    steps = json.loads((EXAMPLES / "multi_format.json").read_text())
    steps["steps"][1]["ratio"] = "720:1280"  # 1080:1080 is refused before anything is sent (see the dry run)
    (tmp_path / "multi.json").write_text(json.dumps(steps))
    multi = run(str(tmp_path / "multi.json"), "--var", "product=Acme", "--output-dir", str(out), "--json",
                data_dir=tmp_path / "app", url=sim_url)
    assert multi.returncode == 0, multi.stderr
    assert {"tiktok", "instagram", "youtube"} <= {p.stem for p in out.iterdir()}


def test_an_invalid_pipeline_exits_2_and_sends_nothing(tmp_path, sim_url):
    before = stats(sim_url)["creates"]
    result = run(str(EXAMPLES / "multi_format.json"), "--var", "product=Acme", data_dir=tmp_path, url=sim_url)
    assert result.returncode == 2 and "ratio" in result.stderr
    assert stats(sim_url)["creates"] == before


def test_failed_runs_exit_1_with_their_reasons(tmp_path, sim_url):
    httpx.post(f"{sim_url}/_sim/faults", content="safety=1", timeout=10).raise_for_status()
    try:
        result = run(str(EXAMPLES / "image_to_video.json"), "--json", data_dir=tmp_path, url=sim_url)
    finally:
        httpx.post(f"{sim_url}/_sim/faults", content="", timeout=10).raise_for_status()
    assert result.returncode == 1
    final = summary(result)
    assert final["runs"][0]["state"] == "failed" and final["runs"][0]["reason"]
    assert final["runs"][1]["state"] == "cancelled" and "run 1.1 failed" in final["runs"][1]["reason"]
    assert "run 1.1 (gen4_image):" in result.stderr


def test_sigkill_during_a_pipeline_then_the_same_command_creates_nothing_twice(tmp_path, sim_url):
    before = set(stats(sim_url)["task_ids"])
    args = (str(EXAMPLES / "localize.json"), "--var", "product=Acme Watch", "--json")
    for attempt in range(3):  # killed at a different moment each time
        process = subprocess.Popen(command(*args, data_dir=tmp_path / "app", url=sim_url), text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment())
        deadline = time.monotonic() + 120
        seen = 0
        assert process.stderr is not None
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            seen += ": submitting" in line or ": pending" in line
            if seen > attempt:
                break
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    result = run(*args, data_dir=tmp_path / "app", url=sim_url, timeout=600)
    after = stats(sim_url)
    created = [t for t in after["task_ids"] if t not in before]
    assert len(created) == len(set(created)) <= 8  # each of the 8 runs created at most once
    final = summary(result)
    ids = [r["runway_id"] for r in final["runs"] if r["runway_id"]]
    assert len(ids) == len(set(ids)) and set(ids) <= set(created)
    unknown = [r for r in final["runs"] if r["state"] == "unknown"]
    assert result.returncode == (1 if unknown else 0), result.stderr
    assert all(r["state"] == "succeeded" for r in final["runs"] if r["state"] != "unknown")
