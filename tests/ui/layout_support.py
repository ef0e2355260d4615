"""What a person would see as a broken layout, found by measuring the real widgets of a window.

`layout_problems(window)` walks every visible widget and names each one that lies outside the
window or is cut off by its parent, each label whose words do not fit (an elided label must have
the full text as its tooltip), each button, field or combo box narrower than its text, and each
pair of siblings drawn over one another. Scrolled content is checked against its viewport's width
only (scrolling vertically is what a scroll area is for).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QSplitterHandle,
    QStackedWidget,
    QTabBar,
    QWidget,
)

ELLIPSIS = "…"
SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "placeholderText", "currentText"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                text = getter()
            except TypeError:
                continue
            if text:
                break
    label = f"{type(widget).__name__}#{widget.objectName() or '?'}"
    return f"{label} {text[:40]!r}" if text else label


# Qt's own containers whose contents are the application's: what is inside them is checked.
CONTAINERS = {"qt_scrollarea_viewport", "qt_tabwidget_stackedwidget"}


def _internal(widget: QWidget) -> bool:
    """Qt's own parts (scroll bar containers, tab scrollers, line edit buttons)."""
    while widget is not None:
        name = widget.objectName()
        if (name.startswith("qt_") and name not in CONTAINERS) or isinstance(widget, QScrollBar | QTabBar):
            return True
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        widget = parent
    return False


def _scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area `widget` scrolls inside, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return parent
        parent = grand
    return None


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def shown(window: QWidget) -> list[QWidget]:
    """The widgets of `window` a person can see (not hidden, not in another window, not Qt's own)."""
    return [
        w for w in window.findChildren(QWidget)
        if w.isVisible() and w.window() is window and not _internal(w) and w.width() > 0
    ]


def _text_fits(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        room = widget.contentsRect()
        if widget.wordWrap():
            need = widget.heightForWidth(room.width() + widget.width() - widget.contentsRect().width())
            if need > widget.height() + SLACK:
                return f"{_name(widget)} needs {need} px of height, has {widget.height()}"
        else:
            need = widget.sizeHint().width()
            if need > widget.width() + SLACK:
                return f"{_name(widget)} needs {need} px, has {widget.width()}"
        if text.rstrip().endswith(ELLIPSIS) and not widget.toolTip() and widget.property("elided"):
            return f"{_name(widget)} is elided without a tooltip"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint()
        if need.width() > widget.width() + SLACK or need.height() > widget.height() + SLACK:
            have = f"{widget.width()}×{widget.height()}"
            return f"{_name(widget)} needs {need.width()}×{need.height()} px, has {have}"
        return None
    if isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        text = widget.text() or widget.placeholderText()
        need = widget.fontMetrics().horizontalAdvance(text) + 16
        if text and need > widget.width() and not widget.text():
            return f"{_name(widget)} shows its placeholder cut: needs {need} px, has {widget.width()}"
        return None
    if isinstance(widget, QComboBox) and widget.currentText():
        need = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 36
        if need > widget.width():
            return f"{_name(widget)} cuts its text: needs {need} px, has {widget.width()}"
    return None


def layout_problems(window: QWidget) -> list[str]:
    """Everything in `window` that is off-window, cut off, squeezed or drawn over something else."""
    problems: list[str] = []
    frame = window.rect()
    widgets = shown(window)
    for widget in widgets:
        viewport = _scroll_viewport(widget)
        if viewport is None:
            where = _rect_in(widget, window)
            if not frame.contains(where):
                problems.append(f"{_name(widget)} at {where.getRect()} is outside the window")
                continue
            parent = widget.parentWidget()
            if parent is not None and not widget.isWindow() and not parent.rect().contains(widget.geometry()):
                inside, at = parent.rect().getRect(), widget.geometry().getRect()
                problems.append(f"{_name(widget)} {at} is cut off by {_name(parent)} {inside}")
                continue
        else:
            where = _rect_in(widget, viewport)
            if where.left() < -SLACK or where.right() > viewport.width() + SLACK:
                problems.append(f"{_name(widget)} spills out of its scroll area sideways")
                continue
            parent = widget.parentWidget()
            if parent is not viewport and not parent.rect().contains(widget.geometry()):
                inside, at = parent.rect().getRect(), widget.geometry().getRect()
                problems.append(f"{_name(widget)} {at} is cut off by {_name(parent)} {inside}")
                continue
        problem = _text_fits(widget)
        if problem:
            problems.append(problem)
    problems += _overlaps(widgets)
    return problems


def _overlaps(widgets: list[QWidget]) -> list[str]:
    found = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, QStackedWidget) or isinstance(widget, QSplitterHandle):
            continue
        if widget.isWindow() or widget.property("overlay"):  # drawn over the others on purpose
            continue
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1:]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 2 and shared.height() > 2:
                    area = f"{shared.width()}×{shared.height()}"
                    found.append(f"{_name(first)} and {_name(second)} overlap by {area}")
    return found


def fully_visible(widget: QWidget) -> bool:
    """Shown, inside its window and not cut by any ancestor: its whole rectangle can be seen."""
    if not widget.isVisible():
        return False
    region = widget.visibleRegion().boundingRect()
    return region == widget.rect() and widget.window().rect().contains(_rect_in(widget, widget.window()))
