"""The README's library screenshot: the real library panel over a small history of painted takes.

    Xvfb :78 -screen 0 1440x900x24 -nolisten tcp &
    DISPLAY=:78 .venv/bin/python tools/library_screenshot.py docs/screenshots/library.png

Saves 24 takes (images painted by screenshot_media in several colourings, short videos, a spoken
clip) through the real task store, indexes them, rates and favours a few, opens the panel at
1024×700, selects three takes, waits for every thumbnail, and grabs the window.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # screenshot_media, beside this file

VIDEO_BODY = {"video/mp4": {"duration": 5}}
PROMPTS = (
    ("gen4_image", "image", "Sunset over a misty lake, reeds in the foreground, painted style"),
    ("gen4_image_turbo", "image", "A knight at the castle gate at dawn, cinematic light"),
    ("gen4.5", "video", "Slow push in over the lake as the sun sets, mist rising"),
    ("gen4_image", "image", "The castle in winter, snow on the towers, blue hour"),
    ("veo3.1_fast", "video", "Drone shot rising over the hills at golden hour"),
    ("eleven_multilingual_v2", "audio", "Welcome back to the studio: today we light the castle scene"),
)


def paint_files(folder: Path) -> list[tuple[str, str, str, str, int]]:
    """(path, mime, model, prompt, size) for 24 takes, each a different colouring of a painted scene."""
    import av
    import numpy as np
    from PIL import Image
    from screenshot_media import castle, hero, spoken_clip, sunset_lake

    folder.mkdir(parents=True, exist_ok=True)
    scenes = [sunset_lake(folder / "lake.png", 640, 360), hero(folder / "hero.png", 384, 512),
              castle(folder / "castle.png", 512, 384)]
    speech = spoken_clip(folder / "speech.wav")
    made = []
    for n in range(24):
        model, kind, prompt = PROMPTS[n % len(PROMPTS)]
        base = np.asarray(Image.open(scenes[n % 3]).convert("RGB")).astype(np.float32)
        tint = np.array([1.0 + 0.25 * np.sin(n), 1.0 + 0.2 * np.cos(n * 1.7), 1.0 + 0.25 * np.sin(n * 0.6)])
        pixels = np.clip(base * tint, 0, 255).astype(np.uint8)
        if kind == "image":
            path = folder / f"take{n:02d}.png"
            Image.fromarray(pixels).save(path)
            made.append((str(path), "image/png", model, prompt, path.stat().st_size))
        elif kind == "video":
            path = folder / f"take{n:02d}.mp4"
            height, width = (pixels.shape[0] // 2) * 2, (pixels.shape[1] // 2) * 2
            with av.open(str(path), "w") as container:
                stream = container.add_stream("libx264", rate=12)
                stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
                stream.time_base = Fraction(1, 12)
                for _ in range(6):
                    still = np.ascontiguousarray(pixels[:height, :width])
                    container.mux(stream.encode(av.VideoFrame.from_ndarray(still, format="rgb24")))
                container.mux(stream.encode())
            made.append((str(path), "video/mp4", model, prompt, path.stat().st_size))
        else:
            made.append((str(speech), "audio/wav", model, prompt, speech.stat().st_size))
    return made


async def until(condition: Callable[[], bool], deadline: float) -> None:
    """Let the panel run until `condition()` holds (or the deadline passes: the shot shows what is there)."""
    while not condition():
        if time.monotonic() > deadline:
            print("note: the library was not complete in time", file=sys.stderr)
            return
        await asyncio.sleep(0.05)


async def shoot(out: Path) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from runway_desktop.core.intake.thumbnails import ThumbnailCache
    from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
    from runway_desktop.core.storage.store import Store
    from runway_desktop.core.takes import TakeKey, TakesIndex
    from runway_desktop.ui.library.model import TakeRole
    from runway_desktop.ui.library.panel import LibraryPanel

    with tempfile.TemporaryDirectory(prefix="runway-desktop-library-shot-") as folder:
        root = Path(folder)
        files = paint_files(root / "library")
        now = time.time()
        tasks = [
            TaskRecord(
                id=f"shot{n:02d}", endpoint="text_to_image", model=model, tab=mime.split("/")[0],
                state=TaskState.SUCCEEDED, prompt=prompt, created_at=now - (24 - n) * 3600,
                body={"seed": 40_000 + n * 7919, "ratio": "1280:720", **VIDEO_BODY.get(mime, {})},
                params={"group_id": "castle-batch"} if "castle" in prompt.lower() else {},
                outputs=(OutputFile(0, None, path, OutputState.SAVED, size=size, mime=mime),),
            )
            for n, (path, mime, model, prompt, size) in enumerate(files)
        ]
        store = Store(root / "tasks.sqlite3")
        await store.open()
        await store.save_many(tasks)
        index = TakesIndex(root / "tasks.sqlite3")
        await index.open()
        await index.backfill_from_tasks(await store.load_all())
        for n, stars in ((23, 5), (22, 3), (20, 4), (19, 2), (17, 5), (14, 1)):
            await index.set_rating([TakeKey(f"shot{n:02d}", 0)], stars)
        await index.set_favourite([TakeKey("shot23", 0), TakeKey("shot17", 0), TakeKey("shot20", 0)], True)

        panel = LibraryPanel(index, ThumbnailCache(root / "thumbs"))
        panel.resize(1024, 700)
        panel.show()
        panel.start()
        deadline = time.monotonic() + 60
        await until(lambda: panel.model.count() == 24, deadline)
        selection = panel.view.selectionModel()
        for flat in (0, 2, 5):
            selection.select(panel.model.index_of(flat), QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(panel.model.index_of(5), QItemSelectionModel.SelectionFlag.NoUpdate)
        panel.view.setFocus()
        visible = [panel.model.index_of(flat) for flat in range(12)]
        while time.monotonic() < deadline and not all(i.data(TakeRole.THUMBNAIL) for i in visible):
            panel.view.viewport().update()
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
        shot = panel.screen().grabWindow(panel.winId())
        if shot.isNull():
            shot = panel.grab()
        shot.save(str(out), "PNG")
        panel.shutdown()
        panel.close()
        await index.close()
        await store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the PNG file to write")
    args = parser.parse_args()
    os.environ["QT_API"] = "pyside6"
    import qasync
    from PySide6.QtWidgets import QApplication

    from runway_desktop.app import configure_application

    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    qasync.run(shoot(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
