"""When start-up cannot open the history at all: a message that says why and what to do, then the end."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


async def tell_cannot_start(parent: QWidget | None, message: str) -> None:
    """Show `message` over the window (not blocking the loop) and return once it was read and closed."""
    title = QCoreApplication.translate("SessionWords", "Runway Desktop cannot start")
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("cannotStart")
    closed = asyncio.get_running_loop().create_future()
    box.finished.connect(lambda _result: closed.done() or closed.set_result(None))
    box.open()
    await closed
