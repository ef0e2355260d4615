"""The commands: the same store, library and engine as the window, from a terminal."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from runway_desktop.cli.connect import Service, connect, data_dir_of
from runway_desktop.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliError
from runway_desktop.cli.listing import list_tasks
from runway_desktop.cli.render import (
    balance_json,
    balance_lines,
    task_details,
    task_json,
    task_table,
    terminal_width,
)
from runway_desktop.cli.watch import Narrator, outcome, settled, unfinished, wait_settled
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake import inspect as intake
from runway_desktop.core.intake import plan as input_plan
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.requests.build import BuiltRequest, build_request, endpoint_for, resolve_model
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.states import Action, actions_for
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.storage.store import Store
from runway_desktop.wiring import open_services, open_store


def say(message: str) -> None:
    """A line for the person at the terminal (stderr: stdout stays for results)."""
    print(message, file=sys.stderr, flush=True)


async def find_task(store: Store, ident: str, data_dir: Path) -> TaskRecord:
    """A task of the whole history by local or Runway id, or by a start of either that only one task has."""
    ids = await store.find_ids(ident, _AMBIGUOUS_SHOWN)
    task = await store.get(ids[0]) if ids else None
    if task is None:
        raise CliError(f"No task {ident} in the history at {data_dir}.")
    if ident not in (task.id, task.runway_id) and len(ids) > 1:
        more = "or more " if len(ids) == _AMBIGUOUS_SHOWN else ""
        raise CliError(f"{ident} is the start of {len(ids)} {more}tasks' ids; give more of it.", EXIT_USAGE)
    return task


_AMBIGUOUS_SHOWN = 100  # matches counted for "the start of N tasks' ids"


# -- input --------------------------------------------------------------------------------------------


def _parse_input(spec: str) -> tuple[str, MediaValue]:
    field, sep, rest = spec.partition("=")
    if not sep or not field or not rest:
        raise CliError(f"--input {spec!r}: expected FIELD=PATH_OR_URL", EXIT_USAGE)
    source, *options = rest.split(";")
    extras: dict[str, str | None] = {"tag": None, "position": None, "subject": None}
    for option in options:
        key, _, value = option.partition("=")
        if key not in extras:
            raise CliError(f"--input {spec!r}: unknown option {key!r} (tag, position or subject)", EXIT_USAGE)
        extras[key] = value
    if source.startswith(("https://", "http://", "runway://")):
        if not source.startswith("runway://"):
            try:
                input_plan.check_url(source)
            except intake.IntakeError as exc:
                raise CliError(f"{field}: {exc.message}", EXIT_USAGE) from exc
        return field, MediaValue(url=source, tag=extras["tag"], position=extras["position"],
                                 subject=extras["subject"])
    try:
        info = intake.inspect_file(source)
    except intake.IntakeError as exc:
        raise CliError(f"{field}: {exc.message}", EXIT_USAGE) from exc
    return field, MediaValue(path=str(Path(source).resolve()), info=info, tag=extras["tag"],
                             position=extras["position"], subject=extras["subject"])


def _values(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if args.prompt is not None:
        values["promptText"] = args.prompt
    for spec in args.set:
        key, sep, value = spec.partition("=")
        if not sep or not key:
            raise CliError(f"--set {spec!r}: expected FIELD=VALUE", EXIT_USAGE)
        values[key] = value
    for spec in args.input:
        field, media = _parse_input(spec)
        values.setdefault(field, []).append(media)
    return values


def _jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, MediaValue):
        return value.to_json()
    return value


def _build(args: argparse.Namespace) -> tuple[BuiltRequest, dict[str, Any]]:
    """The request, checked as the window checks it; field errors end the command (exit 2)."""
    catalogue = load_catalogue()
    values = _values(args)
    try:
        endpoint = args.endpoint or endpoint_for(args.model, values, catalogue)
        model = resolve_model(catalogue, args.model, endpoint)
    except ValueError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    built = build_request(model, values)
    if not built.ok:
        for error in built.errors:
            say(f"{error.field}: {error.message}")
        raise CliError(f"{len(built.errors)} field error(s); nothing was sent.", EXIT_USAGE)
    for warning in getattr(built, "warnings", ()):
        say(f"warning: {warning.field}: {warning.message}")
    return built, {k: _jsonable(v) for k, v in values.items()}


# -- commands ------------------------------------------------------------------------------------------


def inspect_files(files: list[str]) -> int:
    rejected = False
    for path in files:
        row = intake.describe(path)
        rejected |= row.get("error") is not None
        print(json.dumps(row), flush=True)
    return EXIT_FAILED if rejected else EXIT_OK


async def history(args: argparse.Namespace, data_dir: Path) -> int:
    """`list` and `show`: read the history only; nothing is resumed or sent."""
    stored = (data_dir / "tasks.sqlite3").exists()
    if args.command == "show":
        if not stored:
            raise CliError(f"No task {args.id} in the history at {data_dir}.")
        async with open_store(data_dir) as store:
            task = await find_task(store, args.id, data_dir)
        if args.json:
            print(json.dumps(task_json(task, full=True)))
        else:
            print("\n".join(task_details(task)))
        return EXIT_OK
    return await list_tasks(args, data_dir)


def _submitted(task: TaskRecord) -> bool:
    return task.state not in (TaskState.QUEUED, TaskState.SUBMITTING)


def _explain(tasks: list[TaskRecord]) -> int:
    """Each task's problem, if any, on stderr; the worst exit code."""
    code = EXIT_OK
    for task in tasks:
        result = outcome(task)
        if result.message:
            say(result.message)
        code = max(code, result.code)
    return code


def _report(tasks: list[TaskRecord]) -> int:
    """Saved paths on stdout, each problem on stderr; the worst exit code."""
    for task in tasks:
        for path in task.saved_paths:
            print(path)
    return _explain(tasks)


async def submit(args: argparse.Namespace, data_dir: Path) -> int:
    built, params = _build(args)  # before connecting: a field error starts nothing
    service = await connect(args, data_dir)
    async with _engine(service, data_dir) as engine:
        narrator = Narrator()
        engine.events.subscribe(narrator)
        task = await engine.submit(built, params)
        narrator.follow(task)
        if args.wait:
            return _report(await wait_settled(engine, [task.id], narrator, args.timeout))
        (task,) = await wait_settled(engine, [task.id], narrator, args.timeout, until=_submitted)
        print(json.dumps(task_json(task, full=True)))
        if task.state in (TaskState.FAILED, TaskState.UNKNOWN, TaskState.NEEDS_ATTENTION):
            return _explain([task])
        return EXIT_OK


@contextlib.asynccontextmanager
async def _engine(service: Service, data_dir: Path) -> AsyncIterator[Engine]:
    """The engine with its client, the history's unfinished work resumed."""
    async with open_services(
        data_dir, base_url=service.base_url, api_key=service.api_key, config=service.config,
        daily_budget=service.daily_budget,
    ) as services:
        yield services.engine


async def follow_up(args: argparse.Namespace, data_dir: Path) -> int:
    """`cancel`, `download`, `sync`: the engine resumes the history's work, then the command acts."""
    service = await connect(args, data_dir)
    async with _engine(service, data_dir) as engine:
        narrator = Narrator()
        engine.events.subscribe(narrator)
        if args.command == "sync":
            waiting = [t for t in engine.tasks if unfinished(t)]
            if not waiting:
                say(f"Nothing to wait for: every task in the history at {data_dir} has settled.")
                return EXIT_OK
            for task in waiting:
                narrator.follow(task)
            done = await wait_settled(engine, [t.id for t in waiting], narrator, args.timeout)
            print("\n".join(task_table(done, terminal_width() if sys.stdout.isatty() else None)))
            return _explain(done)
        found = await find_task(engine.store, args.id, data_dir)
        task = await engine.recall(found.id) or found
        if args.command == "cancel":
            task = await engine.cancel(task.id)
            if task.state is TaskState.SUBMITTING:
                say("The request is being sent; it will be cancelled at Runway as soon as Runway answers.")
            print(f"{task.id}  {task.state.value}")
            return EXIT_OK
        narrator.follow(task)
        task = await _try_again(engine, task)
        if not settled(task):
            await wait_settled(engine, [task.id], narrator, args.timeout)
        return _report([engine.get(task.id) or task])


async def _try_again(engine: Engine, task: TaskRecord) -> TaskRecord:
    """`download` is the terminal's "try again": outputs not saved, or a task that needs attention."""
    allowed = actions_for(task)
    if Action.DOWNLOAD_AGAIN in allowed:
        return await engine.download_again(task.id)
    if Action.CHECK_AGAIN in allowed:
        return await engine.check_again(task.id)
    return task


async def balance(args: argparse.Namespace, data_dir: Path) -> int:
    service = await connect(args, data_dir)
    async with open_services(data_dir, base_url=service.base_url, api_key=service.api_key, start=False) as s:
        assert s.client is not None  # a key was given
        org = await s.client.organization()
    if args.json:
        print(json.dumps(balance_json(org)))
    else:
        print("\n".join(balance_lines(org)))
    return EXIT_OK


async def run(args: argparse.Namespace) -> int:
    if args.command == "inspect":
        return inspect_files(args.files)
    data_dir = data_dir_of(args)
    if args.command in ("list", "show"):
        return await history(args, data_dir)
    if args.command == "submit":
        return await submit(args, data_dir)
    if args.command == "balance":
        return await balance(args, data_dir)
    return await follow_up(args, data_dir)
