"""Video and audio playback with QtMultimedia: play/pause, scrub, loop and volume.

Every load, stop, play and pause reaches the player through the event loop (`player_calls`): from
Python, a stop or a new source can wait for ever on QtMultimedia's renderer threads. Queued in order,
the newest selection is the one that ends up loaded, however fast the selection changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QAbstractSlider,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.ui.preview import player_calls
from runway_desktop.ui.queue.text import clock_text
from runway_desktop.ui.shell.fitting import ScaledPixmapLabel

DEFAULT_VOLUME = 80


class MediaPlayer(QWidget):
    """Shows the first frame when a video is loaded; plays on request; loops by default."""

    playingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPlayer")
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.audio.setVolume(DEFAULT_VOLUME / 100)
        self.player.setAudioOutput(self.audio)

        self.video = QVideoWidget(self)
        self.video.setObjectName("previewVideo")
        self.video.setMinimumSize(QSize(96, 54))
        # Ignored: a video's own pixel size must never widen the panel it is shown in.
        self.video.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.player.setVideoOutput(self.video)
        # The waveform is scaled to the room it gets; it never asks the panel for its own width.
        self.audio_art = ScaledPixmapLabel(self)
        self.audio_art.setObjectName("previewAudioArt")
        self.audio_art.setMinimumHeight(54)
        self._screen = QStackedWidget(self)
        self._screen.addWidget(self.video)
        self._screen.addWidget(self.audio_art)

        self.play_button = QToolButton(self)
        self.play_button.setObjectName("previewPlay")
        self.play_button.setText(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause"))
        self.play_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As wide as its longer word, so it does not move the controls beside it.
        words = (self.tr("Play"), self.tr("Pause"))
        width = max(self.play_button.fontMetrics().horizontalAdvance(w) for w in words)
        self.play_button.setMinimumWidth(width + 24)
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setObjectName("previewPosition")
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setToolTip(self.tr("Drag to scrub"))
        self.position.setRange(0, 0)
        self.position.sliderMoved.connect(self.player.setPosition)
        self.position.actionTriggered.connect(self._slider_action)
        self.time_label = QLabel("0:00 / 0:00", self)
        self.time_label.setObjectName("previewTime")
        self.time_label.setMinimumWidth(self.time_label.fontMetrics().horizontalAdvance("00:00 / 00:00") + 4)
        self.loop_button = QToolButton(self)
        self.loop_button.setObjectName("previewLoop")
        self.loop_button.setText(self.tr("Loop"))
        self.loop_button.setToolTip(self.tr("Play again from the start when it ends"))
        self.loop_button.setCheckable(True)
        self.loop_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for button in (self.play_button, self.loop_button):  # never squeezed below their text's height
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.loop_button.toggled.connect(self.set_loop)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("previewVolume")
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(DEFAULT_VOLUME)
        self.volume.setMaximumWidth(90)
        self.volume.setMinimumWidth(50)
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("previewError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # The seek bar has a line of its own, as wide as the pane; the buttons sit below it.
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(8)
        controls.addWidget(self.play_button)
        controls.addWidget(self.time_label)
        controls.addStretch(1)
        controls.addWidget(self.loop_button)
        controls.addWidget(QLabel(self.tr("Vol"), self))
        controls.addWidget(self.volume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._screen, 1)
        layout.addWidget(self.position)
        layout.addLayout(controls)
        layout.addWidget(self.error_label)

        self.player.durationChanged.connect(self._duration_changed)
        self.player.positionChanged.connect(self._position_changed)
        self.player.playbackStateChanged.connect(self._state_changed)
        self.player.errorOccurred.connect(self._error)
        self.loop_button.setChecked(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Their height is known once the style sheet has been applied, which is now.
        for button in (self.play_button, self.loop_button):
            button.setMinimumHeight(button.sizeHint().height())

    def video_sink(self) -> QVideoSink:
        """Where decoded frames arrive (tests and screenshots watch `videoFrameChanged`)."""
        return self.player.videoSink()

    def set_source(self, path: str, kind: str, art: QPixmap | None = None) -> None:
        """Load a file; a video shows its first frame, paused."""
        self.error_label.hide()
        player_calls.load(self.player, QUrl.fromLocalFile(path))
        if kind == "audio":
            self._screen.setCurrentWidget(self.audio_art)
            self.set_audio_art(art)
        else:
            self._screen.setCurrentWidget(self.video)
            player_calls.pause(self.player)  # renders the first frame without playing

    def set_audio_art(self, art: QPixmap | None) -> None:
        if art is not None and not art.isNull():
            self.audio_art.set_source(art)
        else:
            self.audio_art.setText(self.tr("Audio"))

    def clear(self) -> None:
        """Stop and let go of the file (on the next turn of the event loop)."""
        player_calls.unload(self.player)
        self.audio_art.clear()

    @property
    def playing(self) -> bool:
        return self.player.playbackState() is QMediaPlayer.PlaybackState.PlayingState

    def play(self) -> None:
        player_calls.play(self.player)

    def pause(self) -> None:
        player_calls.pause(self.player)

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def set_loop(self, loop: bool) -> None:
        self.player.setLoops(QMediaPlayer.Loops.Infinite if loop else QMediaPlayer.Loops.Once)

    def _slider_action(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderMove.value:
            self.player.setPosition(self.position.sliderPosition())

    def _duration_changed(self, duration: int) -> None:
        self.position.setRange(0, max(0, duration))
        self._update_time(self.player.position(), duration)

    def _position_changed(self, position: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(position)
        self._update_time(position, self.player.duration())

    def _update_time(self, position: int, duration: int) -> None:
        self.time_label.setText(self.tr("{position} / {duration}").format(
            position=clock_text(position / 1000), duration=clock_text(duration / 1000)))

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state is QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.playingChanged.emit(playing)

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        reason = message or self.tr("unknown error")
        self.error_label.setText(self.tr("Cannot play this file: {reason}").format(reason=reason))
        self.error_label.show()
