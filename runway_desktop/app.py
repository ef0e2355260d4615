"""The desktop window's entry point: `runway-desktop [--simulator] [--data-dir DIR] [--base-url URL]`.

Start-up paints first and composes second: the window's frame (menus, tabs, the queue's place)
is shown and painted before anything else is imported, then qasync, the engine, the history and
the forms follow while it is on screen. PySide6 is imported before qasync (with QT_API=pyside6),
or qasync could pick another binding; the window then runs on a qasync loop started with
`qasync.run`, so asyncio work (the engine, the HTTP client) and Qt share one thread. The
composition itself is `session.Session`.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

DESKTOP_ID = "com.runwaydesktop.RunwayDesktop"
# What composing the window's form imports, leaves first, so that each step is short: they are loaded
# one per event-loop turn once the frame has painted (`first_paint.load_in_turns`). The history's
# modules follow once the form is on screen (`session.HISTORY_MODULES`).
COMPOSITION_MODULES = (
    "qasync",
    "runway_desktop.core.catalogue.spec",
    "runway_desktop.core.requests.build",
    "runway_desktop.core.intake.worker",
    "runway_desktop.wiring",
    "runway_desktop.session",
    "runway_desktop.ui.form.fields.choice_fields",
    "runway_desktop.ui.form.media_slot",
    "runway_desktop.ui.form.form_builder",
    "runway_desktop.ui.form.model_picker",
    "runway_desktop.ui.form.generate_tab",
    "runway_desktop.ui.shell.error_banner",
    "runway_desktop.ui.shell.welcome",
)  # the queue, the preview and the status bar load while the form answers (`compose_in_steps`)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="runway-desktop",
        description="A desktop studio for Runway's video, image and audio generation API.",
    )
    parser.add_argument(
        "--simulator",
        action="store_true",
        help="use the built-in offline simulator (nothing is sent to Runway; no credits are spent)",
    )
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help="where the history, library, settings and logs live")
    parser.add_argument("--base-url", default=None, metavar="URL", help="Runway API base URL")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add Runway Desktop to your applications menu (XDG_DATA_HOME) and exit")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added and exit")
    return parser.parse_args(argv)


def configure_application(app, language: str = "system", theme: str = "system") -> None:
    """Names, desktop integration, language, icon and theme: everything set once per QApplication."""
    from runway_desktop.ui.i18n import install_language
    from runway_desktop.ui.shell.assets import apply_theme, icon

    install_language(app, language)  # before any widget takes its words
    app.setApplicationName("Runway Desktop")
    app.setOrganizationName("Runway Desktop")
    app.setApplicationDisplayName("Runway Desktop")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(icon("app"))
    app.setQuitOnLastWindowClosed(False)  # the session ends the loop once it has closed cleanly
    apply_theme(app, theme)  # Settings' theme from the first paint: no repaint in another one later


def chosen_look(data_dir: Path | None) -> tuple[str, str]:
    """Settings' language and theme, read before the window exists: its first paint is in them."""
    from runway_desktop.core.storage.settings import load_settings, settings_path

    settings = load_settings(settings_path(data_dir)).settings
    return settings.language, settings.theme


def _close_on_signals(session) -> Callable[[], None]:
    """Ctrl+C or SIGTERM closes the window as Quit would (without asking); returns an undo."""
    from PySide6.QtCore import QTimer

    def close(signum: int, _frame: object) -> None:
        if session.window is not None:
            QTimer.singleShot(0, session.window.close_without_asking)

    previous = {signum: signal.signal(signum, close) for signum in (signal.SIGINT, signal.SIGTERM)}
    # Python runs signal handlers only between bytecodes: wake it while Qt idles.
    waker = QTimer()
    waker.timeout.connect(lambda: None)
    waker.start(250)

    def undo() -> None:
        waker.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)

    return undo


async def run_window(options, window=None) -> int:
    """Compose the window (its painted frame, if given) and return once it has closed and shut down."""
    from runway_desktop.session import Session

    session = Session(options)
    undo = _close_on_signals(session)
    try:
        composed = await session.start(window)
        _collect_after_paint(composed)
        await session.wait_closed()
    finally:
        await session.close()
        undo()
        gc.enable()
    return 0


def _collect_after_paint(window) -> None:
    """Garbage collection, paused for start-up, resumes once the composed window has painted.

    Start-up makes hundreds of thousands of objects that live as long as the app (modules, the
    catalogue, widgets); collecting them again and again while the window is composed only costs
    time. They are frozen out of later collections, which stay as cheap as before.
    """
    from runway_desktop.ui.shell.first_paint import after_next_paint

    def resume() -> None:
        gc.freeze()
        gc.enable()

    after_next_paint(window, 0, resume)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a frozen build's spawned media worker starts here too
        import multiprocessing

        multiprocessing.freeze_support()
    args = parse_args(argv)
    if args.version or args.install_desktop_entry or args.uninstall_desktop_entry:
        from runway_desktop.desktop_entry import answer_without_window

        return answer_without_window(args)
    os.environ["QT_API"] = "pyside6"
    gc.disable()  # until the composed window has painted (`_collect_after_paint`)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app, *chosen_look(args.data_dir))
    from runway_desktop.ui.shell.first_paint import load_in_turns, show_and_paint
    from runway_desktop.ui.shell.main_window import MainWindow
    from runway_desktop.ui.shell.window_state import window_state_path

    window = MainWindow(state_file=window_state_path(args.data_dir))
    show_and_paint(window)  # on screen now; everything below happens behind it
    load_in_turns(COMPOSITION_MODULES)  # the frame answers between the steps

    import qasync  # only now: it must find PySide6 already imported

    from runway_desktop.session import Options

    options = Options(simulator=args.simulator, data_dir=args.data_dir, base_url=args.base_url)
    try:
        return qasync.run(run_window(options, window))
    except KeyboardInterrupt:
        return 130
    finally:
        from runway_desktop.core.intake.worker import MEDIA

        MEDIA.close()


if __name__ == "__main__":
    sys.exit(main())
