"""The simulator as the window's child process: started on a free port, stopped for certain."""

from __future__ import annotations

import json
import stat
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from processes import pid_gone

from runway_desktop.simulator_child import SimulatorChild, SimulatorError

KEY = "key_" + "3c" * 64



def _organization(url: str, key: str) -> dict:
    request = urllib.request.Request(
        f"{url}/v1/organization",
        headers={"Authorization": f"Bearer {key}", "X-Runway-Version": "2024-11-06"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)


def _script(tmp_path, body: str) -> str:
    path = tmp_path / "fake-python"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_starts_on_a_free_port_serves_the_api_and_stops(tmp_path, monkeypatch):
    monkeypatch.setenv("RUNWAYML_API_SECRET", KEY)
    child = SimulatorChild(data_dir=tmp_path / "sim", log_path=tmp_path / "logs" / "simulator.log")
    url = child.start()
    pid = child.pid
    try:
        assert url.startswith("http://127.0.0.1:")
        assert child.running
        assert _organization(url, "any-token-works")["creditBalance"] == 100_000
        # The child never receives the real key: it is not in its environment.
        environ = (Path("/proc") / str(pid) / "environ").read_bytes()
        assert b"RUNWAYML_API_SECRET" not in environ and KEY.encode() not in environ
        assert (tmp_path / "sim").is_dir()
    finally:
        child.stop()
    assert pid_gone(pid)
    assert not child.running and child.url is None
    child.stop()  # stopping twice is harmless


def test_an_api_key_restriction_is_passed_on(tmp_path):
    child = SimulatorChild(api_key=KEY)
    url = child.start()
    try:
        assert _organization(url, KEY)["creditBalance"] == 100_000
        with pytest.raises(urllib.error.HTTPError) as refused:
            _organization(url, "key_" + "00" * 64)
        assert refused.value.code == 401
    finally:
        child.stop()


def test_a_child_that_never_reports_its_address_is_killed_after_the_timeout(tmp_path):
    child = SimulatorChild(python=_script(tmp_path, "exec sleep 60"))
    child.spawn()
    pid = child.pid
    with pytest.raises(SimulatorError, match=r"did not report its address within 0\.5 seconds"):
        child.wait_ready(timeout=0.5)
    assert pid_gone(pid)


def test_a_child_that_exits_at_once_says_so(tmp_path):
    script = _script(tmp_path, "echo 'cannot start' >&2; exit 3")
    child = SimulatorChild(python=script, log_path=tmp_path / "sim.log")
    with pytest.raises(SimulatorError, match=r"exited with code 3 \(see .*sim.log\)"):
        child.start()
    assert "cannot start" in (tmp_path / "sim.log").read_text()


def test_a_child_that_ignores_sigterm_is_killed_after_a_bounded_wait(tmp_path):
    script = _script(tmp_path, "trap '' TERM\necho http://127.0.0.1:9\nwhile :; do sleep 1; done")
    child = SimulatorChild(python=script)
    assert child.start() == "http://127.0.0.1:9"
    pid = child.pid
    started = time.monotonic()
    child.stop(timeout=0.5)
    assert pid_gone(pid)
    assert time.monotonic() - started < 5


def test_a_missing_interpreter_is_a_clear_error(tmp_path):
    child = SimulatorChild(python=str(tmp_path / "no-such-python"))
    with pytest.raises(SimulatorError, match="could not be started"):
        child.start()
