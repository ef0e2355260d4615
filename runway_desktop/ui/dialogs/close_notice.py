"""What closing the window now would leave unfinished, in words (the window's language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.dialogs.money import number_words
from runway_desktop.ui.shell.connection import ConnectionMode


def _simulated(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "CloseNotice", "1 simulated task is not finished. The offline simulator stops with the app, "
            "so it will not finish.")
    return QCoreApplication.translate(
        "CloseNotice", "{count} simulated tasks are not finished. The offline simulator stops with the app, "
        "so they will not finish.").format(count=number_words(count))


def _running(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "CloseNotice", "1 task is still running at Runway. It will carry on, and its results will be "
            "downloaded the next time you open Runway Desktop.")
    return QCoreApplication.translate(
        "CloseNotice", "{count} tasks are still running at Runway. They will carry on, and their results "
        "will be downloaded the next time you open Runway Desktop.").format(count=number_words(count))


def _downloads(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "CloseNotice", "1 finished task has results not downloaded yet; the download resumes the next "
            "time you open Runway Desktop (Runway keeps them for about a day).")
    return QCoreApplication.translate(
        "CloseNotice", "{count} finished tasks have results not downloaded yet; the download resumes the "
        "next time you open Runway Desktop (Runway keeps them for about a day).").format(
            count=number_words(count))


def _queued(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "CloseNotice", "1 task is waiting to be sent; it will be sent the next time you open "
            "Runway Desktop.")
    return QCoreApplication.translate(
        "CloseNotice", "{count} tasks are waiting to be sent; they will be sent the next time you open "
        "Runway Desktop.").format(count=number_words(count))


def _submitting(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "CloseNotice", "1 task is being sent right now. If you quit, the app cannot tell whether Runway "
            "received it; it will be marked “outcome unknown”.")
    return QCoreApplication.translate(
        "CloseNotice", "{count} tasks are being sent right now. If you quit, the app cannot tell whether "
        "Runway received them; they will be marked “outcome unknown”.").format(count=number_words(count))


def unfinished_work_notice(tasks: list[TaskRecord], mode: ConnectionMode) -> str:
    """What closing now leaves unfinished, in words; empty when nothing is."""
    live = sum(1 for t in tasks if t.state.is_live_at_runway)
    queued = sum(1 for t in tasks if t.state is TaskState.QUEUED)
    submitting = sum(1 for t in tasks if t.state is TaskState.SUBMITTING)
    downloads = sum(1 for t in tasks if t.needs_download)
    if mode is ConnectionMode.SIMULATOR:
        unfinished = live + queued + submitting + downloads
        return _simulated(unfinished) if unfinished else ""
    parts = [say(count) for count, say in ((live, _running), (downloads, _downloads), (queued, _queued),
                                           (submitting, _submitting)) if count]
    return "\n\n".join(parts)
