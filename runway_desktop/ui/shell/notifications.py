"""A system notification when a task finishes while the window is in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from runway_desktop.core.running.groups import Group, GroupProgress
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.bridge import EngineBridge

MESSAGE_MS = 8000
_EXCERPT = 60


def should_notify(
    before: TaskState | None,
    task: TaskRecord,
    *,
    window_active: bool,
    enabled: bool,
    tray_available: bool,
) -> bool:
    """Only a task that just finished (or now needs the user), only when the user looks elsewhere,
    only if wanted and possible."""
    if not enabled or not tray_available or window_active:
        return False
    return before is not None and not before.is_settled and task.state.is_settled


def notification_text(task: TaskRecord) -> tuple[str, str]:
    """Title and body: what finished, and how."""
    prompt = task.prompt.strip().replace("\n", " ")
    if len(prompt) > _EXCERPT:
        prompt = prompt[: _EXCERPT - 1].rstrip() + "…"
    about = f"{task.model}: “{prompt}”" if prompt else task.model
    kind = {"video": "Video", "image": "Image", "audio": "Audio"}.get(task.tab, "Generation")
    match task.state:
        case TaskState.SUCCEEDED:
            return f"{kind} ready", about
        case TaskState.FAILED:
            reason = task.failure or task.error or "no reason given"
            return f"{kind} failed", f"{about}\n{reason}"
        case TaskState.CANCELLED:
            return f"{kind} cancelled", about
        case TaskState.NEEDS_ATTENTION if task.attention is not None:
            attention = task.attention
            return f"{kind} needs attention", f"{about}\n{attention.reason} {attention.action.label}"
        case _:
            return f"{kind}: {task.state.label.lower()}", f"{about}\n{task.error or ''}".strip()


def group_notification_text(group: Group, progress: GroupProgress) -> tuple[str, str]:
    """Title and body for a finished batch or pipeline run: its counts and what it cost."""
    kind = "Pipeline" if group.kind == "pipeline" else "Batch"
    trouble = progress.failed + progress.unknown + progress.attention
    title = f"{kind} finished" if not trouble else f"{kind} finished with problems"
    return title, f"{group.name}\n{progress.text}"


class TrayNotifier(QObject):
    """Watches the bridge's tasks and shows a tray message when `should_notify` says so."""

    def __init__(
        self,
        bridge: EngineBridge,
        window: QWidget,
        app_icon: QIcon,
        *,
        enabled: bool = True,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = enabled
        self._states: dict[str, TaskState] = {t.id: t.state for t in bridge.tasks}
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = QSystemTrayIcon(app_icon, self)
            self.tray.setToolTip("Runway Desktop")
            self.tray.activated.connect(self._raise_window)
            self.tray.messageClicked.connect(self._raise_window)
            self.tray.show()
        self.shown: list[tuple[str, str]] = []  # what was shown this session, newest last
        bridge.taskAdded.connect(self._on_task)
        bridge.taskChanged.connect(self._on_task)
        bridge.taskRemoved.connect(lambda task_id: self._states.pop(task_id, None))
        bridge.historyReplaced.connect(lambda: self._reload(bridge))
        bridge.groupFinished.connect(self._on_group_finished)

    def _reload(self, bridge: EngineBridge) -> None:
        self._states = {t.id: t.state for t in bridge.tasks}

    def _on_task(self, task: TaskRecord) -> None:
        before = self._states.get(task.id)
        self._states[task.id] = task.state
        if task.group_id:  # a batch or pipeline run says so once, when the whole group has finished
            return
        if not should_notify(
            before,
            task,
            window_active=self.window.isActiveWindow(),
            enabled=self.enabled,
            tray_available=self.tray is not None,
        ):
            return
        title, body = notification_text(task)
        self._show(title, body, task.state is TaskState.SUCCEEDED)

    def _on_group_finished(self, group: Group, progress: GroupProgress) -> None:
        if not self.enabled or self.tray is None or self.window.isActiveWindow():
            return
        title, body = group_notification_text(group, progress)
        self._show(title, body, progress.succeeded == progress.total)

    def _show(self, title: str, body: str, good: bool) -> None:
        kind = QSystemTrayIcon.MessageIcon.Information if good else QSystemTrayIcon.MessageIcon.Warning
        self.shown.append((title, body))
        del self.shown[:-20]
        if self.tray is not None:
            self.tray.showMessage(title, body, kind, MESSAGE_MS)

    def _raise_window(self, *_: object) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
