"""SIGKILL at random points during 20 submissions, then a restart: nothing is lost.

Each task is afterwards either saved (verified files), or honestly flagged "outcome unknown";
every task Runway created is accounted for, and none was created twice by the app.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from pathlib import Path

import pytest

from runway_desktop.core.intake import inspect as intake
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.store import Store

DRIVER = Path(__file__).with_name("kill_driver.py")


async def run_and_kill(data_dir: Path, url: str, count: int, kill_after: float) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(DRIVER), str(data_dir), url, str(count),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        await asyncio.wait_for(process.wait(), kill_after)
    except TimeoutError:
        os.kill(process.pid, signal.SIGKILL)
        await process.wait()


@pytest.mark.slow
async def test_killed_at_random_points_then_restarted_loses_nothing(rig):
    rig.server.config.speed = 100.0
    rng = random.Random(20)
    rig.data_dir.mkdir(parents=True, exist_ok=True)
    for kill_after in sorted(rng.uniform(0.3, 4.0) for _ in range(4)):
        await run_and_kill(rig.data_dir, rig.url, 20, kill_after)

    store = Store(rig.data_dir / "tasks.sqlite3")
    await store.open()
    before = await store.load_all()
    await store.close()
    unsettled = [t for t in before if not t.state.is_terminal or t.needs_download]
    assert unsettled, "the kills interrupted work in progress"

    engine = await rig.engine()  # the restart: resumes polling and downloading
    for task in engine.tasks:
        await engine.wait_until_settled(task.id, timeout=120)

    stats = await rig.stats()
    tasks = engine.tasks
    by_runway_id = [t.runway_id for t in tasks if t.runway_id]
    assert len(by_runway_id) == len(set(by_runway_id)), "no Runway task recorded twice"
    unknown = [t for t in tasks if t.state is TaskState.UNKNOWN]
    created = set(stats["task_ids"])
    # Every task Runway created is one the app knows, or one it flagged as "outcome unknown".
    assert len(created - set(by_runway_id)) <= len(unknown)
    assert stats["creates"] == len(created)
    for task in tasks:
        assert task.state in (TaskState.SUCCEEDED, TaskState.UNKNOWN, TaskState.CANCELLED), task
        if task.state is TaskState.SUCCEEDED:
            for path in task.saved_paths:
                assert intake.inspect_file(path).kind == "audio"
                assert Path(path + ".json").exists()
        if task.state is TaskState.UNKNOWN:
            assert "outcome" in task.state.label.lower() and task.error
    assert not list(rig.data_dir.rglob("*.part")), "no half-written file is left behind"
    assert any(t.state is TaskState.SUCCEEDED for t in tasks)
    assert len(tasks) >= 20
