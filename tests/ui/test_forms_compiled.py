"""The Designer forms in ui/ and the Python compiled from them agree: an edited form cannot ship stale."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTabWidget

ROOT = Path(__file__).resolve().parents[2]


def _compile_forms():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "tools" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("compile_forms", module)
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_from_its_current_version():
    assert _compile_forms().stale_forms() == [], "a form in ui/ changed: run `make forms`"


def test_an_edited_form_is_reported_until_it_is_compiled_again(tmp_path):
    tool = _compile_forms()
    forms, out = tmp_path / "ui", tmp_path / "generated"
    forms.mkdir()
    out.mkdir()
    shutil.copy(ROOT / "ui" / "main_window.ui", forms)
    shutil.copy(ROOT / "runway_desktop" / "ui" / "generated" / "main_window_form.py", out)
    assert tool.stale_forms(forms, out) == []
    form = forms / "main_window.ui"
    form.write_text(form.read_text().replace("Runway Desktop", "Runway Desktop (edited)"))
    assert tool.stale_forms(forms, out) == ["main_window.ui"]
    (out / "main_window_form.py").unlink()
    assert tool.stale_forms(forms, out) == ["main_window.ui"]


def test_the_compiled_form_builds_the_window_frame(qtbot):
    from runway_desktop.ui.generated.main_window_form import Ui_MainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    form = Ui_MainWindow()
    form.setupUi(window)
    assert window.windowTitle() == "Runway Desktop"
    assert isinstance(form.tabs, QTabWidget)
    assert form.actionSettings.shortcut().toString() == "Ctrl+,"
    menus = (form.menuFile, form.menuView, form.menuHelp)
    assert [menu.title() for menu in menus] == ["&File", "&View", "&Help"]
