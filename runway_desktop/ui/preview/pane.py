"""The selected task's saved outputs, one at a time (image, video or audio), with its parameters beside."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.preview.details import parameter_rows, parameters_html, read_sidecar
from runway_desktop.ui.preview.image_viewer import ImageViewer
from runway_desktop.ui.queue.text import output_kind
from runway_desktop.ui.shell.fitting import ElidedLabel

if TYPE_CHECKING:
    from runway_desktop.ui.preview.media_player import MediaPlayer

log = logging.getLogger(__name__)

# Wider than this, the parameters sit beside the media; narrower, below it.
SIDE_BY_SIDE_WIDTH = 620
WAVEFORM_SIZE = (640, 160)
EMPTY_TEXT = "Select a task in the queue to preview its output here."


def _load_image(path: str) -> QImage:
    image = QImage(path)
    if image.isNull():
        raise ValueError(f"{path} could not be read as an image")
    return image


class PreviewPane(QWidget):
    """`show_task(task)` shows its first saved output; ‹ › step through the others."""

    outputShown = Signal(str)  # the path now shown (its media is loaded or loading)

    def __init__(self, thumbnails: ThumbnailCache | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self._thumbnails = thumbnails
        self._task: TaskRecord | None = None
        self._paths: list[str] = []
        self._index = 0
        self._token = 0
        self._work: set[asyncio.Task[Any]] = set()

        # A long file name is elided in its middle (the extension stays); the tooltip has it whole.
        self.title = ElidedLabel("", self, Qt.TextElideMode.ElideMiddle)
        self.title.setObjectName("previewTitle")
        self.prev_button = self._tool("‹", "Previous output", self.previous_output)
        self.counter = QLabel(self)
        self.counter.setObjectName("previewCounter")
        self.next_button = self._tool("›", "Next output", self.next_output)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.prev_button)
        header.addWidget(self.counter)
        header.addWidget(self.next_button)

        self.message = QLabel(EMPTY_TEXT, self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.image_viewer = ImageViewer(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")
        self.image_viewer.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        image_page = QWidget(self)
        image_layout = QVBoxLayout(image_page)
        image_layout.setContentsMargins(0, 0, 0, 0)
        image_layout.addWidget(self.image_viewer, 1)
        zoom_bar = QHBoxLayout()
        self.fit_button = self._tool("Fit", "Fit the image in the pane", self.image_viewer.fit_to_window)
        self.actual_button = self._tool(
            "100 %", "One image pixel per screen pixel", self.image_viewer.actual_size
        )
        self.zoom_out_button = self._tool("−", "Zoom out (or use the wheel)", self.image_viewer.zoom_out)
        self.zoom_in_button = self._tool("+", "Zoom in (or use the wheel)", self.image_viewer.zoom_in)
        for widget in (self.fit_button, self.actual_button, self.zoom_out_button, self.zoom_in_button):
            zoom_bar.addWidget(widget)
        zoom_bar.addStretch(1)
        zoom_bar.addWidget(self.zoom_label)
        image_layout.addLayout(zoom_bar)
        self._player: MediaPlayer | None = None
        self._stack = QStackedWidget(self)
        for page in (self.message, image_page):
            self._stack.addWidget(page)
        self._image_page = image_page

        self.params = QTextBrowser(self)
        self.params.setObjectName("previewParams")
        self.params.setOpenLinks(False)
        self.params.setMinimumWidth(180)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._stack)
        self.splitter.addWidget(self.params)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self.show_task(None)

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    # -- what is shown --------------------------------------------------------------------------

    @property
    def player(self) -> MediaPlayer:
        """Made on first use: opening the multimedia backend and audio device takes tens of ms."""
        if self._player is None:
            # QtMultimedia too loads here, not while the window is first shown.
            from runway_desktop.ui.preview.media_player import MediaPlayer

            self._player = MediaPlayer(self)
            self._stack.addWidget(self._player)
        return self._player

    @property
    def task(self) -> TaskRecord | None:
        return self._task

    @property
    def output_index(self) -> int:
        return self._index

    @property
    def current_path(self) -> str | None:
        return self._paths[self._index] if self._paths else None

    def show_task(self, task: TaskRecord | None) -> None:
        """Show `task` (None: nothing); the same task with the same files keeps what is shown."""
        same = (
            task is not None
            and self._task is not None
            and task.id == self._task.id
            and task.saved_paths == self._paths
        )
        previous = self._task
        self._task = task
        if same:
            if previous is not None and task is not None and previous.state is not task.state:
                self._show_parameters()
            return
        self._paths = task.saved_paths if task else []
        self._index = 0
        self._show_current()

    def show_output(self, index: int) -> None:
        if self._paths and 0 <= index < len(self._paths) and index != self._index:
            self._index = index
            self._show_current()

    def next_output(self) -> None:
        self.show_output(self._index + 1)

    def previous_output(self) -> None:
        self.show_output(self._index - 1)

    def _show_current(self) -> None:
        self._token += 1
        if self._player is not None:
            self._player.clear()
        self.image_viewer.clear()
        count = len(self._paths)
        self.prev_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)
        self.counter.setVisible(count > 1)
        self.counter.setText(f"{self._index + 1} of {count}")
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < count - 1)
        task = self._task
        self.params.setVisible(task is not None)  # an empty parameters box under the hint looks broken
        if task is None:
            self.title.setText("Preview")
            self._show_message(EMPTY_TEXT)
            self.params.clear()
            return
        path = self.current_path
        if path is None:
            self.title.setText(task.model)
            self._show_message(_no_output_text(task))
            self._show_parameters()
            return
        self.title.setText(path.rsplit("/", 1)[-1])
        mime = next((o.mime for o in task.outputs if o.path == path), None)
        kind = output_kind(task, mime)
        if kind == "image":
            self._stack.setCurrentWidget(self._image_page)
            self._spawn(self._load_image(path, self._token))
        else:
            self._stack.setCurrentWidget(self.player)
            self.player.set_source(path, kind)
            if kind == "audio" and self._thumbnails is not None:
                self._spawn(self._load_waveform(path, self._token))
        self._show_parameters()
        self.outputShown.emit(path)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def _show_parameters(self) -> None:
        task = self._task
        if task is None:
            return
        path = self.current_path
        self.params.setHtml(parameters_html(parameter_rows(task, None)))
        if path is not None:
            self._spawn(self._load_sidecar(task, path, self._token))

    # -- loading off the UI thread ------------------------------------------------------------------

    def _spawn(self, coro: Any) -> None:
        try:
            work = asyncio.ensure_future(coro)
        except RuntimeError:  # no event loop running (the window is closing)
            coro.close()
            return
        self._work.add(work)
        work.add_done_callback(self._work.discard)

    async def _load_image(self, path: str, token: int) -> None:
        try:
            image = await asyncio.to_thread(_load_image, path)
        except (OSError, ValueError) as exc:
            if token == self._token:
                self._show_message(f"Cannot show {path.rsplit('/', 1)[-1]}: {exc}")
            return
        if token == self._token:
            self.image_viewer.set_image(image)

    async def _load_waveform(self, path: str, token: int) -> None:
        assert self._thumbnails is not None
        try:
            png = await asyncio.to_thread(self._thumbnails.get, path, "audio", WAVEFORM_SIZE)
            image = await asyncio.to_thread(_load_image, str(png))
        except Exception as exc:  # no waveform is fine: the player still plays
            log.info("no waveform for %s: %s", path, exc)
            return
        if token == self._token:
            self.player.set_audio_art(QPixmap.fromImage(image))

    async def _load_sidecar(self, task: TaskRecord, path: str, token: int) -> None:
        sidecar = await asyncio.to_thread(read_sidecar, path)
        if token != self._token:
            return
        note = "" if sidecar else "No sidecar file beside this output; showing what the history recorded."
        self.params.setHtml(parameters_html(parameter_rows(self._task or task, sidecar), note))

    def close_media(self) -> None:
        """Stop playback and pending loads (the window is closing)."""
        self._token += 1
        if self._player is not None:
            self._player.clear()
        for work in list(self._work):
            work.cancel()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)


def _no_output_text(task: TaskRecord) -> str:
    state = task.state
    if state is TaskState.SUCCEEDED:
        return "The outputs are being saved to the library; they appear here when saved."
    if state is TaskState.FAILED:
        return f"This task failed: {task.failure or task.error or 'no reason given'}"
    if state is TaskState.CANCELLED:
        return "This task was cancelled, so it has no output."
    if state is TaskState.UNKNOWN:
        return "Runway may or may not have created this task; there is no output here to show."
    return "The output appears here when the task succeeds."
