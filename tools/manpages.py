#!/usr/bin/env python3
"""Manual pages (roff, section 1) for the three commands, written from their own argparse parsers.

  .venv/bin/python tools/manpages.py OUTDIR   # OUTDIR/runway-desktop.1, -cli.1, -sim.1 (uncompressed)

`make package` installs them gzipped in /usr/share/man/man1. Every option a parser accepts (hidden
ones aside) is listed with its help, each CLI command with its one-line help and its own options,
and the exit codes, so the pages cannot drift from `--help`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from runway_desktop.cli.errors import EXIT_CODES_HELP  # noqa: E402
from runway_desktop.version import pyproject_version  # noqa: E402

PROGRAMS = ("runway-desktop", "runway-desktop-cli", "runway-desktop-sim")
PROJECT = "Runway Desktop"
SECRET = ("RUNWAYML_API_SECRET",
          "the Runway API key to use instead of the one in the system keychain (for this process only)")
BASE_URL = ("RUNWAYML_BASE_URL", "the Runway API base URL when --base-url is not given")


@dataclass(frozen=True)
class Page:
    """What a page says beyond its parser: exit codes and environment variables, as (name, text)."""

    exit_codes: list[tuple[str, str]]
    environment: list[tuple[str, str]] = field(default_factory=list)


class _Caught(Exception):
    def __init__(self, parser: argparse.ArgumentParser) -> None:
        super().__init__(parser.prog)
        self.parser = parser


def caught_parser(parse_args: Callable[[list[str]], object]) -> argparse.ArgumentParser:
    """The parser a program builds inside its own parse_args, caught as it starts parsing.

    The window and the simulator build theirs inline; catching it there keeps one definition of
    each command line, the one the program really uses.
    """

    def catch(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        raise _Caught(self)

    with mock.patch.object(argparse.ArgumentParser, "parse_args", catch):
        try:
            parse_args([])
        except _Caught as caught:
            return caught.parser
    raise RuntimeError(f"{parse_args.__qualname__} parsed nothing")


def exit_codes(text: str) -> list[tuple[str, str]]:
    """The `exit status:` table of the CLI's --help as (code, meaning) pairs."""
    codes: list[tuple[str, str]] = []
    for line in text.splitlines()[1:]:
        code, _, meaning = line.strip().partition(" ")
        if line[2:3].isdigit():  # "  2    usage: …"; continuations are indented further
            codes.append((code, meaning.strip()))
        elif codes and line.strip():
            codes[-1] = (codes[-1][0], f"{codes[-1][1]} {line.strip()}")
    return codes


def programs() -> dict[str, tuple[argparse.ArgumentParser, Page]]:
    """Each command's parser and what its page adds to it."""
    from runway_desktop import app
    from runway_desktop.cli.parser import build_parser
    from runway_desktop.simulator import __main__ as simulator

    window = Page([("0", "the window was closed (or asked to close by SIGTERM), or a flag's job is done"),
                   ("1", "the desktop entry could not be installed"),
                   ("2", "usage: an unknown option"),
                   ("130", "interrupted (Ctrl+C); unfinished tasks resume at the next start")],
                  [SECRET, BASE_URL])
    cli = Page(exit_codes(EXIT_CODES_HELP), [SECRET, BASE_URL])
    sim = Page([("0", "stopped by Ctrl+C or SIGTERM"),
                ("1", "cannot start: the address is taken or cannot be used"),
                ("2", "usage: an unknown option or a malformed --faults")])
    return {"runway-desktop": (caught_parser(app.parse_args), window),
            "runway-desktop-cli": (build_parser(), cli),
            "runway-desktop-sim": (caught_parser(simulator.parse_args), sim)}


def escape(text: str) -> str:
    """Text safe in a roff line: backslashes and minus signs escaped, anything beyond ASCII named."""
    out = []
    for character in text:
        if character == "\\":
            out.append("\\e")
        elif character == "-":
            out.append("\\-")
        elif ord(character) > 126:
            out.append(f"\\[u{ord(character):04X}]")
        else:
            out.append(character)
    line = "".join(out)
    return "\\&" + line if line.startswith((".", "'")) else line


def _help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    if "%" in text:
        text = text % {**vars(action), "prog": prog}
    return text


def _metavar(action: argparse.Action) -> str:
    if isinstance(action.metavar, tuple):
        return " ".join(action.metavar)
    if action.metavar is not None:
        return str(action.metavar)
    if action.choices is not None:
        return "{" + ",".join(str(choice) for choice in action.choices) + "}"
    return action.dest.upper() if action.option_strings else action.dest


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    return next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)


def _options(parser: argparse.ArgumentParser, described: frozenset[str] = frozenset()) -> list[str]:
    """.TP paragraphs for the parser's arguments: not hidden ones, the command list, or `described`."""
    lines: list[str] = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if action.option_strings and described.issuperset(action.option_strings):
            continue  # a shared option (--data-dir…, --help), already described above
        if action.option_strings:
            takes = action.nargs != 0
            names = [f"\\fB{escape(s)}\\fR" + (f" \\fI{escape(_metavar(action))}\\fR" if takes else "")
                     for s in action.option_strings]
            term = ", ".join(names)
        else:
            term = f"\\fI{escape(_metavar(action))}\\fR"
        lines += [".TP", term]
        if action.help:  # an option without help is named, as `--help` does
            lines.append(escape(_help(action, parser.prog)))
    return lines


def _option_strings(parser: argparse.ArgumentParser) -> frozenset[str]:
    return frozenset(s for action in parser._actions for s in action.option_strings)


def _commands(parser: argparse.ArgumentParser, prefix: str, described: frozenset[str]) -> list[str]:
    """One subsection per command (and per nested command): its one-line help, then its own options."""
    group = _subcommands(parser)
    if group is None:
        return []
    helps = {choice.dest: choice.help or "" for choice in group._choices_actions}
    lines: list[str] = []
    for name, command in group.choices.items():
        usage = command.format_usage().removeprefix("usage: ").strip()
        lines += [f'.SS "{escape(f"{prefix} {name}")}"', escape(helps.get(name, "")), ".PP",
                  f"Usage: \\fB{escape(' '.join(usage.split()))}\\fR"]
        lines += _options(command, described)
        lines += _commands(command, f"{prefix} {name}", described)
    return lines


def _table(rows: list[tuple[str, str]], bold: bool) -> list[str]:
    lines: list[str] = []
    for name, text in rows:
        lines += [".TP", f"\\fB{escape(name)}\\fR" if bold else escape(name), escape(text)]
    return lines


def _whatis(description: str) -> str:
    """The NAME line's summary: the description's first sentence, lower-cased, without its full stop."""
    first = description.split(". ")[0].strip().rstrip(".")
    return first[:1].lower() + first[1:]


def render(program: str, parser: argparse.ArgumentParser, page: Page, version: str, date: str) -> str:
    """The whole page in roff (man macros)."""
    others = [p for p in PROGRAMS if p != program]
    usage = " ".join(parser.format_usage().removeprefix("usage: ").split())
    lines = [
        f'.TH "{program.upper()}" "1" "{date}" "{escape(f"{PROJECT} {version}")}" "User Commands"',
        ".nh",  # no hyphenation: option names and paths must read as typed
        ".SH NAME", f"{escape(program)} \\- {escape(_whatis(parser.description or PROJECT))}",
        ".SH SYNOPSIS", f"\\fB{escape(usage)}\\fR",
        ".SH DESCRIPTION", escape(" ".join((parser.description or "").split())),
        ".SH OPTIONS", *_options(parser),
    ]
    if _subcommands(parser) is not None:
        shared = _option_strings(parser)
        lines += [".SH COMMANDS",
                  "The options above go before the command; those its usage line shows may also follow it.",
                  *_commands(parser, program, shared)]
    lines += [".SH \"EXIT STATUS\"", *_table(page.exit_codes, bold=True)]
    if page.environment:
        lines += [".SH ENVIRONMENT", *_table(page.environment, bold=True)]
    lines += [".SH \"SEE ALSO\"", ",\n".join(f"\\fB{escape(other)}\\fR(1)" for other in others)]
    return "\n".join(lines) + "\n"


def write_pages(folder: Path, version: str | None = None, when: float | None = None) -> list[Path]:
    """Write <program>.1 for each command into `folder`; returns the files written."""
    version = version or pyproject_version(ROOT / "pyproject.toml")
    date = time.strftime("%Y-%m-%d", time.gmtime(time.time() if when is None else when))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for program, (parser, page) in programs().items():
        target = folder / f"{program}.1"
        target.write_text(render(program, parser, page, version, date), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in write_pages(Path(sys.argv[1])):
        print(path)
