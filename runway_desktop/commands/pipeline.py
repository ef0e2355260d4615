"""`runway-desktop-cli pipeline run FILE [--var NAME=VALUE]... --dry-run [--json]`: Runway's pipeline files.

The dry run reads the file, fills the variables, checks every step against the model catalogue
and prints every run (step, number, model, inputs, quote) with the exact total; `--json` prints
the plan as one JSON object on the last line of stdout (at least `runs` and `total_credits`).
Problems exit with status 2 and name the step and field, sending nothing. Without `--dry-run`
the plan runs as one group in the task ledger (`pipeline_run`): re-running the same command
resumes it, `--restart` starts a new one; exit status 0 when every run succeeded, 1 otherwise.
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
from runway_desktop.core.storage.limits import settings_limits

EXIT_OK, EXIT_USAGE = 0, 2
PROG = "runway-desktop-cli pipeline"
EXIT_HELP = """\
The daily budget in Runway Desktop's Settings applies: a run that would pass it waits while
other runs are in flight, then is not sent (nothing is spent on it) and the command stops.

exit status:
  0    --dry-run: the file can run; otherwise every run succeeded
  1    a run failed, was cancelled or its output could not be saved (each says why)
  2    an unusable file, variable or option, or no API key: nothing was sent
  4    stopped at the daily budget: runs that would pass it were not sent; the same command
       sends them after 00:00 UTC (or once the budget is raised)
  130  interrupted (Ctrl+C); the same command resumes the run
"""


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `pipeline run …` to a parser's subcommands; `args.handler(args)` runs it."""
    about = "plan a Runway pipeline file: every run, its model and quote, and the total"
    parser: argparse.ArgumentParser = subparsers.add_parser("pipeline", help=about, description=about)
    _configure(parser)
    return parser


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="pipeline_command", required=True, metavar="ACTION",
                                    help="what to do with the file: run (see run --help)")
    run_parser = actions.add_parser("run", help="check and price a pipeline file (--dry-run), or run it",
                                    epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    run_parser.add_argument("file", metavar="FILE", help="the pipeline JSON file (or the JSON itself)")
    run_parser.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                            help="a value for {{NAME}} in the file (repeatable)")
    run_parser.add_argument("--dry-run", action="store_true",
                            help="print the plan and its exact total; send nothing")
    run_parser.add_argument("--json", action="store_true", help="print the plan as one JSON object")
    run_parser.add_argument("--max-parallel", type=_positive, default=None, metavar="N",
                            help="at most N of its runs at Runway at once; only lowers the limits "
                            "(the account's tier and 'Tasks sent at once' in Settings still apply)")
    run_parser.add_argument("--output-dir", default=None, metavar="DIR",
                            help="also copy each output here, named by the step's filename")
    run_parser.add_argument("--notify", action="store_true",
                            help="a desktop notification when the run ends (with its counts and cost)")
    run_parser.add_argument("--restart", action="store_true",
                            help="start a new run of the pipeline instead of resuming the last one")
    run_parser.add_argument("--resume", action="store_true",
                            help="as Runway's runner takes it; running the same file and variables again "
                            "always resumes (nothing done or sent is sent again)")
    # Also here, for `python -m runway_desktop.commands.pipeline`; the main CLI's options apply too.
    run_parser.add_argument("--simulator", dest="run_simulator", action="store_true", help=argparse.SUPPRESS)
    run_parser.add_argument("--data-dir", dest="run_data_dir", default=None, help=argparse.SUPPRESS)
    run_parser.add_argument("--base-url", dest="run_base_url", default=None, help=argparse.SUPPRESS)
    run_parser.add_argument("--min-poll-interval", dest="run_min_poll_interval", type=float, default=None,
                            help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Plan the pipeline named by `args` and print it; 0 when it can run, 2 when it cannot."""
    if getattr(args, "resume", False) and getattr(args, "restart", False):
        print(f"{PROG}: --resume and --restart cannot be used together: one continues the last run, the "
              "other starts a new one.", file=sys.stderr)
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
    over = _over_budget(plan, args)
    if over:
        print(f"warning: {over}", file=sys.stderr)
    if not args.dry_run:
        from runway_desktop.commands.pipeline_run import execute  # the engine loads only to run

        return execute(plan, args, _name(args.file))
    if args.json:
        print(json.dumps(plan_json(plan), default=str), flush=True)
    else:
        print(_table(plan), flush=True)
    return EXIT_OK


def _over_budget(plan: Plan, args: argparse.Namespace) -> str | None:
    """Said before anything runs: a total above the daily budget in Settings cannot all be sent today."""
    data_dir = getattr(args, "run_data_dir", None) or getattr(args, "data_dir", None)
    budget = settings_limits(data_dir).daily_budget
    total = plan.total.credits
    if budget is None or total is None or total <= budget:
        return None
    return (f"the plan's total of {credits_text(total)} is more than the daily budget of "
            f"{credits_text(budget)} set in Settings; runs that would pass it are not sent today.")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _name(file: str) -> str:
    path = Path(file)
    return path.stem if path.exists() else "inline pipeline"


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
    """`python -m runway_desktop.commands.pipeline run FILE`: the subcommand on its own."""
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0])
    _configure(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
