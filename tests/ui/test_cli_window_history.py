"""One history in simulator mode: the window and `runway-desktop-cli --simulator` share data and simulator."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from keychain import no_keychain
from processes import pid_gone
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.session import Options, Session
from runway_desktop.simulator_child import SIMULATOR_HISTORY, STATE_FILE
from runway_desktop.ui.shell.status import ConnectionMode

CHILD_START_MS = 120_000


@pytest.fixture
def home(tmp_path, monkeypatch):
    """Fresh per-user folders, for the window in this process and the CLI in a child alike."""
    env = {
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return tmp_path / "share" / "runway-desktop" / SIMULATOR_HISTORY


@pytest.fixture
def window(qtbot, qloop, home):
    sessions: list[Session] = []

    def make() -> Session:
        session = Session(Options(simulator=True), secrets=no_keychain(), make_tab=StandInTab,
                          make_queue=StandInQueue, simulator_speed=50)
        sessions.append(session)
        run_coro(qtbot, session.start(), timeout=30000)
        qtbot.waitUntil(lambda: session.window.mode is ConnectionMode.SIMULATOR, timeout=CHILD_START_MS)
        return session

    yield make
    for session in sessions:
        close_session(qtbot, session)
    state = home / STATE_FILE
    if state.exists():  # a simulator the CLI started outlives the CLI: stop it here
        pid = json.loads(state.read_text())["pid"]
        os.kill(pid, signal.SIGTERM)


def sim_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RUNWAYML_API_SECRET"}
    command = [sys.executable, "-m", "runway_desktop.cli", "--simulator", "--min-poll-interval=0.05", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)


def _image_request(prompt: str):
    built = build_request(load_catalogue().get("text_to_image", "gen4_image"),
                          {"promptText": prompt, "ratio": "1920:1080"})
    assert built.ok, built.errors
    return built


def test_the_cli_lists_the_window_tasks_and_uses_the_window_simulator(window, qtbot, home):
    session = window()
    assert session.data_dir == home
    task = run_coro(qtbot, session.engine.submit(_image_request("a lighthouse"), {}))
    qtbot.waitUntil(lambda: session.engine.get(task.id).state is TaskState.SUCCEEDED
                    and session.engine.get(task.id).all_outputs_saved, timeout=60000)

    listed = sim_cli("list", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row["id"] == task.id and row["outputs"] == session.engine.get(task.id).saved_paths

    submitted = sim_cli("submit", "--model", "eleven_multilingual_v2", "--prompt", "Hi.",
                        "--set", "voice=Maya", "--wait")
    assert submitted.returncode == 0, submitted.stderr
    assert "Started the offline Runway" not in submitted.stderr  # the window's, reused
    assert json.loads((home / STATE_FILE).read_text())["pid"] == session.child.pid
    assert submitted.stdout.strip().startswith(str(home / "library"))


def test_the_window_reuses_the_simulator_a_command_started(window, qtbot, home):
    submitted = sim_cli("submit", "--model", "gen4_image", "--prompt", "a quay", "--set", "ratio=1920:1080")
    assert submitted.returncode == 0, submitted.stderr
    assert "Started the offline Runway" in submitted.stderr
    cli_task = json.loads(submitted.stdout)
    pid = json.loads((home / STATE_FILE).read_text())["pid"]

    session = window()
    assert session.child is None  # nothing of its own started
    # The history it loaded has the command's task, and the simulator still knows it: it finishes here.
    qtbot.waitUntil(lambda: session.engine.get(cli_task["id"]) is not None
                    and session.engine.get(cli_task["id"]).state is TaskState.SUCCEEDED
                    and session.engine.get(cli_task["id"]).all_outputs_saved, timeout=60000)
    close_session(qtbot, session)
    assert not pid_gone(pid)  # the window did not stop what it did not start
