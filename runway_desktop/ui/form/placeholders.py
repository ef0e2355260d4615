"""The prompt's placeholder, in the words of what the model does with it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from runway_desktop.core.catalogue.spec import ModelSpec

PROMPT_PLACEHOLDERS = {
    "text_to_video": QT_TRANSLATE_NOOP(
        "Placeholders", "Describe the shot: the subject, what happens, the camera and the light…"),
    "image_to_video": QT_TRANSLATE_NOOP(
        "Placeholders", "Describe the motion: what moves in the image and how the camera moves…"),
    "video_to_video": QT_TRANSLATE_NOOP(
        "Placeholders", "Describe how the video should change: its style, look or setting…"),
    "text_to_image": QT_TRANSLATE_NOOP(
        "Placeholders", "Describe the image: the subject, the setting and the style…"),
    "text_to_speech": QT_TRANSLATE_NOOP(
        "Placeholders", "Type the words to be spoken, exactly as they should be said…"),
    "sound_effect": QT_TRANSLATE_NOOP(
        "Placeholders", "Describe the sound: what makes it, where, and how it changes…"),
    "video_to_audio": QT_TRANSLATE_NOOP("Placeholders", "Describe the sound to add to the video…"),
}
GENERIC = QT_TRANSLATE_NOOP("Placeholders", "Describe what you want the model to make…")


def prompt_placeholder(model: ModelSpec) -> str:
    """What the prompt box shows while empty, for this model's endpoint, in the window's language."""
    return QCoreApplication.translate("Placeholders", PROMPT_PLACEHOLDERS.get(model.endpoint, GENERIC))
