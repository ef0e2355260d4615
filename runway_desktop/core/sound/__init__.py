"""Sound under silent video: `add_sound` copies the picture and muxes new AAC sound beneath it."""

from runway_desktop.core.sound.mux import (
    SoundCancelled,
    SoundError,
    SoundResult,
    SoundSettingError,
    add_sound,
)

__all__ = ["SoundCancelled", "SoundError", "SoundResult", "SoundSettingError", "add_sound"]
