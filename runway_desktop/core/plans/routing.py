"""From one pipeline step (with its inputs) to a catalogue model on one endpoint and its form values.

The action names the output (video, image, audio); the model and the inputs decide the endpoint:
gen4.5 with an image goes to image_to_video, without one to text_to_video, as Runway's runner does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from runway_desktop.core.catalogue.spec import Catalogue, FieldKind, FieldSpec, ModelSpec
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.plans.pipeline_file import VOCABULARY, GenerationStep
from runway_desktop.core.plans.problems import Problem
from runway_desktop.core.plans.sources import OutputRef, SourceError, Sources
from runway_desktop.core.requests.build import ModelLookupError, resolve_model
from runway_desktop.core.requests.media_fields import kind_of
from runway_desktop.core.requests.values import Invalid, convert

# The runner's defaults: the model when none is named, and for fields a model requires.
DEFAULT_MODEL = {
    "generate_video": "gen4.5", "generate_image": "gen4_image", "generate_audio": "eleven_multilingual_v2",
}
OUTPUT_OF = {"generate_video": "video", "generate_image": "image", "generate_audio": "audio"}
AUDIO_TYPES = {
    "tts": "text_to_speech", "sfx": "sound_effect", "isolate": "voice_isolation",
    "dub": "voice_dubbing", "sts": "speech_to_speech",
}
# With an audio_type and no model, the runner's ElevenLabs model for that endpoint.
AUDIO_TYPE_MODEL = {
    "tts": "eleven_multilingual_v2", "sfx": "eleven_text_to_sound_v2", "isolate": "eleven_voice_isolation",
    "dub": "eleven_voice_dubbing", "sts": "eleven_multilingual_sts_v2",
}
_REQUIRED_DEFAULTS: dict[str, dict[str, Any]] = {
    "generate_video": {"ratio": "1280:720", "duration": 5},
    "generate_image": {"ratio": "1280:720"},
    "generate_audio": {},
}


@dataclass(frozen=True)
class Given:
    """An input the pipeline supplies: a previous output, a fan_out source, or `image_url`."""

    value: MediaValue
    origin_field: str  # where it came from in the file: use_previous, sources.3, image_url
    output: OutputRef | None = None
    prefer: str | None = None  # the wire field to try first (image_url → promptImage)


@dataclass
class Draft:
    """A step's run made concrete: the model entry, form values, and where each input went."""

    model: ModelSpec
    values: dict[str, Any]
    placed: list[tuple[str, MediaValue, Given | None]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # wire field → the file's field, for messages
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # choices made for the file, worth a warning
    unknown: int = 0


def route(step: GenerationStep, given: Sequence[Given], catalogue: Catalogue, sources: Sources,
          run: int | None = None) -> Draft | list[Problem]:
    """The best catalogue entry for the step and inputs, or the problems that rule out every entry."""
    prefix = "step." if step.in_fan_out else ""
    outer = "fan_out" if step.in_fan_out else step.action
    where = Problem("", step.number, outer, run)
    entries, problem = _entries(step, catalogue)
    if problem is not None:
        return [replace(where, message=problem[1], field=prefix + problem[0])]
    drafts = [_assemble(entry, step, given, sources, prefix, where) for entry in entries]
    fitting = [d for d in drafts if not d.problems and _complete(d)]
    if fitting:
        return min(fitting, key=lambda d: (d.unknown, -_required_media(d.model)))
    placed = [d for d in drafts if not d.problems]
    if placed:  # every entry lacks a required input: build_request names it for the closest one
        return min(placed, key=lambda d: (d.unknown, -sum(f.name in d.values for f in d.model.media_fields)))
    return min((d.problems for d in drafts), key=len)


def _entries(step: GenerationStep, catalogue: Catalogue) -> tuple[list[ModelSpec], tuple[str, str] | None]:
    audio_type = step.fields.get("audio_type") if step.action == "generate_audio" else None
    model_id = (step.fields.get("model") or AUDIO_TYPE_MODEL.get(audio_type or "")
                or DEFAULT_MODEL[step.action])
    named = catalogue.named(model_id)
    if not named:
        try:
            resolve_model(catalogue, model_id)
        except ModelLookupError as error:
            return [], ("model", str(error))
    output = OUTPUT_OF[step.action]
    entries = [m for m in named if catalogue.endpoints[m.endpoint].output == output]
    if not entries:
        makes = " and ".join(sorted({catalogue.endpoints[m.endpoint].output for m in named}))
        served = ", ".join(m.endpoint for m in named)
        return [], ("model", f"{model_id} makes {makes} ({served}), not {output}; use it in a "
                             f"generate_{makes.split(' ')[0]} step or choose a {output} model.")
    if audio_type:
        endpoint = AUDIO_TYPES.get(audio_type, audio_type)
        if endpoint not in catalogue.endpoints:
            known = ", ".join([*AUDIO_TYPES, "or an endpoint name such as video_to_audio"])
            return [], ("audio_type", f"'{audio_type}' is not an audio type: {known}.")
        chosen = [m for m in entries if m.endpoint == endpoint]
        if not chosen:
            served = ", ".join(m.endpoint for m in entries)
            return [], ("audio_type", f"{model_id} does not serve {endpoint}; it serves {served}.")
        entries = chosen
    return entries, None


def _assemble(entry: ModelSpec, step: GenerationStep, given: Sequence[Given], sources: Sources,
              prefix: str, where: Problem) -> Draft:
    draft = Draft(entry, {})
    fields = step.fields
    prompt_key = "text" if step.action == "generate_audio" and "text" in fields else "prompt"
    draft.names["promptText"] = prefix + prompt_key
    if fields.get(prompt_key) is not None:
        draft.values["promptText"] = fields[prompt_key]
    api = {k: v for k, v in fields.items() if k not in VOCABULARY and v is not None}
    draft.unknown = sum(1 for k in api if entry.field(k) is None and k != "model")
    for key, raw in api.items():
        draft.names[key] = prefix + key
        spec = entry.field(key)
        if spec is not None and spec.kind in (FieldKind.MEDIA, FieldKind.KEYFRAMES):
            try:
                draft.values[key] = _media(raw, sources) if spec.kind is FieldKind.MEDIA else _keyframes(
                    raw, sources)
            except SourceError as error:
                draft.problems.append(replace(where, message=str(error), field=prefix + key))
            continue
        draft.values[key] = raw
    for item in given:
        _place(draft, item, set(api), where)
    for name, default in _REQUIRED_DEFAULTS[step.action].items():
        spec = entry.field(name)
        if spec is not None and spec.required and name not in draft.values and _accepts(spec, default, entry):
            draft.values[name] = default
    for spec in entry.fields:
        # Runway's runner sends speech without a voice, which Runway refuses: a preset voice, said aloud.
        if spec.kind is FieldKind.VOICE and spec.required and spec.name not in draft.values and spec.choices:
            voice = spec.default if spec.default in spec.choices else spec.choices[0]
            draft.values[spec.name] = voice
            draft.notes.append(replace(
                where, run=None, field=prefix + spec.name,
                message=f"{entry.id} needs a voice and the step names none; it uses the preset voice "
                        f"{voice}. Add \"{spec.name}\": \"NAME\" to choose another.",
            ))
    return draft


def _media(raw: Any, sources: Sources) -> Any:
    """A media field's value from the file: a path or URL, an object with uri/tag/position, or a list."""
    if isinstance(raw, list):
        return [_media_item(item, sources) for item in raw]
    return _media_item(raw, sources)


def _keyframes(raw: Any, sources: Sources) -> Any:
    """Keyframes as the API writes them ({seconds|at, uri, range}) in the form's shape (media for uri)."""
    if not isinstance(raw, list):
        return raw  # build_request says what the field needs
    return [
        {**{k: v for k, v in item.items() if k != "uri"}, "media": sources.media(item["uri"])}
        if isinstance(item, Mapping) and isinstance(item.get("uri"), str) else item
        for item in raw
    ]


def _media_item(raw: Any, sources: Sources) -> Any:
    if isinstance(raw, str):
        return sources.media(raw)
    if isinstance(raw, Mapping) and isinstance(raw.get("uri"), str):
        def text(key: str) -> str | None:
            return raw[key] if isinstance(raw.get(key), str) else None

        return sources.media(raw["uri"], text("tag"), text("position"), text("subject"))
    return raw  # not media-shaped: build_request says what the field needs


def _place(draft: Draft, item: Given, explicit: set[str], where: Problem) -> None:
    kind = kind_of(item.value) or "image"
    slots = [f for f in draft.model.media_fields
             if f.kind is FieldKind.MEDIA and kind in f.media and f.name not in explicit]
    slots.sort(key=lambda f: (f.name != item.prefer, not f.required, f.multiple))
    for slot in slots:
        current = draft.values.get(slot.name)
        if current is None:
            draft.values[slot.name] = [item.value] if slot.multiple else item.value
        elif slot.multiple and (slot.max_items is None or len(current) < slot.max_items):
            current.append(item.value)
        else:
            continue
        draft.placed.append((slot.name, item.value, item))
        draft.names.setdefault(slot.name, item.origin_field)
        return
    model = draft.model
    draft.problems.append(replace(
        where,
        message=f"{model.id} on {model.endpoint} takes no {kind} input here"
        + (f" (it takes {_takes(model)})." if _takes(model) else " (it takes no media)."),
        field=item.origin_field,
    ))


def _takes(model: ModelSpec) -> str:
    kinds = [f"{'/'.join(f.media)} as {f.name}" for f in model.media_fields if f.kind is FieldKind.MEDIA]
    return ", ".join(kinds)


def _accepts(spec: FieldSpec, value: Any, model: ModelSpec) -> bool:
    try:
        convert(spec, value, model.id)
    except Invalid:
        return False
    return True


def _complete(draft: Draft) -> bool:
    return all(f.name in draft.values for f in draft.model.media_fields if f.required)


def _required_media(model: ModelSpec) -> int:
    return sum(1 for f in model.media_fields if f.required)
