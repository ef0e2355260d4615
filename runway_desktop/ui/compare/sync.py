"""One transport for several players: the first is the master clock, the others follow it.

Play, pause, seek and frame steps go to every player at once. While playing, each follower's clock
offset (frame start time minus arrival time, median of its recent frames) is compared with the
master's. A follower more than half a frame off plays a little faster or slower until it is back
(a seek while playing would freeze it while it decodes from the previous keyframe, which on a
long-GOP 1080p take is worse than the drift). When a take falls far behind — its decoder starved
of CPU — the takes ahead of it pause on their frame until it catches up, then all play on: the
picture stutters rather than drifts apart. Only a take that never catches up is seeked.
"""

from __future__ import annotations

import statistics
import time
from collections import deque
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtMultimedia import QMediaPlayer

DEFAULT_FRAME_US = 41_667  # 24 fps, until the first frame tells the real duration
CHECK_MS = 150  # how often drift is measured while playing
SAMPLES = 7  # frames per drift estimate (a median: one late delivery does not move anything)
MIN_SAMPLES = 5
HOLD_BEYOND_US = 250_000  # drift a rate change would take too long to absorb: hold the others
HOLD_LIMIT_S = 3.0  # a take that has not caught up by then is seeked instead
RATE_GAIN_US = 400_000  # drift corrected per second of playback at the rate nudge: drift / this
MAX_NUDGE = 0.1  # the rate stays within 0.9–1.1×
START_WAIT_S = 1.0  # longest wait for every take to land on the first frame before playing anyway
SEEK_COOLDOWN_S = 1.5  # a follower just seeked needs time to decode before it is judged again


class Member(Protocol):
    """A take on the transport: its player and the newest frame it presented."""

    player: QMediaPlayer
    last_pts: int | None
    last_arrival: float
    frame_us: int | None
    frameShown: Signal  # (pts_us) for every frame presented


def to_ms(us: float) -> int:
    """Microseconds to whole milliseconds, rounded down."""
    return int(us // 1000)


class PlayerGroup(QObject):
    """Keeps 2–4 players on one clock; `positionChanged(ms)` follows the master's presented frame."""

    positionChanged = Signal(int)
    durationChanged = Signal(int)
    playingChanged = Signal(bool)
    loopChanged = Signal(int, int)  # in and out points (ms); -1 when unset

    def __init__(self, members: list[Member], parent: QObject | None = None, tolerance_us: int | None = None):
        super().__init__(parent)
        self.members = members
        self.tolerance_us = tolerance_us  # drift allowed before a follower is seeked; default half a frame
        self.master = members[0]
        self.corrections = 0  # follower seeks made to hold sync (figures for tests and the bench)
        self.holds = 0  # times the takes ahead paused for one behind
        self._held: list[int] = []  # members paused until the slowest catches up
        self._held_since = 0.0
        self.nudges = 0  # rate changes made to hold sync
        self._seeked_at = [0.0 for _ in members]
        self._strikes = [0 for _ in members]  # consecutive checks that found this follower off
        self._playing = False
        self._in_ms: int | None = None
        self._out_ms: int | None = None
        self._offsets: list[deque[float]] = [deque(maxlen=SAMPLES) for _ in members]
        self._wrapping = False
        self._stepped_to: int | None = None  # a frame step's target (µs), until another action moves on
        self._starting_at: int | None = None  # play waits for every take to show this frame (µs)
        self._start_deadline = 0.0
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self._hold_sync)
        for index, member in enumerate(members):
            member.player.setLoops(QMediaPlayer.Loops.Once)
            member.player.durationChanged.connect(lambda _d: self.durationChanged.emit(self.duration_ms))
            member.player.mediaStatusChanged.connect(lambda status, i=index: self._status(i, status))
            member.frameShown.connect(lambda _pts, i=index: self.frame_presented(i))

    # --- what the transport reads -------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def duration_ms(self) -> int:
        """The span every take has (the shortest take's length)."""
        durations = [m.player.duration() for m in self.members if m.player.duration() > 0]
        return min(durations) if durations else 0

    @property
    def frame_us(self) -> int:
        known = (m.frame_us for m in self.members if m.frame_us)
        return self.master.frame_us or next(known, DEFAULT_FRAME_US)

    def position_ms(self) -> int:
        """Where the master is: its presented frame's start, else its player's position."""
        if self.master.last_pts is not None:
            return to_ms(self.master.last_pts)
        return self.master.player.position()

    def loop_range(self) -> tuple[int, int]:
        """(in, out) in ms: the whole common span unless points are set."""
        end = self.duration_ms
        out = self._out_ms if self._out_ms is not None else end
        return (self._in_ms or 0, out)

    def skew_us(self) -> int:
        """The spread of the frames the players present now (0 when they show the same instant)."""
        shown = [m.last_pts for m in self.members if m.last_pts is not None]
        return max(shown) - min(shown) if len(shown) == len(self.members) else 0

    # --- transport ----------------------------------------------------------------------------

    def play(self) -> None:
        if self._playing:
            return
        start, out = self.loop_range()
        here = self.position_ms()
        target = start if (out and here >= out - self.frame_us / 1000) or here < start else here
        self._set_playing(True)
        if self._all_on(target * 1000):
            self._start_all()
        else:
            # Start together: every decoder first lands on the frame (a seek decodes from the previous
            # keyframe, faster for some takes than others), then all start in the same instant.
            self._seek_all(target)
            self._starting_at = target * 1000
            self._start_deadline = time.monotonic() + START_WAIT_S

    def _all_on(self, us: int) -> bool:
        """Every take presents the frame at `us`."""
        return all(m.last_pts is not None and abs(m.last_pts - us) < self.frame_us for m in self.members)

    def _start_all(self) -> None:
        self._starting_at = None
        for member in self.members:
            member.player.play()

    def pause(self) -> None:
        if not self._playing:
            return
        for member in self.members:
            member.player.pause()
        self._set_playing(False)
        # Every take comes to rest on the master's frame, whatever drift the last moments left.
        self._seek_all(self.position_ms())

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def seek(self, ms: int) -> None:
        """Show the frame at `ms` in every take (playing or not)."""
        self._seek_all(max(0, min(ms, max(0, self.duration_ms - 1))))

    def step(self, frames: int) -> None:
        """Pause and move every take `frames` frames (negative: back)."""
        if self._playing:
            for member in self.members:
                member.player.pause()
            self._set_playing(False)
        # Quick presses step from the last target, not from a frame the players have not shown yet.
        base = self._stepped_to
        if base is None:
            base = self.master.last_pts if self.master.last_pts is not None else self.position_ms() * 1000
        last_frame_us = max(0, self.duration_ms * 1000 - self.frame_us)
        target = min(max(0, base + frames * self.frame_us), last_frame_us)
        self._seek_all(to_ms(target))
        self._stepped_to = target

    def set_in(self, ms: int | None = None) -> None:
        """Loop from `ms` (default: the current frame)."""
        ms = self.position_ms() if ms is None else ms
        if self._out_ms is not None and ms >= self._out_ms:
            self._out_ms = None
        self._in_ms = ms
        self._emit_loop()

    def set_out(self, ms: int | None = None) -> None:
        """Loop back at `ms` (default: the end of the current frame)."""
        ms = to_ms((self.master.last_pts or self.position_ms() * 1000) + self.frame_us) if ms is None else ms
        ms = min(ms, self.duration_ms) if self.duration_ms else ms
        if self._in_ms is not None and ms <= self._in_ms:
            self._in_ms = None
        self._out_ms = ms
        self._emit_loop()

    def clear_loop(self) -> None:
        self._in_ms = self._out_ms = None
        self._emit_loop()

    def stop(self) -> None:
        self._check.stop()
        for member in self.members:
            member.player.stop()
        self._playing = False

    def halt(self) -> None:
        """Stop keeping time without touching the players (closing: they are unloaded apart)."""
        self._check.stop()
        self._playing = False

    # --- keeping time ---------------------------------------------------------------------------

    def frame_presented(self, index: int) -> None:
        """A member presented a frame: record its clock offset; the master also moves the transport."""
        member = self.members[index]
        if member.last_pts is None:
            return
        if self._starting_at is not None:
            if self._all_on(self._starting_at) or time.monotonic() > self._start_deadline:
                self._start_all()
            return
        if self._playing:
            self._offsets[index].append(member.last_pts - member.last_arrival * 1e6)
        if member is self.master:
            self.positionChanged.emit(to_ms(member.last_pts))
            if self._playing:
                _start, out = self.loop_range()
                if out and member.last_pts >= out * 1000 + self.frame_us / 2:
                    self._wrap()  # past the out point (frames that queued up while the process waited)
                elif out and not self._wrapping and member.last_pts + self.frame_us >= out * 1000:
                    # The last frame before the out point is on screen: go back while it still is
                    # (half a frame leaves the seek time to land before the next frame is due).
                    self._wrapping = True
                    QTimer.singleShot(max(1, self.frame_us // 2000), self._wrap)

    def _wrap(self) -> None:
        self._wrapping = False
        if self._playing:
            self._seek_all(self.loop_range()[0])
            for member in self.members:
                if member.player.playbackState() is not QMediaPlayer.PlaybackState.PlayingState:
                    member.player.play()

    def _hold_sync(self) -> None:
        now = time.monotonic()
        if self._starting_at is not None:
            if now > self._start_deadline:
                self._start_all()
            return
        if self._held:
            self._release_held(now)
            return
        master = self._offsets[0]
        if len(master) < MIN_SAMPLES:
            return
        reference = statistics.median(master)
        tolerance = self.tolerance_us or self.frame_us / 2
        drifts = [0.0]
        for index in range(1, len(self.members)):
            offsets, member = self._offsets[index], self.members[index]
            if len(offsets) < MIN_SAMPLES or now - self._seeked_at[index] < SEEK_COOLDOWN_S:
                drifts.append(0.0)
                continue
            drift = statistics.median(offsets) - reference  # > 0: the follower is ahead
            drifts.append(drift)
            rate = member.player.playbackRate()
            # A starved process receives frames in bursts; only drift seen twice in a row is acted on.
            self._strikes[index] = self._strikes[index] + 1 if abs(drift) > tolerance else 0
            if self._strikes[index] < 2:
                if rate != 1.0 and abs(drift) < tolerance / 2:
                    member.player.setPlaybackRate(1.0)
            elif abs(drift) <= HOLD_BEYOND_US:
                nudge = max(-MAX_NUDGE, min(MAX_NUDGE, drift / RATE_GAIN_US))
                member.player.setPlaybackRate(1.0 - nudge)
                self.nudges += 1
        if max(drifts) - min(drifts) > HOLD_BEYOND_US and any(s >= 2 for s in self._strikes):
            # Who waits is decided on the frames shown now (the drift medians lag behind a burst).
            shown = [m.last_pts or 0 for m in self.members]
            slowest = min(shown)
            self._held = [i for i, pts in enumerate(shown) if pts - slowest > tolerance]
            self._held_since = now
            self.holds += 1
            for index in self._held:
                self.members[index].player.pause()
                self.members[index].player.setPlaybackRate(1.0)

    def _release_held(self, now: float) -> None:
        """Resume the held takes once the slowest has reached them (or seek it after HOLD_LIMIT_S)."""
        held = [self.members[i] for i in self._held]
        moving = [m for i, m in enumerate(self.members) if i not in self._held]
        target = min(m.last_pts or 0 for m in held)
        behind = min((m.last_pts or 0 for m in moving), default=target)
        caught_up = behind + self.frame_us / 2 >= target
        if not caught_up and now - self._held_since < HOLD_LIMIT_S:
            return
        if not caught_up:
            for member in moving:
                member.player.setPosition(to_ms(target) + 1)
            self.corrections += 1
        for member in held:
            member.player.play()
        self._held = []
        for index, offsets in enumerate(self._offsets):
            offsets.clear()
            self._strikes[index] = 0
            self._seeked_at[index] = now

    def _seek_all(self, ms: int) -> None:
        self._stepped_to = None
        for offsets in self._offsets:
            offsets.clear()
        for member in self.members:
            # A player shows the frame that starts strictly before the position: one millisecond
            # more lands on the frame that starts at `ms` (or contains it).
            member.player.setPosition(ms + 1)
        self.positionChanged.emit(ms)

    def _status(self, index: int, status: QMediaPlayer.MediaStatus) -> None:
        if status is QMediaPlayer.MediaStatus.EndOfMedia and self._playing and index == 0:
            self._wrap()  # a take shorter than its out point: loop anyway

    def _set_playing(self, playing: bool) -> None:
        self._playing = playing
        self._stepped_to = None
        self._starting_at = None
        self._held = []
        for member in self.members:
            if member.player.playbackRate() != 1.0:
                member.player.setPlaybackRate(1.0)
        if playing:
            self._check.start()
        else:
            self._check.stop()
        self.playingChanged.emit(playing)

    def _emit_loop(self) -> None:
        start, end = (-1 if point is None else point for point in (self._in_ms, self._out_ms))
        self.loopChanged.emit(start, end)


def lasting_spread(samples: list[tuple[float, int]], lasting_s: float) -> int:
    """The largest spread (µs) that lasted at least `lasting_s`, from (time s, spread µs) samples in order.

    A take whose next frame arrives a few milliseconds after the others' shows a one-frame-larger
    spread for those milliseconds; what a person sees as drift is a spread that stays.
    """
    worst = 0
    for start, (begin, level) in enumerate(samples):
        if level <= worst:
            continue
        # How long the spread stayed at or above `level` from here.
        end = start
        while end + 1 < len(samples) and samples[end + 1][1] >= level:
            end += 1
        ended = samples[end + 1][0] if end + 1 < len(samples) else samples[end][0]
        if ended - begin >= lasting_s:
            worst = level
    return worst
