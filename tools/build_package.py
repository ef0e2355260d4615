#!/usr/bin/env python3
"""`make package`: the PyInstaller one-folder bundle and a .deb around it, then the .deb's checks.

  .venv/bin/python tools/build_package.py                  # build/package/ is scratch; results in dist/
  .venv/bin/python tools/build_package.py --reuse-bundle   # only the .deb again, around the last bundle

Produces dist/runway-desktop/ (the bundle: `runway-desktop` plus `runway-desktop-cli` and
`runway-desktop-sim` links to it) and dist/runway-desktop_<version>_<arch>.deb (with a manual page
for each command, written from its parser by tools/manpages.py), then runs
desktop-file-validate, appstreamcli validate and lintian (no errors allowed) on what the .deb holds.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import time
import tomllib
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from manpages import write_pages  # noqa: E402

from runway_desktop import desktop_entry  # noqa: E402
from runway_desktop.app import DESKTOP_ID  # noqa: E402
from runway_desktop.version import pyproject_version  # noqa: E402

BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"
PACKAGE = "runway-desktop"
COMMANDS = ("runway-desktop", "runway-desktop-cli", "runway-desktop-sim")
# lintian's findings about manual pages: every command has one, and it must render cleanly.
MAN_TAGS = ("binary-without-manpage", "manpage-", "manual-page", "groff-message")
# What the bundle does not carry itself: the C library (at least the build machine's: Debian 12's
# 2.36, as PyInstaller bundles run only on a glibc as new as the one they were built on), the
# display, fonts, D-Bus and sound.
DEPENDS = (
    "libc6 (>= 2.36), libglib2.0-0, libfontconfig1, libfreetype6, libx11-6, libx11-xcb1, "
    "libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1, libopengl0, libdbus-1-3, libxcb-cursor0, "
    "libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, "
    "libxcb-randr0, libxcb-xfixes0, libxcb-xkb1, libpulse0, libasound2, sensible-utils"
)


def maintainer(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """`Name <address>` of pyproject's first maintainer: the .deb's control and changelog name it."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    first = project["maintainers"][0]
    return f"{first['name']} <{first['email']}>"


def gzip_n(data: bytes) -> bytes:
    """`gzip -9n`: best compression, no file name and no time stamp (the .deb builds reproducibly)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def install_site(target: Path) -> None:
    """A plain (non-editable) install of the project, laid out as a wheel lays it out."""
    run(sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
        "--target", target, ROOT, cwd=BUILD)


def freeze(site: Path) -> Path:
    """Run PyInstaller on packaging/runway-desktop.spec; returns the one-folder bundle."""
    env = {**os.environ, "RUNWAY_DESKTOP_SITE": str(site)}
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", BUILD / "dist", "--workpath", BUILD / "work",
        ROOT / "packaging" / "runway-desktop.spec", env=env, cwd=BUILD)
    bundle = BUILD / "dist" / PACKAGE
    for name in COMMANDS[1:]:  # one executable: it chooses its program by the name it runs under
        (bundle / name).symlink_to(PACKAGE)
    relocatable_runpaths(bundle)
    return bundle


def relocatable_runpaths(bundle: Path) -> None:
    """Replace the build machine's absolute RUNPATH entries (the Python build's own lib folder, a
    system plugin folder) with $ORIGIN: the bundle must only ever load its own copies."""
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or path.name == PACKAGE:
            continue  # the executable carries its archive after the ELF image: never rewritten
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        runpath = run("patchelf", "--print-rpath", path, capture_output=True, text=True).stdout.strip()
        entries = [entry for entry in runpath.split(":") if entry]
        if all(entry.startswith("$ORIGIN") for entry in entries):
            continue
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")] or ["$ORIGIN"]
        run("patchelf", "--set-rpath", ":".join(dict.fromkeys(kept)), path)


def normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for everything else (shared libraries included)."""
    programs = {root / "opt" / PACKAGE / name for name in COMMANDS}
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path in programs or (path.stat().st_mode & 0o111 and ".so" not in path.name):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def fill(template: str, **values: str) -> str:
    text = (ROOT / "packaging" / "deb" / template).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def stage_deb(bundle: Path, version: str, arch: str) -> Path:
    """The .deb's file tree: /opt/runway-desktop, /usr/bin links, the desktop files, the docs."""
    root = BUILD / "deb"
    shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in COMMANDS:
        (bin_dir / name).symlink_to(f"/opt/{PACKAGE}/{name}")
    share = root / "usr" / "share"
    desktop_entry.install(share, program=PACKAGE)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "deb" / "copyright", doc / "copyright")
    released = _release_time()
    changelog = fill("changelog.in", VERSION=version, MAINTAINER=maintainer(),
                     DATE=formatdate(released, usegmt=False))
    (doc / "changelog.gz").write_bytes(gzip_n(changelog.encode()))
    man1 = share / "man" / "man1"
    man1.mkdir(parents=True)
    for page in write_pages(BUILD / "man", version, released):  # written from the commands' own parsers
        (man1 / f"{page.name}.gz").write_bytes(gzip_n(page.read_bytes()))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "deb" / "lintian-overrides", overrides / PACKAGE)
    normalise_modes(root)
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1
    (root / "DEBIAN").mkdir(mode=0o755)
    control = fill("control.in", VERSION=version, ARCH=arch, MAINTAINER=maintainer(),
                   SIZE=str(size_kib), DEPENDS=DEPENDS)
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    (root / "DEBIAN" / "control").chmod(0o644)
    return root


def _release_time() -> float:
    """The last commit's time (reproducible builds), else now."""
    done = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                          capture_output=True, text=True)
    return float(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else time.time()


def check_deb(deb: Path, root: Path) -> None:
    """desktop-file-validate, appstreamcli validate and lintian (errors fail the build)."""
    share = root / "usr" / "share"
    run("desktop-file-validate", share / "applications" / f"{DESKTOP_ID}.desktop")
    run("appstreamcli", "validate", "--no-net", "--pedantic",
        share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml")
    step(f"lintian {deb.name} (errors and manual page findings fail the build; warnings are listed)")
    done = subprocess.run(["lintian", "--fail-on", "error", "--tag-display-limit", "0", "--suppress-tags",
                           "bad-distribution-in-changes-file", str(deb)], capture_output=True, text=True)
    print(done.stdout + done.stderr, end="", flush=True)
    about_pages = [line for line in done.stdout.splitlines() if any(tag in line for tag in MAN_TAGS)]
    if done.returncode != 0 or about_pages:
        raise SystemExit(f"lintian: {deb.name} has errors or manual page findings (exit {done.returncode})")


def main(argv: list[str]) -> int:
    version = pyproject_version(ROOT / "pyproject.toml")
    arch = run("dpkg", "--print-architecture", capture_output=True, text=True).stdout.strip()
    bundle = BUILD / "dist" / PACKAGE
    if "--reuse-bundle" in argv and bundle.is_dir():  # only the .deb again, around the last bundle
        shutil.rmtree(BUILD / "deb", ignore_errors=True)
        relocatable_runpaths(bundle)
    else:
        shutil.rmtree(BUILD, ignore_errors=True)
        BUILD.mkdir(parents=True)
        step(f"installing runway-desktop {version} into {BUILD / 'site'}")
        install_site(BUILD / "site")
        step("freezing with PyInstaller (several minutes)")
        bundle = freeze(BUILD / "site")
    DIST.mkdir(exist_ok=True)
    shutil.rmtree(DIST / PACKAGE, ignore_errors=True)
    shutil.copytree(bundle, DIST / PACKAGE, symlinks=True)
    step("staging the .deb")
    root = stage_deb(bundle, version, arch)
    deb = DIST / f"{PACKAGE}_{version}_{arch}.deb"
    deb.unlink(missing_ok=True)
    # gzip: xz takes ten minutes or more over ~400 MB on a busy 2-core machine, for a third less size.
    run("dpkg-deb", "--build", "--root-owner-group", "-Zgzip", root, deb)
    check_deb(deb, root)
    step(f"built {DIST / PACKAGE}/ and {deb}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
