"""Sounds as stacked waveforms under one playhead, each with Solo and Mute."""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, QObject, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from runway_desktop.ui.compare.labels import TakeLabel, labels_for
from runway_desktop.ui.compare.sync import PlayerGroup
from runway_desktop.ui.compare.takes import Take
from runway_desktop.ui.compare.transport import Transport
from runway_desktop.ui.compare.waveforms import Waveform, read_waveform
from runway_desktop.ui.compare.workers import Delivery
from runway_desktop.ui.preview.player_calls import unload

AUDIO_TOLERANCE_US = 40_000  # players report their position every ~100 ms: finer would chase noise
BACKGROUND = QColor(24, 26, 31)
WAVE = QColor("#7089ff")
WAVE_SILENT = QColor("#3a3e48")
PLAYHEAD = QColor("#f5b94a")
TEXT = QColor(170, 174, 182)


class AudioMember(QObject):
    """A sound on the transport: its player, and the position it last reported."""

    frameShown = Signal(int)

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.last_pts: int | None = 0
        self.last_arrival = time.monotonic()
        self.frame_us: int | None = None
        self.player.positionChanged.connect(self._position)
        self.player.setSource(QUrl.fromLocalFile(path))

    def _position(self, ms: int) -> None:
        self.last_pts = ms * 1000
        self.last_arrival = time.monotonic()
        self.frameShown.emit(self.last_pts)


class WaveformView(QWidget):
    """One sound's envelope on the shared time axis, the playhead across it; a click seeks."""

    seekRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWaveform")
        self.setMinimumSize(QSize(200, 48))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.waveform: Waveform | None = None
        self.error = ""
        self.span_ms = 0  # the longest take: the time axis every lane shares
        self.playhead_ms = 0
        self.audible = True

    def set_waveform(self, waveform: Waveform) -> None:
        self.waveform = waveform
        self.update()

    def set_playhead(self, ms: int) -> None:
        self.playhead_ms = ms
        self.update()

    def x_of(self, ms: float) -> float:
        return self.width() * ms / self.span_ms if self.span_ms else 0.0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.span_ms and event.button() is Qt.MouseButton.LeftButton:
            self.seekRequested.emit(int(event.position().x() / max(1, self.width()) * self.span_ms))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        wave = self.waveform
        if self.error or wave is None:
            painter.setPen(TEXT)
            text = self.error or self.tr("Reading the sound…")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
        else:
            width = self.x_of(wave.seconds * 1000) if self.span_ms else float(self.width())
            middle, half = self.height() / 2, self.height() / 2 - 3
            painter.setPen(QPen(WAVE if self.audible else WAVE_SILENT, 1))
            count = len(wave.peaks)
            for x in range(int(width)):
                level = wave.peaks[min(count - 1, int(x / max(width, 1) * count))]
                reach = level * half
                painter.drawLine(QPointF(x + 0.5, middle - reach), QPointF(x + 0.5, middle + reach))
        painter.setPen(QPen(PLAYHEAD, 2))
        x = self.x_of(self.playhead_ms)
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.setPen(QPen(QColor(58, 62, 72), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))


class AudioLane(QWidget):
    """A take's waveform with its caption and its Solo and Mute buttons."""

    def __init__(self, number: int, label: TakeLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = WaveformView(self)
        shown = QLocale().toString(number)
        self.view.setAccessibleName(self.tr("Waveform of take {number}").format(number=shown))
        self.label = label
        self.solo_button = QToolButton(self)
        self.solo_button.setText(self.tr("Solo"))
        self.solo_button.setCheckable(True)
        tip = self.tr("Hear take {number} alone ({key})").format(number=shown, key=number)
        self.solo_button.setToolTip(tip)
        self.solo_button.setAccessibleName(self.tr("Solo take {number}").format(number=shown))
        self.mute_button = QToolButton(self)
        self.mute_button.setText(self.tr("Mute"))
        self.mute_button.setCheckable(True)
        self.mute_button.setToolTip(self.tr("Silence take {number}").format(number=shown))
        self.mute_button.setAccessibleName(self.tr("Mute take {number}").format(number=shown))
        for button in (self.solo_button, self.mute_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.solo_button)
        buttons.addWidget(self.mute_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.view, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top, 1)
        layout.addWidget(label)


class AudioPage(QWidget):
    """One transport for every sound; N (or a lane's Solo) hears take N alone."""

    def __init__(self, takes: list[Take], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareAudioPage")
        self.members = [AudioMember(take.path, self) for take in takes]
        self.group = PlayerGroup(list(self.members), self, tolerance_us=AUDIO_TOLERANCE_US)
        self.lanes = [AudioLane(n, label, self) for n, label in enumerate(labels_for(takes), start=1)]
        self.soloed: int | None = None
        self.transport = Transport(self.group, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for index, lane in enumerate(self.lanes):
            layout.addWidget(lane, 1)
            lane.solo_button.clicked.connect(lambda _c=False, i=index: self.solo(i))
            lane.mute_button.toggled.connect(lambda _on: self._apply_mix())
            lane.view.seekRequested.connect(self.group.seek)
        layout.addWidget(self.transport)
        self.group.positionChanged.connect(self._playhead)
        for member in self.members:
            member.player.durationChanged.connect(lambda _d: self._span())
        self._deliveries = []
        for lane, take in zip(self.lanes, takes, strict=True):
            delivery = Delivery(lane.view.set_waveform, lambda error, v=lane.view: self._failed(v, error))
            delivery.run(read_waveform, take.path)
            self._deliveries.append(delivery)
        self._apply_mix()

    def toggle(self) -> None:
        self.group.toggle()

    def step(self, frames: int) -> None:
        self.group.step(frames)

    def solo(self, index: int) -> None:
        """Hear take `index` alone; soloing it again hears every unmuted take."""
        self.soloed = None if self.soloed == index else index
        self._apply_mix()

    def audible(self) -> list[bool]:
        """Which takes are heard now."""
        return [
            not lane.mute_button.isChecked() if self.soloed is None else index == self.soloed
            for index, lane in enumerate(self.lanes)
        ]

    def _apply_mix(self) -> None:
        mix = zip(self.lanes, self.members, self.audible(), strict=True)
        for index, (lane, member, heard) in enumerate(mix):
            lane.solo_button.setChecked(index == self.soloed)
            member.audio.setMuted(not heard)
            lane.view.audible = heard
            lane.view.update()

    def _span(self) -> None:
        span = max((m.player.duration() for m in self.members), default=0)
        for lane in self.lanes:
            lane.view.span_ms = span
            lane.view.update()

    def _playhead(self, ms: int) -> None:
        for lane in self.lanes:
            lane.view.set_playhead(ms)

    def _failed(self, view: WaveformView, error: Exception) -> None:
        view.error = self.tr("No waveform: {reason}").format(reason=error)
        view.update()

    def release(self) -> None:
        self.group.halt()
        for delivery in self._deliveries:
            delivery.cancel()
        for member in self.members:
            unload(member.player)
