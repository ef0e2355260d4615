"""Waiting that talks and ends: one stderr line per change or problem, an outcome, a time limit."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from runway_desktop.cli.errors import EXIT_BUDGET, EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, CliError, one_line
from runway_desktop.cli.render import short_id
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.config import EngineRefused
from runway_desktop.core.running.daily_budget import stop_at_daily_budget, stuck_at_daily_budget
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.tasks import NextStep, OutputState, TaskRecord, TaskState

# With nothing new to say for this long, say what is still awaited, so silence never means "stuck?".
HEARTBEAT_SECONDS = 30.0


def settled(task: TaskRecord) -> bool:
    """Nothing more will happen to this task without the user: finished and saved (or given up), or stuck."""
    return task.state.is_settled and not task.needs_download


def unfinished(task: TaskRecord) -> bool:
    """Work the engine goes on with by itself: queued, live, or succeeded with outputs still saving."""
    return not settled(task)


# What helps a task that needs attention, said for a terminal (the window says "in Settings").
_STEPS = {
    NextStep.REENTER_KEY: "set a working key (RUNWAYML_API_SECRET, or Settings in the app), then run "
    "`runway-desktop-cli download {id}`",
    NextStep.CHECK_CONNECTION: "check your connection (and proxy), then run "
    "`runway-desktop-cli download {id}`",
    NextStep.CHECK_AGAIN: "run `runway-desktop-cli download {id}` later to check again",
    NextStep.DOWNLOAD_AGAIN: "run `runway-desktop-cli download {id}` to try again",
    NextStep.CHOOSE_LIBRARY_FOLDER: "free some space (or choose another library folder in the app), then run "
    "`runway-desktop-cli download {id}`",
    NextStep.CHECK_AT_RUNWAY: "look the task up in Runway's dashboard",
    NextStep.CONTACT_SUPPORT: "if it keeps happening, contact Runway's support with the task id",
}


def next_step(task: TaskRecord) -> str | None:
    if task.attention is None:
        return None
    return _STEPS.get(task.attention.action, task.attention.action.label).format(id=short_id(task))


@dataclass(frozen=True)
class Outcome:
    code: int
    message: str | None = None  # for stderr; None when all is well


def outcome(task: TaskRecord) -> Outcome:
    """The exit code a settled task gives, with the sentence that explains a non-zero one."""
    who = short_id(task)
    if task.state is TaskState.NEEDS_ATTENTION:
        reason = one_line(task.attention.reason).rstrip(".") if task.attention else "it cannot make progress"
        step = next_step(task)
        then = f" Next: {step}." if step else ""
        return Outcome(EXIT_FAILED, f"{who}: needs attention: {reason}.{then}")
    if task.state is TaskState.SUCCEEDED:
        if not task.outputs:
            return Outcome(
                EXIT_FAILED,
                f"{who}: Runway reported success but sent no output, so there is nothing to save; "
                "the generation can be retried.",
            )
        missing = [o for o in task.outputs if o.state is not OutputState.SAVED]
        if missing:
            first = missing[0]
            reason = one_line(first.error).rstrip(".") if first.error else "it could not be saved"
            return Outcome(
                EXIT_FAILED,
                f"{who}: {len(missing)} of {len(task.outputs)} output(s) not saved: {reason}. "
                f"Next: run `runway-desktop-cli download {who}` to try again.",
            )
        return Outcome(EXIT_OK)
    if task.state is TaskState.FAILED:
        code = f" [{task.failure_code}]" if task.failure_code else ""
        reason = one_line(task.failure or task.error or "no reason given")
        return Outcome(EXIT_FAILED, f"{who}: failed: {reason}{code}")
    if task.state is TaskState.CANCELLED:
        return Outcome(EXIT_FAILED, f"{who}: cancelled" + (f": {one_line(task.error)}" if task.error else ""))
    if task.state is TaskState.UNKNOWN:
        reason = one_line(task.error or task.state.label)
        return Outcome(EXIT_FAILED, f"{who}: submission outcome unknown: {reason}")
    return Outcome(EXIT_FAILED, f"{who}: {task.state.label.lower()}")


def _percent(task: TaskRecord) -> int | None:
    return round(task.progress * 100) if task.progress is not None else None


class Narrator:
    """Follows some tasks through the engine's events and writes what changes, one line each."""

    def __init__(self, ids: Iterable[str] = (), stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ids = set(ids)
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.started = clock()
        self.last_said = clock()
        self._seen: dict[str, TaskRecord] = {}
        self._problems: dict[str, set[str]] = {}

    def follow(self, task: TaskRecord) -> None:
        """Follow `task` from now; its present state is said once."""
        self.ids.add(task.id)
        if task.id not in self._seen:
            self._seen[task.id] = task
            self.say(task, self._state_line(task))

    def say(self, task: TaskRecord | None, text: str) -> None:
        prefix = f"{short_id(task)}  " if task is not None else ""
        print(f"{prefix}{text}", file=self.stream, flush=True)
        self.last_said = self.clock()

    def __call__(self, event: ev.Event) -> None:
        if isinstance(event, ev.TaskAdded | ev.TaskChanged):
            if event.task.id in self.ids:
                self.observe(event.task)
        elif isinstance(event, ev.EngineError) and (event.task_id is None or event.task_id in self.ids):
            task = self._seen.get(event.task_id) if event.task_id else None
            self._problem(task, f"problem: {one_line(event.message)}", one_line(event.message))

    def _problem(self, task: TaskRecord | None, line: str, problem: str) -> None:
        """Say a problem once: the engine may report it as an event, a task error and an output error."""
        said = self._problems.setdefault(task.id if task is not None else "", set())
        if problem not in said:
            said.add(problem)
            self.say(task, line)

    def _state_line(self, task: TaskRecord) -> str:
        line = task.state.label
        percent = _percent(task)
        if task.state is TaskState.RUNNING and percent is not None:
            line += f" {percent}%"
        if task.state is TaskState.NEEDS_ATTENTION and task.attention is not None:
            line += f": {one_line(task.attention.reason)}"
        return line

    def observe(self, task: TaskRecord) -> None:
        """Compare with what was last seen of this task and say each difference."""
        old = self._seen.get(task.id)
        self._seen[task.id] = task
        if old is None or old.state is not task.state:
            self.say(task, self._state_line(task))
        elif task.state is TaskState.RUNNING and _percent(task) not in (None, _percent(old)):
            self.say(task, f"{task.state.label} {_percent(task)}%")
        before = {o.index: o for o in old.outputs} if old is not None else {}
        for output in task.outputs:
            previous = before.get(output.index)
            newly_saved = previous is None or previous.state is not OutputState.SAVED
            if output.state is OutputState.SAVED and newly_saved:
                self.say(task, f"saved {output.path}")
            elif output.error and (previous is None or previous.error != output.error):
                problem = one_line(output.error)
                self._problem(task, f"output {output.index + 1} not saved: {problem}", problem)
        if task.error and (old is None or task.error != old.error):
            self._problem(task, f"problem: {one_line(task.error)}", one_line(task.error))

    def heartbeat(self, waiting: Iterable[TaskRecord]) -> None:
        """After a quiet spell, say what is still awaited and for how long."""
        elapsed = self.clock() - self.started
        for task in waiting:
            self.say(task, f"still {_awaited(task)} after {_duration(elapsed)}")


def _awaited(task: TaskRecord) -> str:
    """What a task that has not settled is waiting for, in a few words."""
    if task.state is TaskState.SUCCEEDED:
        return "saving its outputs"
    percent = _percent(task)
    shown = f" {percent}%" if task.state is TaskState.RUNNING and percent is not None else ""
    return task.state.label.lower() + shown


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60} min {seconds % 60} s" if seconds >= 60 else f"{seconds} s"


async def wait_settled(
    engine: Engine,
    task_ids: list[str],
    narrator: Narrator,
    timeout: float | None,
    until: Callable[[TaskRecord], bool] = settled,
) -> list[TaskRecord]:
    """Wait until every task satisfies `until`, talking meanwhile; CliError(EXIT_TIMEOUT) past `timeout`,
    CliError(EXIT_BUDGET) when the daily budget holds runs that nothing in flight could free."""
    deadline = None if timeout is None else narrator.clock() + timeout

    def done_or_held(task: TaskRecord) -> bool:
        return until(task) or engine.holds_for_daily_budget(task)

    while True:
        for task_id in task_ids:
            await _wait_one(engine, task_id, task_ids, narrator, deadline, timeout, until, done_or_held)
        records = _records(engine, task_ids)
        if all(until(t) for t in records):
            return records
        held = stuck_at_daily_budget(engine, records)
        if held:
            raise CliError(await stop_at_daily_budget(engine, held), EXIT_BUDGET)
        # A held run was let through meanwhile (a failure gave credits back), or one of the command's
        # runs is still in flight: look again after the next change (at the latest in a second).
        await engine.wait_for_change(1.0)


async def _wait_one(engine: Engine, task_id: str, task_ids: list[str], narrator: Narrator,
                    deadline: float | None, timeout: float | None, until: Callable[[TaskRecord], bool],
                    done: Callable[[TaskRecord], bool]) -> None:
    while True:
        quiet = max(0.1, HEARTBEAT_SECONDS - (narrator.clock() - narrator.last_said))
        left = None if deadline is None else deadline - narrator.clock()
        if left is not None and left <= 0:
            raise _timed_out(engine, task_ids, timeout, until)
        try:
            await engine.wait_for(task_id, done, min(quiet, left) if left is not None else quiet)
            return
        except TimeoutError:
            if narrator.clock() - narrator.last_said >= HEARTBEAT_SECONDS - 0.05:
                narrator.heartbeat(t for t in _records(engine, task_ids) if not until(t))
        except EngineRefused as exc:  # removed from the history meanwhile (by the window)
            raise CliError(f"{task_id[:12]}: {exc.message}") from None


def _records(engine: Engine, task_ids: list[str]) -> list[TaskRecord]:
    return [task for task_id in task_ids if (task := engine.get(task_id)) is not None]


def _timed_out(
    engine: Engine, task_ids: list[str], timeout: float | None, until: Callable[[TaskRecord], bool]
) -> CliError:
    waiting = [t for t in _records(engine, task_ids) if not until(t)]
    which = ", ".join(f"{short_id(t)} ({_awaited(t)})" for t in waiting)
    later = "`runway-desktop-cli download ID`" if len(waiting) == 1 else "`runway-desktop-cli sync`"
    return CliError(
        f"timed out after {timeout:g} s still waiting for {which}; it goes on at Runway, and {later} "
        "picks it up later.",
        EXIT_TIMEOUT,
    )
