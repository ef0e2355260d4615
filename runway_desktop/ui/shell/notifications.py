"""A system notification when a task finishes while the window is in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from runway_desktop.core.running.groups import Group, GroupProgress
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.i18n import core_text

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


def _say(text: str) -> str:
    return QCoreApplication.translate("Notifications", text)


# Each title for a task of each tab: whole sentences, as word order differs between languages.
_TITLES: dict[str, dict[str, str]] = {
    "video": {
        "ready": QT_TRANSLATE_NOOP("Notifications", "Video ready"),
        "failed": QT_TRANSLATE_NOOP("Notifications", "Video failed"),
        "cancelled": QT_TRANSLATE_NOOP("Notifications", "Video cancelled"),
        "attention": QT_TRANSLATE_NOOP("Notifications", "Video needs attention"),
        "other": QT_TRANSLATE_NOOP("Notifications", "Video: {state}"),
    },
    "image": {
        "ready": QT_TRANSLATE_NOOP("Notifications", "Image ready"),
        "failed": QT_TRANSLATE_NOOP("Notifications", "Image failed"),
        "cancelled": QT_TRANSLATE_NOOP("Notifications", "Image cancelled"),
        "attention": QT_TRANSLATE_NOOP("Notifications", "Image needs attention"),
        "other": QT_TRANSLATE_NOOP("Notifications", "Image: {state}"),
    },
    "audio": {
        "ready": QT_TRANSLATE_NOOP("Notifications", "Audio ready"),
        "failed": QT_TRANSLATE_NOOP("Notifications", "Audio failed"),
        "cancelled": QT_TRANSLATE_NOOP("Notifications", "Audio cancelled"),
        "attention": QT_TRANSLATE_NOOP("Notifications", "Audio needs attention"),
        "other": QT_TRANSLATE_NOOP("Notifications", "Audio: {state}"),
    },
    "": {
        "ready": QT_TRANSLATE_NOOP("Notifications", "Generation ready"),
        "failed": QT_TRANSLATE_NOOP("Notifications", "Generation failed"),
        "cancelled": QT_TRANSLATE_NOOP("Notifications", "Generation cancelled"),
        "attention": QT_TRANSLATE_NOOP("Notifications", "Generation needs attention"),
        "other": QT_TRANSLATE_NOOP("Notifications", "Generation: {state}"),
    },
}


def _title(tab: str, outcome: str) -> str:
    return _say(_TITLES.get(tab, _TITLES[""])[outcome])


def notification_text(task: TaskRecord) -> tuple[str, str]:
    """Title and body: what finished, and how (in the window's language)."""
    prompt = task.prompt.strip().replace("\n", " ")
    if len(prompt) > _EXCERPT:
        prompt = prompt[: _EXCERPT - 1].rstrip() + "…"
    about = task.model
    if prompt:
        about = QCoreApplication.translate("Notifications", "{model}: “{prompt}”")
        about = about.format(model=task.model, prompt=prompt)
    match task.state:
        case TaskState.SUCCEEDED:
            return _title(task.tab, "ready"), about
        case TaskState.FAILED:
            reason = core_text(task.failure or task.error)
            reason = reason or QCoreApplication.translate("Notifications", "no reason given")
            return _title(task.tab, "failed"), f"{about}\n{reason}"
        case TaskState.CANCELLED:
            return _title(task.tab, "cancelled"), about
        case TaskState.NEEDS_ATTENTION if task.attention is not None:
            attention = task.attention
            advice = f"{core_text(attention.reason)} {core_text(attention.action.label)}"
            return _title(task.tab, "attention"), f"{about}\n{advice}"
        case _:
            state = core_text(task.state.label).lower()
            body = f"{about}\n{core_text(task.error or '')}".strip()
            return _title(task.tab, "other").format(state=state), body


def group_notification_text(group: Group, progress: GroupProgress) -> tuple[str, str]:
    """Title and body for a finished batch or pipeline run: its counts and what it cost."""
    trouble = progress.failed + progress.unknown + progress.attention
    translate = QCoreApplication.translate
    if group.kind == "pipeline" and not trouble:
        title = translate("Notifications", "Pipeline finished")
    elif group.kind == "pipeline":
        title = translate("Notifications", "Pipeline finished with problems")
    elif not trouble:
        title = translate("Notifications", "Batch finished")
    else:
        title = translate("Notifications", "Batch finished with problems")
    return title, f"{group.name}\n{core_text(progress.text)}"


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
            self.tray.setToolTip("Runway Desktop")  # the app's name: not translated
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
