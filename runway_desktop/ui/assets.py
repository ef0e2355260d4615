"""Icons, the stylesheet, the dark theme and the Qt Designer forms shipped with the app.

Static layouts are Qt Designer files in the top-level `ui/` folder, installed as the package
`runway_desktop.forms` (see `[tool.setuptools.package-dir]` in pyproject.toml). They are not
compiled: `load_form("main_window.ui", window)` reads one at run time with `QUiLoader`, found
through `importlib.resources.files("runway_desktop.forms")`, straight into an existing widget,
so there is no generated code to keep in step with the .ui file. Edit the .ui in Qt Designer
(`pyside6-designer ui/main_window.ui`); the next start picks it up.
"""

from __future__ import annotations

import functools
from importlib.resources import files

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QWidget

FORMS = "runway_desktop.forms"
RESOURCES = "runway_desktop.resources"


def resource_path(*parts: str) -> str:
    """A file shipped in `resources/` (a real path in source, wheel and frozen installs)."""
    return str(files(RESOURCES).joinpath(*parts))


@functools.cache
def icon(name: str) -> QIcon:
    """The SVG icon `resources/icons/<name>.svg`."""
    return QIcon(resource_path("icons", f"{name}.svg"))


def stylesheet() -> str:
    """resources/style.qss with `{icons}` pointing at the icons folder (QSS needs real paths)."""
    text = files(RESOURCES).joinpath("style.qss").read_text(encoding="utf-8")
    return text.replace("{icons}", resource_path("icons").replace("\\", "/"))


class _IntoLoader(QUiLoader):
    """Builds a form's top-level widget into `base` instead of creating a new one."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base = base
        # Scanning Designer plugin folders (QtWebEngine's among them) costs most of a second.
        self.clearPluginPaths()

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = "") -> QWidget:
        if parent is None:
            return self._base
        return super().createWidget(class_name, parent, name)


def load_form(name: str, base: QWidget) -> QWidget:
    """Load `ui/<name>` into `base` (whose class must match the form's top-level class)."""
    path = files(FORMS).joinpath(name)
    device = QFile(str(path))
    if not device.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {name} is missing from the installation ({path}).")
    try:
        loader = _IntoLoader(base)
        loaded = loader.load(device, None)
    finally:
        device.close()
    if loaded is None:
        raise RuntimeError(f"The form {name} could not be loaded: {loader.errorString()}")
    return loaded


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#17181c",
        QPalette.ColorRole.WindowText: "#e4e6eb",
        QPalette.ColorRole.Base: "#1f2127",
        QPalette.ColorRole.AlternateBase: "#24262d",
        QPalette.ColorRole.ToolTipBase: "#2a2d35",
        QPalette.ColorRole.ToolTipText: "#e4e6eb",
        QPalette.ColorRole.PlaceholderText: "#7d828d",
        QPalette.ColorRole.Text: "#e4e6eb",
        QPalette.ColorRole.Button: "#2a2d35",
        QPalette.ColorRole.ButtonText: "#e4e6eb",
        QPalette.ColorRole.BrightText: "#ff6b70",
        QPalette.ColorRole.Link: "#8fa6ff",
        QPalette.ColorRole.Highlight: "#4a5fd0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#3a3e48",
        QPalette.ColorRole.Midlight: "#30333c",
        QPalette.ColorRole.Mid: "#26282f",
        QPalette.ColorRole.Dark: "#111215",
        QPalette.ColorRole.Shadow: "#0b0c0e",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b707b"))
    return palette


def apply_theme(app: QApplication) -> None:
    """Fusion, the dark palette and the one stylesheet."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    app.setStyleSheet(stylesheet())
