"""Regenerate resources/catalogue.json from the runwayml SDK's request types.

    .venv/bin/python tools/generate_catalogue.py

Fields, literals, required flags, wire names and help text come from the SDK (the contract
oracle). Ranges and limits are read from the SDK's docstrings. The hand-written parts of the
catalogue — model descriptions, prices (with surcharges), typical render times, retirement
notes, documented limits the SDK types omit (`limits`, each with its source) and field hints
— are kept from the existing file, so regenerating never loses them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sdk_types

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "catalogue.json"

ENDPOINT_INFO = {
    "text_to_video": ("video", "Text to video", "video"),
    "image_to_video": ("video", "Image to video", "video"),
    "video_to_video": ("video", "Video to video", "video"),
    "character_performance": ("video", "Character performance", "video"),
    "video_upscale": ("video", "Video upscale", "video"),
    "video_to_audio": ("video", "Video to audio", "audio"),
    "text_to_image": ("image", "Text to image", "image"),
    "image_upscale": ("image", "Image upscale", "image"),
    "text_to_speech": ("audio", "Text to speech", "audio"),
    "sound_effect": ("audio", "Sound effect", "audio"),
    "voice_isolation": ("audio", "Voice isolation", "audio"),
    "voice_dubbing": ("audio", "Voice dubbing", "audio"),
    "speech_to_speech": ("audio", "Speech to speech", "audio"),
}

HAND_MODEL_KEYS = ("description", "price", "typical_seconds", "seed_model", "limits", "field_hints")
# Hand-written keys written only for the models that have them.
OPTIONAL_HAND_KEYS = ("limits", "field_hints")
TEXT_FIELDS = {"negativePrompt", "previousText", "nextText", "draftTaskId", "backgroundColor"}
LANGUAGE_FIELDS = {"targetLang", "languageCode"}
MEDIA_WORDS = {"image": "image", "video": "video", "audio": "audio"}
MEDIA_BY_NAME = {
    "promptImage": ["image"],
    "imageUri": ["image"],
    "maskUri": ["image"],
    "referenceImages": ["image"],
    "references": ["image"],
    "promptVideo": ["video"],
    "videoUri": ["video"],
    "referenceVideos": ["video"],
    "reference": ["video"],
    "audioUri": ["audio"],
    "referenceAudio": ["audio"],
    "referenceAudios": ["audio"],
}
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
RANGE = re.compile(
    r"(?:from|between)\s+(-?\d+(?:\.\d+)?)(?:\s*\([^)]*\))?\s+(?:to|and)\s+(-?\d+(?:\.\d+)?)", re.I
)
PAREN_RANGE = re.compile(r"\((-?\d+(?:\.\d+)?)\s*[–-]\s*(-?\d+(?:\.\d+)?)\)")
MAX_CHARS = re.compile(r"up to ([\d,]+) characters", re.I)
MAX_ITEMS = re.compile(r"(?:up to|\bat most)\s+(\d+|one|two|three|four|five)\b", re.I)
MIN_MAX_ITEMS = re.compile(
    r"\b(\d+|one|two|three|four|five)\s+to\s+(\d+|one|two|three|four|five)\s+images", re.I
)
DEFAULT = re.compile(r"[Dd]efaults? (?:to|is) `?\"?(\w+(?:\.\d+)?)")


def _num(text: str) -> int | float:
    text = text.replace(",", "")
    if text.lower() in WORD_NUMBERS:
        return WORD_NUMBERS[text.lower()]
    value = float(text)
    return int(value) if value.is_integer() else value


def _enum_values(schema: dict[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return list(schema["enum"])
    return None


def _media_kinds(name: str, schema: dict[str, Any]) -> list[str] | None:
    if name in MEDIA_BY_NAME:
        return MEDIA_BY_NAME[name]
    options = schema.get("anyOf", [])
    kinds = []
    for option in options:
        type_enum = option.get("properties", {}).get("type", {}).get("enum", [])
        kinds += [MEDIA_WORDS[t] for t in type_enum if t in MEDIA_WORDS]
    if kinds and all("uri" in o.get("properties", {}) for o in options):
        return kinds
    props = schema.get("properties", {})
    if "uri" in props and set(props.get("type", {}).get("enum", [])) <= set(MEDIA_WORDS):
        return [MEDIA_WORDS[t] for t in props["type"]["enum"]]
    if "audioUri" in props and name == "voice":
        return ["audio"]
    return None


def _media_encoding(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """How a slot's files are written on the wire."""
    if schema.get("type") == "string":
        return {"encoding": "uri"}
    if name == "voice":
        return {"encoding": "typed", "type_value": "reference-audio", "uri_key": "audioUri"}
    if "anyOf" in schema and all(o.get("type") == "object" for o in schema["anyOf"]):
        return {"encoding": "typed", "uri_key": "uri"}
    if schema.get("type") == "object":
        return {"encoding": "typed", "uri_key": "uri"}
    array = schema if schema.get("type") == "array" else None
    string_ok = False
    for option in schema.get("anyOf", []):
        if option.get("type") == "array":
            array = option
        if option.get("type") == "string":
            string_ok = True
    assert array is not None, (name, schema)
    item = array.get("items", {})
    props = item.get("properties", {})
    out: dict[str, Any] = {"encoding": "list", "multiple": True}
    if item.get("type") == "string":
        out["item"] = "uri"
    elif "tag" in props:
        out["item"] = "tagged"
    elif "position" in props or (string_ok and not props):
        out["item"] = "positioned"
        out["positions"] = props.get("position", {}).get("enum", ["first", "last"])
        out["position_required"] = "position" in item.get("required", [])
    elif "type" in props:
        out["item"] = "typed"
        out["type_value"] = props["type"]["enum"][0]
    else:
        out["item"] = "object"
    if "subject" in props:
        out["subjects"] = props["subject"]["enum"]
    if string_ok:
        out["single_string_ok"] = True
    return out


def classify(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    doc = schema.get("description", "")
    flat = " ".join(doc.split())
    spec: dict[str, Any] = {}
    enum = _enum_values(schema)
    any_of = schema.get("anyOf", [])
    media = _media_kinds(name, schema)
    if name == "promptText":
        spec["kind"] = "prompt"
    elif name in TEXT_FIELDS:
        spec["kind"] = "text"
    elif name == "seed":
        spec.update(kind="seed", minimum=0, maximum=4294967295)
    elif name == "contentModeration":
        spec.update(kind="moderation", choices=schema["properties"]["publicFigureThreshold"]["enum"])
    elif name == "voice" and "presetId" in schema.get("properties", {}):
        spec.update(
            kind="voice",
            choices=schema["properties"]["presetId"]["enum"],
            type_value=schema["properties"]["type"]["enum"][0],
        )
    elif name == "keyframes":
        spec.update(kind="keyframes", media=["image"])
    elif name in LANGUAGE_FIELDS:
        spec["kind"] = "language"
        if enum:
            spec["choices"] = enum
    elif media:
        spec.update(kind="media", media=media, **_media_encoding(name, schema))
    elif name == "ratio" and (enum or any_of):
        spec["kind"] = "ratio"
        spec["choices"] = enum or next(o["enum"] for o in any_of if "enum" in o)
        if any_of:
            spec["open"] = True
    elif name == "ratio":
        spec["kind"] = "text"
    elif schema.get("type") == "boolean":
        spec["kind"] = "boolean"
    elif enum is not None:
        spec.update(kind="enum", choices=enum)
    elif any_of and {o.get("type") for o in any_of} >= {"integer"}:
        spec.update(kind="integer", also=[v for o in any_of for v in o.get("enum", [])])
    elif schema.get("type") in ("integer", "number"):
        spec["kind"] = schema["type"]
    else:
        spec["kind"] = "json"

    if spec["kind"] in ("integer", "number"):
        match = RANGE.search(flat) or PAREN_RANGE.search(flat)
        if match:
            spec["minimum"], spec["maximum"] = _num(match.group(1)), _num(match.group(2))
        if spec["kind"] == "integer" and re.search(r"\(1-10\)", flat):
            spec["minimum"], spec["maximum"] = 1, 10
    if spec["kind"] in ("prompt", "text"):
        match = MAX_CHARS.search(flat)
        if match:
            spec["max_length"] = _num(match.group(1))
    if spec["kind"] in ("media", "keyframes") and (spec.get("multiple") or spec["kind"] == "keyframes"):
        pair = MIN_MAX_ITEMS.search(flat)
        if pair:
            spec["min_items"], spec["max_items"] = _num(pair.group(1)), _num(pair.group(2))
        else:
            match = MAX_ITEMS.search(flat)
            if match:
                spec["max_items"] = _num(match.group(1))
            elif re.search(r"\bAn image to remix\b", flat):
                spec["max_items"] = 1
    default = DEFAULT.search(flat)
    if default and spec["kind"] in ("enum", "integer", "number"):
        raw = default.group(1)
        choices = spec.get("choices")
        value: Any = raw
        if choices and raw not in choices and raw.isdigit() and int(raw) in choices:
            value = int(raw)
        elif spec["kind"] in ("integer", "number"):
            value = _num(raw)
        if not choices or value in choices:
            spec["default"] = value
    return spec


def build_fields(schema: dict[str, Any]) -> list[dict[str, Any]]:
    fields = []
    required = set(schema["required"])
    for name, prop in schema["properties"].items():
        if name == "model":
            continue
        field = {"name": name, "required": name in required}
        field.update(classify(name, prop))
        field["help"] = " ".join(prop.get("description", "").split())
        field["wire"] = {k: v for k, v in prop.items() if k != "description"}
        fields.append(field)
    return fields


def generate(previous: dict[str, Any]) -> dict[str, Any]:
    old_models = {(m["endpoint"], m["id"]): m for m in previous.get("models", [])}
    models = []
    for endpoint in sdk_types.ENDPOINTS:
        tab = ENDPOINT_INFO[endpoint][0]
        for entry in sdk_types.endpoint_models(endpoint):
            old = old_models.get((endpoint, entry["model"]), {})
            model = {"id": entry["model"], "endpoint": endpoint, "tab": tab}
            for key in HAND_MODEL_KEYS:
                if key in old or key not in OPTIONAL_HAND_KEYS:
                    model[key] = old.get(key)
            model["description"] = model["description"] or ""
            model["price"] = model["price"] or {"unit": "unknown"}
            model["fields"] = build_fields(entry["schema"])
            models.append(model)
    return {
        "sdk_version": "5.24.0",
        "api_version": "2024-11-06",
        "endpoints": {
            name: {"path": f"/v1/{name}", "tab": tab, "title": title, "output": output}
            for name, (tab, title, output) in ENDPOINT_INFO.items()
        },
        "models": models,
        "retired": previous.get("retired", []),
    }


def main() -> None:
    previous = json.loads(CATALOGUE.read_text()) if CATALOGUE.exists() else {}
    catalogue = generate(previous)
    CATALOGUE.write_text(json.dumps(catalogue, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {CATALOGUE.relative_to(ROOT)}: {len(catalogue['models'])} models")


if __name__ == "__main__":
    main()
