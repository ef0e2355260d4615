"""What the window needs of its parts: a generation tab and the queue, as declared Protocols.

The window is composed from factories (real widgets, or small stand-ins in tests); it relies on
these members only, and never probes for others with `hasattr`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QDockWidget

    from runway_desktop.core.intake.media import MediaInfo
    from runway_desktop.core.intake.thumbnails import ThumbnailCache
    from runway_desktop.core.running.tasks import TaskRecord


@runtime_checkable
class GenerationTab(Protocol):
    """A Video, Image or Audio tab."""

    submitted: Any  # Signal(TaskRecord): a task was added to the queue from this tab

    def apply_task(self, task: TaskRecord) -> None:
        """Fill the form with a past task's model and parameters ("Use parameters")."""

    def refresh(self) -> None:
        """Check again whether Generate may be pressed (the service changed)."""


@runtime_checkable
class QueueDock(Protocol):
    """The queue panel: a dock widget, with the preview in a dock of its own (or none)."""

    useParameters: Any  # Signal(TaskRecord)
    preview_dock: QDockWidget | None

    def shutdown(self) -> None:
        """Stop playback and stop listening to the engine (the window is closing)."""


class MediaWorker(Protocol):
    """Where files are inspected and thumbnails drawn, off the UI thread (`core.intake.worker`).

    The composition (the session, or a test) makes it and hands it to the bridge; forms take it
    from there, so no widget reaches for a module-level worker.
    """

    async def inspect(self, path: str | Path) -> MediaInfo: ...

    async def thumbnail(self, thumbnails: ThumbnailCache, path: str, kind: str) -> str: ...
