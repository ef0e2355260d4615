"""Sound under silent video: `add_sound` copies the picture and muxes new AAC sound beneath it;
`SoundJob` runs it on a background thread with progress and cancel."""

from runway_desktop.core.sound.job import SoundJob
from runway_desktop.core.sound.mux import (
    SoundCancelled,
    SoundError,
    SoundResult,
    SoundSettingError,
    add_sound,
)

__all__ = ["SoundCancelled", "SoundError", "SoundJob", "SoundResult", "SoundSettingError", "add_sound"]
