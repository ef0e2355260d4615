"""The catalogue's words listed for the translators are those of the shipped catalogue.json, and each
one a form shows is looked up in the "Catalogue" context."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    path = ROOT / "tools" / "extract_catalogue_strings.py"
    spec = importlib.util.spec_from_file_location("extract_catalogue_strings", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _listed() -> list[str]:
    tree = ast.parse((ROOT / "runway_desktop" / "ui" / "i18n" / "catalogue_strings.py").read_text("utf-8"))
    return [call.args[1].value for call in ast.walk(tree)
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"]


def test_the_generated_module_is_up_to_date_with_catalogue_json():
    generator = _generator()
    assert generator.TARGET.read_text("utf-8") == generator.render(), "run `make translations`"
    assert generator.main(["--check"]) == 0


def test_it_lists_each_description_title_and_help_once_sorted():
    from runway_desktop.core.catalogue.spec import load_catalogue

    catalogue = load_catalogue()
    listed = _listed()
    assert listed == sorted(set(listed))
    gen45 = catalogue.get("text_to_video", "gen4.5")
    assert gen45 is not None
    assert gen45.description in listed
    assert "Text to video" in listed and "Reference images" in listed
    assert all(f.help in listed for f in gen45.fields if f.help)
    assert "very_low" in listed and "mp4" not in listed  # words are translated, values are not


def test_a_changed_catalogue_makes_the_check_fail(monkeypatch):
    generator = _generator()
    real = generator.catalogue_words
    monkeypatch.setattr(generator, "catalogue_words", lambda catalogue: [*real(catalogue), "A new model."])
    assert generator.main(["--check"]) == 1
