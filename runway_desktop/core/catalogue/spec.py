"""The model catalogue: every model of every endpoint in scope, read from resources/catalogue.json.

One source of truth for the forms, request building and the simulator. The file is generated
from the runwayml SDK's request types by tools/generate_catalogue.py, with descriptions, prices,
retirement notes and documented limits the SDK types omit (`limits`, each with its source)
written by hand. Number and list limits are merged into the fields they constrain, so every
reader of `FieldSpec.minimum`/`maximum`/`min_items` enforces them.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from runway_desktop.core.catalogue.limits import Limit

TABS = ("video", "image", "audio")


class FieldKind(enum.Enum):
    """The closed set of field kinds; one form builder and one validator serve them all."""

    PROMPT = "prompt"  # the main prompt, limited in UTF-16 code units
    TEXT = "text"  # any other free text (negative prompt, colour, ids)
    ENUM = "enum"  # one of a list of literals
    RATIO = "ratio"  # output size as "W:H" pixels (or an aspect name)
    INTEGER = "integer"  # whole number, optionally in a range, optionally also a literal like "auto"
    NUMBER = "number"  # real number, optionally in a range
    BOOLEAN = "boolean"
    SEED = "seed"  # integer 0–4294967295, random when omitted
    MEDIA = "media"  # image / video / audio input, single or a list
    VOICE = "voice"  # a Runway preset voice
    LANGUAGE = "language"  # a language code
    MODERATION = "moderation"  # contentModeration.publicFigureThreshold
    KEYFRAMES = "keyframes"  # timed guidance images (aleph2)
    JSON = "json"  # advanced settings passed through as JSON


class MediaEncoding(enum.Enum):
    """How the files of a media slot are written into the request body."""

    URI = "uri"  # "field": "<uri>"
    TYPED = "typed"  # "field": {"type": "<kind>", "<uri_key>": "<uri>"}
    LIST = "list"  # "field": [item, ...] with items described by `item`


@dataclass(frozen=True)
class FieldSpec:
    """One request field of one model."""

    name: str
    kind: FieldKind
    required: bool
    help: str = ""
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    default: Any = None
    also: tuple[Any, ...] = ()  # literals accepted besides numbers (e.g. duration "auto")
    open: bool = False  # choices are suggestions; other values are accepted
    media: tuple[str, ...] = ()  # accepted media kinds for MEDIA / KEYFRAMES
    encoding: MediaEncoding | None = None
    item: str | None = None  # LIST item form: uri | tagged | positioned | typed | object
    positions: tuple[str, ...] = ()
    position_required: bool = False
    single_string_ok: bool = False  # a LIST slot that also accepts one bare URI string
    type_value: str | None = None  # the fixed "type" of TYPED items (e.g. "reference-audio")
    uri_key: str = "uri"
    subjects: tuple[str, ...] = ()
    min_items: int | None = None
    max_items: int | None = None
    wire: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def multiple(self) -> bool:
        return self.encoding is MediaEncoding.LIST or self.kind is FieldKind.KEYFRAMES

    @property
    def label(self) -> str:
        """A readable label: a hand-picked one for common wire names, else promptText → "Prompt text"."""
        if self.name in _LABELS:
            return _LABELS[self.name]
        words = []
        current = ""
        for char in self.name:
            if char.isupper() and current:
                words.append(current)
                current = char.lower()
            else:
                current += char
        words.append(current)
        text = " ".join(words)
        return text[:1].upper() + text[1:]


_LABELS = {
    "promptText": "Prompt",
    "promptImage": "Prompt image",
    "promptVideo": "Source video",
    "videoUri": "Video",
    "audioUri": "Audio",
    "imageUri": "Image",
    "maskUri": "Mask image",
    "targetLang": "Target language",
    "languageCode": "Language",
    "proresProfile": "ProRes profile",
    "outputFormat": "Output format",
    "referenceImages": "Reference images",
    "references": "Reference images",
    "referenceVideos": "Reference videos",
    "referenceAudio": "Reference audio",
    "referenceAudios": "Reference audio",
    "negativePrompt": "Negative prompt",
    "targetAspectRatio": "Target aspect ratio",
    "targetFramerate": "Target frame rate",
    "cfgScale": "Prompt adherence (CFG)",
    "numSpeakers": "Number of speakers",
    "outputCount": "Number of outputs",
    "fpsBoost": "FPS boost",
    "draftTaskId": "Draft task ID",
    "media": "Speech (audio or video)",
    "character": "Character",
    "reference": "Performance video",
    "voice": "Voice",
}


@dataclass(frozen=True)
class Surcharge:
    """Extra credits per unit when a field has a value (Veo's audio); `default` is its value when omitted."""

    field: str
    value: Any
    credits: float
    default: Any = None
    label: str = ""

    def applies(self, body: Any) -> bool:
        """True when the request (a mapping of wire values) selects the surcharged option."""
        value = body.get(self.field, self.default) if hasattr(body, "get") else self.default
        if value is None:
            value = self.default
        return isinstance(value, type(self.value)) and value == self.value


@dataclass(frozen=True)
class PriceSpec:
    """Credits per unit, where Runway publishes it. 1 credit = US$0.01."""

    unit: str  # output_second | input_second | image | characters | unknown
    credits: float | None = None
    per: float = 1
    default_units: float | None = None
    input: str | None = None  # for input_second: the media field whose duration is billed
    tiers: tuple[tuple[int | None, float], ...] = ()  # (max_pixels or None, credits) for images
    surcharges: tuple[Surcharge, ...] = ()
    source: str = ""

    @property
    def known(self) -> bool:
        return self.unit != "unknown"


@dataclass(frozen=True)
class ModelSpec:
    """One model as served by one endpoint (gen4.5 on text_to_video and on image_to_video are two)."""

    id: str
    endpoint: str
    tab: str
    description: str
    price: PriceSpec
    typical_seconds: float
    seed_model: bool
    fields: tuple[FieldSpec, ...]
    limits: tuple[Limit, ...] = ()
    # Names a client may send for a field under another name (gen4_aleph's `references` are
    # aleph2's `keyframes`): an unknown field is answered with the field it most likely meant.
    field_hints: tuple[tuple[str, str], ...] = ()

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    def limits_for(self, name: str) -> tuple[Limit, ...]:
        return tuple(limit for limit in self.limits if limit.field == name)

    def closest_field(self, name: str) -> str | None:
        """The accepted field an unknown `name` most likely means, or None when none is close."""
        hinted = dict(self.field_hints).get(name)
        if hinted is not None:
            return hinted
        names = [f.name for f in self.fields]
        folded = {n.lower(): n for n in names}
        if name.lower() in folded:
            return folded[name.lower()]
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        return close[0] if close else None

    @property
    def key(self) -> tuple[str, str]:
        return (self.endpoint, self.id)

    @property
    def media_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.kind in (FieldKind.MEDIA, FieldKind.KEYFRAMES))

    @property
    def required_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.required)


@dataclass(frozen=True)
class EndpointSpec:
    name: str
    path: str
    tab: str
    title: str
    output: str  # video | image | audio


@dataclass(frozen=True)
class RetiredModel:
    id: str
    endpoints: tuple[str, ...]
    replacement: str
    note: str


@dataclass(frozen=True)
class Catalogue:
    sdk_version: str
    api_version: str
    endpoints: dict[str, EndpointSpec]
    models: tuple[ModelSpec, ...]
    retired: tuple[RetiredModel, ...]

    def get(self, endpoint: str, model_id: str) -> ModelSpec | None:
        return self._index.get((endpoint, model_id))

    def for_endpoint(self, endpoint: str) -> tuple[ModelSpec, ...]:
        return tuple(m for m in self.models if m.endpoint == endpoint)

    def for_tab(self, tab: str) -> tuple[ModelSpec, ...]:
        return tuple(m for m in self.models if m.tab == tab)

    def named(self, model_id: str) -> tuple[ModelSpec, ...]:
        """Every endpoint's entry for one model name."""
        return tuple(m for m in self.models if m.id == model_id)

    def retirement(self, model_id: str) -> RetiredModel | None:
        return next((r for r in self.retired if r.id == model_id), None)

    @functools.cached_property
    def _index(self) -> dict[tuple[str, str], ModelSpec]:
        return {m.key: m for m in self.models}


def _field(raw: dict[str, Any]) -> FieldSpec:
    encoding = raw.get("encoding")
    return FieldSpec(
        name=raw["name"],
        kind=FieldKind(raw["kind"]),
        required=raw["required"],
        help=raw.get("help", ""),
        choices=tuple(raw.get("choices", ())),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        max_length=raw.get("max_length"),
        default=raw.get("default"),
        also=tuple(raw.get("also", ())),
        open=raw.get("open", False),
        media=tuple(raw.get("media", ())),
        encoding=MediaEncoding(encoding) if encoding else None,
        item=raw.get("item"),
        positions=tuple(raw.get("positions", ())),
        position_required=raw.get("position_required", False),
        single_string_ok=raw.get("single_string_ok", False),
        type_value=raw.get("type_value"),
        uri_key=raw.get("uri_key", "uri"),
        subjects=tuple(raw.get("subjects", ())),
        min_items=raw.get("min_items"),
        max_items=raw.get("max_items"),
        wire=raw.get("wire", {}),
    )


def _limit(raw: dict[str, Any]) -> Limit:
    return Limit(
        field=raw["field"],
        source=raw["source"],
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        min_items=raw.get("min_items"),
        max_items=raw.get("max_items"),
        min_seconds=raw.get("min_seconds"),
        max_seconds=raw.get("max_seconds"),
        above_min=raw.get("above_min", False),
        within=raw.get("within"),
    )


def _limited(spec: FieldSpec, limits: tuple[Limit, ...]) -> FieldSpec:
    """The field with the documented number and list bounds merged in (the narrower bound wins)."""
    changes: dict[str, Any] = {}
    for limit in limits:
        if limit.field != spec.name:
            continue
        for key, narrower in (("minimum", max), ("maximum", min), ("min_items", max), ("max_items", min)):
            value = getattr(limit, key)
            if value is not None:
                current = changes.get(key, getattr(spec, key))
                changes[key] = value if current is None else narrower(current, value)
    return dataclasses.replace(spec, **changes) if changes else spec


def _model(m: dict[str, Any]) -> ModelSpec:
    limits = tuple(_limit(raw) for raw in m.get("limits", ()))
    return ModelSpec(
        id=m["id"],
        endpoint=m["endpoint"],
        tab=m["tab"],
        description=m["description"],
        price=_price(m["price"]),
        typical_seconds=m.get("typical_seconds") or 60,
        seed_model=bool(m.get("seed_model")),
        fields=tuple(_limited(_field(f), limits) for f in m["fields"]),
        limits=limits,
        field_hints=tuple(sorted(m.get("field_hints", {}).items())),
    )


def _price(raw: dict[str, Any]) -> PriceSpec:
    return PriceSpec(
        unit=raw.get("unit", "unknown"),
        credits=raw.get("credits"),
        per=raw.get("per", 1),
        default_units=raw.get("default_units"),
        input=raw.get("input"),
        tiers=tuple((t.get("max_pixels"), t["credits"]) for t in raw.get("tiers", ())),
        surcharges=tuple(
            Surcharge(
                field=c["field"], value=c["value"], credits=c["credits"],
                default=c.get("default"), label=c.get("label", c["field"]),
            )
            for c in raw.get("surcharges", ())
        ),
        source=raw.get("source", ""),
    )


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    return Catalogue(
        sdk_version=data["sdk_version"],
        api_version=data["api_version"],
        endpoints={name: EndpointSpec(name=name, **info) for name, info in data["endpoints"].items()},
        models=tuple(_model(m) for m in data["models"]),
        retired=tuple(
            RetiredModel(
                id=r["id"], endpoints=tuple(r["endpoints"]), replacement=r["replacement"], note=r["note"]
            )
            for r in data["retired"]
        ),
    )


@functools.cache
def load_catalogue() -> Catalogue:
    """The catalogue shipped with the package (cached: it is immutable)."""
    text = resources.files("runway_desktop.resources").joinpath("catalogue.json").read_text("utf-8")
    return parse_catalogue(json.loads(text))
