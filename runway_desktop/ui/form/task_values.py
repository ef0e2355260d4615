"""Turning a past task back into form values ("Use parameters"), from its saved form or its wire body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from runway_desktop.core.catalogue.spec import FieldKind, FieldSpec, ModelSpec
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.requests.media_fields import MARKER

if TYPE_CHECKING:
    from runway_desktop.core.running.tasks import TaskRecord


def fresh(value: MediaValue) -> MediaValue:
    """The same file without its old inspection: it is inspected again when it comes back."""
    return MediaValue(path=value.path, url=value.url, tag=value.tag, position=value.position,
                      subject=value.subject)


def _media(node: Any, media: list[dict[str, Any]], **extra: Any) -> MediaValue | None:
    if isinstance(node, Mapping) and isinstance(node.get(MARKER), int):
        index = node[MARKER]
        if 0 <= index < len(media):
            value = fresh(MediaValue.from_json(media[index]))
            return MediaValue(path=value.path, url=value.url, **extra)
        return None
    if isinstance(node, str):
        return MediaValue(url=node, **extra)
    return None


def _item(node: Any, media: list[dict[str, Any]], spec: FieldSpec) -> MediaValue | None:
    if isinstance(node, Mapping) and MARKER not in node:
        uri = node.get(spec.uri_key, node.get("uri"))
        return _media(uri, media, tag=node.get("tag"), position=node.get("position"),
                      subject=node.get("subject"))
    return _media(node, media)


def _from_body(spec: FieldSpec, raw: Any, media: list[dict[str, Any]]) -> Any:
    if spec.kind is FieldKind.MEDIA:
        nodes = raw if isinstance(raw, list) else [raw]
        items = [v for n in nodes if (v := _item(n, media, spec)) is not None]
        bare = not isinstance(raw, list)  # a single string stands for the first frame
        if spec.item == "positioned" and items and bare and all(v.position is None for v in items):
            items = [MediaValue(path=items[0].path, url=items[0].url, position=spec.positions[0])]
        return items if spec.multiple else (items[0] if items else None)
    if spec.kind is FieldKind.KEYFRAMES and isinstance(raw, list):
        frames = []
        for node in raw:
            if isinstance(node, Mapping):
                key = "at" if node.get("at") is not None else "seconds"
                frames.append({key: node.get(key), "media": _media(node.get("uri"), media)})
        return frames
    return raw


def task_values(model: ModelSpec, task: TaskRecord) -> tuple[dict[str, Any], bool]:
    """The values to put in the form, and whether they are the saved JSON form (True) or from the body."""
    if task.params:
        params = {k: v for k, v in task.params.items() if model.field(k) is not None}
        return _refreshed(model, params), True
    values = {}
    for spec in model.fields:
        if spec.name in task.body:
            values[spec.name] = _from_body(spec, task.body[spec.name], task.media)
    return values, False


def _refreshed(model: ModelSpec, params: dict[str, Any]) -> dict[str, Any]:
    """Saved media entries without their old inspection, so the files are looked at again."""
    out = dict(params)
    for name, data in params.items():
        spec = model.field(name)
        if spec is not None and spec.kind is FieldKind.KEYFRAMES and isinstance(data, list):
            out[name] = [
                {**e, "media": {**e["media"], "info": None} if isinstance(e.get("media"), dict) else None}
                for e in data if isinstance(e, dict)
            ]
            continue
        if spec is None or spec.kind is not FieldKind.MEDIA:
            continue
        entries = data if isinstance(data, list) else [data]
        cleaned = [{**e, "info": None} for e in entries if isinstance(e, dict)]
        out[name] = cleaned if isinstance(data, list) else (cleaned[0] if cleaned else None)
    return out
