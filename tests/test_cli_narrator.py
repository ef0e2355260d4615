"""What the CLI says while it waits: one line per change, each problem once, and a word after silence."""

from __future__ import annotations

import asyncio
import contextlib
import io

import pytest

from runway_desktop.cli import watch
from runway_desktop.cli.errors import EXIT_TIMEOUT, CliError
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.states import Attention, NextStep
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState

TASK = TaskRecord(id="ab" * 16, endpoint="text_to_image", model="gen4_image", tab="image",
                  state=TaskState.PENDING, body={}, runway_id="r-1")


def _lines(stream: io.StringIO) -> list[str]:
    return [line.split("  ", 1)[-1] for line in stream.getvalue().splitlines()]


def test_each_change_is_one_line_and_each_problem_is_said_once():
    out = io.StringIO()
    narrator = watch.Narrator(stream=out)
    narrator.follow(TASK)
    running = TASK.evolve(state=TaskState.RUNNING, progress=0.25)
    for event in (
        ev.TaskChanged(running),
        ev.TaskChanged(running.evolve(progress=0.251)),  # the same whole percent: nothing new to say
        ev.TaskChanged(running.evolve(progress=0.6)),
        ev.EngineError("Runway did not answer in time.", TASK.id),
        ev.TaskChanged(running.evolve(progress=0.6, error="Runway did not answer in time.")),
        ev.TaskChanged(TaskRecord(id="other", endpoint="e", model="m", tab="t", state=TaskState.FAILED,
                                  body={})),  # not followed
    ):
        narrator(event)
    saved = running.evolve(state=TaskState.SUCCEEDED, progress=1.0, outputs=(
        OutputFile(0, path="/lib/a.png", state=OutputState.SAVED),
        OutputFile(1, state=OutputState.NOT_SAVED, error="The disk is full."),
    ))
    narrator(ev.TaskChanged(saved))
    assert _lines(out) == [
        "Pending",
        "Running 25%",
        "Running 60%",
        "problem: Runway did not answer in time.",
        "Succeeded",
        "saved /lib/a.png",
        "output 2 not saved: The disk is full.",
    ]
    assert all(line.startswith(TASK.id[:12] + "  ") for line in out.getvalue().splitlines())


def test_outcomes_give_the_reason_and_the_terminal_next_step():
    stuck = TASK.evolve(state=TaskState.NEEDS_ATTENTION,
                        attention=Attention("Runway rejected the API key.", 0.0, NextStep.REENTER_KEY))
    result = watch.outcome(stuck)
    assert result.code == 1
    assert "needs attention: Runway rejected the API key. Next: set a working key" in result.message
    assert "runway-desktop-cli download abababababab" in result.message
    empty = watch.outcome(TASK.evolve(state=TaskState.SUCCEEDED, outputs=()))
    assert empty.code == 1 and "sent no output" in empty.message
    failed = watch.outcome(TASK.evolve(state=TaskState.FAILED, failure="Unsafe.",
                                       failure_code="SAFETY.INPUT"))
    assert failed.code == 1 and failed.message.endswith("failed: Unsafe. [SAFETY.INPUT]")
    assert watch.outcome(TASK.evolve(state=TaskState.SUCCEEDED, outputs=(
        OutputFile(0, path="/a", state=OutputState.SAVED),))).code == 0


class _Engine:
    """Just what `wait_settled` uses: get and a wait_for that wakes on `set`."""

    def __init__(self, task: TaskRecord) -> None:
        self.task = task
        self.changed = asyncio.Event()

    def get(self, task_id: str) -> TaskRecord:
        return self.task

    async def wait_for(self, task_id, predicate, timeout):
        async def waiter():
            while not predicate(self.task):
                self.changed.clear()
                await self.changed.wait()
            return self.task

        return await asyncio.wait_for(waiter(), timeout)

    def holds_for_daily_budget(self, task: TaskRecord) -> bool:
        return False  # no budget in Settings

    async def wait_for_change(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.changed.wait(), timeout)

    def set(self, task: TaskRecord) -> None:
        self.task = task
        self.changed.set()


def test_silence_is_broken_by_what_is_still_awaited_and_the_timeout_says_how_to_resume(monkeypatch):
    monkeypatch.setattr(watch, "HEARTBEAT_SECONDS", 0.2)
    out = io.StringIO()

    async def scenario():
        engine = _Engine(TASK.evolve(state=TaskState.RUNNING, progress=0.4))
        narrator = watch.Narrator(stream=out)
        narrator.follow(engine.task)
        asyncio.get_running_loop().call_later(0.7, engine.set, engine.task.evolve(
            state=TaskState.SUCCEEDED, outputs=(OutputFile(0, path="/a", state=OutputState.SAVED),)))
        done = await watch.wait_settled(engine, [TASK.id], narrator, timeout=5)
        assert done[0].state is TaskState.SUCCEEDED
        with pytest.raises(CliError) as timed_out:
            stuck = _Engine(TASK.evolve(state=TaskState.THROTTLED))
            await watch.wait_settled(stuck, [TASK.id], narrator, timeout=0.3)
        return timed_out.value

    error = asyncio.run(scenario())
    stills = [line for line in _lines(out) if line.startswith("still ")]
    assert stills and stills[0].startswith("still running 40% after ")
    assert error.code == EXIT_TIMEOUT
    assert "timed out after 0.3 s still waiting for abababababab (throttled" in error.message
    assert "`runway-desktop-cli download ID` picks it up later" in error.message
