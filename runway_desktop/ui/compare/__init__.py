"""Compare 2–4 takes side by side: videos on one transport, images wiped and zoomed together, audio.

The queue or the library opens it with `open_compare(parent, [take_from_task(task), ...])`.
"""

from runway_desktop.ui.compare.takes import CompareRefused, Take, take_from_task, why_not_comparable
from runway_desktop.ui.compare.window import CompareWindow, open_compare

__all__ = ["CompareRefused", "CompareWindow", "Take", "open_compare", "take_from_task", "why_not_comparable"]
