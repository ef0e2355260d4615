"""The command line's grammar: commands, options, and the exit codes in `--help`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from runway_desktop.cli.errors import EXIT_CODES_HELP
from runway_desktop.commands import add_sound, pipeline, show_from_file
from runway_desktop.version import version_line


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {text}")
    return value


def _connection_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before or after the command (`--simulator list` and `list --simulator`)."""
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--simulator",
        action="store_true",
        help="use the offline Runway (started, or reused if the window's or an earlier command's runs) "
        "and its history, the one the window shows in simulator mode; nothing is sent to Runway",
        **default,
    )
    options.add_argument("--data-dir", type=Path, metavar="DIR", help="where the history and library live",
                         **default)
    options.add_argument("--base-url", metavar="URL", help="Runway API base URL", **default)
    options.add_argument(
        "--min-poll-interval",
        type=_seconds,
        metavar="SECONDS",
        help="shortest time between two polls of one task (default 5, as Runway asks)",
        **default,
    )
    return options


def _timeout(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="stop waiting after this long (exit 3); the task goes on and can be picked up later",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runway-desktop-cli",
        description="Generate with Runway from a terminal, sharing the desktop app's history and library. "
        "Progress and problems go to stderr; results (paths, JSON) to stdout.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_connection_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=version_line("runway-desktop-cli"))
    shared = [_connection_options(suppress=True)]
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name, help=help_text, description=help_text, parents=shared, epilog=EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    p = add("inspect", "check local files as Runway would (one JSON line each)")
    p.add_argument("files", nargs="+")

    p = add("submit", "validate and submit a generation; print the task as JSON, or its outputs with --wait")
    p.add_argument("--model", required=True)
    p.add_argument("--endpoint")
    p.add_argument("--prompt")
    p.add_argument("--input", action="append", default=[], metavar="FIELD=PATH_OR_URL[;tag=T][;position=P]")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    p.add_argument("--wait", action="store_true", help="wait for the outputs and print their paths")
    _timeout(p)

    p = add("list", "every task, newest first")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = add("show", "one task in full (local or Runway id, or a unique start of one), or the record "
            "embedded in a saved file (--from-file)")
    p.add_argument("id", nargs="?")
    p.add_argument("--json", action="store_true")
    show_from_file.add_arguments(p)

    p = add("cancel", "cancel a queued or live task")
    p.add_argument("id")

    p = add("download", "wait for a task to finish, save its outputs and print their paths")
    p.add_argument("id")
    _timeout(p)

    p = add("sync", "resume every unfinished task and wait until all have settled")
    _timeout(p)

    p = add("balance", "credit balance and tier limits")
    p.add_argument("--json", action="store_true")

    # Commands that need neither the history nor a connection live in their own modules.
    add_sound.add_parser(commands).set_defaults(handler=add_sound.run)
    pipeline.add_parser(commands)
    return parser
