"""Keys that reach the queue without a mouse: Ctrl+J moves the focus to the queue's list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget

QUEUE_KEYS = "Ctrl+J"  # the queue of jobs (Ctrl+1–4 are the tabs)


def focus_queue(window: QMainWindow, queue: QWidget) -> None:
    """Show the queue and focus its list, on the selected task or else the newest."""
    queue.show()
    queue.raise_()
    view = queue.findChild(QAbstractItemView, "queueList")
    if view is None:
        return
    view.setFocus(Qt.FocusReason.ShortcutFocusReason)
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not model.rowCount() or selection.hasSelection():
        return
    current = view.currentIndex()
    target = current if current.isValid() else model.index(0, 0)
    selection.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

def wire_keyboard(window: QMainWindow, queue: QWidget) -> QShortcut:
    shortcut = QShortcut(QKeySequence(QUEUE_KEYS), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: focus_queue(window, queue))
    return shortcut
