"""Checks a JSON value against the small JSON-schema subset the catalogue's `wire` entries use.

The subset: type (string, integer, number, boolean, object, array), enum, anyOf, properties,
required and items. Objects are closed: keys that the schema does not list are reported.
With `literals=False` (lenient mode) an enum asks only for its values' JSON type: the wire
shape is checked, the allowed values are not.
"""

from __future__ import annotations

from typing import Any

from .issues import Issue, Path

_MAX_LISTED = 12


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def is_type(value: Any, expected: str) -> bool:
    actual = json_type(value)
    if expected == "integer":
        # JSON cannot tell 5 from 5.0; the API's JavaScript runtime cannot either.
        return actual == "integer" or (actual == "number" and float(value).is_integer())
    if expected == "number":
        return actual in ("integer", "number")
    return actual == expected


def same_literal(value: Any, literal: Any) -> bool:
    """Equality that keeps booleans apart from numbers and numbers apart from strings."""
    if isinstance(value, bool) or isinstance(literal, bool):
        return isinstance(value, bool) and isinstance(literal, bool) and value == literal
    if json_type(value) in ("integer", "number") and json_type(literal) in ("integer", "number"):
        return value == literal
    return json_type(value) == json_type(literal) and value == literal


def show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 60 else f"'{value[:57]}…'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, list | dict):
        return json_type(value)
    return repr(value)


def describe(schema: dict[str, Any]) -> str:
    """A short human description of what a schema accepts."""
    if "anyOf" in schema:
        return " or ".join(describe(branch) for branch in schema["anyOf"])
    if "enum" in schema:
        values = [show(v) for v in schema["enum"]]
        if len(values) > _MAX_LISTED:
            values = [*values[:_MAX_LISTED], f"… ({len(schema['enum'])} values in all)"]
        return " | ".join(values)
    kind = schema.get("type", "any value")
    return {"array": "an array", "object": "an object", "integer": "an integer"}.get(kind, f"a {kind}")


def _enum_types(literals: list[Any]) -> list[str]:
    return list(dict.fromkeys(json_type(literal) for literal in literals))


def check(value: Any, schema: dict[str, Any], path: Path, *, literals: bool = True) -> list[Issue]:
    """Every problem with `value` under `schema`; an empty list means it conforms."""
    if "anyOf" in schema:
        return _check_union(value, schema["anyOf"], path, literals)
    if "enum" in schema:
        if any(same_literal(value, literal) for literal in schema["enum"]):
            return []
        if not literals:
            types = _enum_types(schema["enum"])
            if any(is_type(value, kind) for kind in types):
                return []
            wanted = " or ".join(describe({"type": kind}) for kind in types)
            return [Issue("invalid_type", path, f"expected {wanted}, received {json_type(value)}")]
        return [
            Issue("invalid_enum_value", path, f"invalid value {show(value)}; expected {describe(schema)}")
        ]
    expected = schema.get("type")
    if expected and not is_type(value, expected):
        return [Issue("invalid_type", path, f"expected {describe(schema)}, received {json_type(value)}")]
    if expected == "object":
        return _check_object(value, schema, path, literals)
    if expected == "array":
        items = schema.get("items")
        if not items:
            return []
        return [
            issue
            for index, item in enumerate(value)
            for issue in check(item, items, (*path, index), literals=literals)
        ]
    return []


def _check_object(value: dict[str, Any], schema: dict[str, Any], path: Path, literals: bool) -> list[Issue]:
    properties: dict[str, Any] = schema.get("properties", {})
    issues = [
        Issue("invalid_type", (*path, name), f"required (expected {describe(properties.get(name, {}))})")
        for name in schema.get("required", ())
        if name not in value
    ]
    unknown = [key for key in value if key not in properties]
    for key in unknown:
        allowed = ", ".join(properties) or "no keys"
        issues.append(Issue("unrecognized_keys", (*path, key), f"unrecognized key; allowed keys: {allowed}"))
    for name, sub in properties.items():
        if name in value:
            issues.extend(check(value[name], sub, (*path, name), literals=literals))
    return issues


def _branch_accepts_type(branch: dict[str, Any], value: Any) -> bool:
    if "anyOf" in branch:
        return any(_branch_accepts_type(b, value) for b in branch["anyOf"])
    if "enum" in branch:
        return any(json_type(value) == json_type(v) or is_type(value, json_type(v)) for v in branch["enum"])
    expected = branch.get("type")
    return expected is None or is_type(value, expected)


def _shape(branch: dict[str, Any]) -> str:
    """What a branch takes, by JSON type only: "a string", "an object"."""
    if "anyOf" in branch:
        return " or ".join(dict.fromkeys(_shape(b) for b in branch["anyOf"]))
    if "enum" in branch:
        return " or ".join(describe({"type": kind}) for kind in _enum_types(branch["enum"]))
    return describe({"type": branch["type"]}) if "type" in branch else "any value"


def _discriminator(branch: dict[str, Any]) -> list[Any] | None:
    prop = branch.get("properties", {}).get("type")
    return prop.get("enum") if isinstance(prop, dict) and "enum" in prop else None


def _check_union(value: Any, branches: list[dict[str, Any]], path: Path, literals: bool) -> list[Issue]:
    results = [check(value, branch, path, literals=literals) for branch in branches]
    if any(not issues for issues in results):
        return []
    if not literals:
        candidates = [r for b, r in zip(branches, results, strict=True) if _branch_accepts_type(b, value)]
        if candidates:
            return min(candidates, key=len)
        expected = " or ".join(dict.fromkeys(_shape(b) for b in branches))
        return [Issue("invalid_type", path, f"expected {expected}, received {json_type(value)}")]
    if all("enum" in b or b.get("type") not in ("object", "array") for b in branches):
        expected = " or ".join(describe(b) for b in branches)
        return [Issue("invalid_union", path, f"invalid value {show(value)}; expected {expected}")]
    pairs = [(b, r) for b, r in zip(branches, results, strict=True) if _branch_accepts_type(b, value)]
    if isinstance(value, dict):
        tagged = [(b, r, tags) for b, r in pairs if (tags := _discriminator(b)) is not None]
        if tagged:
            matching = [
                (b, r) for b, r, tags in tagged if any(same_literal(value.get("type"), t) for t in tags)
            ]
            if not matching:
                expected = " | ".join(show(t) for _b, _r, tags in tagged for t in tags)
                got = "missing" if "type" not in value else show(value["type"])
                return [
                    Issue("invalid_union_discriminator", (*path, "type"), f"expected {expected}, got {got}")
                ]
            pairs = matching
    if not pairs:
        expected = " or ".join(describe(b) for b in branches)
        return [Issue("invalid_type", path, f"expected {expected}, received {json_type(value)}")]
    return min((r for _, r in pairs), key=len)
