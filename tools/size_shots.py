"""The real app on X screens of every common size, in English and Chinese, with each kind of take selected.

    .venv/bin/python tools/size_shots.py OUT_DIR [--sizes 1024x700,1920x1080] [--languages en,zh_CN]

For each screen size and language it starts an X server (Xvfb, 24-bit) and the app as a person
does (`python -m runway_desktop.launch --data-dir D`, no key: the offline simulator) over a copy of
`sample_history.py`'s takes, with `{"language": ...}` in the copy's settings.json. Once the window
is up it photographs the screen with nothing selected, then moves to the queue with the keyboard
(Ctrl+J, Home selects the newest task, Down moves on) and photographs it with the unknown-outcome,
the failed, the audio, the image and the video take selected:
OUT_DIR/<W>x<H>-<language>-<selection>.png; then the Image and Audio tabs (Ctrl+2, Ctrl+3):
...-image-tab.png, ...-audio-tab.png. `--fill` makes the window fill the screen (as a maximised
window does) instead of the size the app chooses. Look at every picture.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_history import write_history

ROOT = Path(__file__).resolve().parents[1]
SIZES = ["1024x700", "1280x720", "1366x768", "1600x900", "1920x1080", "2560x1440"]
LANGUAGES = ["en", "zh_CN"]
# The sample history newest first: unknown audio, cancelled image, failed video, then the three
# saved takes (audio, image, video); Ctrl+J selects the newest, each Down the next one.
SELECTIONS = {"unknown": 0, "failed": 2, "audio": 3, "image": 4, "video": 5}
TABS = {"image": "ctrl+2", "audio": "ctrl+3"}
START_TIMEOUT = 120.0
SETTLE = 2.5


def run(command: list[str], display: str, check: bool = True) -> str:
    done = subprocess.run(command, env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=60, check=check)
    return done.stdout.strip()


def wait_for_window(display: str, app: subprocess.Popen) -> str:
    """The id of the app's main window once it is mapped (its title names the app)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise RuntimeError(f"the app exited with status {app.returncode} before showing its window")
        found = run(["xdotool", "search", "--onlyvisible", "--name", "Runway Desktop"], display, check=False)
        if found:
            return found.splitlines()[0]
        time.sleep(0.5)
    raise TimeoutError("the window did not appear")


def wait_for_simulator(display: str, window: str) -> None:
    """Until the window's title names the simulator (its history and queue are composed by then)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        title = run(["xdotool", "getwindowname", window], display, check=False)
        if title and title != "Runway Desktop":
            return
        time.sleep(0.5)
    raise TimeoutError("the window never said it uses the offline simulator")


def shoot(display: str, out: Path) -> None:
    run(["import", "-window", "root", str(out)], display)
    print(f"saved {out}", flush=True)


def one_screen(size: str, language: str, template: Path, out_dir: Path, fill: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="runway-desktop-shots-") as folder:
        data = Path(folder) / "data"
        shutil.copytree(template, data)
        if language != "en":
            (data / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
        display = f":{random.randint(200, 900)}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        app = None
        try:
            time.sleep(1.0)
            env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
            env.update(DISPLAY=display, HOME=folder, XDG_CONFIG_HOME=str(Path(folder) / "config"),
                       PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", LANG="C.UTF-8")
            app = subprocess.Popen([sys.executable, "-m", "runway_desktop.launch", "--data-dir", str(data)],
                                   cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            window = wait_for_window(display, app)
            if fill:
                width, height = size.split("x")
                run(["xdotool", "windowmove", window, "0", "0", "windowsize", window, width, height], display)
            wait_for_simulator(display, window)
            time.sleep(SETTLE * 2)  # the history's thumbnails and the simulator's balance
            run(["xdotool", "windowfocus", "--sync", window], display, check=False)
            stem = f"{size}-{language}"
            shoot(display, out_dir / f"{stem}-none.png")
            for selection, downs in SELECTIONS.items():
                keys = ["ctrl+j", "Home"] + ["Down"] * downs
                run(["xdotool", "key", "--window", window, "--delay", "120", *keys], display)
                time.sleep(SETTLE)
                shoot(display, out_dir / f"{stem}-{selection}.png")
            for tab, key in TABS.items():  # the other tabs' forms, the video take still selected
                run(["xdotool", "key", "--window", window, key], display)
                time.sleep(SETTLE)
                shoot(display, out_dir / f"{stem}-{tab}-tab.png")
        finally:
            if app is not None:
                app.terminate()
                try:
                    app.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    app.kill()
            xvfb.terminate()
            xvfb.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--fill", action="store_true", help="make the window fill the screen")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import"):
        if shutil.which(tool) is None:
            print(f"size_shots: {tool} is missing (apt-get install xvfb xdotool imagemagick)",
                  file=sys.stderr)
            return 2
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="runway-desktop-history-") as folder:
        template = Path(folder) / "data"
        asyncio.run(write_history(template))
        for size in args.sizes.split(","):
            for language in args.languages.split(","):
                one_screen(size, language, template, args.out_dir, args.fill)
    return 0


if __name__ == "__main__":
    sys.exit(main())
