"""The keyboard's path through a tab: which of the form's controls take the focus, in layout order."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollBar, QWidget


def focusable(form: QWidget | None) -> list[QWidget]:
    """The form's controls that take the focus from the keyboard, in the order they are laid out."""
    if form is None:
        return []
    found = []
    window = form.window()
    for widget in form.findChildren(QWidget):
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") or isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the inside of a spin box or combo box: the box itself is in the order
        if isinstance(widget, QScrollBar) or widget.window() is not window:
            continue  # a scroll bar, or a combo box's list (a popup window of its own)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
    return found


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
