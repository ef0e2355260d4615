"""`show --from-file PATH [--json]`: the generation record carried inside an output file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from runway_desktop.commands import EXIT_FAILED, EXIT_OK, PROG
from runway_desktop.core.embed import EmbedError, read_record

HELP = "print the generation record embedded in an output file (PNG, JPEG, WebP, MP4, MOV, MP3, WAV, FLAC)"
# Shown first and by name; the rest of the record follows as `key: value`.
_LABELS = (
    ("model", "Model"),
    ("endpoint", "Endpoint"),
    ("operation", "Made by"),
    ("prompt", "Prompt"),
    ("seed", "Seed"),
    ("task_id", "Task"),
    ("runway_task_id", "Runway task"),
    ("estimated_credits", "Estimated credits"),
    ("cost_credits", "Credits spent"),
    ("created_at", "Created"),
    ("finished_at", "Finished"),
    ("app_version", "App version"),
)
_SECTIONS = (("parameters", "Parameters"), ("sound", "Sound"), ("inputs", "Inputs"), ("lineage", "Lineage"))
_SKIPPED = {"request", "generator"}  # the raw request repeats the parameters; --json has it


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add `--from-file PATH` to an existing `show` parser (which already has --json)."""
    parser.add_argument("--from-file", dest="from_file", type=Path, metavar="PATH", help=HELP)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """A `show` command that reads only files: `show --from-file PATH [--json]`."""
    parser: argparse.ArgumentParser = subparsers.add_parser("show", help=HELP)
    parser.add_argument("--from-file", dest="from_file", type=Path, metavar="PATH", required=True, help=HELP)
    parser.add_argument("--json", action="store_true", help="the record exactly as embedded, as JSON")
    return parser


def run(args: argparse.Namespace) -> int:
    path: Path = args.from_file
    try:
        record = read_record(path)
    except EmbedError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    if record is None:
        print(
            f"{PROG}: {path} carries no Runway Desktop generation record "
            "(it was made elsewhere, or its metadata was stripped). "
            "If its .json sidecar is beside it, that holds the same details.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if getattr(args, "json", False):
        print(json.dumps(record, ensure_ascii=False))
    else:
        print(describe(record, path))
    return EXIT_OK


def describe(record: dict[str, Any], path: Path | None = None) -> str:
    """The record for people: the main facts by name, then each section indented."""
    lines = [f"File: {path}"] if path is not None else []
    shown = set(_SKIPPED)
    for key, label in _LABELS:
        shown.add(key)
        value = record.get(key)
        if value not in (None, ""):
            lines.append(f"{label}: {_inline(value)}")
    for key, label in _SECTIONS:
        shown.add(key)
        if record.get(key):
            lines.append(f"{label}:")
            lines += _nested(record[key], "  ")
    rest = {k: v for k, v in record.items() if k not in shown and v not in (None, "", [], {})}
    lines += [f"{key}: {_inline(value)}" for key, value in rest.items()]
    return "\n".join(lines)


def _nested(value: Any, indent: str) -> list[str]:
    if isinstance(value, dict):
        out = []
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                out.append(f"{indent}{key}:")
                out += _nested(item, indent + "  ")
            else:
                out.append(f"{indent}{key}: {_inline(item)}")
        return out
    if isinstance(value, list):
        out = []
        for item in value:
            inner = _nested(item, indent + "  ")
            out.append(f"{indent}- {inner[0].strip()}" if inner else f"{indent}-")
            out += inner[1:]
        return out
    return [f"{indent}{_inline(value)}"]


def _inline(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=PROG)
    add_parser(parser.add_subparsers(dest="command", required=True))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
