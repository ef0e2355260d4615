"""The desktop entry and metainfo pass their validators, and every place that names the version agrees."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from runway_desktop.app import DESKTOP_ID
from runway_desktop.version import UNKNOWN, pyproject_version, version

ROOT = Path(__file__).resolve().parent.parent
XDG = ROOT / "packaging" / "xdg"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (make system-deps installs it)")
    return path


def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run([_tool("desktop-file-validate"), str(XDG / f"{DESKTOP_ID}.desktop")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout + done.stderr


def test_the_metainfo_passes_appstreamcli_validate():
    metainfo = XDG / f"{DESKTOP_ID}.metainfo.xml"
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(metainfo)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_python_package_is_listed_for_the_wheel():
    # setuptools ships only the packages pyproject names: one left out is missing from the wheel,
    # the pipx install and the bundle, while the editable checkout still works.
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    inits = (ROOT / "runway_desktop").rglob("__init__.py")
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in inits}
    assert found - listed == set()


def test_the_version_comes_from_pyproject():
    declared = pyproject_version(ROOT / "pyproject.toml")
    assert re.fullmatch(r"\d+\.\d+\.\d+(\S*)", declared)
    assert version() == declared
    import runway_desktop

    assert runway_desktop.__version__ == declared


def test_a_pyproject_without_a_version_says_so_instead_of_guessing(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.other]\nversion = "9.9.9"\n[project]\nname = "x"\n')
    assert pyproject_version(tmp_path / "pyproject.toml") == UNKNOWN
    assert pyproject_version(tmp_path / "missing.toml") == UNKNOWN


def test_the_metainfo_lists_the_current_version_as_its_newest_release():
    releases = ET.parse(XDG / f"{DESKTOP_ID}.metainfo.xml").getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == version()


@pytest.mark.parametrize(("module", "program"), [
    ("runway_desktop.app", "runway-desktop"),
    ("runway_desktop.cli", "runway-desktop-cli"),
    ("runway_desktop.simulator", "runway-desktop-sim"),
])
def test_every_command_prints_the_version(module, program, tmp_path):
    done = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{program} {version()}"


def test_about_names_the_version(qtbot):
    from PySide6.QtWidgets import QMessageBox

    from runway_desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show_about()  # what Help ▸ About does once the window is composed
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    box = window.findChild(QMessageBox)
    assert f"Version {version()}" in box.text()
    box.close()


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


def test_the_desktop_entry_speaks_simplified_chinese():
    from runway_desktop.desktop_entry import desktop_file_text

    shipped = (XDG / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    for text in (shipped, desktop_file_text("/x/runway-desktop")):  # as shipped, and as installed
        groups: dict[str, dict[str, str]] = {}
        group: dict[str, str] = {}
        for line in text.splitlines():
            if line.startswith("["):
                group = groups.setdefault(line.strip("[]"), {})
            elif "=" in line:
                key, value = line.split("=", 1)
                group[key] = value
        entry = groups["Desktop Entry"]
        assert entry["Name[zh_CN]"] == "Runway Desktop"  # the product's name is not translated
        for key in ("GenericName[zh_CN]", "Comment[zh_CN]", "Keywords[zh_CN]"):
            assert _has_chinese(entry[key]), key
        assert entry["Keywords[zh_CN]"].endswith(";")
        for name, action in groups.items():
            if name.startswith("Desktop Action "):
                assert _has_chinese(action["Name[zh_CN]"]), name


def test_the_metainfo_speaks_simplified_chinese_paragraph_for_paragraph():
    component = ET.parse(XDG / f"{DESKTOP_ID}.metainfo.xml").getroot()
    for tag in ("name", "summary"):
        chinese = [e for e in component.findall(tag) if e.get(XML_LANG) == "zh-CN"]
        assert len(chinese) == 1 and chinese[0].text, tag
    assert _has_chinese(next(e.text for e in component.findall("summary") if e.get(XML_LANG)))
    description = component.find("description")
    assert description is not None
    for path in ("p", "ul/li"):
        english = [e for e in description.findall(path) if e.get(XML_LANG) is None]
        chinese = [e for e in description.findall(path) if e.get(XML_LANG) == "zh-CN"]
        assert english and len(chinese) == len(english), path
        assert all(_has_chinese(e.text or "") for e in chinese)
    assert any(e.get(XML_LANG) == "zh-CN" for e in component.findall("keywords/keyword"))
