"""The mouse wheel scrolls the form; it changes a combo box, spin box or slider only once focused.

Scrolling a long form with the wheel must never change a value the cursor happens to pass over
(a ratio turned from 1:1 to 4:3 before a paid generation). `guard_wheel(container)` gives every
such control in `container` click-and-tab focus only, and sends the wheel over an unfocused one
to the scroll area around it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """The event filter: a wheel over an unfocused guarded control scrolls its scroll area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True  # the value stays as it was


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(widget, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_GUARD: WheelGuard | None = None


def guard_wheel(container: QWidget) -> None:
    """Guard every combo box, spin box and slider in `container` (again after new ones appear)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QApplication.instance())
    for kind in GUARDED:
        for control in container.findChildren(kind):
            if control.property("wheelGuarded"):
                continue
            control.setProperty("wheelGuarded", True)
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            control.installEventFilter(_GUARD)
