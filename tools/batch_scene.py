"""The real window with the batch dialog open and a paused batch in the queue: for screenshots.

    XVFB_SIZE=1024x700x24 /work/shared/tools/xvfb-shot batch.png 60 -- .venv/bin/python tools/batch_scene.py

Composes the window on the sample history with the offline simulator, pauses the queue, plans
3 prompts × 2 seeds × 2 models on the Video tab, submits it (it waits, paused) and opens the
batch dialog again over the window. It stays open until it is stopped.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from layout_scene import NoKeychain
from sample_history import write_history

PROMPTS = "A lighthouse at dawn, waves below\nA lighthouse at dusk, gulls circling\nA lighthouse in fog"


async def scene(folder: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from runway_desktop.core.storage.secrets import Secrets
    from runway_desktop.session import Options, Session
    from runway_desktop.ui.dialogs.batch_dialog import tick
    from runway_desktop.ui.shell.connection import ConnectionMode

    await write_history(folder / "data")
    session = Session(Options(data_dir=folder / "data", simulator=True),
                      secrets=Secrets(backend=NoKeychain(), environ={}))
    window = await session.start()
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())
    for _ in range(600):  # the simulator child starts within a minute
        if window.mode is ConnectionMode.SIMULATOR:
            break
        await asyncio.sleep(0.1)
    await session.engine.pause()
    tab = window.tab("video")
    window.tabs.setCurrentWidget(tab)
    tab.select_model("text_to_video", "gen4.5")
    tab.form.prompt.edit.setPlainText("A lighthouse")
    tab.form.editor("duration").set_value(4)

    def fill(dialog) -> None:
        dialog.prompts.setPlainText(PROMPTS)
        dialog.seed_mode.setCurrentIndex(1)
        dialog.seed_count.setValue(2)
        tick(dialog.other_models, "veo3.1_fast")
        dialog.replan()

    first = tab.open_batch()
    fill(first)
    first._submit(first.plan)
    await asyncio.sleep(2)
    first.close()
    window.queue.groups.list.setCurrentRow(0)
    second = tab.open_batch()
    fill(second)
    second.status.setText("")
    second.setGeometry(window.x() + 8, window.y() + 40, 560, window.height() - 80)  # the queue beside it
    print("ready", flush=True)
    try:
        await session.wait_closed()
    finally:
        await session.close()


def main() -> int:
    os.environ["QT_API"] = "pyside6"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    import qasync

    from runway_desktop.app import configure_application

    configure_application(app)
    with tempfile.TemporaryDirectory(prefix="runway-desktop-scene-") as folder:
        return qasync.run(scene(Path(folder))) or 0


if __name__ == "__main__":
    sys.exit(main())
