"""The daily budget in Settings holds for the terminal too: `submit`, `pipeline run` and `sync` stop
before a run that would pass it (nothing sent, nothing spent, exit 4); `--max-parallel` only lowers."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import httpx
import pytest
from cli_support import CLI, assert_one_clean_line, cli, simulator

from runway_desktop.core.storage.settings import Settings, save_settings, settings_path

EXIT_BUDGET = 4


@pytest.fixture(scope="module")
def sim_url():
    with simulator(speed=200) as url:
        yield url


def creates(url: str) -> int:
    return httpx.get(f"{url}/_sim/stats", timeout=10).json()["creates"]


def budget(data_dir: Path, credits: int, tasks_at_once: int = 4) -> None:
    """What the window's Settings dialog writes for this data folder."""
    save_settings(settings_path(data_dir), Settings(daily_budget_credits=credits,
                                                    max_concurrent_tasks=tasks_at_once))


def image(prompt: str) -> tuple[str, ...]:
    """A gen4_image at 1024:1024: 8 credits."""
    return ("submit", "--model", "gen4_image", "--prompt", prompt, "--set", "ratio=1024:1024", "--wait")


def three_images(folder: Path) -> Path:
    steps = [{"action": "generate_image", "model": "gen4_image", "prompt": f"a harbour, take {n}",
              "ratio": "1024:1024", "filename": f"harbour-{n}"} for n in (1, 2, 3)]
    path = folder / "harbours.json"
    path.write_text(json.dumps({"steps": steps}), encoding="utf-8")
    return path


def test_help_documents_the_budget_exit(tmp_path):
    for args in (["submit", "--help"], ["pipeline", "run", "--help"]):
        text = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60).stdout
        assert re.search(r"^ +4 +stopped at the daily budget", text, re.MULTILINE), text
    assert "only lowers" in subprocess.run([*CLI, "pipeline", "run", "--help"], capture_output=True,
                                           text=True, timeout=60).stdout


def test_submit_that_would_pass_the_budget_is_not_sent_and_says_so(tmp_path, sim_url):
    data = tmp_path / "app"
    budget(data, 20)
    before = creates(sim_url)
    for prompt in ("a lighthouse", "a fox"):  # 8 + 8 credits: within 20
        done = cli(*image(prompt), data_dir=data, url=sim_url)
        assert done.returncode == 0, done.stderr
    stopped = cli(*image("a third take"), data_dir=data, url=sim_url)
    assert stopped.returncode == EXIT_BUDGET, stopped.stderr
    line = assert_one_clean_line(stopped.stderr)
    assert "1 run (8 credits) was not sent" in line and "daily budget of 20 credits" in line
    assert "(16 committed today)" in line and "after 00:00 UTC" in line
    assert creates(sim_url) - before == 2  # nothing was sent for the third
    listed = [json.loads(row) for row in cli("list", "--json", data_dir=data).stdout.splitlines()]
    assert [t["state"] for t in listed] == ["cancelled", "succeeded", "succeeded"]
    shown = json.loads(cli("show", listed[0]["id"], "--json", data_dir=data).stdout)
    assert "would pass the daily budget" in shown["error"] and "Nothing was spent" in shown["error"]


def test_a_run_without_a_budget_in_settings_is_not_held(tmp_path, sim_url):
    data = tmp_path / "app"
    budget(data, 0)  # 0 is no budget
    done = cli(*image("no limit"), data_dir=data, url=sim_url)
    assert done.returncode == 0, done.stderr


def test_pipeline_stops_at_the_budget_and_the_same_command_finishes_it_once_raised(tmp_path, sim_url):
    data, out = tmp_path / "app", tmp_path / "out"
    budget(data, 20)
    before = creates(sim_url)
    args = ("pipeline", "run", str(three_images(tmp_path)), "--output-dir", str(out), "--json")
    stopped = cli(*args, data_dir=data, url=sim_url, timeout=300)
    assert stopped.returncode == EXIT_BUDGET, stopped.stderr
    assert "Traceback" not in stopped.stderr
    line = stopped.stderr.strip().splitlines()[-1]
    assert line.startswith("runway-desktop-cli pipeline run: Stopped at the daily budget: 1 run (8 credits) "
                           "was not sent"), stopped.stderr
    assert "Nothing was spent on it;" in line
    summary = json.loads(stopped.stdout.strip().splitlines()[-1])
    assert [r["state"] for r in summary["runs"]] == ["succeeded", "succeeded", "cancelled"]
    assert "would pass the daily budget" in summary["runs"][2]["reason"]
    assert summary["cost_credits"] == 16 and creates(sim_url) - before == 2
    budget(data, 100)
    again = cli(*args, data_dir=data, url=sim_url, timeout=300)
    assert again.returncode == 0, again.stderr
    final = json.loads(again.stdout.strip().splitlines()[-1])
    assert final["group"] == summary["group"] and [r["state"] for r in final["runs"]] == ["succeeded"] * 3
    assert creates(sim_url) - before == 3  # only the held run was sent
    assert sorted(p.name for p in out.iterdir()) == ["harbour-1.png", "harbour-2.png", "harbour-3.png"]


def test_max_parallel_never_raises_the_limit_in_settings(tmp_path, sim_url):
    data = tmp_path / "app"
    budget(data, 0, tasks_at_once=1)
    done = cli("pipeline", "run", str(three_images(tmp_path)), "--max-parallel", "3", "--json",
               data_dir=data, url=sim_url, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Waiting for a slot: 1 of 1 tasks at Runway (the limit in Settings)" in done.stderr


def test_a_dry_run_says_when_the_total_passes_the_budget(tmp_path):
    data = tmp_path / "app"
    pipeline = three_images(tmp_path)
    budget(data, 20)
    over = cli("pipeline", "run", str(pipeline), "--dry-run", data_dir=data)
    assert over.returncode == 0, over.stderr
    assert ("warning: the plan's total of 24 credits is more than the daily budget of 20 credits set in "
            "Settings; runs that would pass it are not sent today.") in over.stderr
    budget(data, 24)
    within = cli("pipeline", "run", str(pipeline), "--dry-run", data_dir=data)
    assert within.returncode == 0 and "daily budget" not in within.stderr
