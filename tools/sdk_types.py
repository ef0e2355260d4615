"""Read the runwayml SDK's request types into plain JSON-able schemas.

Used by tools/generate_catalogue.py. The SDK is a dev dependency and the contract oracle; the
application never imports it.
"""

from __future__ import annotations

import ast
import collections.abc
import importlib
import inspect
import re
import types
import typing
from typing import Any

import typing_extensions as te

ENDPOINTS = (
    "text_to_video",
    "image_to_video",
    "video_to_video",
    "character_performance",
    "video_upscale",
    "text_to_image",
    "image_upscale",
    "text_to_speech",
    "sound_effect",
    "voice_isolation",
    "voice_dubbing",
    "speech_to_speech",
    "video_to_audio",
)


def params_module(endpoint: str) -> types.ModuleType:
    return importlib.import_module(f"runwayml.types.{endpoint}_create_params")


def model_typeddicts(endpoint: str) -> list[type]:
    """Every per-model TypedDict of an endpoint, in the SDK's order."""
    module = params_module(endpoint)
    camel = "".join(part.capitalize() for part in endpoint.split("_")) + "CreateParams"
    root = getattr(module, camel)
    if typing.get_origin(root) is typing.Union:
        return list(typing.get_args(root))
    return [root]


def _field_docs(cls: type) -> dict[str, str]:
    """Docstrings that follow each annotated attribute in the class body."""
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return {}
    tree = ast.parse(source)
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for node, following in zip(body, [*body[1:], None], strict=True):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = inspect.cleandoc(following.value.value)
    return docs


def _strip(tp: Any) -> tuple[Any, str | None]:
    """Remove Required/NotRequired/Annotated, returning the bare type and the wire alias."""
    alias = None
    while True:
        origin = typing.get_origin(tp)
        if origin in (te.Required, te.NotRequired, typing.Required, typing.NotRequired):
            tp = typing.get_args(tp)[0]
        elif origin is te.Annotated or origin is typing.Annotated:
            for meta in tp.__metadata__:
                if getattr(meta, "alias", None):
                    alias = meta.alias
            tp = typing.get_args(tp)[0]
        else:
            return tp, alias


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and te.is_typeddict(tp)


def schema_of(tp: Any, doc: str = "") -> dict[str, Any]:
    """A JSON-schema-like description of one type, with wire (camelCase) property names."""
    tp, _ = _strip(tp)
    origin = typing.get_origin(tp)
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if origin in (typing.Literal, te.Literal):
        return {"enum": list(typing.get_args(tp))}
    if origin is typing.Union or origin is types.UnionType:
        options = [schema_of(arg) for arg in typing.get_args(tp) if arg is not type(None)]
        # Union[Literal[...], str] is an open enum: suggestions, anything accepted.
        return {"anyOf": options}
    if origin in (list, collections.abc.Iterable, collections.abc.Sequence, list):
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": schema_of(item)}
    if origin in (dict, collections.abc.Mapping, dict):
        _, value = typing.get_args(tp)
        return {"type": "object", "additionalProperties": schema_of(value)}
    if _is_typeddict(tp):
        return typeddict_schema(tp)
    if tp is object or tp is typing.Any:
        return {}
    raise TypeError(f"unsupported SDK type {tp!r}")


def typeddict_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, include_extras=True)
    docs = _field_docs(cls)
    total = getattr(cls, "__total__", True)
    required = {
        name
        for name, hint in hints.items()
        if typing.get_origin(hint) in (te.Required, typing.Required)
        or (total and typing.get_origin(hint) not in (te.NotRequired, typing.NotRequired))
    }
    properties: dict[str, Any] = {}
    required_wire: list[str] = []
    for name, hint in hints.items():
        _, alias = _strip(hint)
        wire = alias or name
        prop = schema_of(hint)
        if docs.get(name):
            prop["description"] = docs[name]
        properties[wire] = prop
        if name in required:
            required_wire.append(wire)
    return {"type": "object", "properties": properties, "required": sorted(required_wire)}


def endpoint_models(endpoint: str) -> list[dict[str, Any]]:
    """[{model, schema}] for every model an endpoint accepts."""
    out = []
    for cls in model_typeddicts(endpoint):
        schema = typeddict_schema(cls)
        model = schema["properties"]["model"]["enum"]
        assert len(model) == 1, (endpoint, cls, model)
        out.append({"model": model[0], "sdk_class": cls.__name__, "schema": schema})
    return out


DOC_RANGE = re.compile(
    r"(?:from|between)\s+(-?\d+(?:\.\d+)?)\s*(?:seconds\s+)?(?:to|and|-|–)\s+(-?\d+(?:\.\d+)?)", re.I
)
DOC_MAXLEN = re.compile(r"up to ([\d,]+) characters", re.I)
