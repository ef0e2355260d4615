"""Background work started from the UI, and the one way an exception becomes a sentence for people.

The UI thread only paints: anything slow is a coroutine (or a blocking call sent to a worker
thread) started here. A failure never vanishes in a coroutine: it is logged and handed to
`report(message, detail)` — the window's error banner, or a dialog's own message line.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import traceback
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication

from runway_desktop.failure_words import plain_reason
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.i18n.failures import failure_text

log = logging.getLogger(__name__)

Report = Callable[[str, str], None]  # message for people, detail for a bug report


def error_message(exc: BaseException) -> str:
    """What went wrong, in words (the window's language): the error's own sentence, else its type and text."""
    for name in ("user_message", "message"):
        text = getattr(exc, name, None)
        if isinstance(text, str) and text.strip():
            return core_text(text.strip())
    text = str(exc).strip()
    if (isinstance(exc, OSError) and exc.strerror) or plain_reason(exc) is not None:
        if not isinstance(exc, OSError) or not exc.filename:
            return failure_text(exc)
        where = QCoreApplication.translate("ErrorBanner", "{reason} ({file})")
        return where.format(reason=failure_text(exc), file=exc.filename)
    if text:
        return text
    unexpected = QCoreApplication.translate("ErrorBanner", "Unexpected error: {kind}")
    return unexpected.format(kind=type(exc).__name__)


class Background:
    """Starts work on the running event loop; each failure goes to `report` as "<what> failed: …".

    `what` names the work for people, already in the window's language.
    """

    def __init__(self, report: Report) -> None:
        self._report = report
        self._pending: set[asyncio.Task[Any]] = set()

    @property
    def busy(self) -> bool:
        return any(not task.done() for task in self._pending)

    def start(
        self,
        make: Callable[[], Awaitable[Any]],
        what: str,
        on_done: Callable[[Any], None] | None = None,
        *,
        quiet: tuple[type[BaseException], ...] = (),
    ) -> asyncio.Task[Any]:
        """Run `make()`: its result goes to `on_done`, its failure to `report` (the log only, if `quiet`)."""

        async def guarded() -> Any:
            try:
                result = await make()
            except asyncio.CancelledError:
                raise
            except quiet as exc:
                log.info("%s: %s", what, exc)
                return None
            except Exception as exc:  # errors are data: shown to the person, never lost
                log.exception("%s failed", what)
                said = QCoreApplication.translate("Background", "{what} failed: {reason}")
                detail = "".join(traceback.format_exception(exc))
                self._report(said.format(what=what, reason=error_message(exc)), detail)
                return None
            if on_done is not None:
                on_done(result)
            return result

        task = asyncio.ensure_future(guarded())
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        return task

    def run_coroutine(
        self, coro: Coroutine[Any, Any, Any], what: str, on_done: Callable[[Any], None] | None = None
    ) -> asyncio.Task[Any]:
        """`start` for a coroutine already made; closed unawaited if it is cancelled before it starts."""
        task = self.start(lambda: coro, what, on_done)

        def never_started(finished: asyncio.Task[Any]) -> None:
            if finished.cancelled() and inspect.getcoroutinestate(coro) == inspect.CORO_CREATED:
                coro.close()

        task.add_done_callback(never_started)
        return task

    def in_thread(
        self, call: Callable[..., Any], *args: Any, what: str, on_done: Callable[[Any], None] | None = None
    ) -> asyncio.Task[Any]:
        """Run a blocking `call(*args)` in a worker thread, reported like `start`."""
        return self.start(lambda: asyncio.to_thread(call, *args), what, on_done)

    def cancel_all(self) -> None:
        """Cancel everything still running, except the work calling this (it is ending anyway)."""
        try:
            current = asyncio.current_task()
        except RuntimeError:  # no loop running: called from plain Qt code
            current = None
        for task in list(self._pending):
            if task is not current:
                task.cancel()
