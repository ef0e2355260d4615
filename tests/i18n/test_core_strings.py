"""The list of core's sentences for the translators: what the extractor keeps, and that it is current."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_tool", ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extractor():
    return _load("extract_core_strings")


def test_the_generated_lists_match_the_sources(extractor):
    stale = extractor.stale()
    assert stale == [], f"not current: {stale}; run tools/extract_core_strings.py"


def test_an_f_string_becomes_a_template_named_after_its_values(extractor):
    source = '''
def check(name, size, self):
    raise ValueError(f"'{name}' is {human_size(size)}; Runway accepts at most {self.limit:,}.")
'''
    assert extractor.strings_in(source) == {"'{name}' is {size}; Runway accepts at most {limit}."}


def test_repeated_values_get_distinct_names_and_len_reads_as_count(extractor):
    source = '''
def clash(a, b, items):
    return f"{a.label} applies only when {b.label} is set; {len(items)} given."
'''
    assert extractor.strings_in(source) == {"{label} applies only when {label_2} is set; {count} given."}


def test_a_choice_between_strings_gives_one_template_per_branch(extractor):
    source = '''
def left(count):
    return f"{count} run{' is' if count == 1 else 's are'} left out"
'''
    assert extractor.strings_in(source) == {"{count} run is left out", "{count} runs are left out"}


def test_a_concatenation_is_one_template(extractor):
    source = '''
def refused(reason):
    raise EngineRefused("Runway did not confirm the cancel, so the task was left as it is: " + reason)
'''
    expected = "Runway did not confirm the cancel, so the task was left as it is: {reason}"
    assert extractor.strings_in(source) == {expected}


def test_log_lines_sql_identifiers_and_docstrings_are_left_out(extractor):
    source = '''
"""A module docstring that reads like a sentence."""
import logging
log = logging.getLogger(__name__)


def work(db, data, name):
    """A function docstring, also a sentence."""
    log.warning("Could not write the file %s, trying again", name)
    db.execute("SELECT id FROM tasks WHERE state = ?", (name,))
    where = f"model IN ({name}) ORDER BY created_at DESC"
    if data["the key"] == "some value here":
        return {"image_to_video": "Runway takes images as JPEG"}
    return "Kept: the task was saved."
'''
    assert extractor.strings_in(source) == {"Runway takes images as JPEG", "Kept: the task was saved."}


def test_literal_braces_are_escaped_so_they_are_not_placeholders(extractor):
    source = '''
def hint(name):
    return f"the variable {{{name}}} has no value in this pipeline."
'''
    assert extractor.strings_in(source) == {"the variable {{{name}}} has no value in this pipeline."}


def test_the_core_room_holds_sentences_from_every_layer_that_reaches_the_window():
    from runway_desktop.ui.i18n.core_strings import STRINGS, api, intake, plans, running

    assert "Check the task again later." in running.STRINGS  # a NextStep label
    assert "'{name}' does not exist." in intake.STRINGS  # an intake refusal
    assert "The plan cannot run." in plans.STRINGS
    assert "Runway is limiting requests right now; try again in {retry_after} s." in api.STRINGS
    assert not [s for s in STRINGS if re.search(r"\b(SELECT|ORDER BY)\b", s)]


# English grammar a translation may leave out ("into {article} {upper} file": an MP4, a MOV).
GRAMMAR_ONLY = {"{article}"}


def test_every_translation_keeps_the_placeholders_of_its_source():
    tool = _load("translations")
    token = re.compile(r"\{\{|\}\}|\{[A-Za-z_]\w*\}")
    broken = []
    for _context, source, message in tool.messages(tool.ts_path("core")):
        translation = message.findtext("translation") or ""
        kept = [t for t in token.findall(source) if t not in GRAMMAR_ONLY or t in translation]
        if sorted(kept) != sorted(token.findall(translation)):
            broken.append(f"{source!r} → {translation!r}")
    assert broken == []
