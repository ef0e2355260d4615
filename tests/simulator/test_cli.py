"""The command line: prints its base URL first, serves, and stops cleanly on SIGTERM / SIGINT."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sim_media import HEADERS

STARTUP_SECONDS = 30


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    # A session of its own, so a signal can go to the whole process group as Ctrl+C in a terminal does.
    return subprocess.Popen(
        [sys.executable, "-m", "runway_desktop.simulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )


def render_one(base_url: str) -> None:
    body = {"model": "gen4_image", "promptText": "a lamp", "ratio": "720:720"}
    task_id = httpx.post(f"{base_url}/v1/text_to_image", json=body, headers=HEADERS, timeout=10).json()["id"]
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        status = httpx.get(f"{base_url}/v1/tasks/{task_id}", headers=HEADERS, timeout=10).json()["status"]
        if status == "SUCCEEDED":
            return
        threading.Event().wait(0.05)  # poll the task's status until its deadline
    raise AssertionError(f"task {task_id} did not succeed in time")


def first_line(process: subprocess.Popen) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line.startswith("http://127.0.0.1:"), (
        line,
        process.stderr.read() if process.poll() is not None else "",
    )
    return line


@pytest.mark.slow  # a subprocess that starts its render workers
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_cli_serves_and_stops_cleanly(signum, tmp_path) -> None:
    data_dir = tmp_path / "data"
    process = start("--speed", "100", "--api-key", "key_test", "--data-dir", str(data_dir))
    try:
        base_url = first_line(process)
        response = httpx.get(f"{base_url}/v1/organization", headers=HEADERS, timeout=10)
        assert response.status_code == 200
        assert (
            httpx.get(
                f"{base_url}/v1/organization", headers={**HEADERS, "Authorization": "Bearer other"}
            ).status_code
            == 401
        )
        render_one(base_url)
        os.killpg(process.pid, signum)
        _, stderr = process.communicate(timeout=STARTUP_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert (data_dir / "uploads").is_dir()


@pytest.mark.slow  # a subprocess that starts its render workers
def test_cli_temporary_data_dir_is_removed(tmp_path) -> None:
    process = start(env={**os.environ, "TMPDIR": str(tmp_path)})
    try:
        base_url = first_line(process)
        assert len(list(tmp_path.glob("runway-sim-*"))) == 1
        started = httpx.post(
            f"{base_url}/v1/uploads",
            json={"filename": "a.png", "type": "ephemeral"},
            headers=HEADERS,
            timeout=10,
        ).json()
        assert started["runwayUri"].startswith("runway://")
        process.terminate()
        _, stderr = process.communicate(timeout=STARTUP_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, stderr
    assert list(tmp_path.glob("runway-sim-*")) == []


def test_bad_fault_spec_exits_2_with_a_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "runway_desktop.simulator", "--faults", "create:418=1"],
        capture_output=True,
        text=True,
        timeout=STARTUP_SECONDS,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "argument --faults: unknown fault '418'" in result.stderr
    assert "Traceback" not in result.stderr


def test_console_script_is_installed() -> None:
    script = shutil.which("runway-desktop-sim", path=str(Path(sys.executable).parent))
    assert script is not None
    result = subprocess.run(
        [script, "--faults", "bogus"], capture_output=True, text=True, timeout=STARTUP_SECONDS
    )
    assert result.returncode == 2
    assert "argument --faults" in result.stderr
