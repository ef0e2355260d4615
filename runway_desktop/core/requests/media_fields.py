"""Writing media slots into a request body, with markers where local files go.

A local file's URI is known only at submit time (a data URI or an ephemeral upload), so the
body holds `{"$media": i}` where the URI belongs, `i` indexing the request's media list. A
value that already has a URL (https://, runway:// or data:) is written as that URL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec, MediaEncoding
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.requests.text_rules import plain_number, tag_problem

MARKER = "$media"
URL_LIMIT = 2048

_NOUNS = {
    "image": ("an image", "image"), "video": ("a video", "video"), "audio": ("an audio file", "audio file"),
}
_EXTENSIONS = {
    "image": (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic"),
    "video": (".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi"),
    "audio": (".mp3", ".wav", ".m4a", ".aac", ".flac", ".ogg", ".opus"),
}
# Help texts that forbid a last frame on its own, e.g. "A last frame requires a first frame".
_LAST_NEEDS_FIRST = re.compile(
    r"only a last frame|last frame requires a first|first frame and optional|first and optionally last", re.I
)
_NO_MIXING = re.compile(r"cannot be mixed", re.I)


class MediaCollector:
    """Hands out one marker per distinct local file, in the order the body mentions them."""

    def __init__(self) -> None:
        self.media: list[MediaValue] = []
        self._by_path: dict[str, int] = {}

    def ref(self, value: MediaValue) -> Any:
        if value.url:
            return value.url
        assert value.path is not None
        if value.path not in self._by_path:
            self._by_path[value.path] = len(self.media)
            self.media.append(value)
        return {MARKER: self._by_path[value.path]}


@dataclass
class Encoded:
    """A slot's wire value (None: nothing to send) and what is wrong or ignored in it."""

    value: Any = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def kind_of(value: MediaValue) -> str | None:
    """The media kind from inspection, else from a data URI's type or a URL's extension."""
    if value.kind:
        return value.kind
    url = (value.url or "").lower()
    if url.startswith("data:"):
        return url[5:].split("/", 1)[0] or None
    path = url.split("?", 1)[0].split("#", 1)[0]
    return next((kind for kind, exts in _EXTENSIONS.items() if path.endswith(exts)), None)


def shown(value: MediaValue) -> str:
    """A media value's name for a message: a file name, or a URL cut short (data URIs run to megabytes)."""
    name = value.display_name
    if name.startswith("data:"):
        return name.split(",", 1)[0] + ",…"
    return name if len(name) <= 80 else name[:77] + "…"


def wanted(field: FieldSpec) -> str:
    """"an image", "an image or a video": what a slot takes, for sentences."""
    return " or ".join(_NOUNS.get(k, (f"a {k}",))[0] for k in field.media) or "a file"


def noun(field: FieldSpec) -> str:
    """"image", "audio file", "keyframe": one item of a slot."""
    if field.kind is FieldKind.KEYFRAMES:
        return "keyframe"
    if len(field.media) != 1:
        return "file"
    return _NOUNS.get(field.media[0], ("", "file"))[1]


def counted(count: int, field: FieldSpec) -> str:
    """"1 image", "3 images", "2 keyframes"."""
    return f"{plain_number(count)} {noun(field)}{'' if count == 1 else 's'}"


def missing_message(field: FieldSpec) -> str:
    """What to say when a required slot is empty."""
    if field.min_items and (field.min_items > 1 or field.max_items is not None):
        return count_problem(field, 0) or f"{field.label} needs {wanted(field)}."
    return f"{field.label} needs {wanted(field)}."


def count_problem(field: FieldSpec, count: int) -> str | None:
    low, high = field.min_items, field.max_items
    if (low is None or count >= low) and (high is None or count <= high):
        return None
    if low is not None and high is not None:
        wanted_text = f"needs {plain_number(low)} to {counted(high, field)}"
    elif low is not None:
        wanted_text = f"needs at least {counted(low, field)}"
    else:
        wanted_text = f"takes at most {counted(high or 0, field)}"
    return f"{field.label} {wanted_text}; {plain_number(count)} given."


def as_items(raw: Any) -> list[MediaValue] | None:
    """MediaValues from one value, a URL string, or a list of them; None when it is none of these."""
    values = list(raw) if isinstance(raw, list | tuple) else [raw]
    items = []
    for value in values:
        if isinstance(value, str) and value.strip():
            value = MediaValue(url=value.strip())
        if not isinstance(value, MediaValue):
            return None
        items.append(value)
    return items


def item_problems(field: FieldSpec, value: MediaValue) -> list[str]:
    """Problems with one file or URL on its own: its source, and its kind against the slot."""
    name = shown(value)
    if not value.url and not value.path:
        return [f"{field.label} has an entry with no file or URL."]
    problems = []
    if value.url:
        url = value.url
        if url.startswith("http://"):
            problems.append(f"{field.label}: '{name}' must be an https:// URL; Runway fetches only HTTPS.")
        elif not url.startswith(("https://", "runway://", "data:")):
            problems.append(f"{field.label}: '{name}' is not a file, an https:// URL or a runway:// URI.")
        elif url.startswith("https://") and len(url) > URL_LIMIT:
            problems.append(
                f"{field.label}: the URL is {len(url):,} characters; Runway accepts at most {URL_LIMIT:,}."
            )
    kind = kind_of(value)
    if kind and field.media and kind not in field.media:
        problems.append(f"{field.label} needs {wanted(field)}; '{name}' is {_NOUNS.get(kind, (kind,))[0]}.")
    return problems


def encode_media(field: FieldSpec, raw: Any, collector: MediaCollector, model_id: str) -> Encoded:
    """The wire value of a media slot per its encoding, or the reasons it cannot be sent."""
    out = Encoded()
    items = as_items(raw)
    if items is None:
        out.errors.append(f"{field.label} needs {wanted(field)} (a file or an https:// URL).")
        return out
    for value in items:
        out.errors.extend(item_problems(field, value))
        out.warnings.extend(_ignored(field, value, model_id))
    if out.errors:
        return out
    if field.encoding is not MediaEncoding.LIST:
        if len(items) > 1:
            out.errors.append(f"{field.label} takes one {noun(field)}; {len(items)} given.")
            return out
        out.value = _single(field, items[0], collector, out)
        return out
    problem = count_problem(field, len(items))
    if problem:
        out.errors.append(problem)
        return out
    match field.item:
        case "uri":
            out.value = [collector.ref(v) for v in items]
        case "object":
            out.value = [{"uri": collector.ref(v)} for v in items]
        case "typed":
            out.value = [{"type": field.type_value or kind_of(v) or field.media[0], "uri": collector.ref(v)}
                         for v in items]
        case "tagged":
            out.value = _tagged(field, items, collector, out)
        case "positioned":
            out.value = _positioned(field, items, collector, out)
        case _:
            out.errors.append(f"{field.label} has an item form ({field.item}) this app cannot write.")
    return out


def _single(field: FieldSpec, value: MediaValue, collector: MediaCollector, out: Encoded) -> Any:
    if field.encoding is MediaEncoding.URI:
        return collector.ref(value)
    kind = field.type_value or kind_of(value) or (field.media[0] if len(field.media) == 1 else None)
    if kind is None:
        remedy = "it has not been inspected yet" if value.path else "choose a file so it can be inspected"
        name = shown(value)
        out.errors.append(f"{field.label}: cannot tell whether '{name}' is {wanted(field)}; {remedy}.")
        return None
    return {"type": kind, field.uri_key: collector.ref(value)}


def _ignored(field: FieldSpec, value: MediaValue, model_id: str) -> list[str]:
    name = shown(value)
    notes = []
    if value.tag and field.item != "tagged":
        notes.append(f"{field.label}: {model_id} does not use tags here; the tag on '{name}' is ignored.")
    if value.position and field.item != "positioned":
        notes.append(f"{field.label}: {model_id} does not use positions here; the position of '{name}' "
                     "is ignored.")
    if value.subject and not field.subjects:
        notes.append(f"{field.label}: {model_id} does not use subjects here; the subject of '{name}' "
                     "is ignored.")
    return notes


def _subject(field: FieldSpec, value: MediaValue, out: Encoded) -> str | None:
    if not value.subject or not field.subjects:
        return None
    if value.subject not in field.subjects:
        out.errors.append(
            f"{field.label}: the subject of '{shown(value)}' must be {' or '.join(field.subjects)}."
        )
        return None
    return value.subject


def _tagged(field: FieldSpec, items: Sequence[MediaValue], collector: MediaCollector, out: Encoded) -> list:
    wire = []
    seen: dict[str, str] = {}
    for value in items:
        entry: dict[str, Any] = {"uri": collector.ref(value)}
        tag = (value.tag or "").strip().removeprefix("@")
        if tag:
            problem = tag_problem(tag)
            if problem:
                out.errors.append(problem)
            elif tag.lower() in seen:
                out.errors.append(
                    f"Tag '{tag}' is used by more than one reference image; each tag must be unique."
                )
            else:
                seen[tag.lower()] = tag
                out.tags.append(tag)
            entry["tag"] = tag
        subject = _subject(field, value, out)
        if subject:
            entry["subject"] = subject
        wire.append(entry)
    return wire


def _positioned(
    field: FieldSpec, items: Sequence[MediaValue], collector: MediaCollector, out: Encoded
) -> Any:
    positions: list[str | None] = [v.position or None for v in items]
    for value, position in zip(items, positions, strict=True):
        if position is not None and position not in field.positions:
            out.errors.append(
                f"{field.label} position must be {' or '.join(field.positions)}; "
                f"'{shown(value)}' is set to '{position}'."
            )
    if out.errors:
        return None
    if field.position_required:
        if len(items) > len(field.positions):
            frames = " and ".join(field.positions)
            out.errors.append(
                f"{field.label} takes at most {counted(len(field.positions), field)} ({frames} frame"
                f"{'s' if len(field.positions) > 1 else ''}); {len(items)} given."
            )
            return None
        free = [p for p in field.positions if p not in positions]
        positions = [p if p is not None else free.pop(0) for p in positions]
    used = [p for p in positions if p is not None]
    for position in dict.fromkeys(used):
        if used.count(position) > 1:
            out.errors.append(f"{field.label} has {used.count(position)} {position} frames; use one.")
    if "last" in used and "first" not in used and _LAST_NEEDS_FIRST.search(field.help):
        out.errors.append(
            f"{field.label} has a last frame but no first frame; a last frame requires a first frame."
        )
    if used and len(used) < len(positions) and _NO_MIXING.search(field.help):
        out.errors.append(
            f"{field.label} mixes frames (first/last) with reference images (no position); "
            "use one or the other."
        )
    if out.errors:
        return None
    only = positions[0] if len(items) == 1 else "several"
    if field.single_string_ok and (only == "first" or (only is None and field.required)):
        return collector.ref(items[0])
    wire = []
    for value, position in zip(items, positions, strict=True):
        entry: dict[str, Any] = {"uri": collector.ref(value)}
        if position is not None:
            entry["position"] = position
        wire.append(entry)
    return wire
