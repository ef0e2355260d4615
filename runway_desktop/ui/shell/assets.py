"""Icons, the stylesheet and the dark theme shipped with the app (`resources/`, as runway_desktop.resources).

The Qt Designer forms are not loaded from here: `make forms` compiles `ui/*.ui` into
`runway_desktop/ui/generated/` (see tools/compile_forms.py).
"""

from __future__ import annotations

import functools
from importlib.resources import files

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

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
