"""Icons, the stylesheet and the themes shipped with the app (`resources/`, as runway_desktop.resources).

The Qt Designer forms are not loaded from here: `make forms` compiles `ui/*.ui` into
`runway_desktop/ui/generated/` (see tools/compile_forms.py).
"""

from __future__ import annotations

import functools
import re
import tempfile
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from runway_desktop.ui.shell.theme import DARK_COLOURS, SYSTEM, Theme, install

RESOURCES = "runway_desktop.resources"


def resource_path(*parts: str) -> str:
    """A file shipped in `resources/` (a real path in source, wheel and frozen installs)."""
    return str(files(RESOURCES).joinpath(*parts))


@functools.cache
def icon(name: str) -> QIcon:
    """The SVG icon `resources/icons/<name>.svg`."""
    return QIcon(resource_path("icons", f"{name}.svg"))


def _tinted_chevrons(colour: str) -> str:
    """A folder with the chevron icons drawn in `colour` (QSS reads images from files)."""
    folder = Path(tempfile.gettempdir()) / f"runway-desktop-chevrons-{colour.lstrip('#')}"
    folder.mkdir(exist_ok=True)
    for name in ("chevron-down", "chevron-up"):
        source = files(RESOURCES).joinpath("icons", f"{name}.svg").read_text(encoding="utf-8")
        target = folder / f"{name}.svg"
        tinted = source.replace("#b7bcc6", colour)
        if not target.exists() or target.read_text(encoding="utf-8") != tinted:
            target.write_text(tinted, encoding="utf-8")
    return str(folder).replace("\\", "/")


def stylesheet(colours: dict[str, str] | None = None) -> str:
    """resources/style.qss with `{icons}` pointing at the icons and each `@name` from the theme's table."""
    table = colours or DARK_COLOURS
    text = files(RESOURCES).joinpath("style.qss").read_text(encoding="utf-8")
    text = re.sub(r"@([a-z_]+)", lambda match: table[match.group(1)], text)
    if table["chevron"] != DARK_COLOURS["chevron"]:
        text = text.replace("{icons}/chevron-", _tinted_chevrons(table["chevron"]) + "/chevron-")
    return text.replace("{icons}", resource_path("icons").replace("\\", "/"))


def apply_theme(app: QApplication, choice: str = SYSTEM) -> Theme:
    """Fusion, the palette and the one stylesheet of the chosen theme, kept following the system."""
    app.setStyle("Fusion")
    theme = Theme(app, stylesheet)
    install(theme)
    theme.choose(choice)
    return theme
