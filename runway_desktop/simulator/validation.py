"""Request validation from the catalogue: strict (every field, literal and limit) or lenient (shape only)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from runway_desktop.core.catalogue.spec import Catalogue, FieldKind, FieldSpec, MediaEncoding, ModelSpec

from .issues import Issue
from .issues import Path as IssuePath
from .media_refs import MediaRef, ResolvedMedia
from .schema import check, describe, json_type, same_literal, show

_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# Containers round: a clip cut at 3 s may probe as 2.98 s.
_DURATION_SLACK = 0.05
_MEDIA_NOUN = {"image": "the image", "video": "the video", "audio": "the audio"}


@dataclass
class Checked:
    """The outcome of the synchronous checks: issues, the model, and the media references to resolve."""

    issues: list[Issue] = field(default_factory=list)
    model: ModelSpec | None = None
    refs: list[MediaRef] = field(default_factory=list)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _model_issue(catalogue: Catalogue, endpoint: str, model_id: Any) -> Issue:
    path = catalogue.endpoints[endpoint].path
    accepted = ", ".join(m.id for m in catalogue.for_endpoint(endpoint))
    if model_id is None:
        return Issue("invalid_type", ("model",), f"required; {path} accepts: {accepted}")
    if not isinstance(model_id, str):
        return Issue("invalid_type", ("model",), f"expected a string, received {json_type(model_id)}")
    retired = catalogue.retirement(model_id)
    if retired is not None and endpoint in retired.endpoints:
        return Issue(
            "invalid_union_discriminator",
            ("model",),
            f"'{model_id}' has been retired; use '{retired.replacement}' instead. {retired.note} "
            f"{path} accepts: {accepted}",
        )
    elsewhere = [catalogue.endpoints[m.endpoint].path for m in catalogue.named(model_id)]
    hint = f" '{model_id}' is served by {', '.join(elsewhere)}." if elsewhere else ""
    return Issue(
        "invalid_union_discriminator",
        ("model",),
        f"'{model_id}' is not a model of {path}.{hint} {path} accepts: {accepted}",
    )


def validate_request(catalogue: Catalogue, endpoint: str, body: Any, *, lenient: bool) -> Checked:
    """Check a create body for `endpoint`; lenient mode checks its wire shape but no semantics."""
    if not isinstance(body, dict):
        return Checked(
            [Issue("invalid_type", (), f"request body must be a JSON object, received {json_type(body)}")]
        )
    model = catalogue.get(endpoint, body["model"]) if isinstance(body.get("model"), str) else None
    if model is None:
        return Checked([_model_issue(catalogue, endpoint, body.get("model"))])
    checked = Checked(model=model)
    path = catalogue.endpoints[endpoint].path
    known = {f.name for f in model.fields}
    for key in body:
        if key != "model" and key not in known:
            checked.issues.append(_unknown_field(catalogue, model, path, key))
    for spec in model.fields:
        if spec.name not in body:
            if spec.required:
                checked.issues.append(_missing(catalogue, model, spec))
            continue
        value = body[spec.name]
        problems = check(value, spec.wire, (spec.name,), literals=not lenient)
        if not problems:
            if lenient:
                checked.refs.extend(_lenient_refs(spec, value))
            else:
                problems = _semantic(spec, value, checked.refs)
        checked.issues.extend(problems)
    return checked


def _unknown_field(catalogue: Catalogue, model: ModelSpec, path: str, key: str) -> Issue:
    closest = model.closest_field(key)
    hint = f"; did you mean '{closest}'?" if closest else "."
    # The same model may take the field on another endpoint (gen4.5's promptImage on image_to_video).
    elsewhere = [
        catalogue.endpoints[m.endpoint].path
        for m in catalogue.named(model.id)
        if m.endpoint != model.endpoint and m.field(key) is not None
    ]
    if elsewhere:
        hint = f"; {model.id} takes it on {' and '.join(elsewhere)}."
    return Issue(
        "unrecognized_keys",
        (key,),
        f"unknown field for {model.id} on {path}{hint} Accepted fields: model, "
        f"{', '.join(f.name for f in model.fields)}",
    )


def _missing(catalogue: Catalogue, model: ModelSpec, spec: FieldSpec) -> Issue:
    message = f"required (expected {describe(spec.wire)})"
    if model.endpoint == "image_to_video" and spec.name == "promptImage":
        # A video from text alone has its own endpoint; say where it is and who serves it there.
        text_models = [m.id for m in catalogue.for_endpoint("text_to_video")]
        if model.id in text_models:
            message += (
                f". For a video from text alone, send the request to /v1/text_to_video, "
                f"which also serves {model.id}"
            )
        else:
            message += (
                f". {model.id} animates an image; for a video from text alone use /v1/text_to_video "
                f"with one of: {', '.join(text_models[:6])}"
            )
    return Issue("invalid_type", (spec.name,), message)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _range_issue(spec: FieldSpec, value: Any, path: IssuePath) -> Issue | None:
    if any(same_literal(value, literal) for literal in spec.also):
        return None
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            bounds = f"between {_number(low)} and {_number(high)}"
        elif low is not None:
            bounds = f"at least {_number(low)}"
        else:
            bounds = f"at most {_number(high or 0)}"
        code = "too_small" if low is not None and value < low else "too_big"
        return Issue(code, path, f"must be {bounds}, got {show(value)}")
    return None


def _semantic(spec: FieldSpec, value: Any, refs: list[MediaRef]) -> list[Issue]:
    """The rules the JSON shape cannot express: lengths, ranges, tags, positions and media references."""
    path: IssuePath = (spec.name,)
    if spec.kind is FieldKind.PROMPT:
        if not value.strip():
            return [Issue("too_small", path, "must be a non-empty string")]
        length = utf16_length(value)
        if spec.max_length is not None and length > spec.max_length:
            return [
                Issue(
                    "too_big",
                    path,
                    f"is {length} characters long (UTF-16 code units); the limit is {spec.max_length}",
                )
            ]
        return []
    if spec.kind in (FieldKind.INTEGER, FieldKind.NUMBER, FieldKind.SEED):
        issue = _range_issue(spec, value, path)
        return [issue] if issue else []
    if spec.kind is FieldKind.MEDIA:
        return _media(spec, value, refs)
    if spec.kind is FieldKind.KEYFRAMES:
        return _keyframes(spec, value, refs)
    return []


def _count_issue(spec: FieldSpec, items: list[Any]) -> Issue | None:
    count = len(items)
    if spec.min_items is not None and count < spec.min_items:
        return Issue("too_small", (spec.name,), f"needs at least {spec.min_items} item(s), got {count}")
    if spec.max_items is not None and count > spec.max_items:
        return Issue("too_big", (spec.name,), f"takes at most {spec.max_items} item(s), got {count}")
    return None


def _media(spec: FieldSpec, value: Any, refs: list[MediaRef]) -> list[Issue]:
    name = spec.name
    if spec.encoding is MediaEncoding.URI or isinstance(value, str):
        refs.append(MediaRef((name,), value, spec.media))
        return []
    if spec.encoding is MediaEncoding.TYPED:
        refs.append(
            MediaRef((name, spec.uri_key), value[spec.uri_key], (value.get("type") or spec.media[0],))
        )
        return []
    issues: list[Issue] = []
    count = _count_issue(spec, value)
    if count:
        issues.append(count)
    positions: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            refs.append(MediaRef((name, index), item, spec.media))
            continue
        uri_key = spec.uri_key if spec.uri_key in item else "uri"
        kinds = (item["type"],) if item.get("type") in spec.media else spec.media
        refs.append(MediaRef((name, index, uri_key), item.get(uri_key, ""), kinds))
        tag = item.get("tag")
        if isinstance(tag, str) and not (3 <= len(tag) <= 16 and _TAG.match(tag)):
            issues.append(
                Issue(
                    "invalid_string",
                    (name, index, "tag"),
                    f"tag {show(tag)} must be 3-16 characters, start with a letter, and use only letters, "
                    "digits and underscores",
                )
            )
        if isinstance(item.get("position"), str):
            positions.append(item["position"])
    for position in set(positions):
        if positions.count(position) > 1:
            issues.append(Issue("custom", (name,), f"the '{position}' frame is given more than once"))
    if "last" in positions and "first" not in positions:
        issues.append(
            Issue(
                "custom",
                (name,),
                "a 'last' frame needs a 'first' frame too: a last frame alone is not supported",
            )
        )
    return issues


def _keyframes(spec: FieldSpec, value: list[dict[str, Any]], refs: list[MediaRef]) -> list[Issue]:
    issues: list[Issue] = []
    count = _count_issue(spec, value)
    if count:
        issues.append(count)
    with_range = [("range" in item) for item in value]
    if any(with_range) and not all(with_range):
        issues.append(Issue("custom", (spec.name,), "either every keyframe sets a range or none does"))
    for index, item in enumerate(value):
        path: IssuePath = (spec.name, index)
        refs.append(MediaRef((*path, "uri"), item["uri"], spec.media or ("image",)))
        if "at" in item and not 0 <= item["at"] <= 1:
            issues.append(
                Issue("too_big", (*path, "at"), f"must be a fraction from 0 to 1, got {show(item['at'])}")
            )
        if "seconds" in item and item["seconds"] < 0:
            issues.append(
                Issue("too_small", (*path, "seconds"), f"must be 0 or more, got {show(item['seconds'])}")
            )
        window = item.get("range")
        if window:
            start, end = window["start_seconds"], window["end_seconds"]
            if start < 0 or end <= start:
                issues.append(
                    Issue(
                        "custom",
                        (*path, "range"),
                        f"start_seconds must be ≥ 0 and below end_seconds, got {start}–{end}",
                    )
                )
            elif "seconds" in item and not start <= item["seconds"] < end:
                issues.append(
                    Issue("custom", (*path, "seconds"), f"must fall within the range {start}–{end} s")
                )
    return issues


def _lenient_refs(spec: FieldSpec, value: Any) -> list[MediaRef]:
    """The media references of a well-shaped lenient field (their tags and positions are not checked)."""
    scratch: list[MediaRef] = []
    try:
        if spec.kind is FieldKind.KEYFRAMES:
            _keyframes(spec, value, scratch)
        elif spec.kind is FieldKind.MEDIA:
            _media(spec, value, scratch)
    except (KeyError, TypeError):
        pass  # a shape the semantic checks do not expect: its media are simply not used
    return [ref for ref in scratch if isinstance(ref.uri, str)]


def check_resolved(model: ModelSpec, body: dict[str, Any], media: list[ResolvedMedia]) -> list[Issue]:
    """The catalogue's documented limits that need the content itself: media lengths, keyframe times."""
    issues: list[Issue] = []
    lengths: dict[str, float] = {}
    for item in media:
        duration = getattr(item.info, "duration", None)
        if not item.ref.path or duration is None:
            continue
        name = str(item.ref.path[0])
        lengths.setdefault(name, float(duration))
        for limit in model.limits_for(name):
            problem = limit.length_problem(float(duration), _DURATION_SLACK) if limit.media_length else None
            if problem:
                noun = _MEDIA_NOUN.get(getattr(item.info, "kind", ""), "the input")
                issues.append(Issue("custom", item.ref.path, f"{noun} {problem} for {model.id}"))
    for limit in model.limits:
        if limit.within is not None and limit.within in lengths:
            keyframes = body.get(limit.field)
            issues.extend(_keyframes_within(limit.field, keyframes, limit.within, lengths[limit.within]))
    return issues


def _keyframes_within(name: str, keyframes: Any, source: str, seconds: float) -> list[Issue]:
    """Keyframe times (and edit windows) inside the input video's length."""
    issues: list[Issue] = []
    if not isinstance(keyframes, list):
        return issues
    length = f"{seconds:.1f} s"
    for index, item in enumerate(keyframes):
        if not isinstance(item, dict):
            continue
        at = item.get("seconds")
        if isinstance(at, int | float) and at > seconds + _DURATION_SLACK:
            issues.append(
                Issue(
                    "too_big",
                    (name, index, "seconds"),
                    f"is {_number(at)} s, but the input video ({source}) lasts {length}; "
                    "keyframe times must lie within it",
                )
            )
        window = item.get("range")
        end = window.get("end_seconds") if isinstance(window, dict) else None
        if isinstance(end, int | float) and end > seconds + 1:
            issues.append(
                Issue(
                    "too_big",
                    (name, index, "range", "end_seconds"),
                    f"is {_number(end)} s, but the input video ({source}) lasts {length}",
                )
            )
    return issues
