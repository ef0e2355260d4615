"""`runway-desktop --install-desktop-entry` / `--uninstall-desktop-entry` in a temporary XDG_DATA_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from runway_desktop import desktop_entry
from runway_desktop.app import DESKTOP_ID

PROGRAM = Path(sys.executable).with_name("runway-desktop")  # the console script pip made


def _run(flag: str, share: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(share), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(PROGRAM), flag], capture_output=True, text=True, env=env, timeout=120)


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture
def share(tmp_path):
    if not PROGRAM.exists():
        pytest.skip("the runway-desktop console script is not installed next to this Python")
    share = tmp_path / "share"
    # Someone else's menu entry and icon already live there: they must survive both commands.
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "org.example.Other.desktop").write_text("[Desktop Entry]\n")
    (share / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (share / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"png")
    return share


def test_install_puts_the_entry_icons_and_metainfo_in_xdg_data_home(share, tmp_path):
    before = {p for p in share.rglob("*") if p.is_file()}
    done = _run("--install-desktop-entry", share, tmp_path)
    assert done.returncode == 0, done.stderr
    expected = desktop_entry.installed_paths(share)
    assert {p for p in share.rglob("*") if p.is_file()} - before == set(expected)
    assert len(expected) == 3 + len(desktop_entry.ICON_SIZES)
    for path in expected:
        assert str(path) in done.stdout  # it says what it wrote

    desktop = (share / "applications" / f"{DESKTOP_ID}.desktop").read_text()
    assert f"Exec={PROGRAM}\n" in desktop and f"TryExec={PROGRAM}\n" in desktop  # found off PATH too
    assert f"Exec={PROGRAM} --simulator\n" in desktop
    assert f"Icon={DESKTOP_ID}\n" in desktop
    svg = share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert svg.read_bytes().lstrip().startswith(b"<")
    for size in desktop_entry.ICON_SIZES:
        with Image.open(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png") as png:
            assert png.format == "PNG" and png.size == (size, size)
            assert png.convert("RGBA").getextrema()[3][1] == 255  # the artwork was drawn, not left blank
    assert f"<id>{DESKTOP_ID}</id>" in (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").read_text()
    if shutil.which("desktop-file-validate"):
        entry = share / "applications" / f"{DESKTOP_ID}.desktop"
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True,
                               timeout=60)
        assert check.returncode == 0, check.stdout


def test_uninstall_removes_exactly_what_install_added(share, tmp_path):
    before = {p: p.read_bytes() for p in share.rglob("*") if p.is_file()}
    tree = _tree(share)
    assert _run("--install-desktop-entry", share, tmp_path).returncode == 0
    assert _run("--install-desktop-entry", share, tmp_path).returncode == 0  # again: replaces, adds nothing
    done = _run("--uninstall-desktop-entry", share, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Removed 12 files" in done.stdout
    assert _tree(share) == tree
    assert {p: p.read_bytes() for p in share.rglob("*") if p.is_file()} == before
    again = _run("--uninstall-desktop-entry", share, tmp_path)
    assert again.returncode == 0 and "nothing removed" in again.stdout


def test_xdg_data_home_follows_the_spec(tmp_path):
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path), "HOME": "/h"}) == tmp_path
    # A relative value is invalid by the spec and ignored, as is an empty one.
    assert desktop_entry.data_home({"XDG_DATA_HOME": "rel/share", "HOME": "/h"}) == Path("/h/.local/share")
    assert desktop_entry.data_home({"XDG_DATA_HOME": "", "HOME": "/h"}) == Path("/h/.local/share")


def test_a_program_path_with_spaces_is_quoted_as_the_desktop_spec_asks(tmp_path):
    text = desktop_entry.desktop_file_text("/opt/My Apps/runway-desktop")
    assert 'Exec="/opt/My Apps/runway-desktop"\n' in text
    assert 'Exec="/opt/My Apps/runway-desktop" --simulator\n' in text
    assert "TryExec=/opt/My Apps/runway-desktop\n" in text
    if shutil.which("desktop-file-validate"):
        path = tmp_path / f"{DESKTOP_ID}.desktop"
        path.write_text(text)
        check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True,
                               timeout=60)
        assert check.returncode == 0, check.stdout


def test_an_install_that_cannot_write_says_why(share, tmp_path):
    (share / "metainfo").write_text("a file where the folder should be")
    done = _run("--install-desktop-entry", share, tmp_path)
    assert done.returncode == 1
    assert "could not install the desktop entry" in done.stderr and "Traceback" not in done.stderr
