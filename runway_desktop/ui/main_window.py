"""The main window: Video, Image and Audio tabs, the queue docked on the right, notices and status.

The static frame (menus, actions with their shortcuts, the notice area and the tab widget) is
the Qt Designer form `ui/main_window.ui`, loaded at run time into this QMainWindow by
`assets.load_form` (QUiLoader, through `importlib.resources.files("runway_desktop.forms")`).
Everything that depends on the catalogue or the engine is added here in code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from runway_desktop.core.catalogue import Catalogue
from runway_desktop.core.secrets import Secrets
from runway_desktop.core.settings import Settings
from runway_desktop.core.tasks import TaskRecord, TaskState
from runway_desktop.core.thumbnails import ThumbnailCache
from runway_desktop.ui.assets import icon, load_form
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.error_banner import ErrorBanner
from runway_desktop.ui.generate_tab import GenerateTab
from runway_desktop.ui.lazy_tabs import LazyTabs
from runway_desktop.ui.notifications import TrayNotifier
from runway_desktop.ui.queue_panel import QueuePanel
from runway_desktop.ui.settings_dialog import SettingsDialog
from runway_desktop.ui.status import ConnectionMode, StatusBar
from runway_desktop.ui.welcome import WelcomeView

log = logging.getLogger(__name__)

TABS = (("video", "Video", "video"), ("image", "Image", "image"), ("audio", "Audio", "audio"))
ABOUT = (
    "<h3>Runway Desktop</h3>"
    "<p>A desktop studio for Runway's video, image and audio generation API, with a built-in "
    "offline simulator.</p><p>Your API key is kept in the system keychain only. Outputs are "
    "saved to your library folder as soon as they are ready, with the parameters beside them.</p>"
)

TabFactory = Callable[[str, Catalogue, EngineBridge, ThumbnailCache, QWidget], QWidget]
QueueFactory = Callable[[EngineBridge, ThumbnailCache, QWidget], QDockWidget]


def _generate_tab(
    tab: str, catalogue: Catalogue, bridge: EngineBridge, thumbs: ThumbnailCache, parent: QWidget
) -> QWidget:
    return GenerateTab(tab, catalogue, bridge, thumbs, parent)


def _queue_panel(bridge: EngineBridge, thumbs: ThumbnailCache, parent: QWidget) -> QDockWidget:
    return QueuePanel(bridge, thumbs, parent)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def unfinished_work_notice(tasks: list[TaskRecord], mode: ConnectionMode) -> str:
    """What closing now leaves unfinished, in words; empty when nothing is."""
    live = sum(1 for t in tasks if t.state.is_live_at_runway)
    queued = sum(1 for t in tasks if t.state is TaskState.QUEUED)
    submitting = sum(1 for t in tasks if t.state is TaskState.SUBMITTING)
    downloads = sum(1 for t in tasks if t.needs_download)
    if mode is ConnectionMode.SIMULATOR:
        unfinished = live + queued + submitting + downloads
        if not unfinished:
            return ""
        return (
            f"{_plural(unfinished, 'simulated task is', 'simulated tasks are')} not finished. The offline "
            "simulator stops with the app, so they will not finish."
        )
    parts = []
    if live:
        verb = "is" if live == 1 else "are"
        parts.append(
            f"{_plural(live, 'task', 'tasks')} {verb} still running at Runway. They will carry on, and their "
            "results will be downloaded the next time you open Runway Desktop."
        )
    if downloads:
        parts.append(
            f"{_plural(downloads, 'finished task has', 'finished tasks have')} results not downloaded yet; "
            "the download resumes the next time you open Runway Desktop (Runway keeps them for about a day)."
        )
    if queued:
        parts.append(
            f"{_plural(queued, 'task is', 'tasks are')} waiting to be sent; "
            "they will be sent the next time you open Runway Desktop."
        )
    if submitting:
        parts.append(
            f"{_plural(submitting, 'task is', 'tasks are')} being sent right now. If you quit, the app "
            "cannot tell whether Runway received them; they will be marked “outcome unknown”."
        )
    return "\n\n".join(parts)


class MainWindow(QMainWindow):
    """The window; the app composes it and reacts to `simulatorRequested`, `settingsSaved`, `closing`."""

    simulatorRequested = Signal()
    settingsSaved = Signal(object, bool)  # Settings, whether a new key was stored
    keyRemoved = Signal()
    closing = Signal()

    def __init__(
        self,
        bridge: EngineBridge,
        catalogue: Catalogue,
        thumbnails: ThumbnailCache,
        *,
        settings: Settings,
        settings_file: Path,
        secrets: Secrets,
        library_dir: Path | None = None,
        make_tab: TabFactory | None = None,
        make_queue: QueueFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("main_window.ui", self)
        self.setWindowIcon(icon("app"))
        self.bridge = bridge
        self.settings = settings
        self.settings_file = settings_file
        self.secrets = secrets
        self.library_dir = library_dir
        self.mode = ConnectionMode.NONE
        self.settings_dialog: SettingsDialog | None = None
        self.close_notice: QMessageBox | None = None
        self._close_confirmed = False
        self._closed = False

        self.tabs: QTabWidget = self.findChild(QTabWidget, "tabs")
        notices: QWidget = self.findChild(QWidget, "noticeArea")
        notice_layout: QVBoxLayout = notices.layout()
        self.banner = ErrorBanner(notices)
        notice_layout.addWidget(self.banner)
        self.welcome = WelcomeView(notices)
        self.welcome.addKeyRequested.connect(self.open_settings)
        self.welcome.simulatorRequested.connect(self.simulatorRequested)
        notice_layout.addWidget(self.welcome)

        make_tab = make_tab or _generate_tab
        self._make_tab = lambda key: make_tab(key, catalogue, bridge, thumbnails, self.tabs)
        # Only the first tab is built before the window shows; the others follow its first paint.
        pages = [(key, title, icon(name)) for key, title, name in TABS]
        self._pages = LazyTabs(self.tabs, pages, self._new_tab)
        self.tabs.setCurrentIndex(0)
        self._pages.get(TABS[0][0])
        self._pages.build_after_first_paint(self)

        self.queue = (make_queue or _queue_panel)(bridge, thumbnails, self)
        self.queue.setObjectName(self.queue.objectName() or "queueDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue)
        preview = getattr(self.queue, "preview_dock", None)
        if isinstance(preview, QDockWidget):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, preview)
            self.splitDockWidget(self.queue, preview, Qt.Orientation.Vertical)
        self.queue.useParameters.connect(self.use_parameters)

        self.status = StatusBar(bridge, self)
        self.setStatusBar(self.status)
        self.notifier = TrayNotifier(bridge, self, icon("app"), enabled=settings.notifications)
        bridge.failed.connect(self.banner.show_error)
        self._wire_actions()
        self.set_connection(ConnectionMode.NONE)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """The form's size, shrunk to fit a small screen, centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width, height = int(room.width() * 0.94), int(room.height() * 0.92)
        self.resize(min(self.width(), width), min(self.height(), height))
        frame = self.frameGeometry()
        frame.moveCenter(room.center())
        self.move(frame.topLeft())

    # -- actions -------------------------------------------------------------------------------

    def action(self, name: str) -> QAction:
        found = self.findChild(QAction, name)
        if found is None:
            raise LookupError(f"The form main_window.ui has no action {name!r}")
        return found

    def _wire_actions(self) -> None:
        for index, (key, _, _) in enumerate(TABS):
            self.action(f"action{key.capitalize()}Tab").triggered.connect(
                lambda _=False, i=index: self.tabs.setCurrentIndex(i)
            )
        self.action("actionSettings").setIcon(icon("settings"))
        self.action("actionSettings").triggered.connect(self.open_settings)
        self.action("actionQuit").setIcon(icon("quit"))
        self.action("actionQuit").triggered.connect(self.close)
        self.action("actionOpenLibrary").setIcon(icon("folder"))
        self.action("actionOpenLibrary").triggered.connect(self.open_library)
        self.action("actionTrySimulator").setIcon(icon("simulator"))
        self.action("actionTrySimulator").triggered.connect(self._try_simulator)
        self.action("actionAbout").setIcon(icon("info"))
        self.action("actionAbout").triggered.connect(self.show_about)
        view_menu = self.menuBar().findChild(QWidget, "menuView")
        docks = [self.queue, getattr(self.queue, "preview_dock", None)]
        for dock in docks:
            if isinstance(dock, QDockWidget):
                view_menu.addAction(dock.toggleViewAction())

    def _new_tab(self, key: str) -> QWidget:
        tab = self._make_tab(key)
        tab.setObjectName(f"{key}Tab")
        if hasattr(tab, "set_spend_warning"):
            tab.set_spend_warning(self.settings.warn_above_credits)
        return tab

    def tab(self, key: str) -> Any:
        """The GenerateTab for "video", "image" or "audio" (built now if it was not yet)."""
        return self._pages.get(key)

    @property
    def generate_tabs(self) -> dict[str, Any]:
        """Every GenerateTab by key, in tab order."""
        return self._pages.all()

    def use_parameters(self, task: TaskRecord) -> None:
        """Fill the task's tab with its parameters (from the queue's "Use parameters")."""
        if task.tab not in self._pages:
            self.banner.show_error(f"No tab takes a {task.tab!r} task, so its parameters cannot be used.")
            return
        tab = self._pages.get(task.tab)
        self.tabs.setCurrentWidget(tab)
        tab.apply_task(task)

    def show_error(self, message: str, detail: str = "") -> None:
        self.banner.show_error(message, detail)

    def _try_simulator(self) -> None:
        self.welcome.set_busy("Starting the offline simulator…")
        self.simulatorRequested.emit()

    def open_library(self) -> None:
        if self.library_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.library_dir)))

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, "About Runway Desktop", ABOUT, QMessageBox.StandardButton.Close, self
        )
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- connection and settings ------------------------------------------------------------------

    def set_connection(self, mode: ConnectionMode, detail: str = "") -> None:
        """Show which service generations go to; the welcome card shows only while there is none."""
        self.mode = mode
        self.status.set_mode(mode, detail)
        self.welcome.setVisible(mode in (ConnectionMode.NONE, ConnectionMode.STARTING))
        if mode is ConnectionMode.NONE:
            self.welcome.reset()
        elif mode is ConnectionMode.STARTING:
            self.welcome.set_busy("Starting the offline simulator…")
        self.action("actionTrySimulator").setEnabled(mode is ConnectionMode.NONE)
        simulated = mode is ConnectionMode.SIMULATOR
        self.setWindowTitle("Runway Desktop — offline simulator" if simulated else "Runway Desktop")
        for tab in self._pages.built.values():  # a tab built later starts from the current state
            refresh = getattr(tab, "refresh", None)
            if callable(refresh):
                refresh()  # Generate's enabled state depends on whether a client exists

    def simulator_failed(self, message: str) -> None:
        self.welcome.set_error(message)
        self.banner.show_error(message)

    def open_settings(self) -> SettingsDialog:
        """Show the (non-modal) settings dialog, reusing it while it is open."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        dialog = SettingsDialog(self.settings, self.settings_file, self.secrets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_settings_saved)
        dialog.keyRemoved.connect(self.keyRemoved)
        dialog.destroyed.connect(self._forget_dialog)
        self.settings_dialog = dialog
        dialog.show()
        return dialog

    def _forget_dialog(self, *_: object) -> None:
        self.settings_dialog = None

    def _on_settings_saved(self, settings: Settings, key_changed: bool) -> None:
        self.settings = settings
        self.notifier.enabled = settings.notifications
        for tab in self._pages.built.values():
            if hasattr(tab, "set_spend_warning"):
                tab.set_spend_warning(settings.warn_above_credits)
        self.settingsSaved.emit(settings, key_changed)

    # -- closing -------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit at once when nothing is unfinished; otherwise say what carries on, non-blockingly."""
        if self._closed:
            event.accept()
            return
        notice = unfinished_work_notice(self.bridge.tasks, self.mode)
        if notice and not self._close_confirmed:
            event.ignore()
            self._confirm_close(notice)
            return
        self._closed = True
        self.status.stop()
        self.notifier.hide()
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        event.accept()
        self.closing.emit()

    def close_without_asking(self) -> None:
        """Close now (the app is shutting down anyway): unfinished work simply carries on."""
        self._close_confirmed = True
        if not self._closed:
            self.close()

    def _confirm_close(self, notice: str) -> None:
        if self.close_notice is not None and self.close_notice.isVisible():
            self.close_notice.raise_()
            return
        box = QMessageBox(self)
        box.setObjectName("closeNotice")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Quit Runway Desktop?")
        box.setText("Quit Runway Desktop now?")
        box.setInformativeText(notice)
        self.quit_button = box.addButton("Quit", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Keep open", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.quit_button)
        box.buttonClicked.connect(self._close_answered)
        self.close_notice = box
        box.open()  # window-modal sheet, never exec(): asyncio keeps running underneath

    def _close_answered(self, button: Any) -> None:
        box, self.close_notice = self.close_notice, None
        if box is not None:
            box.deleteLater()
        if button is self.quit_button:
            self._close_confirmed = True
            self.close()
