"""Every option and argument of every command says what it does: in `--help` and in the manual page."""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

from cli_support import CLI

from runway_desktop.cli.parser import build_parser

ROOT = Path(__file__).resolve().parent.parent


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, parser) for the program and each of its commands, nested ones too."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield from _parsers(command, (*path, name))


def _shown(parser: argparse.ArgumentParser):
    """(command words, option or argument name, help) of every argument `--help` lists."""
    for path, each in _parsers(parser):
        for action in each._actions:
            if action.help != argparse.SUPPRESS:
                yield path, "/".join(action.option_strings) or action.dest, action.help


def test_every_option_and_argument_of_every_command_has_a_help_text():
    shown = list(_shown(build_parser()))
    names = {(path, name) for path, name, _ in shown}
    # The walk reaches every command, nested ones included (so an empty result cannot pass).
    for expected in [(("submit",), "--model"), (("submit",), "--set"), (("list",), "--limit"),
                     (("show",), "--json"), (("balance",), "--json"), (("pipeline", "run"), "--var"),
                     (("add-sound",), "-o/--output"), (("cancel",), "id"), ((), "command")]:
        assert expected in names, expected
    missing = [f"{' '.join(path) or 'runway-desktop-cli'} {name}" for path, name, text in shown
               if not (text or "").strip()]
    assert missing == []


def test_help_prints_each_options_words_beside_it():
    for command, option, words in [("submit", "--model MODEL", "the model, as Runway names it"),
                                   ("submit", "--set FIELD=VALUE", "any other field of the request"),
                                   ("show", "--json", "the task as one JSON object"),
                                   ("balance", "--json", "the balance, monthly limit")]:
        text = subprocess.run([*CLI, command, "--help"], capture_output=True, text=True, timeout=60).stdout
        line = next(line for line in text.splitlines() if line.strip().startswith(option))
        assert words in " ".join(text[text.index(line):].split()[:20]), (command, option, text)


def _manpages():
    spec = importlib.util.spec_from_file_location("manpages", ROOT / "tools" / "manpages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["manpages"] = module
    spec.loader.exec_module(module)
    return module


def test_the_manual_page_describes_every_option_it_names():
    manpages = _manpages()
    parser, page = manpages.programs()["runway-desktop-cli"]
    lines = manpages.render("runway-desktop-cli", parser, page, "1.0", "2026-01-01").splitlines()
    terms = [(lines[i + 1], lines[i + 2]) for i, line in enumerate(lines) if line == ".TP"]
    assert any("\\-\\-model" in term for term, _ in terms)
    bare = [term for term, said in terms if said.startswith(".") or not said.strip()]
    assert bare == []
