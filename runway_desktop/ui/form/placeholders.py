"""The prompt's placeholder, in the words of what the model does with it."""

from __future__ import annotations

from runway_desktop.core.catalogue.spec import ModelSpec

PROMPT_PLACEHOLDERS = {
    "text_to_video": "Describe the shot: the subject, what happens, the camera and the light…",
    "image_to_video": "Describe the motion: what moves in the image and how the camera moves…",
    "video_to_video": "Describe how the video should change: its style, look or setting…",
    "text_to_image": "Describe the image: the subject, the setting and the style…",
    "text_to_speech": "Type the words to be spoken, exactly as they should be said…",
    "sound_effect": "Describe the sound: what makes it, where, and how it changes…",
    "video_to_audio": "Describe the sound to add to the video…",
}
GENERIC = "Describe what you want the model to make…"


def prompt_placeholder(model: ModelSpec) -> str:
    """What the prompt box shows while empty, for this model's endpoint."""
    return PROMPT_PLACEHOLDERS.get(model.endpoint, GENERIC)
