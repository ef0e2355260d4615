"""`runway-desktop-cli pipeline run FILE [--var NAME=VALUE]... --dry-run [--json]`: Runway's pipeline files.

The dry run reads the file, fills the variables, checks every step against the model catalogue
and prints every run (step, number, model, inputs, quote) with the exact total; `--json` prints
the plan as one JSON object on the last line of stdout (at least `runs` and `total_credits`).
Problems exit with status 2 and name the step and field. Running a pipeline for real (a group
in the task ledger, resumable) is not part of this command yet: without `--dry-run` it says so
and exits with status 2, sending nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from runway_desktop.core.catalogue.pricing import credits_text, dollars_text
from runway_desktop.core.plans.pipeline import load_pipeline, plan_pipeline
from runway_desktop.core.plans.plan import Plan, PlannedRun, plan_json
from runway_desktop.core.plans.problems import PlanRefused
from runway_desktop.core.plans.templates import parse_assignments

EXIT_OK, EXIT_USAGE = 0, 2
PROG = "runway-desktop-cli pipeline"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `pipeline run …` to a parser's subcommands; `args.handler(args)` runs it."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "pipeline", help="plan a Runway pipeline file: every run, its model and quote, and the total")
    _configure(parser)
    return parser


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="pipeline_command", required=True, metavar="ACTION")
    run_parser = actions.add_parser("run", help="check and price a pipeline file (--dry-run)")
    run_parser.add_argument("file", metavar="FILE", help="the pipeline JSON file (or the JSON itself)")
    run_parser.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                            help="a value for {{NAME}} in the file (repeatable)")
    run_parser.add_argument("--dry-run", action="store_true",
                            help="print the plan and its exact total; send nothing")
    run_parser.add_argument("--json", action="store_true", help="print the plan as one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Plan the pipeline named by `args` and print it; 0 when it can run, 2 when it cannot."""
    if not args.dry_run:
        print(f"{PROG} run: only --dry-run is available so far: add --dry-run to check the file and "
              "see every run and the exact total. Nothing was sent.", file=sys.stderr)
        return EXIT_USAGE
    try:
        variables = parse_assignments(args.var)
        plan = _plan(args.file, variables)
    except ValueError as error:
        problems = error.problems if isinstance(error, PlanRefused) else ()
        for problem in problems or [error]:
            print(f"{PROG}: {problem}", file=sys.stderr)
        return EXIT_USAGE
    for warning in plan.warnings:
        print(f"warning: {warning.sentence}", file=sys.stderr)
    if args.json:
        print(json.dumps(plan_json(plan), default=str), flush=True)
    else:
        print(_table(plan), flush=True)
    return EXIT_OK


def _plan(file: str, variables: dict[str, str]) -> Plan:
    path = Path(file)
    if not path.exists() and file.lstrip().startswith("{"):
        return plan_pipeline(file, variables, base_dir=Path.cwd())  # inline JSON, as Runway's runner takes
    return load_pipeline(path, variables)


def _price(run: PlannedRun) -> str:
    quote = run.quote
    if not quote.known or quote.credits is None or quote.dollars is None:
        return "price not published"
    return f"{credits_text(quote.credits)} ({dollars_text(quote.dollars)})"


def _table(plan: Plan) -> str:
    lines = [f"Plan {plan.identity[:12]}: {len(plan.runs)} run{'' if len(plan.runs) == 1 else 's'}"]
    for run in plan.runs:
        inputs = "; ".join(ref.label for ref in run.inputs) or "no inputs"
        lines.append(f"  step {run.step} run {run.number}  {run.action:<14}  {run.model} ({run.endpoint})"
                     f"  {_price(run)}")
        detail = f"inputs: {inputs}  → {', '.join(run.output_names)}"
        if run.source is not None:
            detail = f"source: {run.source}  " + detail
        lines.append(f"      {detail}")
    lines.append(f"Total: {plan.total.text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """`python -m runway_desktop.commands.pipeline run FILE --dry-run`: the subcommand on its own."""
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0])
    _configure(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
