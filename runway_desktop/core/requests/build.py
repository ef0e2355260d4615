"""The pure "prepare" step: form or CLI values → endpoint, wire body, field errors and a cost quote.

`values` maps wire field names to what a form or the command line holds (text, numbers or
numeric text, literals, MediaValues). Nothing here reads files or talks to the network; local
files appear in the body as `{"$media": i}` markers, replaced by real URIs at submit time with
`substitute_media`. Values that already carry a URL (https://, runway://, data:) are written
into the body as that URL and need no marker.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from runway_desktop.core.catalogue.pricing import Quote, quote
from runway_desktop.core.catalogue.spec import Catalogue, FieldKind, FieldSpec, ModelSpec
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.requests.keyframes import encode_keyframes
from runway_desktop.core.requests.media_fields import (
    MARKER,
    Encoded,
    MediaCollector,
    encode_media,
    missing_message,
)
from runway_desktop.core.requests.text_rules import mentions
from runway_desktop.core.requests.values import Invalid, convert, is_random_seed, is_unset

# Containers round: a clip cut at 3 s may probe as 2.98 s.
_LENGTH_SLACK = 0.05
# "Only valid when `outputFormat` is `prores` or `hdr_prores`." in a field's help text.
_ONLY_WHEN = re.compile(r"Only valid when `(\w+)` is ((?:`[^`]+`(?:, | or |, or )?)+)")


@dataclass(frozen=True)
class FieldError:
    """A problem with one field (its wire name; "" for the request as a whole), as a sentence."""

    field: str
    message: str


@dataclass(frozen=True)
class BuiltRequest:
    """A request ready to submit (when `ok`), or the reasons it is not; always with a quote."""

    endpoint: str
    model: str
    path: str
    body: dict[str, Any]  # wire JSON; meaningful only when ok
    media: tuple[MediaValue, ...]  # local files, indexed by the body's {"$media": i} markers
    errors: tuple[FieldError, ...]
    warnings: tuple[FieldError, ...]  # worth showing, never blocking
    quote: Quote

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def blocking_reason(self) -> str | None:
        return self.errors[0].message if self.errors else None


class ModelLookupError(ValueError):
    """A model name that does not lead to exactly one catalogue entry; the message says why."""


def build_request(model: ModelSpec, values: Mapping[str, Any]) -> BuiltRequest:
    """Validate `values` against the model's fields and build the wire body and quote."""
    errors = _unknown_keys(model, values)
    warnings: list[FieldError] = []
    body: dict[str, Any] = {"model": model.id}
    collector = MediaCollector()
    infos: dict[str, MediaInfo | None] = {}
    tags: list[str] = []
    for spec in model.fields:
        raw = values.get(spec.name)
        if (spec.kind is FieldKind.SEED and is_random_seed(raw)) or is_unset(spec, raw):
            if spec.required:
                errors.append(FieldError(spec.name, _missing(spec)))
            continue
        if spec.kind is FieldKind.MEDIA:
            encoded = encode_media(spec, raw, collector, model.id)
            encoded.errors.extend(_length_errors(model, spec, raw))
            infos[spec.name] = _first_info(raw)
        elif spec.kind is FieldKind.KEYFRAMES:
            encoded = encode_keyframes(spec, raw, collector, _source_seconds(model, values))
        else:
            try:
                encoded = Encoded(value=convert(spec, raw, model.id))
            except Invalid as problem:
                encoded = Encoded(errors=[str(problem)])
        errors.extend(FieldError(spec.name, m) for m in encoded.errors)
        warnings.extend(FieldError(spec.name, m) for m in encoded.warnings)
        tags.extend(encoded.tags)
        if encoded.value is not None and not encoded.errors:
            body[spec.name] = encoded.value
    errors.extend(_only_valid_when(model, body))
    warnings.extend(_unmatched_mentions(model, body, tags))
    return BuiltRequest(
        endpoint=model.endpoint,
        model=model.id,
        path=f"/v1/{model.endpoint}",
        body=body,
        media=tuple(collector.media),
        errors=tuple(errors),
        warnings=tuple(warnings),
        quote=quote(model, body, infos),
    )


def _missing(spec: FieldSpec) -> str:
    return missing_message(spec) if spec.kind is FieldKind.MEDIA else f"{spec.label} is required."


def _length_errors(model: ModelSpec, spec: FieldSpec, raw: Any) -> list[str]:
    """The catalogue's documented length limits on this field's media (e.g. voice isolation > 4.6 s)."""
    limits = [limit for limit in model.limits_for(spec.name) if limit.media_length]
    items = raw if isinstance(raw, list | tuple) else [raw]
    errors = []
    for item in items:
        info = item.info if isinstance(item, MediaValue) else None
        if info is None or info.duration is None:
            continue
        for limit in limits:
            problem = limit.length_problem(info.duration, _LENGTH_SLACK)
            if problem:
                errors.append(f"{spec.label} {problem} for {model.id} (Runway's documented limit).")
    return errors


def _unknown_keys(model: ModelSpec, values: Mapping[str, Any]) -> list[FieldError]:
    names = [f.name for f in model.fields]
    errors = []
    for key in values:
        if key in names or (key == "model" and values[key] == model.id):
            continue
        close = model.closest_field(str(key))
        hint = f"; did you mean '{close}'?" if close else f". Its fields are: {', '.join(names)}."
        errors.append(FieldError(str(key), f"{model.id} ({model.endpoint}) has no field '{key}'{hint}"))
    return errors


def _first_info(raw: Any) -> MediaInfo | None:
    first = raw[0] if isinstance(raw, list | tuple) and raw else raw
    return first.info if isinstance(first, MediaValue) else None


def _source_seconds(model: ModelSpec, values: Mapping[str, Any]) -> float | None:
    """The length of the model's input video, when known: keyframe times must fall inside it."""
    for spec in model.media_fields:
        if spec.kind is FieldKind.MEDIA and spec.media == ("video",) and not spec.multiple:
            info = _first_info(values.get(spec.name))
            if info is not None and info.duration is not None:
                return info.duration
    return None


def _only_valid_when(model: ModelSpec, body: Mapping[str, Any]) -> list[FieldError]:
    """Fields whose help says they apply only for certain values of another field."""
    errors = []
    for spec in model.fields:
        match = _ONLY_WHEN.search(spec.help)
        if spec.name not in body or not match:
            continue
        other = model.field(match[1])
        allowed = re.findall(r"`([^`]+)`", match[2])
        if other is not None and body.get(other.name) not in allowed:
            errors.append(FieldError(
                spec.name,
                f"{spec.label} applies only when {other.label} is {' or '.join(allowed)}; "
                f"change {other.label} or clear {spec.label}.",
            ))
    return errors


def _unmatched_mentions(model: ModelSpec, body: Mapping[str, Any], tags: Sequence[str]) -> list[FieldError]:
    prompt = body.get("promptText")
    if not isinstance(prompt, str) or not any(f.item == "tagged" for f in model.fields):
        return []
    known = {t.lower() for t in tags}
    return [
        FieldError("promptText", f"Prompt text mentions @{name}, but no reference image is tagged '{name}'.")
        for name in mentions(prompt)
        if name.lower() not in known
    ]


def _is_marker(node: Any) -> bool:
    return (
        isinstance(node, dict) and len(node) == 1 and isinstance(node.get(MARKER), int)
        and not isinstance(node[MARKER], bool)
    )


def media_markers(body: Any) -> list[int]:
    """The media indices a body refers to, in order of first appearance."""
    found: dict[int, None] = {}

    def walk(node: Any) -> None:
        if _is_marker(node):
            found.setdefault(node[MARKER], None)
        elif isinstance(node, dict):
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(body)
    return list(found)


def substitute_media(body: Mapping[str, Any], uris: Mapping[int, str]) -> dict[str, Any]:
    """A copy of `body` with every marker replaced by its URI; a missing URI is a ValueError."""

    def swap(node: Any) -> Any:
        if _is_marker(node):
            index = node[MARKER]
            if index not in uris:
                raise ValueError(f"No URI was given for media {index} of the request.")
            return uris[index]
        if isinstance(node, dict):
            return {key: swap(child) for key, child in node.items()}
        if isinstance(node, list):
            return [swap(child) for child in node]
        return node

    return swap(dict(body))


def _given(raw: Any) -> bool:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return False
    return not (isinstance(raw, list | tuple) and not raw)


def endpoint_for(model_id: str, values: Mapping[str, Any], catalogue: Catalogue) -> str | None:
    """The endpoint that serves `model_id` for these values, or None when unknown or undecidable.

    A model on several endpoints is sent where its required inputs are all given, preferring
    the endpoint that needs the most of them: gen4.5 goes to image_to_video when a prompt image
    is given, to text_to_video otherwise; a model goes to video_to_video when given its video.
    """
    entries = catalogue.named(model_id)
    if len(entries) <= 1:
        return entries[0].endpoint if entries else None
    given = {key for key, raw in values.items() if _given(raw)}
    able = [m for m in entries if all(f.name in given for f in m.media_fields if f.required)]
    fitting = [m for m in able if given <= {f.name for f in m.fields} | {"model"}]
    candidates = fitting or able
    if not candidates:
        return None
    need = {m.endpoint: sum(1 for f in m.media_fields if f.required) for m in candidates}
    most = max(need.values())
    best = [endpoint for endpoint, count in need.items() if count == most]
    return best[0] if len(best) == 1 else None


def resolve_model(catalogue: Catalogue, model_id: str, endpoint: str | None = None) -> ModelSpec:
    """The catalogue entry for a model (on an endpoint); ModelLookupError says what went wrong."""
    entries = catalogue.named(model_id)
    if not entries:
        retired = catalogue.retirement(model_id)
        if retired is not None:
            advice = "" if retired.replacement in retired.note else f" Use {retired.replacement} instead."
            raise ModelLookupError(f"{model_id} has been retired. {retired.note}{advice}")
        close = difflib.get_close_matches(model_id, sorted({m.id for m in catalogue.models}), n=3)
        hint = f" Did you mean {' or '.join(close)}?" if close else ""
        raise ModelLookupError(f"Unknown model '{model_id}'.{hint}")
    served = ", ".join(m.endpoint for m in entries)
    if endpoint is None:
        if len(entries) == 1:
            return entries[0]
        raise ModelLookupError(
            f"{model_id} is served by several endpoints ({served}); choose one, or give the inputs "
            "that decide it (for example an image for image_to_video)."
        )
    if endpoint not in catalogue.endpoints:
        raise ModelLookupError(
            f"Unknown endpoint '{endpoint}'. Endpoints: {', '.join(catalogue.endpoints)}."
        )
    found = catalogue.get(endpoint, model_id)
    if found is None:
        raise ModelLookupError(f"{model_id} is not served by {endpoint}; it is available on {served}.")
    return found


__all__ = [
    "BuiltRequest", "FieldError", "ModelLookupError", "Quote", "build_request", "endpoint_for",
    "media_markers", "resolve_model", "substitute_media",
]
