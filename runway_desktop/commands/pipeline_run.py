"""Running a planned pipeline through the engine: one group in the task ledger, resumable, with progress.

Progress goes to stderr as lines; with `--json` one JSON object (every run's state and outputs,
the plan's total and the cost so far) is the last line on stdout. Re-running the same command
resumes the plan's group: succeeded runs are reused, live ones followed, failed or cancelled
ones sent again, and a run whose outcome is unknown is never sent again on its own.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
from pathlib import Path
from typing import Any

from runway_desktop.commands import EXIT_BUDGET, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from runway_desktop.commands.notify import notify
from runway_desktop.core.plans.plan import Plan
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.config import EngineRefused
from runway_desktop.core.running.daily_budget import stop_at_daily_budget, stuck_at_daily_budget
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.groups import Group
from runway_desktop.core.running.states import TaskState
from runway_desktop.core.running.tasks import OutputState, TaskRecord

PROG = "runway-desktop-cli pipeline run"
_EXPLAINED = frozenset({TaskState.FAILED, TaskState.CANCELLED, TaskState.UNKNOWN, TaskState.NEEDS_ATTENTION})


def execute(plan: Plan, args: Any, name: str) -> int:
    """Run `plan` to the end (or resume it); the exit status: 0 all succeeded, 1 failures, 2 unusable."""
    try:
        return asyncio.run(_execute(plan, args, name))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; run the same command again to resume (nothing is sent twice).",
              file=sys.stderr)
        return EXIT_INTERRUPTED


def connection_options(args: Any) -> argparse.Namespace:
    """The connection options as every command has them, given before or after `pipeline run`."""
    return argparse.Namespace(
        simulator=bool(getattr(args, "simulator", False) or getattr(args, "run_simulator", False)),
        data_dir=getattr(args, "run_data_dir", None) or getattr(args, "data_dir", None),
        base_url=getattr(args, "run_base_url", None) or getattr(args, "base_url", None),
        min_poll_interval=(getattr(args, "run_min_poll_interval", None)
                           or getattr(args, "min_poll_interval", None)),
    )


async def _execute(plan: Plan, args: Any, name: str) -> int:
    # The same service as every other command: Runway with the key, or the shared offline Runway
    # with --simulator; the limits in Settings applied (tasks at once, daily budget).
    from runway_desktop.cli.connect import connect, data_dir_of
    from runway_desktop.cli.errors import CliError
    from runway_desktop.wiring import open_services

    options = connection_options(args)
    data_dir = data_dir_of(options)
    try:
        service = await connect(options, data_dir)
    except CliError as refused:
        print(f"{PROG}: {refused.message}", file=sys.stderr)
        return refused.code
    output_dir = _output_dir(args.output_dir)
    async with open_services(data_dir, base_url=service.base_url, api_key=service.api_key,
                             config=service.config, daily_budget=service.daily_budget) as services:
        engine = services.engine
        if engine.paused:
            print("The queue is paused (in Runway Desktop); runs wait until it is resumed.", file=sys.stderr)
        reporter = _Reporter(engine)
        unsubscribe = engine.events.subscribe(reporter.on_event)
        try:
            group = await engine.submit_group(
                plan, name=name, max_parallel=args.max_parallel, restart=args.restart,
                output_dir=str(output_dir) if output_dir else None)
        except EngineRefused as refused:
            print(f"{PROG}: {refused.message}", file=sys.stderr)
            return EXIT_USAGE
        reporter.group_id = group.id
        _say_resumed(engine, group, plan)
        try:
            await reporter.finished(engine)
        finally:
            unsubscribe()
        ledger = engine.groups.latest(group.id)
        copied = _copy_outputs(plan, ledger, output_dir) if output_dir else {}
        code = _final(engine, group, plan, ledger, copied, args.json)
        if getattr(args, "notify", False):
            _notify(name, engine.group_progress(group.id).text)
        if reporter.budget_stop is not None:
            print(f"{PROG}: {reporter.budget_stop}", file=sys.stderr)
            return EXIT_BUDGET
        return code


def _notify(name: str, counts: str) -> None:
    """--notify: the desktop says the run ended; where it cannot, one line says why (the result stands)."""
    why = notify(f"Pipeline “{name}” finished", f"{counts}.")
    if why is not None:
        print(f"{PROG}: --notify: no desktop notification: {why}.", file=sys.stderr)


def _output_dir(given: str | None) -> Path | None:
    return Path(given).expanduser().absolute() if given else None


def _say_resumed(engine: Engine, group: Group, plan: Plan) -> None:
    ledger = engine.groups.latest(group.id)
    kept = sum(1 for t in ledger.values() if t.retry_of is None and t.state is not TaskState.QUEUED)
    if kept:
        print(f"Resuming group {group.id[:8]}: {kept} of {len(plan.runs)} runs were already sent or done.",
              file=sys.stderr)
    else:
        print(f"Group {group.id[:8]}: {len(plan.runs)} runs, {plan.total.text}.", file=sys.stderr)


class _Reporter:
    """Progress lines on stderr: each run's moves and reasons, and the group's counts."""

    def __init__(self, engine: Engine) -> None:
        self.group_id: str | None = None
        self._engine = engine
        self._last: dict[str, tuple[str, str | None]] = {}
        self._done = asyncio.Event()
        self.budget_stop: str | None = None  # the sentence, once runs were held back by the daily budget

    def on_event(self, event: ev.Event) -> None:
        if isinstance(event, ev.GroupFinished) and event.group.id == self.group_id:
            print(f"Finished: {event.progress.text}.", file=sys.stderr, flush=True)
            self._done.set()
        elif isinstance(event, ev.GroupChanged) and event.group.id == self.group_id:
            pass  # the per-run lines say what moved
        elif isinstance(event, ev.TaskAdded | ev.TaskChanged) and event.task.group_id == self.group_id:
            self._task(event.task)

    def _task(self, task: TaskRecord) -> None:
        seen = (task.state.value, task.waiting)
        if self._last.get(task.id) == seen or isinstance(task, ev.TaskProgress):
            return
        self._last[task.id] = seen
        line = f"run {task.run_key}: {task.state.label.lower()}"
        if task.state is TaskState.QUEUED and task.waiting:
            line += f" — {task.waiting}"
        elif task.state in _EXPLAINED:
            line += f" — {task.failure or task.error or (task.attention.reason if task.attention else '')}"
        if self.group_id is not None:
            line = f"[{self._engine.group_progress(self.group_id).text}] {line}"
        print(line, file=sys.stderr, flush=True)

    async def finished(self, engine: Engine) -> None:
        """Until the group has finished; runs the daily budget holds with nothing in flight are not sent."""
        assert self.group_id is not None
        while not engine.group_progress(self.group_id).finished:
            held = stuck_at_daily_budget(engine, engine.groups.latest(self.group_id).values())
            if held:
                self.budget_stop = await stop_at_daily_budget(engine, held)
            try:
                await asyncio.wait_for(self._done.wait(), 1.0)
            except TimeoutError:
                continue


def _copy_outputs(plan: Plan, ledger: dict[str, TaskRecord], output_dir: Path) -> dict[str, list[str]]:
    """Each saved output copied to DIR/filename.ext (extension from the saved file, named by content)."""
    output_dir.mkdir(parents=True, exist_ok=True)
    copied: dict[str, list[str]] = {}
    for run in plan.runs:
        task = ledger.get(run.key)
        if task is None or task.state is not TaskState.SUCCEEDED:
            continue
        names = run.output_names
        for position, output in enumerate(sorted(task.outputs, key=lambda o: o.index)):
            if output.state is not OutputState.SAVED or not output.path:
                continue
            base = names[position] if position < len(names) else f"{run.filename}-{position + 1}"
            target = output_dir / f"{base}{Path(output.path).suffix}"
            shutil.copyfile(output.path, target)
            copied.setdefault(run.key, []).append(str(target))
    return copied


def _final(engine: Engine, group: Group, plan: Plan, ledger: dict[str, TaskRecord],
           copied: dict[str, list[str]], as_json: bool) -> int:
    progress = engine.group_progress(group.id)
    runs = []
    failures = []
    for run in plan.runs:
        task = ledger.get(run.key)
        state = task.state.value if task else "missing"
        reason = None
        if task is not None and task.state is not TaskState.SUCCEEDED:
            reason = task.failure or task.error or task.waiting or task.state.label
        elif task is not None and task.unsaved_outputs:
            reason = "; ".join(o.error or "an output was not saved" for o in task.unsaved_outputs)
        if reason:
            failures.append(f"run {run.key} ({run.model}): {reason}")
        runs.append({"key": run.key, "model": run.model, "task": task.id if task else None,
                     "runway_id": task.runway_id if task else None, "state": state,
                     "outputs": task.saved_paths if task else [], "files": copied.get(run.key, []),
                     "credits": task.cost_credits if task and task.cost_credits is not None
                     else (task.estimated_credits if task else None), "reason": reason})
    for line in failures:
        print(f"{PROG}: {line}", file=sys.stderr)
    code = EXIT_FAILED if failures else EXIT_OK
    if as_json:
        summary = {"group": group.id, "plan": plan.identity, "runs": runs,
                   "total_credits": plan.total.credits, "cost_credits": progress.cost_credits,
                   "succeeded": progress.succeeded,
                   "failed": len(failures), "exit": code}
        print(json.dumps(summary), flush=True)
    else:
        for run, item in zip(plan.runs, runs, strict=True):
            files = copied.get(run.key) or (ledger[run.key].saved_paths if run.key in ledger else [])
            print(f"run {item['key']}  {item['state']:<10} {', '.join(files) or '-'}")
    return code
