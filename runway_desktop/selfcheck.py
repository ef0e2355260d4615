"""`RUNWAY_DESKTOP_ROLE=selfcheck runway-desktop`: what a built bundle finds inside itself, as one JSON line.

A frozen build can lose pieces silently (keyring falling back to its "fail" backend, Qt without its
multimedia plugin, resources left behind); `make package-check` runs this in the extracted bundle
and fails on anything missing.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

_PROBE_SERVICE = "runway-desktop-selfcheck"


def keychain() -> dict[str, Any]:
    """The backend keyring chose, and whether a secret survives a store/read/delete round trip."""
    import keyring

    backend = keyring.get_keyring()
    found: dict[str, Any] = {"backend": f"{type(backend).__module__}.{type(backend).__name__}"}
    try:
        backend.set_password(_PROBE_SERVICE, "probe", "stored")
        found["round_trip"] = backend.get_password(_PROBE_SERVICE, "probe") == "stored"
        backend.delete_password(_PROBE_SERVICE, "probe")
    except Exception as exc:  # any backend failure is the finding itself
        found["round_trip"] = False
        found["error"] = f"{type(exc).__name__}: {exc}"
    return found


def multimedia() -> dict[str, Any]:
    """Which media formats Qt can decode: none means its multimedia backend plugin is missing."""
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QMediaFormat

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    names = sorted(QMediaFormat.fileFormatName(f) for f in formats)
    del app
    return {"decodes": names}


def language() -> dict[str, Any]:
    """The language the desktop's locale (LANG) chooses, and whether its catalogues translate.

    `quit` is the window's own File menu entry (our .qm), `cancel` a word of Qt's own dialogs
    (qtbase's .qm): English means that catalogue did not load.
    """
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtCore import QCoreApplication, QLocale

    from runway_desktop.ui.i18n import install_language

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    chosen = install_language(app)
    return {"locale": QLocale.system().name(), "language": chosen,
            "quit": QCoreApplication.translate("MainWindow", "&Quit"),
            "cancel": QCoreApplication.translate("QPlatformTheme", "Cancel")}


def resources() -> dict[str, Any]:
    """The model catalogue, the style sheet, the desktop files and the compiled translations ship inside."""
    from importlib.resources import files

    from runway_desktop.core.catalogue.spec import load_catalogue

    shipped = files("runway_desktop.xdg")
    return {
        "models": len(load_catalogue().models),
        "style": files("runway_desktop.resources").joinpath("style.qss").is_file(),
        "desktop_files": sorted(p.name for p in shipped.iterdir() if p.name.startswith("com.")),
        "translations": sorted(p.name for p in files("runway_desktop.resources").joinpath("translations")
                               .iterdir() if p.name.endswith(".qm")),
    }


def main() -> int:
    import runway_desktop
    from runway_desktop.version import version

    report = {"version": version(), "frozen": bool(getattr(sys, "frozen", False)),
              "module": str(runway_desktop.__file__),
              "keychain": keychain(), "multimedia": multimedia(), "language": language(),
              "resources": resources()}
    print(json.dumps(report))
    return 0
