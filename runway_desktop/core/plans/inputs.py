"""Listing a built request's inputs as references: local file, earlier output, or URL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runway_desktop.core.catalogue.spec import FieldKind, ModelSpec
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.plans.plan import InputRef
from runway_desktop.core.plans.sources import OutputRef
from runway_desktop.core.requests.build import BuiltRequest


def input_refs(model: ModelSpec, values: Mapping[str, Any], built: BuiltRequest,
               outputs: Mapping[int, OutputRef] | None = None) -> tuple[InputRef, ...]:
    """Every media value of `values` in field order; `outputs` maps id(MediaValue) to an earlier output."""
    index = {value.path or "": i for i, value in enumerate(built.media) if value.path}
    outputs = outputs or {}
    refs = []
    for spec in model.fields:
        if spec.kind not in (FieldKind.MEDIA, FieldKind.KEYFRAMES) or spec.name not in values:
            continue
        raw = values[spec.name]
        items = raw if isinstance(raw, list | tuple) else [raw]
        if spec.kind is FieldKind.KEYFRAMES:
            items = [item.get("media") for item in items if isinstance(item, Mapping)]
        for value in items:
            if isinstance(value, str) and value.strip():
                refs.append(InputRef(spec.name, "url", None, url=value.strip()))
                continue
            if not isinstance(value, MediaValue):
                continue
            output = outputs.get(id(value))
            if output is not None:
                refs.append(InputRef(spec.name, "output", output.kind, index.get(value.path or ""),
                                     producer=output.producer, output=output.index, tag=value.tag))
            elif value.path:
                refs.append(InputRef(spec.name, "file", value.kind, index.get(value.path), path=value.path,
                                     tag=value.tag))
            else:
                refs.append(InputRef(spec.name, "url", value.kind, url=value.url, tag=value.tag))
    return tuple(refs)
