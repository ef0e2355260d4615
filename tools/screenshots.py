"""The README screenshots, taken from the real window against the offline simulator.

    Xvfb :77 -screen 0 1440x900x24 -nolisten tcp &
    DISPLAY=:77 .venv/bin/python tools/screenshots.py docs/screenshots

Run it on an X display (QT_QPA_PLATFORM unset, so the window is a real X window). It composes the
window as `runway-desktop --simulator` does, with a temporary data folder, and fills each tab as
a person would: clicks a model, types a prompt, picks ratio, duration or language, and puts real
files into media slots the way the file chooser does (`MediaSlot.choose_file`). Once the files'
thumbnails and the price are up it grabs the whole window: video-tab.png, image-tab.png,
audio-tab.png; then it generates on every tab and, with finished tasks in the queue, presses
Generate once more on the Video tab for window.png.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # screenshot_media, beside this file

SCREEN = (1440, 900)
SIMULATOR_SPEED = 24.0  # simulated generations finish in seconds
MAX_BYTES = 400_000
VIDEO_PROMPT = "Slow push in over the lake as the sun sets, mist rising"
IMAGE_PROMPT = "@hero stands at the gate of @castle at dawn, cinematic light, painted style"


class NoKeychain:
    """Stands in for the system keychain: the screenshots never read or store a real key."""

    priority = 0

    def get_password(self, service: str, username: str) -> None:
        return None


async def until(condition: Callable[[], Any], what: str, timeout: float = 30.0) -> None:
    """Let the window run until `condition()` holds; a clear error after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"Timed out after {timeout:g} s waiting for {what}.")
        await asyncio.sleep(0.05)


async def settle(seconds: float = 0.4) -> None:
    """Give layouts, thumbnails and repaints a moment after the last change."""
    await asyncio.sleep(seconds)


def click(widget: Any, point: Any = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     point if point is not None else widget.rect().center())


def type_into(widget: Any, text: str) -> None:
    from PySide6.QtTest import QTest

    widget.setFocus()
    QTest.keyClicks(widget, text)


async def pick_model(tab: Any, endpoint: str, model_id: str) -> None:
    """Click the model in the tab's list, as a person would."""
    from PySide6.QtWidgets import QAbstractItemView

    tree = tab.picker.tree
    item = tab.picker.items[(endpoint, model_id)]
    tree.scrollToItem(item)
    click(tree.viewport(), tree.visualItemRect(item).center())
    await until(lambda: tab.current_model.key == (endpoint, model_id), f"{model_id} to be selected")
    await settle(0.2)
    tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)  # the choice amid its neighbours


async def put_file(tab: Any, field: str, path: Path) -> Any:
    """Give the slot a file by the file chooser's path; wait for its thumbnail and details."""
    slot = tab.form.editor(field)
    before = sum(1 for cell in slot.cells if cell.filled)
    slot.choose_file(str(path))
    await until(lambda: sum(1 for cell in slot.cells if cell.filled) > before, f"{path.name} in {field}")
    cell = next(cell for cell in slot.cells if cell.filled and cell.name.text() == path.name)
    await until(lambda: (cell.thumb.pixmap() is not None and not cell.thumb.pixmap().isNull())
                or cell.thumb.text(), f"the thumbnail of {path.name}")
    return cell


async def ready(tab: Any, what: str) -> None:
    """The price is quoted and Generate is enabled: the form is complete."""
    await until(lambda: tab.quote.amount.text().startswith("Estimated"), f"the price of {what}")
    await until(tab.generate_button.isEnabled, f"Generate to be enabled for {what} ({tab.reason.text()})")
    await settle()


def grab(window: Any, path: Path) -> Path:
    """The whole window as the X server shows it (the widget's own rendering if that fails)."""
    screen = window.screen()
    shot = screen.grabWindow(window.winId()) if screen is not None else None
    if shot is None or shot.isNull():
        shot = window.grab()
    if not shot.save(str(path), "PNG"):
        raise OSError(f"Could not write {path}.")
    if path.stat().st_size > MAX_BYTES:
        from PIL import Image

        with Image.open(path) as image:  # a palette keeps flat UI colours; only the photos lose a little
            image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(f"{path} ({path.stat().st_size // 1024} KB)", flush=True)
    return path


async def video_tab(window: Any, files: dict[str, Path]) -> Any:
    window.action("actionVideoTab").trigger()
    tab = window.tab("video")
    await pick_model(tab, "image_to_video", "gen4.5")
    await put_file(tab, "promptImage", files["sunset"])
    type_into(tab.form.prompt.edit, VIDEO_PROMPT)
    click(next(b for b in tab.form.editor("ratio").buttons() if b.property("ratio") == "1280:720"))
    spin = tab.form.editor("duration").spin
    spin.selectAll()
    type_into(spin, "5")
    tab.form.prompt.edit.setFocus()  # back to the prompt, as after a last look at it
    await ready(tab, "gen4.5")
    return tab


async def image_tab(window: Any, files: dict[str, Path]) -> Any:
    window.action("actionImageTab").trigger()
    tab = window.tab("image")
    await pick_model(tab, "text_to_image", "gen4_image")
    for name in ("hero", "castle"):
        cell = await put_file(tab, "referenceImages", files[name])
        await until(lambda cell=cell: cell.tag.text(), f"the @tag of {name}")
    edit = tab.form.prompt.edit
    type_into(edit, IMAGE_PROMPT)
    edit.completer.popup().hide()  # typed out in full: no suggestion left open
    combo = tab.form.editor("ratio").combo
    combo.setCurrentIndex(combo.findData("1920:1080"))
    await ready(tab, "gen4_image")
    return tab


async def audio_tab(window: Any, files: dict[str, Path]) -> Any:
    window.action("actionAudioTab").trigger()
    tab = window.tab("audio")
    await pick_model(tab, "voice_dubbing", "eleven_voice_dubbing")
    await put_file(tab, "audioUri", files["speech"])
    language = tab.form.editor("targetLang").combo
    language.lineEdit().clear()
    type_into(language.lineEdit(), "French (fr)")
    await until(lambda: tab.form.editor("targetLang").value() == "fr", "French to be chosen")
    if language.completer() is not None:
        language.completer().popup().hide()  # typed out in full: no suggestion left open
    tab.generate_button.setFocus()
    await ready(tab, "eleven_voice_dubbing")
    return tab


async def generate(tab: Any, engine: Any) -> Any:
    before = {task.id for task in engine.tasks}
    click(tab.generate_button)
    await until(lambda: {task.id for task in engine.tasks} - before, "the task to reach the queue")
    return next(task for task in engine.tasks if task.id not in before)


async def shoot(out: Path, speed: float) -> int:
    from PySide6.QtGui import QPixmapCache
    from screenshot_media import make_all

    from runway_desktop.core.running.tasks import TaskState
    from runway_desktop.core.storage.secrets import Secrets
    from runway_desktop.session import Options, Session
    from runway_desktop.ui.shell.status import ConnectionMode

    with tempfile.TemporaryDirectory(prefix="runway-desktop-screenshots-") as folder:
        files = make_all(Path(folder) / "inputs")
        session = Session(Options(simulator=True, data_dir=Path(folder) / "data"),
                          secrets=Secrets(backend=NoKeychain(), environ={}), simulator_speed=speed)
        window = await session.start()
        try:
            window.move(0, 0)
            window.resize(*SCREEN)
            window.raise_()
            window.activateWindow()
            await until(lambda: window.mode is ConnectionMode.SIMULATOR, "the offline simulator", 90)
            await until(lambda: "(simulated)" in window.status.balance_label.text(), "the balance")
            tabs = {"video": await video_tab(window, files)}
            grab(window, out / "video-tab.png")
            tabs["image"] = await image_tab(window, files)
            grab(window, out / "image-tab.png")
            tabs["audio"] = await audio_tab(window, files)
            grab(window, out / "audio-tab.png")

            engine = session.engine
            done = [await generate(tabs[key], engine) for key in ("image", "audio", "video")]
            for task in done:
                await until(lambda task=task: engine.get(task.id).state is TaskState.SUCCEEDED
                            and engine.get(task.id).saved_paths, f"{task.model} to finish", 120)
            rows = [f"queue-row:{engine.get(task.id).saved_paths[0]}" for task in done]
            try:  # the queue draws each finished task's thumbnail once it is made
                await until(lambda: all(QPixmapCache.find(key) for key in rows), "queue thumbnails", 15)
            except TimeoutError as exc:
                print(f"note: {exc}", file=sys.stderr)
            window.action("actionVideoTab").trigger()
            window.queue.select_task(done[-1].id)  # the finished video, in the preview
            running = await generate(tabs["video"], engine)
            tabs["video"].generate_button.setFocus()
            await until(lambda: engine.get(running.id).state.is_live_at_runway, "the new task to be sent", 30)
            await settle(1.0)
            grab(window, out / "window.png")
        finally:
            await session.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="where the PNG files go (docs/screenshots for the README)")
    parser.add_argument("--speed", type=float, default=SIMULATOR_SPEED, help="simulator speed-up")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        parser.error("no X display: start one (Xvfb :77 -screen 0 1440x900x24 &) and set DISPLAY=:77")
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        platform = os.environ["QT_QPA_PLATFORM"]
        parser.error(f"QT_QPA_PLATFORM={platform}: unset it, the screenshots need a real X window")
    args.outdir.mkdir(parents=True, exist_ok=True)
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    import qasync

    from runway_desktop.app import configure_application

    configure_application(app)
    return qasync.run(shoot(args.outdir, args.speed))


if __name__ == "__main__":
    sys.exit(main())
