"""`show --from-file PATH [--json]` prints the record embedded in a file, or says there is none."""

from __future__ import annotations

import json

from embed_samples import sample_record
from media_factory import make_mp3, make_mp4, make_png

from runway_desktop.commands import show_from_file
from runway_desktop.core.embed import embed_record


def test_json_is_the_record_exactly(tmp_path, capsys):
    path = make_mp4(tmp_path / "take.mp4")
    record = sample_record("霧の港 — a foggy harbour")
    embed_record(path, record)

    assert show_from_file.main(["show", "--from-file", str(path), "--json"]) == 0

    out = capsys.readouterr()
    assert json.loads(out.out) == record
    assert out.err == ""


def test_readable_output_names_the_main_facts(tmp_path, capsys):
    path = make_png(tmp_path / "take.png")
    embed_record(path, sample_record("a red kite over the dunes"))

    assert show_from_file.main(["show", "--from-file", str(path)]) == 0

    text = capsys.readouterr().out
    lines = text.splitlines()
    assert f"File: {path}" in lines
    assert "Model: gen4_turbo" in lines
    assert "Prompt: a red kite over the dunes" in lines
    assert "Seed: 4294967295" in lines
    assert "  ratio: 1280:720" in lines  # under Parameters:
    assert "Credits spent: 25.0" in lines
    assert "Lineage:" in lines
    assert "data:image/png;base64" not in text  # the raw request is left to --json


def test_a_file_without_a_record_exits_1_with_a_reason(tmp_path, capsys):
    path = make_mp3(tmp_path / "plain.mp3")

    assert show_from_file.main(["show", "--from-file", str(path), "--json"]) == 1

    out = capsys.readouterr()
    assert out.out == ""
    assert f"{path} carries no Runway Desktop generation record" in out.err


def test_missing_and_unknown_files(tmp_path, capsys):
    assert show_from_file.main(["show", "--from-file", str(tmp_path / "gone.png")]) == 1
    assert "gone.png does not exist" in capsys.readouterr().err
    notes = tmp_path / "notes.txt"
    notes.write_text("just words")
    assert show_from_file.main(["show", "--from-file", str(notes)]) == 1
    assert "carries no Runway Desktop generation record" in capsys.readouterr().err


def test_the_option_joins_an_existing_show_parser():
    import argparse

    parser = argparse.ArgumentParser()
    show = parser.add_subparsers(dest="command").add_parser("show")
    show.add_argument("id", nargs="?")
    show.add_argument("--json", action="store_true")
    show_from_file.add_arguments(show)

    args = parser.parse_args(["show", "--from-file", "a.png", "--json"])
    assert (str(args.from_file), args.json, args.id) == ("a.png", True, None)
