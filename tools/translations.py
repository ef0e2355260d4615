"""The translation catalogues: extract, fill, compile and check (`make translations` runs update + release).

    python tools/translations.py update [ROOM ...]   re-extract strings into translations/zh_CN/<room>.ts
    python tools/translations.py release             compile every .ts into resources/translations/*.qm
    python tools/translations.py todo ROOM           the room's unfinished messages, as JSON
    python tools/translations.py fill ROOM FILE      write translations from FILE into the room's .ts
    python tools/translations.py check               exit 1 naming what is missing, unfinished or stale

One .ts per room of the window (the subpackages of runway_desktop/ui, plus the catalogue's and
core's sentences listed by generated modules) keeps the catalogues small and their histories apart.
lrelease merges them into one .qm per language. FILE for `fill` is JSON: {"Context": {"source":
"translation", ...}, ...}.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN",)
STEM = "runway_desktop"
UI = "runway_desktop/ui"
# Each room's .ts and the sources its strings come from (files or folders, folders searched for *.py).
ROOMS: dict[str, tuple[str, ...]] = {
    "shell": (f"{UI}/shell", f"{UI}/bridge.py", "ui/main_window.ui"),
    "dialogs": (f"{UI}/dialogs",),
    "form": (f"{UI}/form",),
    "queue": (f"{UI}/queue",),
    "preview": (f"{UI}/preview",),
    "library": (f"{UI}/library",),
    "compare": (f"{UI}/compare",),
    "common": (f"{UI}/i18n/common_words.py",),
    "catalogue": (f"{UI}/i18n/catalogue_strings.py",),
    "core": (f"{UI}/i18n/core_strings",),
}


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else name


def sources(room: str) -> list[str]:
    """The files of `room`, relative to the checkout, in a stable order."""
    found: list[str] = []
    for entry in ROOMS[room]:
        path = ROOT / entry
        if path.is_dir():
            found += sorted(str(p.relative_to(ROOT)) for p in path.rglob("*.py"))
        elif path.exists():
            found.append(entry)
    return found


def ts_path(room: str, language: str = "zh_CN", root: Path = ROOT) -> Path:
    return root / "translations" / language / f"{room}.ts"


def qm_path(language: str, root: Path = ROOT) -> Path:
    return root / "resources" / "translations" / f"{STEM}_{language}.qm"


def lupdate(room: str, target: Path, language: str = "zh_CN") -> None:
    files = sources(room)
    if not files:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-target-language", language, "-locations", "none",
         "-no-obsolete", "-silent", "-ts", str(target)],
        cwd=ROOT, check=True,
    )


def lrelease(language: str, target: Path, root: Path = ROOT) -> None:
    catalogues = sorted(str(p) for p in (root / "translations" / language).glob("*.ts"))
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", *catalogues, "-qm", str(target)], check=True)


def messages(ts: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, <message>) for every message of a .ts file."""
    tree = ElementTree.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


_NOT_DONE = {"unfinished", "vanished", "obsolete"}


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each message without a finished, non-empty translation."""
    missing = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        text = (translation.text or "").strip() if translation is not None else ""
        done = translation is not None and translation.get("type") not in _NOT_DONE
        if not done or not (text or (forms and all(forms))):
            missing.append((context, source))
    return missing


def fill(room: str, answers: dict[str, dict[str, str]], language: str = "zh_CN") -> int:
    """Write `answers` into the room's .ts; returns how many messages were filled."""
    path = ts_path(room, language)
    tree = ElementTree.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        table = answers.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            answer = table.get(message.findtext("source") or "")
            if not answer:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ElementTree.SubElement(translation, "numerusform").text = answer
            else:
                translation.text = answer
            count += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    lupdate(room, path, language)  # back into lupdate's own layout, so diffs stay small
    return count


def check() -> list[str]:
    """Every problem: strings in code missing from a catalogue, unfinished translations, a stale .qm."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh_root = Path(scratch)
        for language in LANGUAGES:
            for room in ROOMS:
                committed = ts_path(room, language)
                fresh = ts_path(room, language, fresh_root)
                fresh.parent.mkdir(parents=True, exist_ok=True)
                if committed.exists():
                    shutil.copy(committed, fresh)
                lupdate(room, fresh, language)
                if not fresh.exists():
                    continue
                if not committed.exists():
                    problems.append(f"{committed.relative_to(ROOT)} does not exist: run `make translations`")
                    continue
                known = {(c, s) for c, s, _ in messages(committed)}
                for context, source in sorted({(c, s) for c, s, _ in messages(fresh)} - known):
                    problems.append(f"{room}.ts lacks [{context}] {source!r}: run `make translations`")
                for context, source in unfinished(fresh):
                    if (context, source) in known:
                        problems.append(f"{room}.ts has no {language} translation for [{context}] {source!r}")
            compiled = qm_path(language, fresh_root)
            lrelease(language, compiled)
            shipped = qm_path(language)
            if not shipped.exists() or shipped.read_bytes() != compiled.read_bytes():
                stale = shipped.relative_to(ROOT)
                problems.append(f"{stale} is older than its .ts files: run `make translations`")
    return problems


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    command, *rest = argv or ["update"]
    if command == "update":
        # The catalogue's words are data: list them for lupdate first (ui/i18n/catalogue_strings.py).
        subprocess.run([sys.executable, str(ROOT / "tools" / "extract_catalogue_strings.py")], check=True)
        if "core" in (rest or ROOMS):  # core's sentences are listed from the sources first
            subprocess.run([sys.executable, str(ROOT / "tools" / "extract_core_strings.py")], check=True)
        for room in rest or list(ROOMS):
            for language in LANGUAGES:
                lupdate(room, ts_path(room, language), language)
        return 0
    if command == "release":
        for language in LANGUAGES:
            lrelease(language, qm_path(language))
        return 0
    if command == "todo":
        (room,) = rest
        table: dict[str, dict[str, str]] = {}
        for context, source in unfinished(ts_path(room)):
            table.setdefault(context, {})[source] = ""
        print(json.dumps(table, ensure_ascii=False, indent=1))
        return 0
    if command == "fill":
        room, answers_file = rest
        count = fill(room, json.loads(Path(answers_file).read_text(encoding="utf-8")))
        print(f"{count} translation(s) written to {ts_path(room).relative_to(ROOT)}")
        return 0
    if command == "check":
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
