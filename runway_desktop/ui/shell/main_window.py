"""The main window: Video, Image and Audio tabs, the queue docked on the right, notices and status.

It is made in two steps, so that something is on screen at once. `MainWindow()` is the frame: the
Qt Designer form `ui/main_window.ui` (menus, actions with their shortcuts, the notice area, the tab
widget; compiled to `ui/generated/main_window_form.py` by `make forms`), tabs waiting for their
pages and the queue's place. It costs a few milliseconds and paints before the engine, the
catalogue or the history exist. `compose(...)` then adds everything that depends on them; the
modules it needs are imported there, after that first paint, on purpose.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from runway_desktop.ui.generated.main_window_form import Ui_MainWindow
from runway_desktop.ui.shell.assets import icon
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.lazy_tabs import LazyTabs
from runway_desktop.ui.shell.theme import choose_theme
from runway_desktop.ui.shell.window_state import WindowState, fit_rect

if TYPE_CHECKING:
    from runway_desktop.core.catalogue.spec import Catalogue
    from runway_desktop.core.intake.thumbnails import ThumbnailCache
    from runway_desktop.core.running.tasks import TaskRecord
    from runway_desktop.core.storage.secrets import Secrets
    from runway_desktop.core.storage.settings import Settings
    from runway_desktop.ui.bridge import EngineBridge
    from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

TABS = (("video", "Video", "video"), ("image", "Image", "image"), ("audio", "Audio", "audio"))
STARTING = "Starting…"
LOADING_HISTORY = "Loading your history…"
# The queue's share of the window's width, and its bounds: wide enough for its buttons, never so
# wide that the form is squeezed (the user's own share is kept between these across runs).
QUEUE_SHARE, QUEUE_MIN_WIDTH, QUEUE_MAX_SHARE = 0.35, 360, 0.5
ABOUT = (
    "<h3>Runway Desktop</h3>"
    "<p>A desktop studio for Runway's video, image and audio generation API, with a built-in "
    "offline simulator.</p><p>Your API key is kept in the system keychain. Where there is no "
    "keychain, it is kept in memory for this session only (never written to a file) and asked for "
    "again at the next start. Outputs are saved to your library folder as soon as they are ready, "
    "with the parameters beside them.</p>"
)
TITLES = {True: "Offline simulator — Runway Desktop", False: "Runway Desktop"}  # the app's name once

TabFactory = Callable[[str, "Catalogue", "EngineBridge", "ThumbnailCache", QWidget], QWidget]
QueueFactory = Callable[["EngineBridge", "ThumbnailCache", QWidget], QDockWidget]


def _generate_tab(
    tab: str, catalogue: Catalogue, bridge: EngineBridge, thumbs: ThumbnailCache, parent: QWidget
) -> QWidget:
    from runway_desktop.ui.form.generate_tab import GenerateTab

    return GenerateTab(tab, catalogue, bridge, thumbs, parent)


def _queue_panel(bridge: EngineBridge, thumbs: ThumbnailCache, parent: QWidget) -> QDockWidget:
    from runway_desktop.ui.queue.panel import QueuePanel

    return QueuePanel(bridge, thumbs, parent)


class MainWindow(QMainWindow):
    """The window; the app composes it and reacts to `simulatorRequested`, `settingsSaved`, `closing`."""

    simulatorRequested = Signal()
    runwayRequested = Signal()  # "Use it now" after a key was saved while the simulator is in use
    settingsSaved = Signal(object, bool)  # Settings, whether a new key was stored
    keyRemoved = Signal()
    closing = Signal()

    def __init__(self, parent: QWidget | None = None, state_file: Path | None = None) -> None:
        """The frame alone: cheap enough to paint before anything else exists (see the module doc)."""
        super().__init__(parent)
        self.window_state = WindowState(state_file)
        self.queue_share = self.window_state.queue_share() or QUEUE_SHARE
        self._sizing_queue = False
        self._sized_at_width = -1
        self._pressed = False  # the mouse is down on the window itself: on a dock's separator
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.setWindowIcon(icon("app"))
        self.mode = ConnectionMode.NONE
        self.bridge: EngineBridge | None = None
        self.settings: Settings | None = None
        self.settings_file: Path | None = None
        self.secrets: Secrets | None = None
        self.library_dir: Path | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.close_notice: QMessageBox | None = None
        self._close_confirmed = False
        self._closed = False

        self.tabs: QTabWidget = self.form.tabs
        self._pages = LazyTabs(self.tabs, [(key, title, icon(name)) for key, title, name in TABS])
        self.tabs.setCurrentIndex(0)
        # The queue's place, so the layout does not jump when the real queue arrives.
        self.queue: QDockWidget = QDockWidget("Queue", self)
        self.queue.setObjectName("queuePending")
        waiting = QLabel(LOADING_HISTORY, self.queue)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue.setWidget(waiting)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue)
        self.statusBar().showMessage(STARTING)
        self._fit_to_screen()
        self._queue_watcher = _QueueWatcher(self)
        self.queue.installEventFilter(self._queue_watcher)
        self._size_queue()

    @property
    def is_closed(self) -> bool:
        """Whether the window has closed (it may close before it is composed)."""
        return self._closed

    @property
    def composed(self) -> bool:
        """Whether `compose` has run: the window has its tabs, queue and status."""
        return self.bridge is not None

    def compose(
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
    ) -> None:
        """Add everything that needs the engine: the forms, the queue, the status bar, the notices."""
        # Imported here, not at the top: these modules (and what they import) load after the frame
        # has painted.
        from runway_desktop.ui.shell.chains import wire_chains
        from runway_desktop.ui.shell.contracts import QueueDock
        from runway_desktop.ui.shell.error_banner import ErrorBanner
        from runway_desktop.ui.shell.keyboard import wire_keyboard
        from runway_desktop.ui.shell.notifications import TrayNotifier
        from runway_desktop.ui.shell.pipeline_menu import PipelineMenu
        from runway_desktop.ui.shell.status import StatusBar
        from runway_desktop.ui.shell.takes_place import TakesPlace
        from runway_desktop.ui.shell.welcome import WelcomeView

        self.bridge = bridge
        self.settings = settings
        choose_theme(settings.theme)
        self.settings_file = settings_file
        self.secrets = secrets
        self.library_dir = library_dir

        notice_layout = self.form.noticeArea.layout()
        self.banner = ErrorBanner(self.form.noticeArea)
        notice_layout.addWidget(self.banner)
        self.welcome = WelcomeView(self.form.noticeArea)
        self.welcome.addKeyRequested.connect(self.open_settings)
        self.welcome.simulatorRequested.connect(self.simulatorRequested)
        notice_layout.addWidget(self.welcome)

        make_tab = make_tab or _generate_tab
        self._make_tab = lambda key: make_tab(key, catalogue, bridge, thumbnails, self.tabs)
        # Only the visible tab is built now; the others follow the next paint.
        self._pages.set_factory(self._new_tab)
        self._pages.build_after_next_paint(self)

        pending, self.queue = self.queue, (make_queue or _queue_panel)(bridge, thumbnails, self)
        self.queue.setObjectName(self.queue.objectName() or "queueDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue)
        self.removeDockWidget(pending)
        pending.deleteLater()
        if not isinstance(self.queue, QueueDock):
            raise TypeError(f"{type(self.queue).__name__} is not a queue dock (see ui/shell/contracts.py)")
        self.queue.installEventFilter(self._queue_watcher)
        for splitter in self.queue.findChildren(QSplitter):
            self._restore_splitter(splitter, f"queue/{splitter.objectName()}")
        preview = self.queue.preview_dock
        if isinstance(preview, QDockWidget):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, preview)
            self.splitDockWidget(self.queue, preview, Qt.Orientation.Vertical)
        self.queue.useParameters.connect(self.use_parameters)
        self._size_queue()

        self.status = StatusBar(bridge, self)
        self.setStatusBar(self.status)
        self.notifier = TrayNotifier(bridge, self, icon("app"), enabled=settings.notifications)
        bridge.failed.connect(self.banner.show_error)
        bridge.connectionChanged.connect(self._on_connection)
        bridge.settingsRequested.connect(self.open_settings)
        bridge.spend_guard.configure(settings.warn_above_credits, settings.ask_before_repeating)
        self._wire_actions()
        self.queue_shortcut = wire_keyboard(self, self.queue)
        self.chains = wire_chains(self, catalogue)
        self.takes = TakesPlace(self, thumbnails)  # the library arrives once the session opened its index
        self.pipelines = PipelineMenu(self, catalogue, bridge)
        self.set_connection(ConnectionMode.NONE)

    def _size_queue(self) -> None:
        """Give the queue its share of the width (within its bounds); the placeholder gets the same."""
        total = self.width()
        most = max(QUEUE_MIN_WIDTH, int(total * QUEUE_MAX_SHARE))
        width = max(QUEUE_MIN_WIDTH, min(most, round(total * self.queue_share)))
        self._sizing_queue = True
        try:
            self.resizeDocks([self.queue], [width], Qt.Orientation.Horizontal)
        finally:
            self._sizing_queue = False
        self._sized_at_width = total

    def _queue_resized(self) -> None:
        """The user dragged the queue's edge: remember the new share (a window resize is not that)."""
        if self._sizing_queue or self.width() != self._sized_at_width or not self.queue.isVisible():
            return
        if not self._pressed:
            return  # the layout moved it (the queue arrived, a dock was shown): not the user's choice
        share = self.queue.width() / max(1, self.width())
        self.queue_share = min(QUEUE_MAX_SHARE, max(0.1, share))

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # After the docks have taken the new width, not before: the share is of the final width.
            QTimer.singleShot(0, self, self._size_queue)

    def _fit_to_screen(self) -> None:
        """Where the window was last time, else the form's size; shrunk to fit the screen, on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        saved = self.window_state.geometry()
        if saved is not None and self.restoreGeometry(saved):
            self.setGeometry(fit_rect(self.geometry(), room))
            if self.window_state.maximized():
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        width, height = int(room.width() * 0.94), int(room.height() * 0.92)
        self.resize(min(self.width(), width), min(self.height(), height))
        frame = self.frameGeometry()
        frame.moveCenter(room.center())
        self.move(frame.topLeft())

    def _restore_splitter(self, splitter: QSplitter, name: str) -> None:
        state = self.window_state.splitter(name)
        if state is not None:
            splitter.restoreState(state)
        splitter.setProperty("stateName", name)

    def _save_state(self) -> None:
        splitters = {}
        for splitter in self.findChildren(QSplitter):
            name = splitter.property("stateName")
            if name:
                splitters[str(name)] = splitter.saveState()
        self.window_state.save(self, self.queue_share, splitters)

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
        docks = [self.queue, self.queue.preview_dock]
        for dock in docks:
            if isinstance(dock, QDockWidget):
                view_menu.addAction(dock.toggleViewAction())

    def _new_tab(self, key: str) -> QWidget:
        from runway_desktop.ui.form.generate_tab import GenerateTab
        from runway_desktop.ui.shell.contracts import GenerationTab

        tab = self._make_tab(key)
        if not isinstance(tab, GenerationTab):
            raise TypeError(f"{type(tab).__name__} is not a generation tab (see ui/shell/contracts.py)")
        if isinstance(tab, GenerateTab):  # settings dropped on a tab may belong to another tab
            tab.useParameters.connect(self.use_parameters)
        tab.setObjectName(f"{key}Tab")
        for splitter in tab.findChildren(QSplitter):
            self._restore_splitter(splitter, f"{key}/{splitter.objectName()}")
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
        folder = self.library_dir
        if folder is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.banner.show_error(
                f"Opening the library failed: this computer has no file manager set up to show folders. "
                f"It is at {self.library_dir}"
            )

    def show_about(self) -> None:
        from runway_desktop.version import version  # reads package metadata: only when asked

        text = f"{ABOUT}<p>Version {version()}</p>"
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, "About Runway Desktop", text, QMessageBox.StandardButton.Close, self
        )
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- connection and settings ------------------------------------------------------------------

    def set_connection(self, mode: ConnectionMode, detail: str = "") -> None:
        """Publish which service generations go to (through the bridge, so every part hears it)."""
        self.bridge.set_connection(mode, detail)

    def _on_connection(self, mode: ConnectionMode, detail: str = "") -> None:
        """Show which service generations go to; the welcome card shows only while there is none."""
        self.mode = mode
        simulating = self.welcome.simulating and mode is ConnectionMode.SIMULATOR
        self.welcome.setVisible(mode in (ConnectionMode.NONE, ConnectionMode.STARTING) or simulating)
        if mode is ConnectionMode.NONE:
            self.welcome.reset()
        elif mode is ConnectionMode.STARTING:
            self.welcome.set_busy("Starting the offline simulator…")
        self.action("actionTrySimulator").setEnabled(mode is ConnectionMode.NONE)
        # Ends with the application's display name, so the platform does not add it a second time.
        self.setWindowTitle(TITLES[mode is ConnectionMode.SIMULATOR])
        for tab in self._pages.built.values():  # a tab built later starts from the current state
            tab.refresh()  # Generate's enabled state depends on whether a service is attached

    def welcome_to_simulator(self) -> None:
        """First run without a key, straight into the simulator: the welcome says so, offers a key."""
        self.welcome.show_simulating(True)
        self.welcome.setVisible(self.mode in (ConnectionMode.SIMULATOR, ConnectionMode.STARTING))

    def simulator_failed(self, message: str) -> None:
        self.welcome.set_error(message)
        self.banner.show_error(message)

    def open_settings(self) -> SettingsDialog:
        """Show the (non-modal) settings dialog, reusing it while it is open."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.settings_file, self.secrets, self, mode=self.mode)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_settings_saved)
        dialog.keyRemoved.connect(self.keyRemoved)
        dialog.useNowRequested.connect(self.runwayRequested)
        self.bridge.connectionChanged.connect(dialog.set_mode)
        dialog.destroyed.connect(self._forget_dialog)
        self.settings_dialog = dialog
        dialog.show()
        return dialog

    def _forget_dialog(self, *_: object) -> None:
        self.settings_dialog = None

    def offer_key_now(self, message: str) -> None:
        """A saved key waits while the simulator is in use: offer to use it now (no restart)."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.offer_use_now(message)
        else:
            self.open_settings().offer_use_now(message)

    def _on_settings_saved(self, settings: Settings, key_changed: bool) -> None:
        self.settings = settings
        choose_theme(settings.theme)
        self.notifier.enabled = settings.notifications
        self.bridge.spend_guard.configure(settings.warn_above_credits, settings.ask_before_repeating)
        self.bridge.set_limits(daily_budget=settings.daily_budget, max_live=settings.max_concurrent_tasks)
        self.settingsSaved.emit(settings, key_changed)

    # -- closing -------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit at once when nothing is unfinished; otherwise say what carries on, non-blockingly."""
        if self._closed:
            event.accept()
            return
        from runway_desktop.ui.dialogs.close_notice import unfinished_work_notice

        notice = unfinished_work_notice(self.bridge.tasks, self.mode) if self.composed else ""
        if notice and not self._close_confirmed:
            event.ignore()
            self._confirm_close(notice)
            return
        self._closed = True
        self._save_state()
        if self.composed:
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


class _QueueWatcher(QObject):
    """Tells the window when the queue's dock changed width (the user may have dragged its edge)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._window.queue:
            self._window._queue_resized()
        return False
