"""The one transport bar: play/pause, frame steps, the scrub bar, loop in/out points and the time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QToolButton, QWidget

from runway_desktop.ui.compare.sync import PlayerGroup


def time_text(ms: int) -> str:
    """0:03.25 — minutes, seconds and hundredths (frame steps must show a change)."""
    ms = max(0, ms)
    minutes, rest = divmod(ms, 60_000)
    return f"{minutes}:{rest / 1000:05.2f}"


class Transport(QWidget):
    """Drives a PlayerGroup; scrubbing pauses while the handle is held and resumes on release."""

    def __init__(self, group: PlayerGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTransport")
        self.group = group
        self._resume_after_scrub = False
        self.play_button = self._button(self.tr("Play"), self.tr("Play or pause every take (Space)"),
                                        group.toggle)
        self.back_button = self._button("◀▮", self.tr("Previous frame (Left arrow)"), lambda: group.step(-1))
        self.back_button.setAccessibleName(self.tr("Previous frame"))
        self.forward_button = self._button("▮▶", self.tr("Next frame (Right arrow)"), lambda: group.step(1))
        self.forward_button.setAccessibleName(self.tr("Next frame"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("compareScrub")
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.setToolTip(self.tr("Drag to scrub every take together"))
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setRange(0, 0)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.time_label = QLabel("0:00.00 / 0:00.00", self)
        self.time_label.setObjectName("compareTime")
        self.in_button = self._button(self.tr("In"), self.tr("Loop from the current frame"), group.set_in)
        self.out_button = self._button(self.tr("Out"), self.tr("Loop back after the current frame"),
                                       group.set_out)
        self.clear_button = self._button(self.tr("Clear loop"), self.tr("Loop over the whole take again"),
                                         group.clear_loop)
        self.loop_label = QLabel(self)
        self.loop_label.setObjectName("compareLoop")
        self.loop_label.setProperty("role", "hint")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.back_button, self.play_button, self.forward_button):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        for widget in (self.in_button, self.out_button, self.clear_button, self.loop_label):
            layout.addWidget(widget)

        self.slider.sliderPressed.connect(self._scrub_started)
        self.slider.sliderMoved.connect(group.seek)
        self.slider.sliderReleased.connect(self._scrub_ended)
        self.slider.actionTriggered.connect(self._slider_action)
        group.positionChanged.connect(self._position)
        group.durationChanged.connect(self._duration)
        group.playingChanged.connect(self._playing)
        group.loopChanged.connect(self._loop)
        self._loop(-1, -1)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _scrub_started(self) -> None:
        self._resume_after_scrub = self.group.playing
        if self._resume_after_scrub:
            self.group.pause()

    def _scrub_ended(self) -> None:
        self.group.seek(self.slider.sliderPosition())
        if self._resume_after_scrub:
            self.group.play()

    def _slider_action(self, action: int) -> None:
        # Clicks on the groove and keys (page/arrow on a focused slider) seek; drags arrive via sliderMoved.
        if action != QSlider.SliderAction.SliderMove.value:
            self.group.seek(self.slider.sliderPosition())

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time_label.setText(self.tr("{position} / {duration}").format(
            position=time_text(ms), duration=time_text(self.group.duration_ms)))

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, max(0, ms))
        self.slider.setSingleStep(max(1, self.group.frame_us // 1000))
        self.slider.setPageStep(1000)
        self._position(self.group.position_ms())
        self._refresh_loop()

    def _playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _loop(self, _in: int, _out: int) -> None:
        self._refresh_loop()

    def _refresh_loop(self) -> None:
        start, end = self.group.loop_range()
        whole = start == 0 and end == self.group.duration_ms
        span = self.tr("Loop {start}–{end}").format(start=time_text(start), end=time_text(end))
        self.loop_label.setText(self.tr("Loop: whole take") if whole else span)
        self.clear_button.setEnabled(not whole)
