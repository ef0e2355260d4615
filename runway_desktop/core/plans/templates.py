"""Template text in pipeline files: `{{name}}` variables from `--var`, `{i}` and `{source}` in a fan_out."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

# Runway's runner takes word characters; a few more (dots, hyphens, spaces inside) cost nothing.
VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}")
_NAME = re.compile(r"[A-Za-z_][\w.-]*")


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`NAME=VALUE` strings (from `--var`) as a dict; ValueError names a malformed one."""
    found: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not _NAME.fullmatch(name):
            raise ValueError(f"--var {item!r} must be NAME=VALUE (a name of letters, digits and _).")
        found[name] = value
    return found


def variables_in(node: Any, where: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """(path of keys, variable name) for every `{{name}}` in the string values of a JSON tree."""
    if isinstance(node, str):
        for match in VARIABLE.finditer(node):
            yield where, match[1]
    elif isinstance(node, Mapping):
        for key, child in node.items():
            yield from variables_in(child, (*where, str(key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from variables_in(child, (*where, str(index + 1)))


def fill_variables(node: Any, values: Mapping[str, str]) -> Any:
    """A copy of a JSON tree with every known `{{name}}` replaced by its value."""
    if isinstance(node, str):
        return VARIABLE.sub(lambda m: values.get(m[1], m[0]), node) if "{{" in node else node
    if isinstance(node, Mapping):
        return {key: fill_variables(child, values) for key, child in node.items()}
    if isinstance(node, list):
        return [fill_variables(child, values) for child in node]
    return node


def fill_run(node: Any, number: int, source: str) -> Any:
    """A fan_out template with `{i}` as the 1-based run number and `{source}` as the source value."""
    if isinstance(node, str):
        if "{" not in node:
            return node
        return node.replace("{i}", str(number)).replace("{source}", source)
    if isinstance(node, Mapping):
        return {key: fill_run(child, number, source) for key, child in node.items()}
    if isinstance(node, list):
        return [fill_run(child, number, source) for child in node]
    return node


def uses(node: Any, marker: str) -> bool:
    """True when any string value of a JSON tree contains `marker` (e.g. "{source}")."""
    if isinstance(node, str):
        return marker in node
    if isinstance(node, Mapping):
        return any(uses(child, marker) for child in node.values())
    if isinstance(node, list):
        return any(uses(child, marker) for child in node)
    return False
