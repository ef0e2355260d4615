"""Help ▸ About: what the app is, where the key and the outputs are kept, and the version."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from runway_desktop.ui.shell.assets import icon

ABOUT = QT_TRANSLATE_NOOP(
    "About",
    "<h3>Runway Desktop</h3>"
    "<p>A desktop studio for Runway's video, image and audio generation API, with a built-in "
    "offline simulator.</p><p>Your API key is kept in the system keychain. Where there is no "
    "keychain, it is kept in memory for this session only (never written to a file) and asked for "
    "again at the next start. Outputs are saved to your library folder as soon as they are ready, "
    "with the parameters beside them.</p>",
)


def about_text(version: str) -> str:
    """The About box's text in the window's language, with `version`."""
    translate = QCoreApplication.translate
    return translate("About", ABOUT) + translate("About", "<p>Version {version}</p>").format(version=version)


def show_about(parent: QWidget) -> QMessageBox:
    """The About box, window-modal and never blocking (it deletes itself once closed)."""
    from runway_desktop.version import version  # reads package metadata: only when asked

    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        QCoreApplication.translate("About", "About Runway Desktop"),
        about_text(version()),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("aboutBox")
    box.setIconPixmap(icon("app").pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
