"""Every way a CLI command ends is one line on stderr and a documented exit code, never a traceback."""

from __future__ import annotations

import asyncio
import json
import re
import signal
import socket
import subprocess
import time

import pytest
from cli_support import CLI, assert_one_clean_line, cli, cli_env, set_faults, simulator

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.storage.store import Store

KEY = "key_" + "7a" * 64


@pytest.fixture(scope="module")
def keyed_sim():
    """A slow simulator that accepts one key only: tasks stay live long enough to act on them."""
    with simulator("--api-key", KEY, speed=0.02) as url:
        yield url


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_help_documents_every_exit_code(tmp_path):
    for args in (["--help"], ["submit", "--help"], ["sync", "--help"]):
        shown = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60)
        assert shown.returncode == 0
        text = shown.stdout
        assert "exit status:" in text
        for code, meaning in (("0", "done"), ("1", "failed"), ("2", "usage"), ("3", "timed out"),
                              ("130", "interrupted")):
            assert re.search(rf"^ +{code} +{meaning}", text, re.MULTILINE), (code, text)
    assert "--timeout" in subprocess.run([*CLI, "download", "--help"], capture_output=True, text=True,
                                         timeout=60).stdout


def test_an_unknown_option_is_a_usage_error(tmp_path):
    result = cli("list", "--colour", data_dir=tmp_path)
    assert result.returncode == 2
    assert "unrecognized arguments: --colour" in result.stderr and "Traceback" not in result.stderr


def test_no_key_says_how_to_add_one_or_to_use_the_simulator(tmp_path):
    result = cli("balance", data_dir=tmp_path, key=None)
    assert result.returncode == 2
    line = assert_one_clean_line(result.stderr)
    assert "RUNWAYML_API_SECRET" in line and "--simulator" in line


def test_a_refused_base_url_is_one_line_and_exit_2(tmp_path):
    result = cli("balance", data_dir=tmp_path, url="http://api.example.com")
    assert result.returncode == 2
    assert "plain http://" in assert_one_clean_line(result.stderr)


def test_a_base_url_nobody_listens_on_is_one_line_and_exit_1(tmp_path):
    result = cli("balance", data_dir=tmp_path, url=f"http://127.0.0.1:{_closed_port()}")
    assert result.returncode == 1
    assert "Could not reach Runway" in assert_one_clean_line(result.stderr)


def test_balance_with_a_rejected_key_is_one_line_and_exit_1(tmp_path, keyed_sim):
    result = cli("balance", data_dir=tmp_path, url=keyed_sim, key="key_" + "00" * 64)
    assert result.returncode == 1
    assert "rejected the API key" in assert_one_clean_line(result.stderr)
    assert result.stdout == ""


def test_balance_reads_as_a_person_writes_it(tmp_path, keyed_sim):
    result = cli("balance", data_dir=tmp_path, url=keyed_sim, key=KEY)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Credit balance: 100,000 credits ($1,000.00)"
    assert lines[1] == "Monthly spending limit: 1,000,000 credits ($10,000.00)"
    assert lines[2] == "Per model: 2 at once, 500 a day"
    assert "e+" not in result.stdout
    as_json = json.loads(cli("balance", "--json", data_dir=tmp_path, url=keyed_sim, key=KEY).stdout)
    assert as_json["credit_balance"] == 100_000 and as_json["models"]["gen4.5"]["max_daily"] == 500


def test_cancel_when_runway_refuses_the_delete_is_one_line_and_exit_1(tmp_path):
    with simulator(speed=0.02) as url:
        submitted = cli("submit", "--model", "gen4_image", "--prompt", "a harbour",
                        "--set", "ratio=1920:1080", data_dir=tmp_path, url=url)
        assert submitted.returncode == 0, submitted.stderr
        task = json.loads(submitted.stdout)
        assert task["state"] == "pending"
        set_faults(url, "delete:500=1")
        result = cli("cancel", task["id"], data_dir=tmp_path, url=url)
        assert result.returncode == 1
        assert "Runway had a problem on its side (HTTP 500)" in assert_one_clean_line(result.stderr)
        set_faults(url, "")
        shown = json.loads(cli("show", task["id"][:8], "--json", data_dir=tmp_path).stdout)
        assert shown["state"] == "pending"  # not marked cancelled when Runway did not cancel it
        cancelled = cli("cancel", task["id"][:8], data_dir=tmp_path, url=url)
        assert cancelled.returncode == 0, cancelled.stderr
        assert cancelled.stdout.split() == [task["id"], "cancelled"]


def _records(count: int) -> list[TaskRecord]:
    now = time.time()
    return [
        TaskRecord(id=f"{i:032x}", endpoint="text_to_image", model="gen4_image", tab="image",
                   state=TaskState.FAILED, body={}, prompt=f"take {i} " + "x" * 200, created_at=now - i,
                   updated_at=now - i, failure="An internal error occurred.")
        for i in range(count)
    ]


async def _fill(path, records) -> None:
    store = Store(path)
    await store.open()
    try:
        for record in records:
            await store.save(record)
    finally:
        await store.close()


def test_list_into_a_reader_that_stops_early_is_one_line_not_a_traceback(tmp_path):
    asyncio.run(_fill(tmp_path / "tasks.sqlite3", _records(1500)))  # far more than a pipe holds
    process = subprocess.Popen([*CLI, "--data-dir", str(tmp_path), "list", "--all", "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
    first = process.stdout.readline()
    assert json.loads(first)["state"] == "failed"
    process.stdout.close()  # as `| head -1` does
    stderr = process.stderr.read()
    assert process.wait(60) == 1
    assert "broken pipe" in assert_one_clean_line(stderr)
    assert len(stderr.strip().splitlines()) == 1


def test_list_aligns_its_columns_and_elides_long_prompts(tmp_path):
    records = _records(3)
    records[1] = records[1].evolve(model="eleven_multilingual_v2", state=TaskState.SUCCEEDED, failure=None,
                                   cost_credits=12, prompt="日本語のプロンプト " * 20)
    asyncio.run(_fill(tmp_path / "tasks.sqlite3", records))
    result = subprocess.run(["script", "-qec", " ".join([*CLI, "--data-dir", str(tmp_path), "list"]),
                             "/dev/null"], capture_output=True, text=True, timeout=60,
                            env=cli_env(COLUMNS="100", LINES="40"))
    assert result.returncode == 0, result.stderr
    lines = [line.rstrip("\r") for line in result.stdout.splitlines() if line.strip()]
    assert lines[0].split() == ["ID", "STATE", "MODEL", "CREATED", "CREDITS", "PROMPT"]
    starts = {column: lines[0].index(column) for column in ("STATE", "MODEL", "CREATED", "CREDITS", "PROMPT")}
    for line in lines[1:]:
        for column, start in starts.items():
            assert line[start - 2:start] == "  " and line[start] != " ", (column, line)
    from runway_desktop.cli.render import display_width

    assert all(display_width(line) <= 100 for line in lines), lines
    assert lines[2].endswith("…") and "日本語" in lines[2]
    assert "An internal error occurred." in lines[1] or lines[1].endswith("…")


def test_show_reads_as_labelled_lines(tmp_path):
    asyncio.run(_fill(tmp_path / "tasks.sqlite3", _records(2)))
    result = cli("show", "0" * 31 + "1", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^State +Failed$", result.stdout, re.MULTILINE), result.stdout
    assert re.search(r"^Failure +An internal error occurred\.$", result.stdout, re.MULTILINE)
    ambiguous = cli("show", "0000", data_dir=tmp_path)
    assert ambiguous.returncode == 2
    assert "start of 2 tasks" in assert_one_clean_line(ambiguous.stderr)
    missing = cli("show", "zz", data_dir=tmp_path)
    assert missing.returncode == 1 and "No task zz" in assert_one_clean_line(missing.stderr)


def test_ctrl_c_while_waiting_is_one_line_and_exit_130(tmp_path, keyed_sim):
    process = subprocess.Popen(
        [*CLI, "--data-dir", str(tmp_path), "--base-url", keyed_sim, "submit", "--model", "gen4_image",
         "--prompt", "a mill", "--set", "ratio=1920:1080", "--wait"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(KEY),
    )
    seen = []
    for line in process.stderr:  # wait until the task is at Runway
        seen.append(line)
        if "Pending" in line:
            break
    process.send_signal(signal.SIGINT)
    rest = process.stderr.read()
    assert process.wait(60) == 130
    assert "interrupted" in assert_one_clean_line("".join(seen) + rest)
    listed = [json.loads(row) for row in cli("list", "--json", data_dir=tmp_path).stdout.splitlines()]
    assert listed[0]["state"] == "pending" and listed[0]["runway_id"]  # kept, resumes next time
