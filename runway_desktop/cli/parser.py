"""The command line's grammar: commands, options, and the exit codes in `--help`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from runway_desktop.cli.errors import EXIT_CODES_HELP
from runway_desktop.commands import add_sound, pipeline, show_from_file
from runway_desktop.version import version_line

LIST_LIMIT = 50  # tasks `list` shows by default: a screenful or two, read as one page


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {text}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {text}")
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
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     help="what to do; each command has its own --help")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name, help=help_text, description=help_text, parents=shared, epilog=EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    p = add("inspect", "check local files as Runway would (one JSON line each)")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="an image, video or audio file to check; give as many as you like")

    p = add("submit", "validate and submit a generation; print the task as JSON, or its outputs with --wait")
    p.add_argument("--model", required=True, metavar="MODEL",
                   help="the model, as Runway names it (for example gen4.5, gen4_image or "
                   "eleven_text_to_sound_v2)")
    p.add_argument("--endpoint", metavar="ENDPOINT",
                   help="the API endpoint (for example image_to_video); needed only when the model serves "
                   "several and the prompt and inputs do not decide which")
    p.add_argument("--prompt", metavar="TEXT",
                   help="the prompt (sent as promptText), checked against the model's length limit")
    p.add_argument("--input", action="append", default=[],
                   metavar="FIELD=PATH_OR_URL[;tag=T][;position=P][;subject=S]",
                   help="a media input: a local file (checked and sent inline or uploaded) or an https:// or "
                   "runway:// URL for the request field FIELD (for example promptImage); ;tag=T names a "
                   "reference image for @T in the prompt, ;position=first or last places a keyframe, "
                   ";subject=S says what it shows where the model asks; repeat for several")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="any other field of the request, for example ratio=1280:720, duration=5 or seed=42; "
                   "repeat for several")
    p.add_argument("--wait", action="store_true", help="wait for the outputs and print their paths")
    _timeout(p)

    p = add("list", "the newest tasks first (the newest 50 unless --limit or --all says otherwise)")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--limit", type=_count, default=LIST_LIMIT, metavar="N",
                       help=f"show the newest N tasks (default {LIST_LIMIT})")
    shown.add_argument("--all", action="store_true", help="show every task in the history, newest first")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per task and line, instead of columns")

    p = add("show", "one task in full (local or Runway id, or a unique start of one), or the record "
            "embedded in a saved file (--from-file)")
    p.add_argument("id", nargs="?", metavar="ID",
                   help="the task's local or Runway id, or a start of one that only one task has "
                   "(list shows the first 12 characters)")
    p.add_argument("--json", action="store_true",
                   help="the task as one JSON object, with its parameters, request and costs")
    show_from_file.add_arguments(p)

    p = add("cancel", "cancel a queued or live task")
    p.add_argument("id", metavar="ID",
                   help="the task to cancel: its local or Runway id, or a unique start of one")

    p = add("download", "wait for a task to finish, save its outputs and print their paths")
    p.add_argument("id", metavar="ID",
                   help="the task to download: its local or Runway id, or a unique start of one")
    _timeout(p)

    p = add("sync", "resume every unfinished task and wait until all have settled")
    _timeout(p)

    p = add("balance", "credit balance and tier limits")
    p.add_argument("--json", action="store_true",
                   help="the balance, monthly limit and per-model limits as one JSON object")

    # Commands that need neither the history nor a connection live in their own modules.
    add_sound.add_parser(commands).set_defaults(handler=add_sound.run)
    pipeline.add_parser(commands)
    return parser
