"""List the sentences core/ and api/ can show in the window, for the translators (`core` room).

    python tools/extract_core_strings.py          rewrite runway_desktop/ui/i18n/core_strings/*.py
    python tools/extract_core_strings.py --check  exit 1 when those files are not current

The rule, applied to every module of runway_desktop/core and runway_desktop/api (and to
runway_desktop/failure_words.py) with `ast`:

* Candidates are string constants, f-strings, and `+` chains that contain a string literal.
  An f-string becomes a template: each `{expression}` turns into a named placeholder (the name
  comes from the expression: `{size}` → size, `{self.limit:,}` → limit, `{len(items)}` → count,
  `{plain_number(seconds)}` → seconds, other calls → the function's name), made unique within
  the template (`{name}`, `{name_2}`). A `{'s' if n > 1 else ''}` whose branches are strings
  expands into one template per branch (singular and plural are translated separately). A `+`
  chain becomes one template, its non-literal operands placeholders, its pieces not listed alone.
* A candidate is kept when it reads as words: its literal text has at least two words of two or
  more letters (or one after "a"/"an") and a space between words, or it is one such word and a value
  ("task {task_id}").
  A single capitalised word is kept when it is a label: a value of a table whose name says
  LABELS, or returned by a `label` property ("Pending", "Saved", "Voice").
* Left out: docstrings; arguments of logging calls (`log.debug(...)`, `logger.warning(...)`…);
  SQL (`execute`/`executemany`/`executescript` arguments, text with SQL keywords or `?` binds);
  regular expressions (arguments of `re.*`); `AttributeError`s and `__getattr__`;
  dict keys, subscripts and comparison operands (identifiers, not sentences); separators of
  `.join`; anything inside `__repr__`; markup and wire text (XML/HTML tags, `key=value`, HTTP
  header lines); and templates that are nothing but placeholders and punctuation.

Texts put together by helpers from wordless pieces are added by hand (`COMPOSED`).

The result is one module per area (each subpackage of core, plus api) of sorted
`QT_TRANSLATE_NOOP("CoreText", ...)` entries, which pyside6-lupdate reads into
translations/zh_CN/core.ts and `core_text` uses to match sentences formatted from a template.
"""

from __future__ import annotations

import ast
import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "runway_desktop"
OUTPUT = PACKAGE / "ui" / "i18n" / "core_strings"
SHARED = PACKAGE / "failure_words.py"  # the OS's, network's and PyAV's failures in words, for every layer
CONTEXT = "CoreText"
GENERATOR = "tools/extract_core_strings.py"
MAX_VARIANTS = 16

_LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
_SQL_METHODS = {"execute", "executemany", "executescript"}
_SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ORDER BY|LIMIT|OFFSET|ASC|DESC|"
    r"IS (NOT )?NULL|ON CONFLICT|LIKE|MATCH|WHERE|IN \()|\s\?(\W|$)|\b\w+ = \d"
)
_WIRE = re.compile(r"<[/?!A-Za-z][^>]*>|\b[\w-]+=\S|\r\n|^[A-Z][a-z]+(-[A-Z][a-z]+)+: |\bBearer\b")
_WORD = re.compile(r"[A-Za-z]{2,}")
_ARTICLE = re.compile(r"\b(a|an) [a-z]{2,}")  # "a video": one word and its article
_LABEL_WORD = re.compile(r"^[A-Z][a-z]{2,}\b[^_{}]*$")
# Calls that only format a value: the placeholder is named after the value, not the call.
_FORMATTERS = {
    "str", "int", "float", "round", "repr", "abs", "plain_number", "human_size", "credits_text",
    "dollars_text", "display_name", "shown", "_size", "_secs", "_plain", "escape", "join",
    "choices_text", "sorted", "list", "tuple", "set", "min", "max",
}
# Texts that helpers put together from pieces with no words of their own ("12 credits" + "/s",
# rate + " × 5 s" + " (default)"), which the rule above cannot see whole; listed here by hand.
# A placeholder named {number} matches digits only (core_text reads it so).
COMPOSED: dict[str, tuple[str, ...]] = {
    "catalogue": (
        "{credits} credits/s", "{credits} credit/s", "{credits} credits/image", "{credits} credit/image",
        "{credits} credits/character", "{credits} credit/character",
        "{credits} credits per {per} s", "{credits} credit per {per} s",
        "{credits} credits per {per} images", "{credits} credit per {per} images",
        "{credits} credits per {per} characters", "{credits} credit per {per} characters",
        "{rate} of input", "{rate} ({extras})", "{rate} × {seconds} s{note}", " (default)",
        "{formula} = {credits} ({dollars})",
    ),
    "running": ("{number} failed", "{number} cancelled", "{number} outcome unknown",
                "{number} need attention", "poller", "them"),
    "api": (
        "Check your internet connection.",
        "Check your internet connection and the proxy settings ({proxy} is set).",
        "upload", "it",
    ),
    "requests": (
        "{name} has both seconds and at; give one.",
        "{name} needs a time: seconds from the start, or at (a fraction from 0 to 1).",
    ),
    "sound": ("sound",),
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _escape(text: str) -> str:
    """Literal text inside a template: braces doubled so they are not read as placeholders."""
    return text.replace("{", "{{").replace("}", "}}")


def _name_of(node: ast.AST) -> str:
    """The placeholder name an expression reads as."""
    if isinstance(node, ast.Name):
        name = node.id
    elif isinstance(node, ast.Attribute):
        name = node.attr
    elif isinstance(node, ast.Call):
        called = _called(node)[1]
        if called == "len":
            return "count"
        first = node.args[0] if node.args else None
        if called == "get" and isinstance(first, ast.Constant) and str(first.value).isidentifier():
            return str(first.value).lower()
        if called in _FORMATTERS and node.args:
            return _name_of(node.args[0])
        name = called or "value"
    elif isinstance(node, ast.Subscript):
        key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.isidentifier():
            name = key.value
        else:
            name = _name_of(node.value)
    elif isinstance(node, (ast.GeneratorExp, ast.ListComp)):
        name = "items"
    else:
        name = "value"
    name = re.sub(r"\W", "_", name).strip("_").lower()
    return name if name and not name[0].isdigit() else "value"


class _Template:
    """Builds the variants of one template, naming placeholders uniquely as they appear."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.used: set[str] = set()

    def placeholder(self, node: ast.AST) -> str:
        if id(node) not in self.names:
            base = _name_of(node)
            name, number = base, 1
            while name in self.used:
                number += 1
                name = f"{base}_{number}"
            self.used.add(name)
            self.names[id(node)] = name
        return "{" + self.names[id(node)] + "}"

    def variants(self, node: ast.AST) -> list[str]:
        """Every text `node` can read as, literal parts escaped, values as placeholders."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [_escape(node.value)]
        if isinstance(node, ast.JoinedStr):
            return self._product([self.variants(part) for part in node.values])
        if isinstance(node, ast.FormattedValue):
            inner = node.value
            if isinstance(inner, ast.IfExp) and _stringy(inner.body) and _stringy(inner.orelse):
                return self.variants(inner.body) + self.variants(inner.orelse)
            return [self.placeholder(inner)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self._product([self.variants(node.left), self.variants(node.right)])
        if isinstance(node, ast.IfExp) and _stringy(node.body) and _stringy(node.orelse):
            return self.variants(node.body) + self.variants(node.orelse)
        return [self.placeholder(node)]

    @staticmethod
    def _product(parts: list[list[str]]) -> list[str]:
        combined = ["".join(choice) for choice in itertools.islice(itertools.product(*parts), MAX_VARIANTS)]
        return combined


def _stringy(node: ast.AST) -> bool:
    """A string literal or f-string (possibly a `+` of them): text that can be expanded inline."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _stringy(node.left) or _stringy(node.right)
    return False


def _literal_text(template: str) -> str:
    return _PLACEHOLDER.sub("", template).replace("{{", "{").replace("}}", "}")


def reads_as_words(template: str) -> bool:
    """Kept: at least two words of letters and a space outside placeholders, and no wire syntax."""
    literal = _literal_text(template)
    words = len(_WORD.findall(literal))
    phrase = (words >= 2 or bool(_ARTICLE.search(literal))) and " " in literal.strip()
    labelled = words == 1 and " " in literal and _PLACEHOLDER.search(template) is not None  # "task {id}"
    if not (phrase or labelled):
        return False
    return not _SQL.search(template) and not _WIRE.search(template)


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    return parents


def _called(call: ast.Call) -> tuple[str, str]:
    """(object name, method or function name) of a call: ('log', 'debug'), ('', 'ValueError')."""
    func = call.func
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if isinstance(owner, ast.Name):
            return owner.id, func.attr
        return (owner.attr if isinstance(owner, ast.Attribute) else ""), func.attr
    return "", ""


def _excluded(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Whether the place `node` stands in makes it an identifier, log line, SQL or docstring."""
    parent = parents.get(id(node))
    if isinstance(parent, ast.Expr):
        return True  # a docstring, or a bare string statement
    if isinstance(parent, ast.Dict) and any(key is node for key in parent.keys):
        return True
    if isinstance(parent, ast.Subscript) and parent.slice is node:
        return True
    if isinstance(parent, ast.Compare):
        return True
    if isinstance(parent, ast.Attribute) and parent.attr == "join":
        return True
    current: ast.AST | None = node
    while current is not None:
        up = parents.get(id(current))
        if isinstance(up, ast.Call) and current is not up.func:
            owner, method = _called(up)
            if method in _SQL_METHODS or owner == "re" or method == "AttributeError":
                return True
            if method in _LOG_METHODS and ("log" in owner.lower() or owner in {"logging", "warnings"}):
                return True
        if isinstance(up, (ast.FunctionDef, ast.AsyncFunctionDef)) and up.name in {"__repr__", "__getattr__"}:
            return True
        current = up
    return False


def _candidates(tree: ast.AST) -> Iterator[ast.AST]:
    """The outermost string expressions: `+` chains and f-strings whole, their parts not again."""
    parents = _parents(tree)
    inside: set[int] = set()
    for node in ast.walk(tree):
        if id(node) in inside:
            continue
        if not _stringy(node):
            continue
        for part in ast.walk(node):
            if part is not node and (isinstance(part, (ast.JoinedStr, ast.BinOp, ast.Constant))):
                inside.add(id(part))
        if not _excluded(node, parents):
            yield node


def _labels(tree: ast.AST) -> set[int]:
    """Strings that are labels: in a table named like `_LABELS`, or returned by a `label` property."""
    found: set[int] = set()
    for node in ast.walk(tree):
        named = ""
        if isinstance(node, ast.Assign):
            named = " ".join(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            named = node.target.id
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "label":
            named = "label"
        if "label" in named.lower():
            found.update(id(part) for part in ast.walk(node) if isinstance(part, ast.Constant))
    return found


def strings_in(source: str) -> set[str]:
    """The sentences and templates of one module."""
    tree = ast.parse(source)
    labels = _labels(tree)
    found: set[str] = set()
    for node in _candidates(tree):
        for variant in _Template().variants(node):
            if reads_as_words(variant) or (id(node) in labels and _LABEL_WORD.match(variant)):
                found.add(variant)
    return found


def area_of(path: Path) -> str:
    """'api' for api/, the subpackage's name for core/<sub>/, 'core' for core's own modules."""
    relative = path.relative_to(PACKAGE)
    if relative.parts[0] == "api":
        return "api"
    if relative == SHARED.relative_to(PACKAGE):
        return "failures"
    return relative.parts[1] if len(relative.parts) > 2 else "core"


def collect() -> dict[str, set[str]]:
    """Every area's sentences."""
    areas: dict[str, set[str]] = {}
    for path in [*sorted((PACKAGE / "api").rglob("*.py")), *sorted((PACKAGE / "core").rglob("*.py")), SHARED]:
        areas.setdefault(area_of(path), set()).update(strings_in(path.read_text(encoding="utf-8")))
    for area, templates in COMPOSED.items():
        areas.setdefault(area, set()).update(templates)
    return {area: found for area, found in areas.items() if found}


def _literal(text: str) -> str:
    """A double-quoted Python literal that pyside6-lupdate reads back exactly."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def render_area(area: str, found: set[str]) -> str:
    where = {"api": "runway_desktop/api", "core": "runway_desktop/core",
             "failures": "runway_desktop/failure_words.py"}.get(area, f"runway_desktop/core/{area}")
    lines = [
        f'"""Sentences {where} can show in the window (generated by {GENERATOR}; do not edit)."""',
        "",
        "# ruff: noqa: E501",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(text)}),' for text in sorted(found)]
    lines += [")", ""]
    return "\n".join(lines)


def render_index(areas: list[str]) -> str:
    lines = [
        f'"""Every sentence core and api can show, by area (generated by {GENERATOR}; do not edit)."""',
        "",
        "from runway_desktop.ui.i18n.core_strings import (",
        *(f"    {area}," for area in areas),
        ")",
        "",
        "STRINGS: tuple[str, ...] = (",
    ]
    lines += [f"    *{area}.STRINGS," for area in areas]
    lines += [")", ""]
    return "\n".join(lines)


def rendered() -> dict[str, str]:
    """File name → content of every generated module."""
    areas = collect()
    files = {f"{area}.py": render_area(area, found) for area, found in sorted(areas.items())}
    files["__init__.py"] = render_index(sorted(areas))
    return files


def stale() -> list[str]:
    """Generated files that differ from what the sources give now (or should not exist)."""
    wanted = rendered()
    problems = [name for name, text in wanted.items()
                if not (OUTPUT / name).exists() or (OUTPUT / name).read_text(encoding="utf-8") != text]
    problems += [p.name for p in sorted(OUTPUT.glob("*.py")) if p.name not in wanted]
    return problems


def write() -> None:
    wanted = rendered()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for old in OUTPUT.glob("*.py"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (OUTPUT / name).write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        problems = stale()
        for name in problems:
            print(f"{OUTPUT.relative_to(ROOT)}/{name} is not current: run tools/extract_core_strings.py")
        return 1 if problems else 0
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
