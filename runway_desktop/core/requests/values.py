"""Turning what a form or the command line holds into the wire value of one non-media field."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec
from runway_desktop.core.requests.text_rules import plain_number, utf16_length

SEED_MIN = 0
SEED_MAX = 4_294_967_295
NO_MATCH = object()

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
_JSON_NAMES = {
    "string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
    "object": "a JSON object", "array": "a JSON list",
}
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "object": (dict,), "array": (list,),
}


class Invalid(ValueError):
    """A value that cannot be sent; the message is a sentence for a person."""


def is_unset(field: FieldSpec, raw: Any) -> bool:
    """True when a value means "not given": None, blank text, or an empty list of media."""
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if field.kind in (FieldKind.MEDIA, FieldKind.KEYFRAMES):
        return isinstance(raw, Sequence) and len(raw) == 0
    return False


def convert(field: FieldSpec, raw: Any, model_id: str) -> Any:
    """The wire value of a set, non-media field; raises Invalid with a sentence naming the field."""
    match field.kind:
        case FieldKind.PROMPT | FieldKind.TEXT:
            return _text(field, raw, model_id)
        case FieldKind.ENUM | FieldKind.RATIO:
            return _choice(field, raw)
        case FieldKind.LANGUAGE:
            return _language(field, raw)
        case FieldKind.INTEGER:
            return _integer(field, raw)
        case FieldKind.NUMBER:
            return _number(field, raw)
        case FieldKind.BOOLEAN:
            return _boolean(field, raw)
        case FieldKind.SEED:
            return _seed(field, raw)
        case FieldKind.VOICE:
            return _voice(field, raw)
        case FieldKind.MODERATION:
            return _moderation(field, raw)
        case FieldKind.JSON:
            return _json(field, raw)
    raise Invalid(f"{field.label} cannot be set here.")


def match_choice(choices: Sequence[Any], raw: Any) -> Any:
    """The literal among `choices` that `raw` stands for ("8" → 8, "768p"), or NO_MATCH."""
    if isinstance(raw, bool):
        return NO_MATCH
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    for choice in choices:
        if type(choice) is type(raw) and choice == raw:
            return choice
    text = str(raw).strip()
    for choice in choices:
        if str(choice) == text:
            return choice
    folded = [c for c in choices if str(c).lower() == text.lower()]
    return folded[0] if len(folded) == 1 else NO_MATCH


def choices_text(choices: Sequence[Any]) -> str:
    """A list of literals short enough for one line next to a button."""
    shown = [str(c) for c in choices]
    if len(shown) <= 12:
        return ", ".join(shown)
    return ", ".join(shown[:10]) + f", … ({len(shown)} in all)"


def _text(field: FieldSpec, raw: Any, model_id: str) -> str:
    if not isinstance(raw, str):
        raise Invalid(f"{field.label} must be text.")
    length = utf16_length(raw)
    if field.max_length is not None and length > field.max_length:
        raise Invalid(
            f"{field.label} is {plain_number(length)} characters long; {model_id} allows at most "
            f"{plain_number(field.max_length)} (counted in UTF-16 code units)."
        )
    return raw


def _choice(field: FieldSpec, raw: Any) -> Any:
    found = match_choice(field.choices, raw)
    if found is not NO_MATCH:
        return found
    if field.open and isinstance(raw, str | int) and not isinstance(raw, bool):
        return str(raw).strip()
    raise Invalid(f"{field.label} must be one of {choices_text(field.choices)}.")


def _language(field: FieldSpec, raw: Any) -> str:
    if field.choices:
        return _choice(field, raw)
    text = raw.strip() if isinstance(raw, str) else ""
    if not _LANGUAGE.fullmatch(text):
        raise Invalid(f"{field.label} must be a language code such as en or pt-BR; {raw!r} is not one.")
    return text


def _range_text(field: FieldSpec, low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        bounds = f" from {plain_number(low)} to {plain_number(high)}"
    elif low is not None:
        bounds = f" of at least {plain_number(low)}"
    elif high is not None:
        bounds = f" of at most {plain_number(high)}"
    else:
        bounds = ""
    extra = "".join(f", or {a}" for a in field.also)
    return bounds + extra


def parse_number(raw: Any) -> float | int | None:
    """A finite int or float from a number or numeric text; None when it is neither."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        value = raw
    elif isinstance(raw, str):
        text = raw.strip()
        try:
            value = int(text)
        except ValueError:
            try:
                value = float(text)
            except ValueError:
                return None
    else:
        return None
    return value if math.isfinite(value) else None


def _in_range(value: float, low: float | None, high: float | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def _also(field: FieldSpec, raw: Any) -> Any:
    if isinstance(raw, str):
        for literal in field.also:
            if raw.strip().lower() == str(literal).lower():
                return literal
    return NO_MATCH


def _integer(field: FieldSpec, raw: Any) -> Any:
    literal = _also(field, raw)
    if literal is not NO_MATCH:
        return literal
    value = parse_number(raw)
    if value is None or not float(value).is_integer() or not _in_range(value, field.minimum, field.maximum):
        raise Invalid(
            f"{field.label} must be a whole number{_range_text(field, field.minimum, field.maximum)}."
        )
    return int(value)


def _number(field: FieldSpec, raw: Any) -> float | int:
    value = parse_number(raw)
    if value is None or not _in_range(value, field.minimum, field.maximum):
        raise Invalid(f"{field.label} must be a number{_range_text(field, field.minimum, field.maximum)}.")
    return value


def _boolean(field: FieldSpec, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise Invalid(f"{field.label} must be true or false (yes/no, 1/0 also work).")


def is_random_seed(raw: Any) -> bool:
    """True for the values that mean "let Runway choose": None, blank, "random"."""
    return raw is None or (isinstance(raw, str) and raw.strip().lower() in ("", "random"))


def _seed(field: FieldSpec, raw: Any) -> int:
    low = SEED_MIN if field.minimum is None else field.minimum
    high = SEED_MAX if field.maximum is None else field.maximum
    value = parse_number(raw)
    if value is None or not float(value).is_integer() or not _in_range(value, low, high):
        raise Invalid(
            f"{field.label} must be a whole number from {plain_number(low)} to {plain_number(high)}, "
            "or random."
        )
    return int(value)


def _voice(field: FieldSpec, raw: Any) -> dict[str, Any]:
    name = raw.get("presetId") if isinstance(raw, Mapping) else raw
    found = match_choice(field.choices, name) if isinstance(name, str) else NO_MATCH
    if found is NO_MATCH:
        raise Invalid(f"{field.label} must be one of the preset voices: {choices_text(field.choices)}.")
    return {"type": field.type_value or "runway-preset", "presetId": found}


def _moderation(field: FieldSpec, raw: Any) -> dict[str, Any]:
    level = raw.get("publicFigureThreshold") if isinstance(raw, Mapping) else raw
    choices = field.choices or ("auto", "low")
    found = match_choice(choices, level) if isinstance(level, str) else NO_MATCH
    if found is NO_MATCH:
        raise Invalid(f"{field.label} must be one of {choices_text(choices)}.")
    return {"publicFigureThreshold": found}


def _json(field: FieldSpec, raw: Any) -> Any:
    value = raw
    if isinstance(raw, str):
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            raise Invalid(
                f"{field.label} is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})."
            ) from None
    problem = schema_problem(field.wire, value, "")
    if problem:
        joint = " " if problem.startswith(("must", "needs")) else ": "
        raise Invalid(f"{field.label}{joint}{problem}")
    return value


def schema_problem(schema: Mapping[str, Any], value: Any, where: str) -> str | None:
    """The first way `value` breaks the structural parts of a JSON schema, as a short sentence."""
    place = f"{where} " if where else ""
    if "anyOf" in schema:
        problems = [schema_problem(option, value, where) for option in schema["anyOf"]]
        return None if any(p is None for p in problems) else problems[0]
    if "enum" in schema and value not in schema["enum"]:
        return f"{place}must be one of {choices_text(schema['enum'])}."
    kind = schema.get("type")
    if kind in _JSON_TYPES and (
        not isinstance(value, _JSON_TYPES[kind]) or (kind != "boolean" and isinstance(value, bool))
    ):
        return f"{place}must be {_JSON_NAMES[kind]}."
    if kind == "object":
        for name in schema.get("required", ()):
            if name not in value:
                return f"{place}needs '{name}'."
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                problem = schema_problem(sub, value[name], f"{where}.{name}" if where else name)
                if problem:
                    return problem
    if kind == "array" and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value):
            problem = schema_problem(schema["items"], item, f"{where}[{index}]")
            if problem:
                return problem
    return None
