"""The bundle's one executable plays the window, the CLI, the simulator or its self-check, and the app
starts its simulator child through it when frozen (a frozen app has no `python -m`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from runway_desktop import frozen
from runway_desktop.simulator_child import SimulatorChild
from runway_desktop.version import version

DISPATCH = "import sys; from runway_desktop.bundle import main; sys.exit(main())"


def test_the_role_follows_the_environment_then_the_program_name():
    assert frozen.role_for("/usr/bin/runway-desktop-cli", {}) == "cli"
    assert frozen.role_for("/opt/runway-desktop/runway-desktop-sim", {}) == "simulator"
    assert frozen.role_for("runway-desktop", {}) == "app"
    assert frozen.role_for("/somewhere/renamed", {}) == "app"
    assert frozen.role_for("runway-desktop", {frozen.ROLE_VARIABLE: "simulator"}) == "simulator"
    assert frozen.role_for("runway-desktop-cli", {frozen.ROLE_VARIABLE: "nonsense"}) == "cli"


@pytest.mark.parametrize(("role", "program"), [
    ("cli", "runway-desktop-cli"), ("simulator", "runway-desktop-sim"), ("", "runway-desktop"),
])
def test_the_entry_point_runs_the_program_of_its_role(role, program, tmp_path):
    env = {**os.environ, frozen.ROLE_VARIABLE: role}
    done = subprocess.run([sys.executable, "-c", DISPATCH, "--version"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{program} {version()}"


def test_the_self_check_reports_resources_multimedia_and_the_keychain(tmp_path):
    env = {**os.environ, frozen.ROLE_VARIABLE: frozen.SELFCHECK, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", DISPATCH], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["version"] == version() and report["frozen"] is False
    assert report["resources"]["models"] > 0 and report["resources"]["style"]
    assert len(report["resources"]["desktop_files"]) == 2
    assert report["multimedia"]["decodes"]  # Qt's FFmpeg backend loaded
    assert "backend" in report["keychain"] and isinstance(report["keychain"]["round_trip"], bool)


@pytest.mark.parametrize(("lang", "language", "quit_text", "cancel"), [
    ("zh_CN.UTF-8", "zh_CN", "退出(&Q)", "取消"), ("C.UTF-8", "en", "&Quit", "Cancel"),
])
def test_the_self_check_reports_the_language_the_locale_chooses(lang, language, quit_text, cancel, tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update({frozen.ROLE_VARIABLE: frozen.SELFCHECK, "QT_QPA_PLATFORM": "offscreen", "LANG": lang})
    done = subprocess.run([sys.executable, "-c", DISPATCH], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["language"]["language"] == language
    # The window's own catalogue and Qt's (qtbase) both answer.
    assert (report["language"]["quit"], report["language"]["cancel"]) == (quit_text, cancel)
    assert "runway_desktop_zh_CN.qm" in report["resources"]["translations"]


def test_a_frozen_app_starts_its_simulator_as_its_own_executable_in_the_simulator_role(tmp_path, monkeypatch):
    # Stands in for the bundle's executable: it answers with the role it was given as its "address".
    program = tmp_path / "runway-desktop"
    program.write_text(f'#!/bin/sh\necho "http://127.0.0.1:9/${frozen.ROLE_VARIABLE}/$1"\nexec sleep 30\n')
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    child = SimulatorChild(python="/no/python/in/a/bundle")
    assert child.command()[:2] == [str(program), "--port"]
    try:
        assert child.start(timeout=30) == "http://127.0.0.1:9/simulator/--port"
    finally:
        child.stop()
    assert not child.running


def test_an_unfrozen_app_starts_its_simulator_with_python_dash_m():
    assert SimulatorChild(python="/py").command()[:3] == ["/py", "-m", "runway_desktop.simulator"]
    assert frozen.role_environment("simulator") == {}


def test_a_frozen_app_starts_the_shared_simulator_host_in_its_own_role(tmp_path, monkeypatch):
    program = tmp_path / "runway-desktop"
    program.write_text(f'#!/bin/sh\necho "http://127.0.0.1:9/${frozen.ROLE_VARIABLE}/$1"\nexec sleep 30\n')
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    child = SimulatorChild(state_file=tmp_path / "state.json", python="/no/python/in/a/bundle")
    assert child.command()[:3] == [str(program), "--state-file", str(tmp_path / "state.json")]
    try:
        assert child.start(timeout=30) == f"http://127.0.0.1:9/{frozen.SIMULATOR_HOST}/--state-file"
    finally:
        child.stop()
