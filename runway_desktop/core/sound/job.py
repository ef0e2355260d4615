"""Adding sound in a background thread: start it, watch its progress, cancel it, await its result."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from runway_desktop.core.sound.mux import Progress, SoundResult, add_sound


class SoundJob:
    """One add-sound run on its own daemon thread; `future` resolves to a SoundResult or a SoundError."""

    def __init__(
        self,
        video: str | Path,
        audio: str | Path,
        out: str | Path,
        *,
        offset: float = 0.0,
        gain_db: float = 0.0,
        fade: float = 0.0,
        progress: Progress | None = None,
    ) -> None:
        """`progress(fraction)` is called from the worker thread (a Qt caller emits a signal from it)."""
        self.future: Future[SoundResult] = Future()
        self._cancel = threading.Event()
        self._args = (Path(video), Path(audio), Path(out), offset, gain_db, fade, progress)
        self._thread = threading.Thread(target=self._run, name=f"add sound {Path(out).name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            self.future.set_result(add_sound(*self._args, cancel=self._cancel))
        except BaseException as exc:  # delivered to whoever waits on the future
            self.future.set_exception(exc)

    def cancel(self) -> None:
        """Stop between two packets; the future then fails with SoundCancelled and no file is left."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> SoundResult:
        """The result (blocking, for scripts and tests); raises what the run raised."""
        return self.future.result(timeout)
