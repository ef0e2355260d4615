"""`runway-desktop-cli`: the same store, library and engine as the window, from a terminal."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from runway_desktop.commands import pipeline as pipeline_command
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake import inspect as intake
from runway_desktop.core.intake import plan as input_plan
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.intake.worker import MEDIA
from runway_desktop.core.requests.build import build_request, endpoint_for, resolve_model
from runway_desktop.core.running.engine import EngineConfig, EngineRefused
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.core.storage.secrets import ENV_VAR, Secrets
from runway_desktop.version import version_line
from runway_desktop.wiring import default_base_url, default_data_dir, open_services, open_store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runway-desktop-cli",
        description="Generate with Runway from a terminal, sharing the desktop app's history and library.",
    )
    parser.add_argument("--version", action="version", version=version_line("runway-desktop-cli"))
    parser.add_argument("--data-dir", type=Path, default=None, help="where the history and library live")
    parser.add_argument("--base-url", default=None, help="Runway API base URL (or the simulator's)")
    parser.add_argument(
        "--min-poll-interval",
        type=float,
        default=None,
        metavar="SECONDS",
        help="shortest time between two polls of one task (default 5, as Runway asks)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("inspect", help="check local files as Runway would (one JSON line each)")
    p.add_argument("files", nargs="+")

    p = commands.add_parser("submit", help="validate and submit a generation")
    p.add_argument("--model", required=True)
    p.add_argument("--endpoint")
    p.add_argument("--prompt")
    p.add_argument("--input", action="append", default=[], metavar="FIELD=PATH_OR_URL[;tag=T][;position=P]")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    p.add_argument("--wait", action="store_true", help="wait for the outputs and print their paths")

    p = commands.add_parser("list", help="every task, newest first")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("show", help="one task in full")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("cancel", help="cancel a live task")
    p.add_argument("id")

    p = commands.add_parser("download", help="wait for a task to finish and save its outputs")
    p.add_argument("id")

    commands.add_parser("sync", help="resume every unfinished task and wait until all are settled")
    commands.add_parser("balance", help="credit balance and tier")
    pipeline_command.add_parser(commands)
    return parser


def _task_json(task: TaskRecord, full: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": task.id,
        "runway_id": task.runway_id,
        "model": task.model,
        "endpoint": task.endpoint,
        "state": task.state.value,
        "failure": task.failure,
        "failure_code": task.failure_code,
        "outputs": task.saved_paths,
    }
    if full:
        data.update(
            prompt=task.prompt,
            parameters=task.params,
            request=task.body,
            estimated_credits=task.estimated_credits,
            cost_credits=task.cost_credits,
            progress=task.progress,
            error=task.error,
            created_at=_iso(task.created_at),
            finished_at=_iso(task.finished_at),
            retry_of=task.retry_of,
        )
    return data


def _iso(stamp: float | None) -> str | None:
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds") if stamp else None


def _task_line(task: TaskRecord) -> str:
    prompt = (task.prompt[:40] + "…") if len(task.prompt) > 40 else task.prompt
    extra = f"  {task.failure}" if task.failure else ""
    return f"{task.id[:12]}  {task.state.value:<10}  {task.model:<22} {prompt}{extra}"


def _parse_input(spec: str) -> tuple[str, MediaValue]:
    field, sep, rest = spec.partition("=")
    if not sep or not field or not rest:
        raise CliError(f"--input {spec!r}: expected FIELD=PATH_OR_URL", EXIT_USAGE)
    source, *options = rest.split(";")
    extras: dict[str, str] = {}
    for option in options:
        key, _, value = option.partition("=")
        if key not in ("tag", "position", "subject"):
            raise CliError(f"--input {spec!r}: unknown option {key!r} (tag, position or subject)", EXIT_USAGE)
        extras[key] = value
    if source.startswith(("https://", "http://", "runway://")):
        if not source.startswith("runway://"):
            try:
                input_plan.check_url(source)
            except intake.IntakeError as exc:
                raise CliError(f"{field}: {exc.message}", EXIT_USAGE) from exc
        return field, MediaValue(url=source, **extras)
    try:
        info = intake.inspect_file(source)
    except intake.IntakeError as exc:
        raise CliError(f"{field}: {exc.message}", EXIT_USAGE) from exc
    return field, MediaValue(path=str(Path(source).resolve()), info=info, **extras)


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


def _api_key() -> str:
    key = Secrets().get()
    if not key:
        raise CliError(
            f"No Runway API key. Set {ENV_VAR}, or add a key in Runway Desktop's settings "
            "(it is kept in the system keychain).",
            EXIT_USAGE,
        )
    return key


async def _run(args: argparse.Namespace) -> int:
    data_dir = args.data_dir or default_data_dir()
    base_url = args.base_url or default_base_url()
    config = EngineConfig()
    if args.min_poll_interval is not None:
        config = EngineConfig(timing=PollTiming(min_interval=args.min_poll_interval))

    if args.command == "inspect":
        rejected = False
        for path in args.files:
            row = intake.describe(path)
            rejected |= row.get("error") is not None
            print(json.dumps(row), flush=True)
        return EXIT_FAILED if rejected else EXIT_OK

    if args.command in ("list", "show"):
        async with open_store(data_dir) as store:
            tasks = await store.load_all()
        if args.command == "list":
            for task in tasks:
                print(json.dumps(_task_json(task)) if args.json else _task_line(task))
            return EXIT_OK
        task = next((t for t in tasks if args.id in (t.id, t.runway_id)), None)
        if task is None:
            raise CliError(f"No task {args.id} in the history at {data_dir}.")
        print(json.dumps(_task_json(task, full=True), indent=None if args.json else 2))
        return EXIT_OK

    if args.command == "submit":
        return await _submit(args, data_dir, base_url, config)

    key = _api_key()
    if args.command == "balance":
        async with open_services(data_dir, base_url=base_url, api_key=key, start=False) as services:
            org = await services.client.organization()
        print(f"Credit balance: {org.credit_balance:g} credits (${org.credit_balance * 0.01:,.2f})")
        if org.max_monthly_credit_spend is not None:
            print(f"Tier: up to {org.max_monthly_credit_spend:g} credits a month")
        return EXIT_OK

    async with open_services(data_dir, base_url=base_url, api_key=key, config=config) as services:
        engine = services.engine
        if args.command == "sync":
            for task in engine.tasks:
                if not task.state.is_terminal or task.needs_download:
                    await engine.wait_until_settled(task.id)
            for task in engine.tasks:
                print(_task_line(task))
            return EXIT_OK
        task = engine.get(args.id)
        if task is None:
            raise CliError(f"No task {args.id} in the history at {data_dir}.")
        if args.command == "cancel":
            task = await engine.cancel(task.id)
            print(f"{task.id}  {task.state.value}")
            return EXIT_OK
        # download: wait as the engine does (polling, then saving), then print the paths
        task = await engine.wait_until_settled(task.id)
        return _report_outputs(task)


async def _submit(args: argparse.Namespace, data_dir: Path, base_url: str, config: EngineConfig) -> int:
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
            print(f"{error.field}: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    for warning in getattr(built, "warnings", ()):
        print(f"warning: {warning.field}: {warning.message}", file=sys.stderr)
    async with open_services(data_dir, base_url=base_url, api_key=_api_key(), config=config) as services:
        engine = services.engine
        task = await engine.submit(built, {k: _jsonable(v) for k, v in values.items()})
        if not args.wait:
            task = await engine.wait_for(
                task.id, lambda t: t.state is not TaskState.QUEUED and t.state is not TaskState.SUBMITTING
            )
            print(json.dumps(_task_json(task, full=True)))
            return EXIT_FAILED if task.state in (TaskState.FAILED, TaskState.UNKNOWN) else EXIT_OK
        task = await engine.wait_until_settled(task.id)
        return _report_outputs(task)


def _jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, MediaValue):
        return value.to_json()
    return value


def _report_outputs(task: TaskRecord) -> int:
    if task.state is TaskState.SUCCEEDED:
        for path in task.saved_paths:
            print(path)
        return EXIT_OK
    reason = task.failure or task.error or task.state.label
    code = f" [{task.failure_code}]" if task.failure_code else ""
    print(f"{task.id}: {task.state.value}: {reason}{code}", file=sys.stderr)
    return EXIT_FAILED


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "pipeline":
        return int(args.handler(args))
    try:
        return asyncio.run(_run(args))
    except CliError as exc:
        print(f"runway-desktop-cli: {exc.message}", file=sys.stderr)
        return exc.code
    except EngineRefused as exc:
        print(f"runway-desktop-cli: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("runway-desktop-cli: interrupted; unfinished tasks resume next time.", file=sys.stderr)
        return 130
    finally:
        MEDIA.close()  # the worker that checked downloads, if one was started


if __name__ == "__main__":
    sys.exit(main())
