"""The status bar: what is running, the credit balance, and which service the window talks to."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from runway_desktop.core.running import account
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.fitting import ShorteningLabel

log = logging.getLogger(__name__)

BALANCE_REFRESH_MS = 5 * 60 * 1000
SIMULATOR_NOTICE = QT_TRANSLATE_NOOP(
    "StatusBar", "Offline simulator — nothing is sent to Runway and no credits are spent"
)
# Shorter wordings of the same notice, for a window too narrow for the whole sentence beside the balance.
SIMULATOR_NOTICE_SHORTER = (
    QT_TRANSLATE_NOOP("StatusBar", "Offline simulator — no credits spent"),
    QT_TRANSLATE_NOOP("StatusBar", "Offline simulator"),
)
# "Running" in the status bar: being submitted, or live at Runway. Tasks queued here are "waiting"
# (or "paused" while the queue is paused): nothing is spent on them yet.
_RUNNING = (TaskState.SUBMITTING, TaskState.PENDING, TaskState.THROTTLED, TaskState.RUNNING)
_WAITING = (TaskState.QUEUED,)
_ACTIVE = _RUNNING + _WAITING


def running_text(running: int, waiting: int = 0, paused: bool = False) -> str:
    """What is running and what waits here, e.g. "2 tasks running · 3 waiting" ("paused" while paused)."""
    translate = QCoreApplication.translate
    number = QLocale().toString
    parts = []
    if running:
        parts.append(translate("StatusBar", "1 task running") if running == 1
                     else translate("StatusBar", "{count} tasks running").format(count=number(running)))
    if waiting and paused:
        parts.append(translate("StatusBar", "1 task paused") if waiting == 1
                     else translate("StatusBar", "{count} tasks paused").format(count=number(waiting)))
    elif waiting:
        parts.append(translate("StatusBar", "1 task waiting") if waiting == 1
                     else translate("StatusBar", "{count} tasks waiting").format(count=number(waiting)))
    if not parts:
        return translate("StatusBar", "Nothing running")
    if len(parts) == 1:
        return parts[0]
    return translate("StatusBar", "{running} · {waiting}").format(running=parts[0], waiting=parts[1])


class StatusBar(QStatusBar):
    """Running count (from the bridge's tasks) and the balance (refreshed on finish and every 5 min)."""

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self.bridge = bridge
        self.mode = ConnectionMode.NONE
        self._states: dict[str, TaskState] = {t.id: t.state for t in bridge.tasks}
        # Kept up to date per event, so counting never walks the whole history.
        self._active = {task_id for task_id, state in self._states.items() if state in _ACTIVE}

        # The balance and the running count keep their words; the badge says less when room is short.
        wordings = (SIMULATOR_NOTICE, *SIMULATOR_NOTICE_SHORTER)
        self.simulator_badge = ShorteningLabel([QCoreApplication.translate("StatusBar", w) for w in wordings])
        self.simulator_badge.setObjectName("simulatorBadge")
        self.simulator_badge.setToolTip(self.tr(
            "The window talks to the built-in offline simulator running on this computer. "
            "Outputs are made up locally. Add an API key in Settings to use Runway."
        ))
        self.simulator_badge.hide()
        self.addWidget(self.simulator_badge)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        self.addWidget(self.connection_label)
        self.paused_label = QLabel(self.tr("Queue paused"))
        self.paused_label.setObjectName("queuePausedStatus")
        self.paused_label.setToolTip(
            self.tr("Nothing new is sent until the queue is resumed (the queue's head).")
        )
        self.paused_label.setVisible(bridge.paused)
        self.addPermanentWidget(self.paused_label)
        bridge.queuePaused.connect(self._on_paused)
        self.running_label = QLabel()
        self.running_label.setObjectName("runningLabel")
        self.addPermanentWidget(self.running_label)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceLabel")
        self.addPermanentWidget(self.balance_label)

        self.timer = QTimer(self)
        self.timer.setInterval(BALANCE_REFRESH_MS)
        self.timer.timeout.connect(self.refresh_balance)
        bridge.taskAdded.connect(self._on_task)
        bridge.taskChanged.connect(self._on_task)
        bridge.taskRemoved.connect(self._on_removed)
        bridge.historyReplaced.connect(self._reload)
        bridge.connectionChanged.connect(self.set_mode)
        bridge.accountChanged.connect(self._on_account)
        self.update_running()
        self.set_mode(bridge.mode, bridge.mode_detail)

    @property
    def running(self) -> int:
        """Tasks being sent or live at Runway."""
        return sum(1 for task_id in self._active if self._states[task_id] in _RUNNING)

    @property
    def waiting(self) -> int:
        """Tasks queued here, not sent yet (held while the queue is paused)."""
        return len(self._active) - self.running

    def update_running(self) -> None:
        self.running_label.setText(running_text(self.running, self.waiting, self.bridge.paused))
        self._fit_badge()

    def _on_paused(self, paused: bool) -> None:
        self.paused_label.setVisible(paused)
        self.update_running()  # and the badge's room

    def _on_task(self, task: TaskRecord) -> None:
        before = self._states.get(task.id)
        self._states[task.id] = task.state
        if task.state in _ACTIVE:
            self._active.add(task.id)
        else:
            self._active.discard(task.id)
        self.update_running()
        if task.state.is_terminal and before is not None and not before.is_terminal:
            self.refresh_balance()  # a finished task changes the balance (refunds included)

    def _reload(self) -> None:
        self._states = {t.id: t.state for t in self.bridge.tasks}
        self._active = {task_id for task_id, state in self._states.items() if state in _ACTIVE}
        self.update_running()

    def _on_removed(self, task_id: str) -> None:
        self._states.pop(task_id, None)
        self._active.discard(task_id)
        self.update_running()

    def set_mode(self, mode: ConnectionMode, detail: str = "") -> None:
        """Show which service is in use; with a client, fetch the balance now and every 5 minutes."""
        self.mode = mode
        self.simulator_badge.setVisible(mode is ConnectionMode.SIMULATOR)
        texts = {
            ConnectionMode.NONE: self.tr("No API key — add one in Settings (Ctrl+,)"),
            ConnectionMode.STARTING: self.tr("Starting the offline simulator…"),
            ConnectionMode.SIMULATOR: "",
            ConnectionMode.RUNWAY: (self.tr("Connected to {host}").format(host=detail) if detail
                                    else self.tr("Connected to Runway")),
        }
        self.connection_label.setText(texts[mode])
        self.connection_label.setVisible(bool(texts[mode]))
        self._fit_badge()
        if mode in (ConnectionMode.RUNWAY, ConnectionMode.SIMULATOR):
            self.timer.start()
            self.refresh_balance()
        else:
            self.timer.stop()
            self._show_balance(None, "")

    def refresh_balance(self) -> None:
        """Ask for the balance (the bridge asks once at a time); the answer comes as `accountChanged`."""
        if self.bridge.can_generate:
            self.bridge.refresh_account()

    def _on_account(self, check: account.AccountCheck | None) -> None:
        if check is None:
            self._show_balance(None, "")
        else:
            self._show_balance(check.balance if check.ok else None, check.message)

    def _show_balance(self, balance: float | None, message: str) -> None:
        if balance is not None:
            credits = core_text(account.credits_text(balance))
            if self.mode is ConnectionMode.SIMULATOR:
                text = self.tr("Balance: {credits} (simulated)").format(credits=credits)
            else:
                text = self.tr("Balance: {credits}").format(credits=credits)
            self.balance_label.setText(text)
            self.balance_label.setToolTip(self.tr("Your organization's credit balance, as Runway reports it"))
            self.balance_label.setProperty("unavailable", False)
        elif not self.bridge.can_generate:
            self.balance_label.setText("")
            self.balance_label.setToolTip("")
        else:
            self.balance_label.setText(self.tr("Balance unavailable"))
            self.balance_label.setToolTip(core_text(message))
            self.balance_label.setProperty("unavailable", True)
        self.balance_label.setVisible(bool(self.balance_label.text()))
        self._fit_badge()
        self.balance_label.style().unpolish(self.balance_label)
        self.balance_label.style().polish(self.balance_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_badge()

    def _fit_badge(self) -> None:
        """The simulator badge in the longest wording that leaves the balance and counts whole."""
        layout = self.layout()
        spacing = max(0, layout.spacing()) if layout is not None else 6
        others = [self.connection_label, self.paused_label, self.running_label, self.balance_label]
        used = sum(w.sizeHint().width() + spacing for w in others if not w.isHidden())
        margins = self.contentsMargins()
        self.simulator_badge.fit(self.width() - used - margins.left() - margins.right() - 4 * spacing)

    def stop(self) -> None:
        """No more balance requests (the window is closing)."""
        self.timer.stop()
