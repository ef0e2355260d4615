"""The real window filling the screen, with a history of takes and one selected: for layout screenshots.

    /work/shared/tools/xvfb-shot out.png 12 -- .venv/bin/python tools/layout_scene.py --select audio --more
    XVFB_SIZE=1024x700x24 /work/shared/tools/xvfb-shot small.png 12 -- .venv/bin/python tools/layout_scene.py

It writes the sample history (`sample_history.py`) into a temporary data folder, composes the
window as `runway-desktop --data-dir` does (no key: the welcome card shows, unless `--simulator`),
fills the screen with it, selects the newest image, video or audio take in the queue and, with
`--more`, picks the model of the tab with the most optional settings and opens them. It then
stays open until it is stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_history import write_history

BUSIEST = {"video": ("image_to_video", "veo3.1"), "image": ("text_to_image", "gen4_image"),
           "audio": ("text_to_speech", "eleven_multilingual_v2")}


class NoKeychain:
    """Stands in for the system keychain: the scene never reads or stores a real key."""

    priority = 0

    def get_password(self, service: str, username: str) -> None:
        return None


async def scene(args: argparse.Namespace, folder: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from runway_desktop.core.storage.secrets import Secrets
    from runway_desktop.session import Options, Session
    from runway_desktop.ui.shell.connection import ConnectionMode

    records = await write_history(folder / "data")
    session = Session(Options(data_dir=folder / "data", simulator=args.simulator),
                      secrets=Secrets(backend=NoKeychain(), environ={}))
    window = await session.start()
    if args.theme:
        from runway_desktop.ui.shell.theme import choose_theme

        choose_theme(args.theme)
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())
    if args.simulator:
        for _ in range(600):  # the simulator child starts within a minute
            if window.mode is ConnectionMode.SIMULATOR:
                break
            await asyncio.sleep(0.1)
    tab_key = args.tab or args.select or "video"
    window.tabs.setCurrentWidget(window.tab(tab_key))
    tab = window.tab(tab_key)
    if args.more:
        tab.select_model(*BUSIEST[tab_key])
        tab.form.set_more_visible(True)
    if args.select:
        chosen = next(r for r in records if r.tab == args.select and r.outputs)
        window.queue.select_task(chosen.id)
    if args.settings:
        dialog = window.open_settings()
        dialog.check_label.setText(
            "Runway did not accept this key (401 Unauthorized): it may have been revoked. Create a new "
            "key at dev.runwayml.com → API Keys, paste it here and press Test again.")
        dialog.check_label.show()
    print("ready", flush=True)
    try:
        await session.wait_closed()
    finally:
        await session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    kinds = ["image", "video", "audio"]
    parser.add_argument("--select", choices=kinds, help="the take to show in the preview")
    parser.add_argument("--tab", choices=kinds, help="the tab to show (default: --select's)")
    parser.add_argument("--more", action="store_true", help="open More settings of the busiest model")
    parser.add_argument("--settings", action="store_true", help="open Settings, showing a failed key test")
    parser.add_argument("--simulator", action="store_true", help="connect to the offline simulator first")
    parser.add_argument("--theme", choices=["light", "dark"], help="the theme (default: the system's)")
    args = parser.parse_args(argv)
    os.environ["QT_API"] = "pyside6"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    import qasync

    from runway_desktop.app import configure_application

    configure_application(app)
    with tempfile.TemporaryDirectory(prefix="runway-desktop-scene-") as folder:
        return qasync.run(scene(args, Path(folder))) or 0


if __name__ == "__main__":
    sys.exit(main())
