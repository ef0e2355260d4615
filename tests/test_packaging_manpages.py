"""The manual pages render cleanly and name every option and command their program accepts."""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


manpages = _tool("manpages")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("man")
    return {path.stem: path for path in manpages.write_pages(folder, "9.8.7", when=0)}


def _rendered(page: Path) -> tuple[str, str]:
    """The page as a reader sees it (plain text) and what the formatter complained about."""
    groff = shutil.which("groff")
    if groff is None:  # no formatter here: read the roff itself, unescaped
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"^\.\S+\s?", "", text, flags=re.MULTILINE)
        return re.sub(r"\\f[BIR]|\\&", "", text).replace("\\-", "-").replace("\\e", "\\"), ""
    done = subprocess.run([groff, "-man", "-Tutf8", "-ww", "-rLL=200n", "-P-cbou", str(page)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    # groff prints minus signs and hyphens as U+2212 / U+2010 in UTF-8: read them as typed.
    return done.stdout.replace("\u2212", "-").replace("\u2010", "-"), done.stderr


def _all_parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield from _all_parsers(command)


def test_there_is_a_page_for_each_command(pages):
    assert sorted(pages) == sorted(manpages.PROGRAMS)


@pytest.mark.parametrize("program", manpages.PROGRAMS)
def test_each_page_renders_without_complaint_and_names_every_option(pages, program):
    text, complaints = _rendered(pages[program])
    assert complaints == ""
    # Each option is a described term (a line of its own), not only a word in a usage line.
    terms = {part.split(" ")[0] for line in text.splitlines() if line.strip().startswith("-")
             for part in line.strip().split(", ")}
    parser, _ = manpages.programs()[program]
    for each in _all_parsers(parser):
        for action in each._actions:
            if action.help != argparse.SUPPRESS:
                assert set(action.option_strings) <= terms, f"{action.option_strings} are not described"
    assert re.search(rf"^NAME\s+{re.escape(program)} - \S", text, flags=re.MULTILINE), text[:400]
    assert "EXIT STATUS" in text and "SEE ALSO" in text
    assert "Runway Desktop 9.8.7" in text and "1970-01-01" in text


def test_hidden_options_stay_out_of_the_page(pages):
    text, _ = _rendered(pages["runway-desktop-cli"])
    assert "--run-data-dir" not in text and "run_data_dir" not in text


def test_the_cli_page_lists_every_command_with_its_help_and_the_exit_codes(pages):
    text, _ = _rendered(pages["runway-desktop-cli"])
    from runway_desktop.cli.parser import build_parser

    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {choice.dest: choice.help for choice in commands._choices_actions}
    assert set(helps) >= {"submit", "list", "show", "cancel", "download", "sync", "balance", "pipeline"}
    flat = " ".join(text.split())
    for name, help_text in helps.items():
        assert f"runway-desktop-cli {name}" in flat
        assert " ".join(help_text.split()) in flat, f"{name}'s help is missing"
    assert "runway-desktop-cli pipeline run" in flat  # nested commands too
    from runway_desktop.cli import errors

    section = flat.split("EXIT STATUS", 1)[1].split("ENVIRONMENT", 1)[0]
    codes = sorted(value for name, value in vars(errors).items()
                   if name.startswith("EXIT_") and isinstance(value, int))
    assert [int(code) for code in re.findall(r"(?<!\S)(\d+) ", section)[:len(codes)]] == codes
    assert "timed out: --timeout passed while waiting" in section


def test_the_exit_code_table_is_read_from_the_cli_help():
    table = "exit status:\n  0    done\n  1    failed: one\n       and two\n  130  stop\n"
    codes = manpages.exit_codes(table)
    assert codes == [("0", "done"), ("1", "failed: one and two"), ("130", "stop")]


def test_roff_special_characters_are_escaped():
    assert manpages.escape(".hidden") == "\\&.hidden"
    assert manpages.escape("'quote") == "\\&'quote"
    assert manpages.escape("a\\b --x") == "a\\eb \\-\\-x"
    assert manpages.escape("1024×1024 — ok") == "1024\\[u00D7]1024 \\[u2014] ok"


def test_the_window_and_simulator_pages_come_from_the_parsers_those_programs_use():
    from runway_desktop import app
    from runway_desktop.simulator import __main__ as simulator

    window = manpages.caught_parser(app.parse_args)
    assert window.prog == "runway-desktop"
    assert app.parse_args(["--simulator"]).simulator is True  # the program itself is untouched afterwards
    sim = manpages.caught_parser(simulator.parse_args)
    assert sim.prog == "runway-desktop-sim"
    assert {"--port", "--faults", "--speed"} <= {s for a in sim._actions for s in a.option_strings}


def test_the_deb_stages_gzipped_pages_and_names_its_maintainer(tmp_path, monkeypatch):
    build_package = _tool("build_package")
    monkeypatch.setattr(build_package, "BUILD", tmp_path / "build")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in build_package.COMMANDS:
        (bundle / name).write_text("#!/bin/sh\n")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    root = build_package.stage_deb(bundle, "9.8.7", "amd64")

    man1 = root / "usr" / "share" / "man" / "man1"
    assert sorted(p.name for p in man1.iterdir()) == sorted(f"{name}.1.gz" for name in manpages.PROGRAMS)
    for page in man1.iterdir():
        raw = page.read_bytes()
        assert raw[3] & 0x08 == 0 and raw[4:8] == b"\0\0\0\0"  # gzip -n: no stored name, no time stamp
        assert raw[8] == 2  # -9: best compression
        assert gzip.decompress(raw).decode().startswith(f'.TH "{page.name[:-5].upper()}" "1"')

    maintainer = build_package.maintainer()
    assert re.fullmatch(r"[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[a-z]{2,}>", maintainer)
    assert not re.search(r"\.(example|invalid|test|localhost)>|placeholder|changeme", maintainer)
    control = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    assert f"Maintainer: {maintainer}\n" in control
    changelog = root / "usr" / "share" / "doc" / "runway-desktop" / "changelog.gz"
    assert f" -- {maintainer}  " in gzip.decompress(changelog.read_bytes()).decode()
