"""A window's first paint, timed from outside: `python -m bench.startup_probe bare|app [APP ARGS...]`.

`bare` shows a plain PySide6 window (QApplication, QMainWindow with a QLabel); `app` runs the real
entry point, `runway_desktop.app.main(APP ARGS)`, unchanged. Either way an application-wide event
filter waits for the first Paint event of a top-level QMainWindow and lets that paint finish; for
the app it then also waits until the window is interactive: the form on screen is in place (the
window's `interactive` property) and a timer posted to its event loop runs within `RESPONSIVE_MS`
(the window answers input in time); and until it is composed (queue, history, status bar and the
rest in place, the `composed` property). It prints one JSON
line of CLOCK_MONOTONIC readings (comparable with the parent's `time.monotonic()`), with the
process's CPU time at the first paint and at interactive (all its threads: what it cost, whatever
else the machine was doing) and ends the process at once with `os._exit` (a simulator child
ends with it: it has a parent-death signal). The parent times from just before it spawned this
process.
"""

from __future__ import annotations

import json
import os
import sys
import time

STARTED = time.monotonic()  # the interpreter is up and this module is running
RESPONSIVE_MS = 50  # a posted event handled within this is an answer a person does not notice


def _watch_first_paint(app) -> None:
    """Install the filter that reports the first painted QMainWindow and ends the process."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    readings: dict[str, object] = {"started": STARTED}

    window: list[QMainWindow] = []

    def report() -> None:
        now = time.monotonic()
        readings.setdefault("painted", now)  # after the whole window was painted and flushed
        shown = window[0]
        if "composed" not in readings and getattr(shown, "composed", True):
            readings["composed"] = now
        if "interactive" in readings:
            if "composed" in readings:
                finish()
            else:
                QTimer.singleShot(2, report)  # the queue and the rest are still being added
            return
        if not getattr(shown, "interactive", getattr(shown, "composed", True)):
            QTimer.singleShot(2, report)  # the app's frame is up; its form follows
            return
        readings.setdefault("ready", now)  # the form on screen is in place
        QTimer.singleShot(0, lambda: answered(now))

    def answered(posted: float) -> None:
        now = time.monotonic()
        if (now - posted) * 1000 > RESPONSIVE_MS:
            QTimer.singleShot(2, report)  # still busy composing: ask again
            return
        readings["interactive"] = now
        readings["interactive_cpu"] = time.process_time()
        report()

    def finish() -> None:
        readings["longest_stall_ms"] = round(max(stalls, default=0.0), 1)
        sys.stdout.write(json.dumps(readings) + "\n")
        sys.stdout.flush()
        os._exit(0)

    # How long the event loop went without turning, from the first paint until composed.
    stalls: list[float] = []
    last_tick: list[float] = []

    def tick() -> None:
        now = time.monotonic()
        if last_tick:
            stalls.append((now - last_tick[0]) * 1000)
        last_tick[:] = [now]

    ticker = QTimer(app)
    ticker.setInterval(5)
    ticker.timeout.connect(tick)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                "paint" not in readings
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)
                and watched.isWindow()
            ):
                readings["paint"] = time.monotonic()
                readings["paint_cpu"] = time.process_time()
                window.append(watched)
                # Every later event would pass through this Python filter: the probe's own cost, not
                # the app's, so it leaves once it has seen the paint (timers do the rest).
                QTimer.singleShot(0, lambda: app.removeEventFilter(self))
                mode = getattr(watched, "mode", None)  # the app's connection: which start-up this was
                readings["mode"] = getattr(mode, "value", mode)
                ticker.start()
                QTimer.singleShot(0, report)
            return False

    app._first_paint_filter = FirstPaint(app)  # kept alive as long as the application
    app.installEventFilter(app._first_paint_filter)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    _watch_first_paint(app)
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1280, 800)
    window.show()
    return app.exec()


def real_app(argv: list[str]) -> int:
    # What runway_desktop.app.main does first, so the filter can be installed on its QApplication.
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtWidgets import QApplication

    from runway_desktop import app as entry

    application = QApplication([sys.argv[0]])
    _watch_first_paint(application)
    return entry.main(argv)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("bare", "app"):
        print("usage: python -m bench.startup_probe bare | app [APP ARGS...]", file=sys.stderr)
        return 2
    return bare() if argv[0] == "bare" else real_app(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
