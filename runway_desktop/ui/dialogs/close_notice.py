"""What closing the window now would leave unfinished, in words (the window's language)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.dialogs.money import number_words
from runway_desktop.ui.shell.connection import ConnectionMode

# Each kind of unfinished work: its sentence for one task, and for {count} tasks.
_SIMULATED = (
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "1 simulated task is not finished. The offline simulator stops with the app, so it will not "
        "finish."),
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "{count} simulated tasks are not finished. The offline simulator stops with the app, so they "
        "will not finish."),
)
_RUNNING = (
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "1 task is still running at Runway. It will carry on, and its results will be downloaded the "
        "next time you open Runway Desktop."),
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "{count} tasks are still running at Runway. They will carry on, and their results will be "
        "downloaded the next time you open Runway Desktop."),
)
_DOWNLOADS = (
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "1 finished task has results not downloaded yet; the download resumes the next time you open "
        "Runway Desktop (Runway keeps them for about a day)."),
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "{count} finished tasks have results not downloaded yet; the download resumes the next time "
        "you open Runway Desktop (Runway keeps them for about a day)."),
)
_QUEUED = (
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "1 task is waiting to be sent; it will be sent the next time you open Runway Desktop."),
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "{count} tasks are waiting to be sent; they will be sent the next time you open Runway "
        "Desktop."),
)
_SUBMITTING = (
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "1 task is being sent right now. If you quit, the app cannot tell whether Runway received it;"
        " it will be marked “outcome unknown”."),
    QT_TRANSLATE_NOOP(
        "CloseNotice",
        "{count} tasks are being sent right now. If you quit, the app cannot tell whether Runway "
        "received them; they will be marked “outcome unknown”."),
)


def _sentence(forms: tuple[str, str], count: int) -> str:
    """The sentence for `count` tasks (the English form chosen by the count, then translated)."""
    one, many = forms
    if count == 1:
        return QCoreApplication.translate("CloseNotice", one)
    return QCoreApplication.translate("CloseNotice", many).format(count=number_words(count))


def unfinished_work_notice(tasks: list[TaskRecord], mode: ConnectionMode) -> str:
    """What closing now leaves unfinished, in words; empty when nothing is."""
    live = sum(1 for t in tasks if t.state.is_live_at_runway)
    queued = sum(1 for t in tasks if t.state is TaskState.QUEUED)
    submitting = sum(1 for t in tasks if t.state is TaskState.SUBMITTING)
    downloads = sum(1 for t in tasks if t.needs_download)
    if mode is ConnectionMode.SIMULATOR:
        unfinished = live + queued + submitting + downloads
        return _sentence(_SIMULATED, unfinished) if unfinished else ""
    counts = ((_RUNNING, live), (_DOWNLOADS, downloads), (_QUEUED, queued), (_SUBMITTING, submitting))
    return "\n\n".join(_sentence(forms, count) for forms, count in counts if count)
