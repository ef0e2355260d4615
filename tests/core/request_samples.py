"""Sample inputs shared by the request tests: inspected files and catalogue entries."""

from __future__ import annotations

from runway_desktop.core.catalogue.spec import ModelSpec, load_catalogue
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.requests.build import resolve_model

CATALOGUE = load_catalogue()


def media(kind: str = "image", name: str | None = None, **extra) -> MediaValue:
    """A local file as intake would describe it."""
    name = name or {"image": "a.png", "video": "clip.mp4", "audio": "voice.mp3"}[kind]
    info = MediaInfo(
        path=f"/data/{name}",
        kind=kind,
        mime=f"{kind}/x",
        size=4096,
        width=1280 if kind != "audio" else None,
        height=720 if kind != "audio" else None,
        duration=5.0 if kind != "image" else None,
    )
    return MediaValue(path=f"/data/{name}", info=info, **extra)


def model(model_id: str, endpoint: str | None = None) -> ModelSpec:
    return resolve_model(CATALOGUE, model_id, endpoint)
