"""`--simulator`: one offline Runway per data dir, started once and reused, so its tasks are not forgotten."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import CLI, assert_one_clean_line, cli_env
from processes import pid_gone

from runway_desktop.simulator_child import STATE_FILE

STARTED = "Started the offline Runway at http://127.0.0.1:"


def sim_cli(data_dir: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = cli_env(key=None)  # no key anywhere: --simulator needs none
    command = [*CLI, "--simulator", "--data-dir", str(data_dir), "--min-poll-interval", "0.05", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)


def _state(data_dir: Path) -> dict:
    return json.loads((data_dir / STATE_FILE).read_text())


@pytest.fixture
def data_dir(tmp_path):
    """A data dir whose simulator, if a command started one, is stopped at the end."""
    path = tmp_path / "data"
    yield path
    if (path / STATE_FILE).exists():
        pid = _state(path)["pid"]
        os.kill(pid, signal.SIGTERM)
        _wait_gone(pid, 20)


def _wait_gone(pid: int, seconds: float) -> bool:
    """Wait for the process to end (its pidfd becomes readable when it does), at most `seconds`."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        select.select([fd], [], [], seconds)
    finally:
        os.close(fd)
    return pid_gone(pid)


def test_reading_the_history_starts_nothing(data_dir):
    result = sim_cli(data_dir, "list")
    assert result.returncode == 0, result.stderr
    assert "No tasks yet" in result.stderr and not (data_dir / STATE_FILE).exists()


def test_the_first_command_starts_the_simulator_and_later_ones_reuse_it_with_its_tasks(data_dir):
    submitted = sim_cli(data_dir, "submit", "--model", "eleven_multilingual_v2", "--prompt", "Hello.",
                        "--set", "voice=Maya")
    assert submitted.returncode == 0, submitted.stderr
    assert STARTED in submitted.stderr
    task = json.loads(submitted.stdout)
    state = _state(data_dir)
    assert state["url"].startswith("http://127.0.0.1:") and not pid_gone(state["pid"])

    # The command has ended; its simulator has not, so the task it sent is still known there.
    downloaded = sim_cli(data_dir, "download", task["id"])
    assert downloaded.returncode == 0, downloaded.stderr
    assert STARTED not in downloaded.stderr
    assert Path(downloaded.stdout.strip()).is_file()
    assert _state(data_dir)["pid"] == state["pid"]

    balance = sim_cli(data_dir, "balance")
    assert balance.returncode == 0 and balance.stdout.startswith("Credit balance: 99,99")  # the same account

    os.kill(state["pid"], signal.SIGTERM)
    assert _wait_gone(state["pid"], 20)
    assert not (data_dir / STATE_FILE).exists()  # a stopped simulator leaves no address behind


def test_a_stale_record_is_replaced_by_a_fresh_simulator(data_dir):
    data_dir.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (data_dir / STATE_FILE).write_text(json.dumps({"url": f"http://127.0.0.1:{port}", "pid": dead.pid,
                                                   "speed": 8}))
    result = sim_cli(data_dir, "balance")
    assert result.returncode == 0, result.stderr
    assert STARTED in result.stderr
    assert _state(data_dir)["pid"] != dead.pid


def test_simulator_and_base_url_together_is_a_usage_error(data_dir):
    result = sim_cli(data_dir, "--base-url", "https://api.example.com", "balance")
    assert result.returncode == 2
    assert "cannot be used together" in assert_one_clean_line(result.stderr)


def test_a_simulator_started_for_a_command_stops_itself_when_unused(tmp_path):
    state_file = tmp_path / STATE_FILE
    process = subprocess.Popen(
        [sys.executable, "-m", "runway_desktop.simulator_host", "--state-file", str(state_file),
         "--data-dir", str(tmp_path / "sim"), "--idle-exit", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:")
    assert json.loads(state_file.read_text())["url"] == url
    assert process.wait(30) == 0
    assert "No request for 1 s: stopping." in process.stderr.read()
    assert not state_file.exists()


def test_a_pipeline_runs_against_the_offline_runway_with_no_key(data_dir):
    example = Path(__file__).parent / "plans" / "pipelines" / "image_to_video.json"
    result = sim_cli(data_dir, "pipeline", "run", str(example), "--json")
    assert result.returncode == 0, result.stderr
    assert STARTED in result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert [run["state"] for run in report["runs"]] == ["succeeded", "succeeded"]
    listed = sim_cli(data_dir, "list")  # the runs are in the simulator's history, as the window shows it
    assert listed.returncode == 0 and listed.stdout.lower().count("succeeded") >= 2, listed.stdout
