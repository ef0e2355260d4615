"""build_request for every model in the catalogue, media markers, endpoint choice and model lookup."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st
from request_samples import CATALOGUE, media, model

from runway_desktop.core.catalogue.spec import FieldKind, MediaEncoding, ModelSpec
from runway_desktop.core.requests.build import (
    ModelLookupError,
    build_request,
    endpoint_for,
    media_markers,
    resolve_model,
    substitute_media,
)

MODELS = CATALOGUE.models
URI = "https://example.com/x"
_PY_TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
}


def conform(schema: dict, value, where: str = "$") -> list[str]:
    """Where `value` breaks a JSON schema's type / enum / anyOf / object / array structure."""
    if "anyOf" in schema:
        if any(not conform(option, value, where) for option in schema["anyOf"]):
            return []
        return [f"{where}: {value!r} matches no option"]
    problems = []
    if "enum" in schema and not any(value == e and type(value) is type(e) for e in schema["enum"]):
        problems.append(f"{where}: {value!r} not in enum")
    kind = schema.get("type")
    if kind:
        expected = _PY_TYPES[kind]
        if not isinstance(value, expected) or (kind != "boolean" and isinstance(value, bool)):
            return [*problems, f"{where}: {value!r} is not {kind}"]
    if kind == "object":
        properties = schema.get("properties", {})
        problems += [f"{where}: missing {name}" for name in schema.get("required", ()) if name not in value]
        if properties:
            problems += [f"{where}: unexpected {name}" for name in value if name not in properties]
        for name, sub in properties.items():
            if name in value:
                problems += conform(sub, value[name], f"{where}.{name}")
    if kind == "array" and schema.get("items"):
        for index, item in enumerate(value):
            problems += conform(schema["items"], item, f"{where}[{index}]")
    return problems


def sample(field, *, cli: bool = False):
    """A valid value for one field, as a form holds it (or as the CLI's text when cli=True)."""
    match field.kind:
        case FieldKind.PROMPT | FieldKind.TEXT:
            return "A lighthouse at dusk"
        case FieldKind.ENUM | FieldKind.RATIO | FieldKind.VOICE:
            value = field.choices[0]
        case FieldKind.LANGUAGE:
            value = field.choices[0] if field.choices else "en"
        case FieldKind.INTEGER:
            value = next((v for v in (field.minimum, field.maximum) if v is not None), 5)
            value = int(value)
        case FieldKind.NUMBER:
            value = next((v for v in (field.minimum, field.maximum) if v is not None), 0.5)
        case FieldKind.BOOLEAN:
            value = True
        case FieldKind.SEED:
            value = 42
        case FieldKind.MODERATION:
            value = "low"
        case FieldKind.JSON:
            return {} if field.wire.get("type") == "object" else ["#FF8800"]
        case FieldKind.KEYFRAMES:
            return [{"seconds": 1.0, "media": media("image", "key.png")}]
        case FieldKind.MEDIA:
            kind = field.media[0]
            item = media(
                kind,
                f"{field.name}.{ {'image': 'png', 'video': 'mp4', 'audio': 'mp3'}[kind] }",
                tag="ref_one" if field.item == "tagged" else None,
            )
            return [item] if field.encoding is MediaEncoding.LIST else item
    return str(value).lower() if cli and isinstance(value, bool) else str(value) if cli else value


def minimal_values(spec: ModelSpec, *, cli: bool = False) -> dict:
    return {f.name: sample(f, cli=cli) for f in spec.fields if f.required}


def full_values(spec: ModelSpec) -> dict:
    values = {f.name: sample(f) for f in spec.fields}
    output = spec.field("outputFormat")
    if spec.field("proresProfile") and output and "prores" in output.choices:
        values["outputFormat"] = "prores"  # the profile applies only to ProRes output
    return values


def assert_wire_valid(spec: ModelSpec, body: dict) -> None:
    real = substitute_media(body, dict.fromkeys(media_markers(body), URI))
    assert real["model"] == spec.id
    for name, value in real.items():
        if name == "model":
            continue
        field = spec.field(name)
        assert field is not None, name
        assert conform(field.wire, value, name) == [], (spec.key, name, value)
    assert "null" not in repr(real) and None not in _leaves(real)


def _leaves(node):
    if isinstance(node, dict):
        return [leaf for child in node.values() for leaf in _leaves(child)]
    if isinstance(node, list):
        return [leaf for child in node for leaf in _leaves(child)]
    return [node]


def _id(spec: ModelSpec) -> str:
    return f"{spec.endpoint}/{spec.id}"


@pytest.mark.parametrize("spec", MODELS, ids=_id)
@pytest.mark.parametrize("cli", [False, True], ids=["form", "cli"])
def test_minimal_values_build_a_valid_body(spec, cli):
    built = build_request(spec, minimal_values(spec, cli=cli))
    assert built.ok, built.errors
    assert built.path == f"/v1/{spec.endpoint}" and built.endpoint == spec.endpoint
    assert {f.name for f in spec.required_fields} <= set(built.body)
    assert_wire_valid(spec, built.body)


@pytest.mark.parametrize("spec", MODELS, ids=_id)
def test_every_field_filled_builds_a_valid_body(spec):
    built = build_request(spec, full_values(spec))
    assert built.ok, built.errors
    assert built.warnings == ()
    assert set(built.body) == {"model"} | {f.name for f in spec.fields}
    assert_wire_valid(spec, built.body)
    assert sorted(media_markers(built.body)) == list(range(len(built.media)))


@pytest.mark.parametrize("spec", MODELS, ids=_id)
def test_empty_values_name_every_required_field(spec):
    built = build_request(spec, {})
    assert {e.field for e in built.errors} == {f.name for f in spec.required_fields}
    assert built.ok == (not spec.required_fields)


# --- markers ------------------------------------------------------------------------------------


def test_substitute_media_replaces_every_marker_and_leaves_the_body_alone():
    built = build_request(
        model("veo3.1", "image_to_video"),
        {"promptImage": [media(), media(name="b.png")], "ratio": "1280:720"},
    )
    before = copy.deepcopy(built.body)
    assert media_markers(built.body) == [0, 1]
    real = substitute_media(built.body, {0: "data:image/png;base64,AAAA", 1: "runway://u/1"})
    assert real["promptImage"] == [
        {"uri": "data:image/png;base64,AAAA", "position": "first"},
        {"uri": "runway://u/1", "position": "last"},
    ]
    assert media_markers(real) == [] and built.body == before
    with pytest.raises(ValueError, match="No URI was given for media 1"):
        substitute_media(built.body, {0: "runway://u/0"})


_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=5),
    st.builds(lambda i: {"$media": i}, st.integers(0, 5)),
)
_json_tree = st.recursive(
    _json_leaf,
    lambda kids: st.one_of(
        st.lists(kids, max_size=3), st.dictionaries(st.text(min_size=2, max_size=4), kids, max_size=3)
    ),
    max_leaves=15,
)


@given(st.dictionaries(st.text(min_size=2, max_size=4), _json_tree, max_size=4))
def test_marker_round_trip(body):
    indices = media_markers(body)
    uris = {i: f"runway://u/{i}" for i in indices}
    real = substitute_media(body, uris)
    assert media_markers(real) == []
    back = substitute_media(body, {i: {"$media": i} for i in indices})  # markers for themselves
    assert back == body


# --- choosing the endpoint and the model --------------------------------------------------------


def test_endpoint_follows_the_inputs():
    assert endpoint_for("gen4.5", {"promptText": "x"}, CATALOGUE) == "text_to_video"
    assert endpoint_for("gen4.5", {"promptText": "x", "promptImage": media()}, CATALOGUE) == "image_to_video"
    assert endpoint_for("veo3.1", {"promptImage": [media()]}, CATALOGUE) == "image_to_video"
    assert endpoint_for("veo3.1", {"promptImage": []}, CATALOGUE) == "text_to_video"
    assert endpoint_for("seedance2", {"promptVideo": media("video")}, CATALOGUE) == "video_to_video"
    assert (
        endpoint_for("mirelo_sfx_2_0", {"videoUri": media("video"), "duration": 4}, CATALOGUE)
        == "video_to_audio"
    )
    assert endpoint_for("mirelo_sfx_2_0", {"promptText": "x"}, CATALOGUE) == "sound_effect"
    assert endpoint_for("act_two", {}, CATALOGUE) == "character_performance"


def test_endpoint_undecidable_or_unknown():
    assert endpoint_for("seed_audio", {"promptText": "x"}, CATALOGUE) is None
    assert (
        endpoint_for("seed_audio", {"promptText": "x", "voice": media("audio")}, CATALOGUE)
        == "text_to_speech"
    )
    assert endpoint_for("veo3", {}, CATALOGUE) is None
    assert endpoint_for("nope", {}, CATALOGUE) is None


def lookup_error(model_id: str, endpoint: str | None = None) -> str:
    with pytest.raises(ModelLookupError) as caught:
        resolve_model(CATALOGUE, model_id, endpoint)
    return str(caught.value)


def test_resolve_model():
    assert resolve_model(CATALOGUE, "act_two").key == ("character_performance", "act_two")
    assert resolve_model(CATALOGUE, "gen4.5", "image_to_video").key == ("image_to_video", "gen4.5")
    assert lookup_error("gen4.5").startswith(
        "gen4.5 is served by several endpoints (text_to_video, image_to_video); choose one"
    )
    assert lookup_error("gen4_turbo", "text_to_video") == (
        "gen4_turbo is not served by text_to_video; it is available on image_to_video."
    )
    assert lookup_error("gen4.5", "text_to_sing").startswith("Unknown endpoint 'text_to_sing'. Endpoints: ")
    assert lookup_error("gen5") == "Unknown model 'gen5'. Did you mean gen4.5?"
    assert lookup_error("zzzzzz") == "Unknown model 'zzzzzz'."


@pytest.mark.parametrize("retired", CATALOGUE.retired, ids=lambda r: r.id)
def test_retired_models_name_their_replacement(retired):
    message = lookup_error(retired.id)
    assert message.startswith(f"{retired.id} has been retired.")
    assert retired.replacement in message
    assert CATALOGUE.named(retired.replacement)


def test_blocking_reason_is_the_first_error():
    built = build_request(model("gen4.5", "text_to_video"), {})
    assert not built.ok and built.blocking_reason == built.errors[0].message
    fine = build_request(
        model("gen4.5", "text_to_video"), {"promptText": "x", "ratio": "1280:720", "duration": 5}
    )
    assert fine.ok and fine.blocking_reason is None
