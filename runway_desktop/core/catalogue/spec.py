"""The model catalogue: every model of every endpoint in scope, read from resources/catalogue.json.

One source of truth for the forms, request building and the simulator. The file is generated
from the runwayml SDK's request types by tools/generate_catalogue.py, with descriptions, prices
and retirement notes written by hand.
"""

from __future__ import annotations

import enum
import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

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
class PriceSpec:
    """Credits per unit, where Runway publishes it. 1 credit = US$0.01."""

    unit: str  # output_second | input_second | image | characters | unknown
    credits: float | None = None
    per: float = 1
    default_units: float | None = None
    input: str | None = None  # for input_second: the media field whose duration is billed
    tiers: tuple[tuple[int | None, float], ...] = ()  # (max_pixels or None, credits) for images
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

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

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


def _price(raw: dict[str, Any]) -> PriceSpec:
    return PriceSpec(
        unit=raw.get("unit", "unknown"),
        credits=raw.get("credits"),
        per=raw.get("per", 1),
        default_units=raw.get("default_units"),
        input=raw.get("input"),
        tiers=tuple((t.get("max_pixels"), t["credits"]) for t in raw.get("tiers", ())),
        source=raw.get("source", ""),
    )


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    return Catalogue(
        sdk_version=data["sdk_version"],
        api_version=data["api_version"],
        endpoints={name: EndpointSpec(name=name, **info) for name, info in data["endpoints"].items()},
        models=tuple(
            ModelSpec(
                id=m["id"],
                endpoint=m["endpoint"],
                tab=m["tab"],
                description=m["description"],
                price=_price(m["price"]),
                typical_seconds=m.get("typical_seconds") or 60,
                seed_model=bool(m.get("seed_model")),
                fields=tuple(_field(f) for f in m["fields"]),
            )
            for m in data["models"]
        ),
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
