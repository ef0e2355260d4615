"""Compare 2–4 takes side by side: videos on one transport, images wiped and zoomed together, audio.

The queue or the library opens it with `open_compare(parent, [take_from_task(task), ...])`.
The window itself (and the media and numeric libraries it needs) loads on first use.
"""

from typing import Any

from runway_desktop.ui.compare.takes import CompareRefused, Take, take_from_task, why_not_comparable

__all__ = ["CompareRefused", "CompareWindow", "Take", "open_compare", "take_from_task", "why_not_comparable"]


def __getattr__(name: str) -> Any:
    if name in ("CompareWindow", "open_compare"):
        from runway_desktop.ui.compare import window

        return getattr(window, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
