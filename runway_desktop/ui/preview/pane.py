"""The selected task's saved outputs, one at a time (image, video or audio), with its parameters beside."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.ui.preview.details import (
    INPUT_THUMB,
    InputFile,
    LineageTree,
    input_files,
    parameter_rows,
    parameters_html,
    read_sidecar,
)
from runway_desktop.ui.preview.image_page import ImagePage, tool_button
from runway_desktop.ui.preview.waiting import no_output_text
from runway_desktop.ui.queue.text import output_kind
from runway_desktop.ui.shell.fitting import ElidedLabel, keep_wrapped_height

if TYPE_CHECKING:
    from runway_desktop.ui.preview.media_player import MediaPlayer

log = logging.getLogger(__name__)

# Wider than this, the parameters sit beside the media; narrower, below it.
SIDE_BY_SIDE_WIDTH = 620
PARAMS_SHARE = {Qt.Orientation.Horizontal: 0.4, Qt.Orientation.Vertical: 0.25}  # of the pane, at a switch
WAVEFORM_SIZE = (640, 160)
PLAYER_PICTURE = 54  # the player's least picture height (media_player.py)
NO_SIDECAR = QT_TRANSLATE_NOOP("PreviewText",
                               "No sidecar file beside this output; showing what the history recorded.")
EMPTY_TEXT = QT_TRANSLATE_NOOP("PreviewText", "Select a task in the queue to preview its output here.")
translate = QCoreApplication.translate


def _load_image(path: str) -> QImage:
    image = QImage(path)
    if image.isNull():
        raise ValueError(translate("PreviewText", "{path} could not be read as an image").format(path=path))
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
        self._sidecar: dict[str, Any] | None = None
        self._note = ""
        self._inputs: list[InputFile] = []
        self._input_thumbs: dict[str, str] = {}  # input path -> its thumbnail's path
        self._floor: int | None = None

        # A long file name is elided in its middle (the extension stays); the tooltip has it whole.
        self.title = ElidedLabel("", self, Qt.TextElideMode.ElideMiddle)
        self.title.setObjectName("previewTitle")
        self.prev_button = tool_button(self, "‹", self.tr("Previous output"), self.previous_output)
        self.counter = QLabel(self)
        self.counter.setObjectName("previewCounter")
        self.next_button = tool_button(self, "›", self.tr("Next output"), self.next_output)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.prev_button)
        header.addWidget(self.counter)
        header.addWidget(self.next_button)

        self.message = QLabel(translate("PreviewText", EMPTY_TEXT), self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        keep_wrapped_height(self.message)  # all its lines, in a page that scrolls when they are many
        # A long reason scrolls in its place: the preview keeps its height and the list above stays put.
        self._message_page = QScrollArea(self)
        self._message_page.setObjectName("previewMessagePage")
        self._message_page.setWidgetResizable(True)
        self._message_page.setFrameShape(QFrame.Shape.NoFrame)
        self._message_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._message_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._message_page.setWidget(self.message)
        image_page = ImagePage(self)
        self.image_viewer = image_page.viewer
        self.zoom_label = image_page.zoom_label
        self.fit_button, self.actual_button = image_page.fit_button, image_page.actual_button
        self.zoom_out_button, self.zoom_in_button = image_page.zoom_out_button, image_page.zoom_in_button
        self._player: MediaPlayer | None = None
        self._stack = QStackedWidget(self)
        for page in (self._message_page, image_page):
            self._stack.addWidget(page)
        self._image_page = image_page

        self.params = QTextBrowser(self)
        self.params.setObjectName("previewParams")
        self.params.setAccessibleName(self.tr("Parameters"))
        self.params.setOpenLinks(False)
        self.params.setMinimumWidth(180)
        # Three lines at least (it scrolls): a short window keeps its height for the queue's rows.
        lines = self.params.fontMetrics().lineSpacing()
        self.params.setMinimumHeight(3 * lines + 2 * self.params.frameWidth() + 8)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._stack)
        self.splitter.addWidget(self.params)
        self.lineage = LineageTree(self)
        self.splitter.addWidget(self.lineage)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self.show_task(None)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def minimumSizeHint(self) -> QSize:
        """Never less than with a played take shown, whatever is shown: the queue above never moves."""
        hint = super().minimumSizeHint()
        header = max(self.title.sizeHint().height(), self.prev_button.sizeHint().height())
        pages = [self._stack.widget(i) for i in range(self._stack.count())]
        tallest = max(max(w.minimumHeight(), w.minimumSizeHint().height()) for w in pages)
        frame = max(0, self._stack.minimumSizeHint().height() - tallest)  # what the stack adds around a page
        media = max(tallest, self._player_floor()) + frame
        params = self.params.minimumHeight()
        if self.splitter.orientation() is Qt.Orientation.Vertical:
            body = media + self.splitter.handleWidth() + params
        else:
            body = max(media, params)
        return QSize(hint.width(), max(hint.height(), header + self.layout().spacing() + body))

    def _player_floor(self) -> int:
        """The player's least height (picture, seek bar, buttons), known before it is first made."""
        if self._player is not None:
            return self._player.minimumSizeHint().height()
        if self._floor is None:
            bar = QSlider(Qt.Orientation.Horizontal, self)  # measured with the style sheet, never shown
            bar.hide()
            bar.ensurePolished()
            self._floor = PLAYER_PICTURE + bar.sizeHint().height() + self.fit_button.sizeHint().height() + 8
            bar.deleteLater()
        return self._floor

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
        self.lineage.show_task(task)
        if same:
            if previous is not None and task is not None and previous.state is not task.state:
                if not self._paths:
                    self._show_message(no_output_text(task))
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
        self.counter.setText(self.tr("{number} of {count}").format(
            number=QLocale().toString(self._index + 1), count=QLocale().toString(count)))
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < count - 1)
        task = self._task
        self.params.setVisible(task is not None)  # an empty parameters box under the hint looks broken
        if task is None:
            self.title.setText(self.tr("Preview"))
            self._show_message(translate("PreviewText", EMPTY_TEXT))
            self.params.clear()
            return
        path = self.current_path
        if path is None:
            self.title.setText(task.model)
            self._show_message(no_output_text(task))
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
        self._stack.setCurrentWidget(self._message_page)

    def _show_parameters(self) -> None:
        task = self._task
        if task is None:
            return
        path = self.current_path
        self._sidecar, self._note = None, ""
        self._inputs = input_files(task)
        self._render()
        if path is not None:
            self._spawn(self._load_sidecar(task, path, self._token))
        missing = [i.path for i in self._inputs if i.path and i.kind and i.path not in self._input_thumbs]
        if missing and self._thumbnails is not None:
            self._spawn(self._load_input_thumbnails(missing, self._token))

    def _render(self) -> None:
        task = self._task
        if task is not None:
            rows = parameter_rows(task, self._sidecar)
            self.params.setHtml(parameters_html(rows, self._note, self._inputs, self._input_thumbs))

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
                self._show_message(self.tr("Cannot show {name}: {reason}").format(
                    name=path.rsplit("/", 1)[-1], reason=exc))
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
        self._sidecar = sidecar
        self._note = "" if sidecar else translate("PreviewText", NO_SIDECAR)
        self._render()

    async def _load_input_thumbnails(self, paths: list[str], token: int) -> None:
        """Thumbnails of the task's local inputs (a missing or unreadable file simply has none)."""
        assert self._thumbnails is not None
        kinds = {i.path: i.kind for i in self._inputs}
        for path in paths:
            try:
                thumb = await asyncio.to_thread(self._thumbnails.get, path, kinds[path] or "image",
                                                (INPUT_THUMB * 2, INPUT_THUMB * 2))
            except Exception as exc:  # no thumbnail is fine: the name and size are there
                log.info("no thumbnail for input %s: %s", path, exc)
                continue
            self._input_thumbs[path] = str(thumb)
        if token == self._token:
            self._render()

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
            # The sizes kept were along the other axis: beside the media, the parameters get a
            # column wide enough for their names and values (not the height they had below it).
            sizes = self.splitter.sizes()
            along = event.size().width() if wide else self.splitter.height()
            length = max(0, along - sum(sizes[2:]))
            side = round(length * PARAMS_SHARE[orientation])
            self.splitter.setSizes([length - side, side, *sizes[2:]])
