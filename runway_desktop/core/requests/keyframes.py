"""Keyframes (timed guidance images): checking their times and ranges and writing them to the body.

A form or the CLI gives each keyframe as a mapping: `seconds` (from the start of the input
video) or `at` (a fraction 0–1 of its length), `media` (the image) and optionally `range`
(`start_seconds`, `end_seconds`: the edit window). The wire item is {seconds|at, uri, range?}.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.core.requests.media_fields import (
    Encoded,
    MediaCollector,
    as_items,
    count_problem,
    item_problems,
)
from runway_desktop.core.requests.text_rules import plain_number
from runway_desktop.core.requests.values import parse_number

_KEYS = frozenset({"seconds", "at", "media", "range"})


def encode_keyframes(
    field: FieldSpec, raw: Any, collector: MediaCollector, source_seconds: float | None
) -> Encoded:
    """The wire list of keyframes, checked against each other and the input video's length if known."""
    out = Encoded()
    keyframes = [raw] if isinstance(raw, Mapping) else raw
    if not isinstance(keyframes, list | tuple):
        out.errors.append(f"{field.label} must be a list of keyframes, each with a time and an image.")
        return out
    problem = count_problem(field, len(keyframes))
    if problem:
        out.errors.append(problem)
        return out
    wire = []
    ranged = []
    for number, keyframe in enumerate(keyframes, 1):
        entry = _keyframe(field, f"Keyframe {number}", keyframe, collector, source_seconds, out.errors)
        if entry is not None:
            wire.append(entry)
            ranged.append("range" in entry)
    if any(ranged) and not all(ranged):
        out.errors.append(f"{field.label}: either every keyframe has a range or none does.")
    out.value = wire if not out.errors else None
    return out


def _keyframe(
    field: FieldSpec, name: str, keyframe: Any, collector: MediaCollector,
    source_seconds: float | None, errors: list[str],
) -> dict[str, Any] | None:
    if not isinstance(keyframe, Mapping):
        errors.append(f"{name} must have a time (seconds or at) and an image.")
        return None
    unknown = sorted(str(k) for k in keyframe if k not in _KEYS)
    if unknown:
        errors.append(f"{name} has unknown keys {', '.join(repr(k) for k in unknown)}; "
                      "use seconds or at, media and range.")
        return None
    count = len(errors)
    time_key, time = _time(name, keyframe, source_seconds, errors)
    uri = _image(field, name, keyframe.get("media"), collector, errors)
    window = _range(name, keyframe.get("range"), time_key, time, source_seconds, errors)
    if len(errors) > count:
        return None
    entry: dict[str, Any] = {time_key: time, "uri": uri}
    if window is not None:
        entry["range"] = window
    return entry


def _time(
    name: str, keyframe: Mapping[str, Any], source_seconds: float | None, errors: list[str]
) -> tuple[str, Any]:
    has_seconds = keyframe.get("seconds") is not None
    has_at = keyframe.get("at") is not None
    if has_seconds == has_at:
        which = "has both seconds and at; give one" if has_seconds else (
            "needs a time: seconds from the start, or at (a fraction from 0 to 1)"
        )
        errors.append(f"{name} {which}.")
        return "seconds", None
    if has_at:
        at = parse_number(keyframe["at"])
        if at is None or not 0 <= at <= 1:
            errors.append(f"{name}: at must be a fraction from 0 to 1.")
        return "at", at
    seconds = parse_number(keyframe["seconds"])
    if seconds is None or seconds < 0:
        errors.append(f"{name}: seconds must be a number of at least 0.")
    elif source_seconds is not None and seconds > source_seconds:
        errors.append(f"{name} is at {plain_number(seconds)} s, but the input video is "
                      f"{plain_number(source_seconds)} s long.")
    return "seconds", seconds


def _image(
    field: FieldSpec, name: str, media: Any, collector: MediaCollector, errors: list[str]
) -> Any:
    items = as_items(media) if media is not None else None
    if not items or len(items) != 1:
        errors.append(f"{name} needs one image.")
        return None
    problems = item_problems(field, items[0])
    errors.extend(problems)
    return None if problems else collector.ref(items[0])


def _range(
    name: str, window: Any, time_key: str, time: Any, source_seconds: float | None, errors: list[str]
) -> dict[str, int] | None:
    if window is None:
        return None
    start = parse_number(window.get("start_seconds")) if isinstance(window, Mapping) else None
    end = parse_number(window.get("end_seconds")) if isinstance(window, Mapping) else None
    if start is None or end is None or not float(start).is_integer() or not float(end).is_integer() \
            or start < 0 or end <= start:
        errors.append(
            f"{name}: range needs whole-second start_seconds and end_seconds, with start before end."
        )
        return None
    start, end = int(start), int(end)
    moment = time
    if time_key == "at" and time is not None:
        moment = time * source_seconds if source_seconds is not None else None
    if moment is not None and not start <= moment < end:
        errors.append(f"{name} is at {plain_number(moment)} s, outside its range {start}–{end} s; "
                      "a keyframe must fall within its range.")
    if source_seconds is not None and end > math.ceil(source_seconds):
        errors.append(f"{name}: its range ends at {end} s, after the end of the input video "
                      f"({plain_number(source_seconds)} s).")
    return {"start_seconds": start, "end_seconds": end}
