#!/usr/bin/env python3
"""`make package-check`: the built .deb, extracted to a temporary folder and run with an empty environment.

  .venv/bin/python tools/check_bundle.py [DEB]   # default: dist/runway-desktop_<version>_<arch>.deb
  .venv/bin/python tools/check_bundle.py dist/runway-desktop   # the bundle folder, without the .deb

Every program runs from the extracted /opt/runway-desktop with only HOME, XDG_RUNTIME_DIR and
QT_QPA_PLATFORM=offscreen set (no venv, no project on the path, the temporary folder as working
directory). It checks: the three commands print the version; the bundle finds its resources, its
translations (with LANG=zh_CN.UTF-8 its own catalogue and Qt's translate the window's words), its
Qt multimedia backend and (inside a private D-Bus session) the Secret Service keychain; the bundled
simulator serves and the bundled CLI generates one image against it, and one more with
`--simulator` (the shared simulator host it starts itself); the window starts with
`--simulator` offscreen and on an X server (Xvfb), brings up its own simulator child, and closes
cleanly on SIGTERM.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from runway_desktop.version import pyproject_version  # noqa: E402

COMMANDS = ("runway-desktop", "runway-desktop-cli", "runway-desktop-sim")
TIMEOUT = 240.0  # a cold start of the bundle on a loaded machine unpacks nothing but imports a lot
failures: list[str] = []


def check(ok: bool, what: str, detail: str = "") -> None:
    said = f"\n      {detail}" if detail and not ok else ""
    print(f"{'ok  ' if ok else 'FAIL'}  {what}{said}", flush=True)
    if not ok:
        failures.append(what)


def clean_env(home: Path, runtime: Path, **extra: str) -> dict[str, str]:
    return {"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "offscreen", **extra}


def run(command: list[str], env: dict[str, str], cwd: Path,
        timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def check_versions(bundle: Path, env: dict[str, str], cwd: Path, version: str) -> None:
    for name in COMMANDS:
        done = run([str(bundle / name), "--version"], env, cwd)
        check(done.returncode == 0 and done.stdout.strip() == f"{name} {version}",
              f"{name} --version prints {name} {version}",
              f"exit {done.returncode}: {done.stdout}{done.stderr[-800:]}")


def check_selfcheck(bundle: Path, env: dict[str, str], cwd: Path) -> None:
    """Resources and multimedia with the empty environment; the keychain inside a private session bus."""
    done = run([str(bundle / "runway-desktop")], {**env, "RUNWAY_DESKTOP_ROLE": "selfcheck"}, cwd)
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        check(False, "the bundle reports what it contains", f"exit {done.returncode}: {done.stderr[-1500:]}")
        return
    check(report["frozen"] and str(report.get("module", "")).startswith(str(bundle)),
          "the app runs from the bundle (not from a venv or the project)", str(report.get("module")))
    check(report["resources"]["models"] > 0 and report["resources"]["style"],
          f"the model catalogue ({report['resources']['models']} models) and the style sheet load")
    check(len(report["resources"]["desktop_files"]) == 2, "the desktop entry and metainfo ship inside")
    shipped = report["resources"]["translations"]
    check("runway_desktop_zh_CN.qm" in shipped,
          f"the compiled translations ship inside ({', '.join(shipped)})")
    english = report["language"]
    check(english["language"] == "en" and english["quit"] == "&Quit",
          "without LANG the window speaks English", json.dumps(english, ensure_ascii=False))
    decodes = report["multimedia"]["decodes"]
    check("MPEG-4" in decodes or "MP4" in " ".join(decodes),
          f"Qt Multimedia's FFmpeg backend loads (decodes {len(decodes)} formats, MP4 among them)",
          str(decodes))
    keyring_session = ROOT / "tools" / "keyring-session"
    inner = ('exec env -i HOME="$1" XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" QT_QPA_PLATFORM=offscreen '
             'DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" RUNWAY_DESKTOP_ROLE=selfcheck "$2"')
    command = [str(keyring_session), "sh", "-c", inner, "sh", env["HOME"], str(bundle / "runway-desktop")]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    try:
        keychain = json.loads(done.stdout.strip().splitlines()[-1])["keychain"]
    except (IndexError, ValueError, KeyError):
        check(False, "the bundle reaches the Secret Service keychain",
              f"exit {done.returncode}: {done.stderr[-1500:]}")
        return
    check(keychain["backend"].startswith("keyring.backends.SecretService") and keychain["round_trip"],
          f"the bundle stores and reads a secret in the keychain ({keychain['backend']})",
          json.dumps(keychain))


def check_chinese(bundle: Path, env: dict[str, str], cwd: Path) -> None:
    """LANG=zh_CN.UTF-8: the window's catalogue and Qt's own (qtbase) load from inside the bundle."""
    done = run([str(bundle / "runway-desktop")],
               {**env, "LANG": "zh_CN.UTF-8", "RUNWAY_DESKTOP_ROLE": "selfcheck"}, cwd)
    try:
        found = json.loads(done.stdout.strip().splitlines()[-1])["language"]
    except (IndexError, ValueError, KeyError):
        check(False, "the bundle reports its language under LANG=zh_CN.UTF-8",
              f"exit {done.returncode}: {done.stderr[-1500:]}")
        return
    said = json.dumps(found, ensure_ascii=False)
    check(found["language"] == "zh_CN",
          f"LANG=zh_CN.UTF-8 chooses Simplified Chinese (locale {found['locale']})", said)
    check(found["quit"] != "&Quit" and _has_chinese(found["quit"]),
          f"the window's catalogue translates File ▸ Quit as {found['quit']!r}", said)
    check(found["cancel"] != "Cancel" and _has_chinese(found["cancel"]),
          f"Qt's own catalogue (qtbase_zh_CN.qm) translates Cancel as {found['cancel']!r}", said)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


def read_url(process: subprocess.Popen, timeout: float) -> str | None:
    """The first stdout line of a starting simulator, or None if it ends or stays silent."""
    import selectors

    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return None
    line = process.stdout.readline().strip()
    return line if line.startswith("http://") else None


def stop(process: subprocess.Popen) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            return process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.wait(10)


def check_cli_generates(bundle: Path, env: dict[str, str], cwd: Path) -> None:
    sim = subprocess.Popen([str(bundle / "runway-desktop-sim"), "--port", "0", "--speed", "50",
                            "--data-dir", str(cwd / "sim")], env=env, cwd=cwd, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = read_url(sim, TIMEOUT)
        check(url is not None, "the bundled simulator starts and prints its address",
              "" if url else (sim.stderr.read()[-1500:] if sim.poll() is not None else "silent"))
        if url is None:
            return
        cli_env = {**env, "RUNWAYML_API_SECRET": "key_bundle_check"}
        done = run([str(bundle / "runway-desktop-cli"), "--data-dir", str(cwd / "cli"), "--base-url", url,
                    "--min-poll-interval", "0.2", "submit", "--model", "gen4_image",
                    "--prompt", "a lighthouse at dawn", "--set", "ratio=1024:1024", "--wait"], cli_env, cwd)
        images = (".png", ".jpg", ".jpeg", ".webp")
        outputs = [Path(word) for word in done.stdout.split() if word.endswith(images)]
        ok = done.returncode == 0 and bool(outputs) and all(p.is_file() for p in outputs)
        check(ok, "the bundled CLI generates an image against the bundled simulator",
              f"exit {done.returncode}: {done.stdout[-800:]}{done.stderr[-1500:]}")
        if ok:
            from PIL import Image

            with Image.open(outputs[0]) as image:
                check(image.size == (1024, 1024),
                      f"the image is a real 1024×1024 {image.format} ({outputs[0].name})")
    finally:
        code = stop(sim)
        check(code == 0, "the bundled simulator stops cleanly on SIGTERM", f"exit {code}")


def check_cli_own_simulator(bundle: Path, env: dict[str, str], cwd: Path) -> None:
    """`runway-desktop-cli --simulator`: the CLI starts the data dir's shared simulator host itself."""
    data = cwd / "cli-simulator"
    done = run([str(bundle / "runway-desktop-cli"), "--simulator", "--data-dir", str(data), "submit",
                "--model", "gen4_image", "--prompt", "a harbour at night", "--set", "ratio=1024:1024",
                "--wait"], env, cwd)
    images = (".png", ".jpg", ".jpeg", ".webp")
    outputs = [Path(word) for word in done.stdout.split() if word.endswith(images)]
    check(done.returncode == 0 and bool(outputs) and all(p.is_file() for p in outputs),
          "the bundled CLI generates an image with --simulator (its own simulator host)",
          f"exit {done.returncode}: {done.stdout[-800:]}{done.stderr[-1500:]}")
    for state in data.rglob("simulator.json"):  # the host outlives the command by design: stop it
        pid = json.loads(state.read_text(encoding="utf-8"))["pid"]
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
            time.sleep(0.2)
        check(not Path(f"/proc/{pid}").exists(), "the simulator host stops on SIGTERM")


def check_window(bundle: Path, env: dict[str, str], cwd: Path, where: str) -> None:
    data = cwd / f"app-{where}"
    log = data / "logs" / "runway-desktop.log"
    app = subprocess.Popen([str(bundle / "runway-desktop"), "--simulator", "--data-dir", str(data)],
                           env=env, cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = None
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and app.poll() is None and url is None:
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        marker = "using the offline simulator at "
        if marker in text:
            url = text.split(marker, 1)[1].split()[0]
        else:
            time.sleep(0.5)
    check(url is not None, f"the window starts ({where}) with --simulator and starts its simulator child",
          (app.stderr.read()[-1500:] if app.poll() is not None else "no simulator within the time limit"))
    code = stop(app)
    check(code == 0, f"the window ({where}) closes cleanly on SIGTERM",
          f"exit {code}: {app.stderr.read()[-1500:]}")
    if url:
        parts = urlsplit(url)
        with socket.socket() as probe:
            probe.settimeout(2)
            refused = probe.connect_ex((parts.hostname, parts.port)) != 0
        check(refused, "its simulator child has stopped with it")


def check_window_on_x11(bundle: Path, env: dict[str, str], cwd: Path) -> None:
    """The same on a real X server (Xvfb): the bundle's xcb platform plugin finds every library it needs."""
    if shutil.which("Xvfb") is None:
        check(False, "Xvfb is available for the X11 check (make package-deps installs it)")
        return
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        number = server.stdout.readline().strip()
        check(number.isdigit(), "Xvfb starts")
        if number.isdigit():
            check_window(bundle, {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}, cwd, "on X11")
    finally:
        server.terminate()
        server.wait(30)


def main(argv: list[str]) -> int:
    version = pyproject_version(ROOT / "pyproject.toml")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    deb = Path(argv[0]) if argv else ROOT / "dist" / f"runway-desktop_{version}_{arch}.deb"
    if not deb.exists():
        print(f"check-bundle: {deb} does not exist; build it with `make package`.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="runway-desktop-check-") as temp:
        where = Path(temp)
        bundle = where / "root" / "opt" / "runway-desktop"
        if deb.is_dir():  # an unpacked bundle, e.g. dist/runway-desktop: copied so it runs from elsewhere
            shutil.copytree(deb, bundle, symlinks=True)
        else:
            subprocess.run(["dpkg-deb", "-x", str(deb), str(where / "root")], check=True)
        (where / "home").mkdir()
        (where / "run").mkdir(mode=0o700)
        env = clean_env(where / "home", where / "run")
        print(f"Checking {deb.name}, extracted to {where}")
        check_versions(bundle, env, where, version)
        check_selfcheck(bundle, env, where)
        check_chinese(bundle, env, where)
        check_cli_generates(bundle, env, where)
        check_cli_own_simulator(bundle, env, where)
        check_window(bundle, env, where, "offscreen")
        check_window_on_x11(bundle, env, where)
    if failures:
        print(f"check-bundle: {len(failures)} check(s) failed.", file=sys.stderr)
        return 1
    print("check-bundle: every check passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
