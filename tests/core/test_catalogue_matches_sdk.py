"""The catalogue against the independent oracle: the official runwayml SDK's request types.

For every endpoint in scope: the same models, the same required and optional fields, and the
same literal values, in both directions. A disagreement names the endpoint, model and field.
"""

from __future__ import annotations

import importlib
import typing

import pytest
import typing_extensions as te

from runway_desktop.core.catalogue.spec import FieldKind, load_catalogue

ENDPOINTS = (
    "text_to_video", "image_to_video", "video_to_video", "character_performance", "video_upscale",
    "text_to_image", "image_upscale", "text_to_speech", "sound_effect", "voice_isolation",
    "voice_dubbing", "speech_to_speech", "video_to_audio",
)
REQUIRED = (te.Required, typing.Required)


def _unwrap(hint):
    """Strip Required/Annotated; return (type, wire alias)."""
    alias = None
    while True:
        origin = typing.get_origin(hint)
        if origin in REQUIRED or origin in (te.NotRequired, typing.NotRequired):
            hint = typing.get_args(hint)[0]
        elif origin in (te.Annotated, typing.Annotated):
            alias = next((m.alias for m in hint.__metadata__ if getattr(m, "alias", None)), alias)
            hint = typing.get_args(hint)[0]
        else:
            return hint, alias


def _literals(hint) -> set:
    """Every literal value reachable in a type, through unions, lists and nested TypedDicts."""
    hint, _ = _unwrap(hint)
    origin = typing.get_origin(hint)
    if origin in (typing.Literal, te.Literal):
        return set(typing.get_args(hint))
    if te.is_typeddict(hint):
        nested = typing.get_type_hints(hint, include_extras=True).values()
        return {value for sub in nested for value in _literals(sub)}
    return {value for arg in typing.get_args(hint) for value in _literals(arg)}


def _untyped(hint) -> bool:
    """True where the SDK types part of a field as bare `object` (no literals to compare)."""
    hint, _ = _unwrap(hint)
    if hint is object:
        return True
    if te.is_typeddict(hint):
        return any(_untyped(h) for h in typing.get_type_hints(hint, include_extras=True).values())
    return any(_untyped(arg) for arg in typing.get_args(hint) if not isinstance(arg, str | int | float))


def sdk_models(endpoint: str) -> dict[str, dict[str, tuple[bool, set, bool]]]:
    """{model: {wire field: (required, literals)}} read from runwayml.types.<endpoint>_create_params."""
    module = importlib.import_module(f"runwayml.types.{endpoint}_create_params")
    root = getattr(module, "".join(p.capitalize() for p in endpoint.split("_")) + "CreateParams")
    classes = typing.get_args(root) if typing.get_origin(root) is typing.Union else (root,)
    models = {}
    for cls in classes:
        hints = typing.get_type_hints(cls, include_extras=True)
        fields = {}
        for name, hint in hints.items():
            _, alias = _unwrap(hint)
            fields[alias or name] = (typing.get_origin(hint) in REQUIRED, _literals(hint), _untyped(hint))
        (model_id,) = fields.pop("model")[1]
        models[model_id] = fields
    return models


CATALOGUE = load_catalogue()


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_same_models(endpoint):
    sdk = set(sdk_models(endpoint))
    ours = {m.id for m in CATALOGUE.for_endpoint(endpoint)}
    assert not sdk - ours, f"{endpoint}: the SDK accepts models the catalogue lacks: {sorted(sdk - ours)}"
    extra = sorted(ours - sdk)
    assert not extra, f"{endpoint}: the catalogue lists models the SDK does not accept: {extra}"


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_same_fields_required_flags_and_literals(endpoint):
    problems = []
    for model_id, sdk_fields in sdk_models(endpoint).items():
        spec = CATALOGUE.get(endpoint, model_id)
        if spec is None:
            continue  # reported by test_same_models
        ours = {f.name: f for f in spec.fields}
        for name in sdk_fields.keys() - ours.keys():
            problems.append(f"{endpoint} {model_id}: field {name} is in the SDK, not in the catalogue")
        for name in ours.keys() - sdk_fields.keys():
            problems.append(f"{endpoint} {model_id}: field {name} is in the catalogue, not in the SDK")
        for name in sdk_fields.keys() & ours.keys():
            required, literals, untyped = sdk_fields[name]
            field = ours[name]
            if field.required != required:
                problems.append(
                    f"{endpoint} {model_id}: field {name} is {'required' if required else 'optional'} "
                    f"in the SDK but {'required' if field.required else 'optional'} in the catalogue"
                )
            catalogue_literals = _catalogue_literals(field)
            # Where the SDK types items as bare `object`, the catalogue may refine them from the
            # docstring (e.g. hailuo3's promptImage positions), but must still allow the SDK's.
            differs = not literals <= catalogue_literals if untyped else catalogue_literals != literals
            if differs:
                problems.append(
                    f"{endpoint} {model_id}: field {name} literals differ: "
                    f"SDK only {sorted(map(str, literals - catalogue_literals))}, "
                    f"catalogue only {sorted(map(str, catalogue_literals - literals))}"
                )
    assert not problems, "\n".join(problems)


def _catalogue_literals(field) -> set:
    """Every literal a catalogue field can put on the wire: choices, positions, type tags."""
    if field.kind is FieldKind.JSON:
        return _wire_literals(field.wire)  # advanced settings are passed through as the SDK types them
    literals = set(field.choices) | set(field.also) | set(field.positions) | set(field.subjects)
    if field.type_value:
        literals.add(field.type_value)
    elif field.kind is FieldKind.MEDIA and field.encoding.value == "typed":
        literals |= set(field.media)  # {"type": "image" | "video" | "audio", "uri": ...}
    return literals


def _wire_literals(schema) -> set:
    if isinstance(schema, dict):
        found = set(schema.get("enum", ()))
        for value in schema.values():
            found |= _wire_literals(value)
        return found
    if isinstance(schema, list):
        return {v for item in schema for v in _wire_literals(item)}
    return set()


def test_every_media_and_keyframe_field_names_what_it_accepts():
    for model in CATALOGUE.models:
        for field in model.media_fields:
            assert field.media, f"{model.endpoint} {model.id}: {field.name} accepts no media kind"


def test_retired_names_lead_to_current_models():
    for old, new in (("gen4_aleph", "aleph2"), ("veo3", "veo3.1")):
        retired = CATALOGUE.retirement(old)
        assert retired is not None and retired.replacement == new
        assert CATALOGUE.named(new), f"{new} (replacing {old}) is not in the catalogue"
        assert not CATALOGUE.named(old), f"{old} is retired but still listed as a model"
        assert new in retired.note


def test_every_model_has_a_description_and_a_price_or_says_unknown():
    for model in CATALOGUE.models:
        assert model.description.strip(), f"{model.endpoint} {model.id} has no description"
        assert model.price.unit in {"unknown", "output_second", "input_second", "image", "characters"}
        if model.price.known:
            assert model.price.credits or model.price.tiers, f"{model.id}: known price without credits"


def test_seed_prices_are_the_published_ones():
    assert CATALOGUE.get("image_to_video", "gen4.5").price.credits == 12
    veo = CATALOGUE.get("text_to_video", "veo3.1").price
    assert veo.credits == 20
    assert [(c.field, c.credits, c.default) for c in veo.surcharges] == [("audio", 20, True)]
    assert CATALOGUE.get("text_to_speech", "eleven_multilingual_v2").price.per == 50
    assert CATALOGUE.get("text_to_image", "gen4_image_turbo").price.credits == 2


def test_every_hand_written_limit_names_a_field_of_its_model_and_a_source():
    for model in CATALOGUE.models:
        names = {f.name for f in model.fields}
        for limit in model.limits:
            assert limit.field in names, f"{model.endpoint} {model.id}: limit on unknown field {limit.field}"
            assert limit.source.strip(), f"{model.endpoint} {model.id}: limit on {limit.field} has no source"
            if limit.within is not None:
                assert limit.within in names
        for wrong, right in model.field_hints:
            assert right in names and wrong not in names, f"{model.id}: hint {wrong} → {right}"


def test_documented_limits_are_merged_into_the_fields_they_bound():
    turbo = CATALOGUE.get("image_to_video", "gen4_turbo").field("duration")
    assert (turbo.minimum, turbo.maximum) == (2, 10)
    assert CATALOGUE.get("image_to_video", "gen4.5").field("promptImage").min_items == 1
    # The SDK-derived bounds stay where the SDK gives them.
    assert CATALOGUE.get("text_to_video", "gen4.5").field("duration").maximum == 10
    assert CATALOGUE.get("text_to_image", "gen4_image").field("referenceImages").max_items == 3
