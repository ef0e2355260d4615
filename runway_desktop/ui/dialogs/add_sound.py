"""Add sound under a video take: pick an audio take (or a file, or go make one), set offset, gain and
fade, preview both together, and save the result as a new take with lineage to both parents.

Non-modal. The muxing runs in `SoundJob`'s thread (progress and cancel here); finishing the new
take (its own id in its record, its sidecar) runs in a worker thread; the engine then adds it to
the history like any other finished take.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.lineage.derived import has_sound, new_task_id, sound_take, sound_target
from runway_desktop.core.running.tasks import TaskRecord
from runway_desktop.core.sound import SoundJob
from runway_desktop.core.sound.mux import SoundCancelled, SoundError
from runway_desktop.core.storage.history_pages import PAGE
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.dialogs.audio_take_list import AudioTakeList
from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.i18n.failures import failure_text

log = logging.getLogger(__name__)

NO_AUDIO_TAKES = QT_TRANSLATE_NOOP(
    "AddSoundDialog", "No audio takes yet: choose a file, or generate a sound.")
NO_MATCH = QT_TRANSLATE_NOOP("AddSoundDialog", "No audio take matches the search.")
READING = QT_TRANSLATE_NOOP("AddSoundDialog", "Reading the audio takes of the history…")
ALREADY_SOUND = QT_TRANSLATE_NOOP(
    "AddSoundDialog", "This video already has sound; the new take replaces it (the original take stays).")
FILE_ENTRY = "file"


class AddSoundDialog(QDialog):
    """One video take, one sound; "Save as new take" makes a third take from the two."""

    generateAudioRequested = Signal()
    takeAdded = Signal(object)  # TaskRecord
    _progressed = Signal(float)  # from the muxing thread

    def __init__(
        self, bridge: EngineBridge, video: TaskRecord, index: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addSoundDialog")
        self.setWindowTitle(self.tr("Add sound"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bridge = bridge
        self.video = video
        self.video_index = index
        self.video_path = next((o.path for o in video.outputs if o.index == index and o.path), "")
        self.job: SoundJob | None = None
        self.work: asyncio.Task[Any] | None = None
        self.file_dialog: QFileDialog | None = None
        self._files: list[str] = []
        self._choices: dict[str, tuple[str, int, str]] = {}
        self.takes = AudioTakeList(bridge, self)
        self.previewing = False
        self._build()
        # A method of this dialog (not a lambda): the muxing thread's emits are queued to the UI thread.
        self._progressed.connect(self._show_progress)
        self.takes.changed.connect(self._refresh_takes)
        self.takes.failed.connect(self._takes_failed)
        self._refresh_takes()
        self.takes.start()
        self._spawn(self._check_video())

    # -- layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.video_label = QLabel(self.tr("Video: {file} ({model})").format(
            file=Path(self.video_path).name, model=self.video.model), self)
        self.video_note = QLabel(self)
        set_tone(self.video_note, "muted")
        self.audio_box = QComboBox(self)
        self.audio_box.setObjectName("audioTake")
        self.audio_box.currentIndexChanged.connect(self._audio_changed)
        self.file_button = QPushButton(self.tr("Choose a file…"), self)
        self.file_button.clicked.connect(self.choose_file)
        self.generate_button = QPushButton(self.tr("Generate a sound…"), self)
        self.generate_button.setToolTip(
            self.tr("Go to the Audio tab with a sound-effect model; come back when done."))
        self.generate_button.clicked.connect(self.generateAudioRequested)
        audio_row = QHBoxLayout()
        audio_row.addWidget(self.audio_box, 1)
        audio_row.addWidget(self.file_button)
        audio_row.addWidget(self.generate_button)
        # Shown once the history holds more audio takes than one page: find an old one by its words.
        self.search = QLineEdit(self)
        self.search.setObjectName("audioSearch")
        self.search.setPlaceholderText(self.tr("Find an audio take by words of its prompt or its model"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_soon)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.search_now)
        self.older_button = QPushButton(self.tr("Show older takes"), self)
        self.older_button.setObjectName("olderTakes")
        self.older_button.setToolTip(self.tr("Read the next {count} audio takes of the history").format(
            count=PAGE))
        self.older_button.clicked.connect(self.takes.show_older)
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.older_button)
        seconds = self.tr(" s")
        self.offset = _spin(self, -600, 600, seconds,
                            self.tr("Positive: the sound starts later; negative: earlier."))
        self.gain = _spin(self, -40, 20, self.tr(" dB"), self.tr("Louder or quieter than the take as it is."))
        self.fade = _spin(self, 0, 30, seconds,
                          self.tr("Fade in at the start and out at the end of the sound."))
        form = QFormLayout()
        form.addRow(self.tr("Sound"), audio_row)
        form.addRow("", find_row)
        self._find_row = form.rowCount() - 1
        form.setRowVisible(self._find_row, False)
        self.form = form
        form.addRow(self.tr("Offset"), self.offset)
        form.addRow(self.tr("Gain"), self.gain)
        form.addRow(self.tr("Fade"), self.fade)

        self.screen = QVideoWidget(self)
        self.screen.setMinimumSize(320, 180)
        self.video_player = QMediaPlayer(self)
        self.video_out = QAudioOutput(self)
        self.video_out.setMuted(True)  # the preview plays the chosen sound, not the video's own
        self.video_player.setAudioOutput(self.video_out)
        self.video_player.setVideoOutput(self.screen)
        self.video_player.setSource(QUrl.fromLocalFile(self.video_path))
        self.sound_player = QMediaPlayer(self)
        self.sound_out = QAudioOutput(self)
        self.sound_player.setAudioOutput(self.sound_out)
        self._sound_timer = QTimer(self, singleShot=True)
        self._sound_timer.timeout.connect(self.sound_player.play)
        self.play_button = QPushButton(self.tr("Play together"), self)
        self.play_button.setObjectName("previewTogether")
        self.play_button.clicked.connect(self.toggle_preview)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("addSoundStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as new take"), self)
        self.save_button.setObjectName("saveSoundTake")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.video_label)
        layout.addWidget(self.video_note)
        layout.addLayout(form)
        layout.addWidget(self.screen, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # -- choosing the sound -------------------------------------------------------------------------

    def _search_soon(self, *_: object) -> None:
        self._search_timer.start()

    def search_now(self) -> None:
        """List the audio takes whose prompt or model holds every word typed, newest first."""
        self._search_timer.stop()
        self.takes.search(self.search.text())

    def _takes_failed(self, reason: str) -> None:
        self._say(self.tr("The older audio takes could not be read: {reason}").format(reason=reason), "error")
        self._refresh_takes()

    def _show_finding(self) -> None:
        """The search once the list is long; "Show older takes" while an older page can be read."""
        if self.takes.long:
            self.form.setRowVisible(self._find_row, True)
        self.older_button.setVisible(self.takes.next is not None)
        self.older_button.setEnabled(not self.takes.reading)

    def _refresh_takes(self) -> None:
        chosen = self.audio_box.currentData()
        self.audio_box.blockSignals(True)
        self.audio_box.clear()
        self._choices.clear()
        for take in self.takes.newest_first():
            task = take.task
            self._choices[take.key] = (task.id, take.index, take.path)
            self.audio_box.addItem(f"{task.model} · {task.prompt[:50] or Path(take.path).name}", take.key)
        for path in self._files:
            key = f"file:{path}"
            self._choices[key] = (FILE_ENTRY, 0, path)
            self.audio_box.addItem(self.tr("File · {name}").format(name=Path(path).name), key)
        if not self._choices:
            empty = READING if self.takes.reading else NO_MATCH if self.takes.words else NO_AUDIO_TAKES
            self.audio_box.addItem(QCoreApplication.translate("AddSoundDialog", empty), None)
        found = self.audio_box.findData(chosen) if chosen is not None else -1
        self.audio_box.setCurrentIndex(max(found, 0))
        self.audio_box.blockSignals(False)
        self._show_finding()
        self._audio_changed()

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose a sound"), str(Path(self.video_path).parent))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Audio (*.mp3 *.wav *.flac *.m4a *.aac *.ogg)"),
                               self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.use_file)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def use_file(self, path: str) -> None:
        if path not in self._files:
            self._files.append(path)
        self._refresh_takes()
        self.audio_box.setCurrentIndex(self.audio_box.findData(f"file:{path}"))

    def select_take(self, task_id: str, index: int = 0) -> bool:
        """Choose an audio take of the history (False when it is not one)."""
        row = self.audio_box.findData(f"take:{task_id}:{index}")
        if row >= 0:
            self.audio_box.setCurrentIndex(row)
        return row >= 0

    @property
    def chosen(self) -> tuple[str, int, str] | None:
        """(task id or "file", output index, path) of the sound chosen, or None."""
        return self._choices.get(self.audio_box.currentData() or "")

    def _audio_changed(self, *_: object) -> None:
        chosen = self.chosen
        self.save_button.setEnabled(chosen is not None and self.job is None)
        self.play_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.sound_player.setSource(QUrl.fromLocalFile(chosen[2]))

    async def _check_video(self) -> None:
        if self.video_path and await asyncio.to_thread(has_sound, self.video_path):
            self.video_note.setText(QCoreApplication.translate("AddSoundDialog", ALREADY_SOUND))

    # -- preview ------------------------------------------------------------------------------------

    def toggle_preview(self) -> None:
        """Start the video and the sound together, the sound shifted by the offset (or stop both)."""
        if self.previewing:
            self.stop_preview()
            return
        self.previewing = True
        offset = self.offset.value()
        self.sound_out.setVolume(min(1.0, 10 ** (self.gain.value() / 20)))
        self.video_player.setPosition(0)
        self.sound_player.setPosition(round(max(0.0, -offset) * 1000))
        self.video_player.play()
        if offset > 0:
            self._sound_timer.start(round(offset * 1000))
        else:
            self.sound_player.play()
        self.play_button.setText(self.tr("Stop"))

    def stop_preview(self) -> None:
        self.previewing = False
        self._sound_timer.stop()
        self.video_player.stop()
        self.sound_player.stop()
        self.play_button.setText(self.tr("Play together"))

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> None:
        chosen = self.chosen
        if chosen is None or self.job is not None:
            return
        self.stop_preview()
        source, audio_index, audio_path = chosen
        audio = None
        if source != FILE_ENTRY:  # an old take is not held by the engine: the record read with its page is
            listed = self.takes.takes.get(self.audio_box.currentData() or "")
            audio = self.bridge.task(source) or (listed.task if listed else None)
        task_id = new_task_id()
        out = sound_target(self.video_path, task_id)
        self.job = SoundJob(self.video_path, audio_path, out, offset=self.offset.value(),
                            gain_db=self.gain.value(), fade=self.fade.value(), progress=self._progressed.emit)
        self.progress.setValue(0)
        self.progress.show()
        self._say(self.tr("Adding the sound…"), "muted")
        self.save_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stop"))
        self.work = self._spawn(self._finish(self.job, task_id, audio_path, audio, audio_index))

    async def _finish(self, job: SoundJob, task_id: str, audio_path: str, audio: TaskRecord | None,
                      audio_index: int) -> None:
        try:
            result = await asyncio.wrap_future(job.future)
            take = await asyncio.to_thread(sound_take, task_id, self.video, self.video_index, audio_path,
                                           audio, audio_index, result, time.time())
        except SoundCancelled:
            self._done(self.tr("Stopped; nothing was saved."), "muted")
            return
        except SoundError as exc:
            self._done(core_text(exc.message), "error")
            return
        except OSError as exc:
            reason = failure_text(exc)
            failed = self.tr("The new take could not be finished: {reason}.")
            self._done(failed.format(reason=reason), "error")
            return
        self.bridge.run(lambda: self.bridge.engine.update(take, added=True), self.tr("Adding the take"),
                        lambda saved: self._added(saved or take))

    def _show_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 1000))

    def _added(self, take: TaskRecord) -> None:
        self._done(self.tr("Saved as a new take: {file}.").format(file=Path(take.saved_paths[0]).name), "ok")
        self.takeAdded.emit(take)

    def _done(self, text: str, tone: str) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.setText(self.tr("Close"))
        self._say(text, tone)
        self._audio_changed()

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.cancel()
        else:
            self.close()

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        return asyncio.ensure_future(coro)

    def done(self, result: int) -> None:
        """Closing stops the preview and any muxing (its partial file is removed by the job)."""
        self.stop_preview()
        if self.job is not None:
            self.job.cancel()
        self.takes.close()
        super().done(result)


def _spin(parent: QWidget, low: float, high: float, suffix: str, tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(low, high)
    box.setDecimals(2)
    box.setSingleStep(0.1)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    return box
