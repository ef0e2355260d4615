"""The README's compare screenshots: takes rendered by the offline Runway, shown in the compare window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/compare_screenshots.py docs/screenshots

Writes compare-video.png (three takes paused mid-play), compare-image.png (the wipe, zoomed) and
compare-audio.png (three sounds, one soloed). Every pixel comes from the window's own rendering.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1240, 780)
VIDEO_PROMPT = "Slow push in over a misty lake at sunset"
IMAGE_PROMPT = "A lighthouse on a cliff at dusk, painted style"
STORM = IMAGE_PROMPT + ", storm clouds"
SOUND_PROMPT = "Rain on a tin roof, distant thunder"


def wait(app, condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def pause_for(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from runway_desktop.simulator.render import render
    from runway_desktop.simulator.render_types import RenderJob
    from runway_desktop.ui.compare import Take, open_compare
    from runway_desktop.ui.shell.assets import apply_theme

    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    with tempfile.TemporaryDirectory(prefix="compare-shots-") as folder:
        root = Path(folder)

        def made(kind: str, seed: int, prompt: str, name: str, **extra) -> str:
            path = str(root / name)
            render(RenderJob(kind=kind, out_path=path, seed=seed, prompt=prompt, **extra))
            return path

        videos = [
            Take(made("video", seed, VIDEO_PROMPT, f"take{seed}.mp4", duration=4, width=1280, height=720),
                 "video", "gen4.5", seed, VIDEO_PROMPT, {"ratio": "1280:720", "duration": 5})
            for seed in (1193, 40321, 77)
        ]
        window = open_compare(None, videos)
        window.resize(*SIZE)
        page = window.page
        wait(app, lambda: all(t.last_pts is not None for t in page.tiles), "the first frames")
        page.group.play()
        wait(app, lambda: (page.tiles[0].last_pts or 0) > 1_600_000, "playback")
        page.group.pause()
        pause_for(app, 1.0)
        window.grab().save(str(out / "compare-video.png"))
        window.close()

        images = [
            Take(made("image", 5, IMAGE_PROMPT, "a.png"), "image", "gen4_image", 5, IMAGE_PROMPT,
                 {"ratio": "1280:720"}),
            Take(made("image", 905, STORM, "b.png"), "image", "gen4_image_turbo", 905, STORM,
                 {"ratio": "1280:720"}),
        ]
        window = open_compare(None, images)
        window.resize(*SIZE)
        page = window.page
        wait(app, lambda: all(image is not None for image in page.images), "the images")
        page.show_wipe(True)
        pause_for(app, 0.3)
        page.wipe.set_divider(0.42)
        page.wipe.zoom_by(1.5)
        pause_for(app, 0.5)
        window.grab().save(str(out / "compare-image.png"))
        window.close()

        sounds = [
            Take(made("audio", seed, SOUND_PROMPT + words, f"s{seed}.mp3", duration=length),
                 "audio", "eleven_text_to_sound_v2", seed, SOUND_PROMPT + words,
                 {"duration": length, "loop": False})
            for seed, words, length in ((3, "", 6.0), (14, ", close", 6.0), (15, ", close", 4.5))
        ]
        window = open_compare(None, sounds)
        window.resize(*SIZE)
        page = window.page
        wait(app, lambda: all(lane.view.waveform is not None for lane in page.lanes), "the waveforms")
        page.solo(1)
        page.group.seek(2300)
        pause_for(app, 0.8)
        window.grab().save(str(out / "compare-audio.png"))
        window.close()
    for name in ("compare-video.png", "compare-image.png", "compare-audio.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
