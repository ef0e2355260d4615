"""Screenshots of the window's Library page and of Compare opened from the queue, on the simulator.

    Xvfb :78 -screen 0 1024x700x24 -nolisten tcp &
    DISPLAY=:78 .venv/bin/python tools/takes_screenshots.py docs/screenshots --size 1024x700

Generates four image takes in the offline simulator, shows the Library tab (window-library-WxH.png),
then selects two takes in the queue and presses Compare (window-compare-WxH.png, the whole screen).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import SIMULATOR_SPEED, NoKeychain, grab, settle, until

PROMPTS = ("a lighthouse at dusk, storm clouds", "a lighthouse at dawn, calm sea",
           "a red fox in fresh snow", "a paper boat on a river")


def _request(prompt: str):  # type: ignore[no-untyped-def]
    from runway_desktop.core.catalogue.spec import load_catalogue
    from runway_desktop.core.requests.build import build_request

    model = load_catalogue().get("text_to_image", "gen4_image")
    return build_request(model, {"promptText": prompt, "ratio": "1280:720"})


def _grab_screen(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = window.screen()
    shot = screen.grabWindow(0)
    if not shot.save(str(path), "PNG"):
        raise OSError(f"Could not write {path}.")
    print(f"{path} ({path.stat().st_size // 1024} KB)", flush=True)


async def shoot(out: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QItemSelectionModel

    from runway_desktop.core.running.tasks import TaskState
    from runway_desktop.core.storage.secrets import Secrets
    from runway_desktop.session import Options, Session
    from runway_desktop.ui.shell.status import ConnectionMode

    suffix = f"{size[0]}x{size[1]}"
    with tempfile.TemporaryDirectory(prefix="runway-desktop-takes-") as folder:
        session = Session(Options(simulator=True, data_dir=Path(folder) / "data"),
                          secrets=Secrets(backend=NoKeychain(), environ={}), simulator_speed=SIMULATOR_SPEED)
        window = await session.start()
        try:
            window.move(0, 0)
            window.resize(*size)
            await until(lambda: window.mode is ConnectionMode.SIMULATOR, "the offline simulator", 90)
            await until(lambda: window.takes.panel is not None, "the library")
            engine = session.engine
            tasks = [await engine.submit(_request(prompt), {}) for prompt in PROMPTS]
            for task in tasks:
                await until(lambda task=task: engine.get(task.id).state is TaskState.SUCCEEDED
                            and engine.get(task.id).saved_paths, f"{task.id} to finish", 120)
            window.welcome.hide()
            window.action("actionLibraryTab").trigger()
            library = window.takes.panel
            await until(lambda: library.model.count() == len(PROMPTS), "the takes in the library", 30)
            await settle(2.0)  # the tiles' thumbnails
            grab(window, out / f"window-library-{suffix}.png")

            queue = window.queue
            selection = queue.view.selectionModel()
            selection.clearSelection()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for task in tasks[:2]:
                selection.select(queue.filter.mapFromSource(queue.model.index_of(task.id)), flags)
            await until(window.takes.queue_compare.action.isEnabled, "Compare to be enabled")
            window.takes.queue_compare.action.trigger()
            await until(lambda: window.takes.compare_window is not None, "the compare view")
            await settle(2.0)
            _grab_screen(window, out / f"window-compare-{suffix}.png")
        finally:
            await session.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1024x700", help="the window's size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        parser.error("no X display: start Xvfb and set DISPLAY")
    width, height = (int(n) for n in args.size.split("x"))
    args.outdir.mkdir(parents=True, exist_ok=True)
    os.environ.pop("QT_QPA_PLATFORM", None)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    import qasync

    from runway_desktop.app import configure_application

    configure_application(app)
    return qasync.run(shoot(args.outdir, (width, height)))


if __name__ == "__main__":
    sys.exit(main())
