"""The main window: Video, Image and Audio tabs, the queue docked on the right, notices and status.

It is made in two steps, so that something is on screen at once. `MainWindow()` is the frame: the
Qt Designer form `ui/main_window.ui` (menus, actions with their shortcuts, the notice area, the tab
widget; compiled to `ui/generated/main_window_form.py` by `make forms`), tabs waiting for their
pages and the queue's place. It costs a few milliseconds and paints before the engine, the
catalogue or the history exist. `compose_in_steps(...)` then adds everything that depends on them,
the form on screen first; the modules it needs are imported there, after that first paint, on purpose.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from runway_desktop.ui.generated.main_window_form import Ui_MainWindow
from runway_desktop.ui.shell.assets import icon
from runway_desktop.ui.shell.close_question import CloseQuestion
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.lazy_tabs import LazyTabs
from runway_desktop.ui.shell.queue_width import QueueWidth
from runway_desktop.ui.shell.settings_link import SettingsLink
from runway_desktop.ui.shell.theme import choose_theme
from runway_desktop.ui.shell.window_state import WindowState

if TYPE_CHECKING:
    from runway_desktop.core.catalogue.spec import Catalogue
    from runway_desktop.core.intake.thumbnails import ThumbnailCache
    from runway_desktop.core.running.tasks import TaskRecord
    from runway_desktop.core.storage.secrets import Secrets
    from runway_desktop.core.storage.settings import Settings
    from runway_desktop.ui.bridge import EngineBridge
    from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog

    # For the checker only: at run time, quoted names in Callable[...] are compiled as forward references.
    TabFactory = Callable[[str, Catalogue, EngineBridge, ThumbnailCache, QWidget], QWidget]
    QueueFactory = Callable[[EngineBridge, ThumbnailCache, QWidget], QDockWidget]

log = logging.getLogger(__name__)

CONTEXT = "MainWindow"
TABS = (
    ("video", QT_TRANSLATE_NOOP("MainWindow", "Video"), "video"),
    ("image", QT_TRANSLATE_NOOP("MainWindow", "Image"), "image"),
    ("audio", QT_TRANSLATE_NOOP("MainWindow", "Audio"), "audio"),
)
STARTING = QT_TRANSLATE_NOOP("MainWindow", "Starting…")
LOADING_HISTORY = QT_TRANSLATE_NOOP("MainWindow", "Loading your history…")
# The window's title ends with the app's name once (the platform does not add it again).
TITLES = {
    True: QT_TRANSLATE_NOOP("MainWindow", "Offline simulator — Runway Desktop"),
    False: QT_TRANSLATE_NOOP("MainWindow", "Runway Desktop"),
}



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
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.setWindowIcon(icon("app"))
        self.mode = ConnectionMode.NONE
        self.bridge: EngineBridge | None = None
        self.settings: Settings | None = None
        self.settings_file: Path | None = None
        self.secrets: Secrets | None = None
        self.library_dir: Path | None = None
        self.settings_link = SettingsLink(self)
        self.close_question = CloseQuestion(self, self._quit_confirmed)
        self._close_confirmed = False
        self._closed = False
        self._form_ready = False
        self._composed = False

        self.tabs: QTabWidget = self.form.tabs
        translate = QCoreApplication.translate
        pages = [(key, translate(CONTEXT, title), icon(name)) for key, title, name in TABS]
        self._pages = LazyTabs(self.tabs, pages)
        self.tabs.setCurrentIndex(0)
        # The queue's place, so the layout does not jump when the real queue arrives.
        self.queue: QDockWidget = QDockWidget(self.tr("Queue"), self)
        self.queue.setObjectName("queuePending")
        waiting = QLabel(translate(CONTEXT, LOADING_HISTORY), self.queue)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue.setWidget(waiting)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue)
        self.statusBar().showMessage(translate(CONTEXT, STARTING))
        self.window_state.place(self)
        self.queue_width = QueueWidth(self, self.window_state.queue_share())
        self.queue_width.follow(self.queue)

    @property
    def queue_share(self) -> float:
        """The queue's share of the window's width (the user's, once they dragged its edge)."""
        return self.queue_width.share

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.settings_link.dialog

    @property
    def close_notice(self) -> QMessageBox | None:
        """The open "Quit now?" question, if any."""
        return self.close_question.box

    @property
    def quit_button(self) -> Any:
        return self.close_question.quit_button

    @property
    def is_closed(self) -> bool:
        """Whether the window has closed (it may close before it is composed)."""
        return self._closed

    @property
    def interactive(self) -> bool:
        """Whether the form on screen is in place and takes input (the queue and the rest may follow)."""
        return self._form_ready

    @property
    def composed(self) -> bool:
        """Whether composing has finished: tabs, queue, status bar and notices are all in place."""
        return self._composed

    def compose_in_steps(
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
    ) -> Iterator[str]:
        """Add everything that needs the engine, yielding between steps (each a few tens of milliseconds).

        The caller lets the event loop turn at each yield, so the window answers throughout. The
        order is the order of use: first the notices and the form on screen (a person types a prompt
        while the rest arrives; `interactive` is then true), then the queue with its history and
        preview, then the status bar and what is not on screen (tray, chains, library, pipelines).
        """
        # Imported here, not at the top: these modules (and what they import) load after the frame
        # has painted.
        from runway_desktop.ui.shell.error_banner import ErrorBanner
        from runway_desktop.ui.shell.menus import wire_dock_toggles, wire_menus
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
        bridge.failed.connect(self.banner.show_error)
        bridge.connectionChanged.connect(self._on_connection)
        bridge.settingsRequested.connect(self.open_settings)
        bridge.spend_guard.configure(settings.warn_above_credits, settings.ask_before_repeating)
        wire_menus(self, [key for key, _, _ in TABS])

        make_tab = make_tab or _generate_tab
        self._make_tab = lambda key: make_tab(key, catalogue, bridge, thumbnails, self.tabs)
        # Only the visible tab is built now; the others follow the next paint.
        self._pages.set_factory(self._new_tab)
        self._pages.build_after_next_paint(self)
        self._form_ready = True
        yield "form"

        from runway_desktop.ui.shell.contracts import QueueDock

        if make_queue is None:  # the queue's modules load in steps of their own
            from runway_desktop.ui.preview import pane  # noqa: F401

            yield "preview modules"
            from runway_desktop.ui.queue import panel  # noqa: F401

            yield "queue modules"
        pending, self.queue = self.queue, (make_queue or _queue_panel)(bridge, thumbnails, self)
        self.queue.setObjectName(self.queue.objectName() or "queueDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue)
        self.removeDockWidget(pending)
        pending.deleteLater()
        if not isinstance(self.queue, QueueDock):
            raise TypeError(f"{type(self.queue).__name__} is not a queue dock (see ui/shell/contracts.py)")
        self.queue_width.follow(self.queue)
        for splitter in self.queue.findChildren(QSplitter):
            self.window_state.restore_splitter(splitter, f"queue/{splitter.objectName()}")
        preview = self.queue.preview_dock
        if isinstance(preview, QDockWidget):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, preview)
            self.splitDockWidget(self.queue, preview, Qt.Orientation.Vertical)
        self.queue.useParameters.connect(self.use_parameters)
        self.queue_width.apply()
        wire_dock_toggles(self)
        yield "queue"

        from runway_desktop.ui.shell.chains import wire_chains
        from runway_desktop.ui.shell.keyboard import wire_keyboard
        from runway_desktop.ui.shell.notifications import TrayNotifier
        from runway_desktop.ui.shell.pipeline_menu import PipelineMenu
        from runway_desktop.ui.shell.status import StatusBar
        from runway_desktop.ui.shell.takes_place import TakesPlace

        self.status = StatusBar(bridge, self)
        self.setStatusBar(self.status)
        self.notifier = TrayNotifier(bridge, self, icon("app"), enabled=settings.notifications)
        self.queue_shortcut = wire_keyboard(self, self.queue)
        self.chains = wire_chains(self, catalogue)
        self.takes = TakesPlace(self, thumbnails)  # the library arrives once the session opened its index
        self.pipelines = PipelineMenu(self, catalogue, bridge)
        self._composed = True
        self.set_connection(ConnectionMode.NONE)

    # -- actions -------------------------------------------------------------------------------

    def action(self, name: str) -> QAction:
        found = self.findChild(QAction, name)
        if found is None:
            raise LookupError(f"The form main_window.ui has no action {name!r}")
        return found

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
            self.window_state.restore_splitter(splitter, f"{key}/{splitter.objectName()}")
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
            self.banner.show_error(
                self.tr("No tab takes a {tab} task, so its parameters cannot be used.").format(tab=task.tab)
            )
            return
        tab = self._pages.get(task.tab)
        self.tabs.setCurrentWidget(tab)
        tab.apply_task(task)

    def show_error(self, message: str, detail: str = "") -> None:
        self.banner.show_error(message, detail)

    def try_simulator(self) -> None:
        self.welcome.set_busy(self.tr("Starting the offline simulator…"))
        self.simulatorRequested.emit()

    def open_library(self) -> None:
        folder = self.library_dir
        if folder is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.banner.show_error(
                self.tr(
                    "Opening the library failed: this computer has no file manager set up to show folders. "
                    "It is at {folder}"
                ).format(folder=folder)
            )

    def show_about(self) -> QMessageBox:
        from runway_desktop.ui.shell.about import show_about

        return show_about(self)

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
            self.welcome.set_busy(self.tr("Starting the offline simulator…"))
        self.action("actionTrySimulator").setEnabled(mode is ConnectionMode.NONE)
        # Ends with the application's display name, so the platform does not add it a second time.
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, TITLES[mode is ConnectionMode.SIMULATOR]))
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
        return self.settings_link.open()

    def offer_key_now(self, message: str) -> None:
        """A saved key waits while the simulator is in use: offer to use it now (no restart)."""
        self.settings_link.offer_key_now(message)

    # -- closing -------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit at once when nothing is unfinished; otherwise say what carries on, non-blockingly."""
        if self._closed:
            event.accept()
            return
        from runway_desktop.ui.dialogs.close_notice import unfinished_work_notice

        notice = unfinished_work_notice(self.bridge.tasks, self.mode) if self.bridge is not None else ""
        if notice and not self._close_confirmed:
            event.ignore()
            self.close_question.ask(notice)
            return
        self._closed = True
        self.window_state.save_window(self, self.queue_width.share)
        if self.composed:
            self.status.stop()
            self.notifier.hide()
        self.settings_link.close()
        event.accept()
        self.closing.emit()

    def close_without_asking(self) -> None:
        """Close now (the app is shutting down anyway): unfinished work simply carries on."""
        self._close_confirmed = True
        if not self._closed:
            self.close()

    def _quit_confirmed(self) -> None:
        self._close_confirmed = True
        self.close()
