"""Errors shown in the window, never lost and never modal: a banner with Copy, and the hooks feeding it.

Every path by which an exception can escape ends here: `sys.excepthook` (Qt slots and qasync's
async slots), `threading.excepthook` (worker threads) and the asyncio loop's exception handler
(callbacks and forgotten tasks). The text is passed through a redaction function first, so a
key that slipped into an exception message never reaches the clipboard or a bug report.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.shell.assets import icon
from runway_desktop.ui.shell.background import error_message

log = logging.getLogger(__name__)
Redact = Callable[[str], str]


class ErrorBanner(QFrame):
    """A non-modal strip above the tabs: the latest problem, Copy, Dismiss; repeats are counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self._errors: list[list[Any]] = []  # [message, detail, times seen]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        badge = QLabel()
        badge.setPixmap(icon("error").pixmap(18, 18))
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(badge)
        self.message_label = QLabel()
        self.message_label.setObjectName("errorBannerText")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message_label, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("errorBannerCount")
        layout.addWidget(self.count_label)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the message and its technical details, to paste into a report")
        )
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.copy_button)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setIcon(icon("close"))
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.dismiss_button)
        self.hide()

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [(message, detail) for message, detail, _ in self._errors]

    def current(self) -> tuple[str, str] | None:
        return (self._errors[-1][0], self._errors[-1][1]) if self._errors else None

    def show_error(self, message: str, detail: str = "") -> None:
        """Show `message` (for people, in the window's language); `detail` (a traceback or server
        answer) goes only to Copy. A sentence made by core or the API is translated here."""
        message = core_text((message or self.tr("Something went wrong.")).strip())
        if self._errors and self._errors[-1][0] == message:
            self._errors[-1][1] = detail or self._errors[-1][1]
            self._errors[-1][2] += 1
        else:
            self._errors.append([message, detail, 1])
            del self._errors[:-50]  # a storm of different errors must not grow without bound
        self._refresh()

    def copy_text(self) -> str:
        if not self._errors:
            return ""
        message, detail, _ = self._errors[-1]
        return f"{message}\n\n{detail.rstrip()}\n" if detail else f"{message}\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.copy_text())
        self.copy_button.setText(self.tr("Copied"))

    def dismiss(self) -> None:
        if self._errors:
            self._errors.pop()
        self._refresh()

    def clear(self) -> None:
        self._errors.clear()
        self._refresh()

    def _refresh(self) -> None:
        if not self._errors:
            self.hide()
            return
        message, _, times = self._errors[-1]
        number = QLocale().toString
        repeated = self.tr("{message} (×{times})").format(message=message, times=number(times))
        self.message_label.setText(message if times == 1 else repeated)
        earlier = len(self._errors) - 1
        self.count_label.setText(self.tr("{count} earlier").format(count=number(earlier)) if earlier else "")
        self.count_label.setVisible(bool(earlier))
        dismiss = self.tr("Dismiss (show the earlier one)") if earlier else self.tr("Dismiss")
        self.dismiss_button.setToolTip(dismiss)
        self.copy_button.setText(self.tr("Copy"))
        self.show()


def unexpected(kind: str, text: str = "") -> str:
    """The sentence for an error that has none of its own: that it was not expected, and what it was."""
    translate = QCoreApplication.translate
    if text:
        return translate("ErrorBanner", "Unexpected error: {kind}: {text}").format(kind=kind, text=text)
    return translate("ErrorBanner", "Unexpected error: {kind}").format(kind=kind)


def _describe(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> tuple[str, str]:
    text = str(value).strip()
    own = any(isinstance(getattr(value, name, None), str) for name in ("user_message", "message"))
    # Without a sentence for people, say plainly that it was not expected, and what it was.
    message = error_message(value) if own else unexpected(kind.__name__, text)
    detail = "".join(traceback.format_exception(kind, value, tb))
    return message, detail


class ErrorReporter(QObject):
    """Installs the global hooks; whatever they catch arrives (on the GUI thread) as `reported`."""

    reported = Signal(str, str)  # message, detail — already redacted

    def __init__(self, redact: Redact | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._redact = redact or (lambda text: text)
        self._saved: dict[str, Any] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def report(self, message: str, detail: str = "") -> None:
        """Thread-safe: a signal emitted off the GUI thread is delivered on it (queued)."""
        self.reported.emit(self._redact(message), self._redact(detail))

    def report_exception(self, error: BaseException, message: str | None = None) -> None:
        text, detail = _describe(type(error), error, error.__traceback__)
        log.error("%s", message or text, exc_info=(type(error), error, error.__traceback__))
        self.report(message or text, detail)

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._saved = {"sys": sys.excepthook, "threading": threading.excepthook}
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        if loop is not None:
            self._loop = loop
            # qasync keeps its handler privately and get_exception_handler() does not see it.
            previous = getattr(loop, "_QEventLoop__exception_handler", loop.get_exception_handler())
            self._saved["loop"] = previous
            loop.set_exception_handler(self._loop_handler)

    def uninstall(self) -> None:
        if not self._saved:
            return
        sys.excepthook = self._saved["sys"]
        threading.excepthook = self._saved["threading"]
        if self._loop is not None:
            self._loop.set_exception_handler(self._saved.get("loop"))
            self._loop = None
        self._saved = {}

    def _sys_hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        message, detail = _describe(kind, value, tb)
        log.error("%s", message, exc_info=(kind, value, tb))
        self.report(message, detail)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        message, detail = _describe(args.exc_type, args.exc_value, args.exc_traceback)
        where = args.thread.name if args.thread else "a worker thread"
        log.error("in %s: %s", where, message, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self.report(message, f"In thread {where}:\n{detail}")

    def _loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, asyncio.CancelledError):
            return
        what = context.get("message") or QCoreApplication.translate(
            "ErrorBanner", "Unhandled error in background work"
        )
        if error is None:
            log.error("%s", what)
            self.report(unexpected(what), repr(context))
            return
        message, detail = _describe(type(error), error, error.__traceback__)
        log.error("%s", what, exc_info=(type(error), error, error.__traceback__))
        self.report(message, f"{what}\n{detail}")
