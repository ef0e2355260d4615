"""Tab pages built when first needed: the visible one at once, the others once the window has settled.

Building a Generate tab (model list, form, drop zones) takes tens of milliseconds; only the one
on screen has to exist before the window appears with its content. The others start as empty
placeholder pages and are swapped for the real page when shown, when asked for by key, or one
per event-loop turn a moment after the window has painted (`SETTLE_MS`: start-up's own work is
done by then, so building them does not hold up the first clicks), whichever comes first.
Until `set_factory` is
called (the window's frame paints before the catalogue exists) every page is a placeholder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

Page = tuple[str, str, QIcon]  # key, title, icon
SETTLE_MS = 1500


class LazyTabs(QObject):
    """The pages of `tabs`, made by `make(key)` on demand; `built` holds those made so far."""

    def __init__(self, tabs: QTabWidget, pages: Sequence[Page], make: Callable[[str], QWidget] | None = None
                 ) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._pages = list(pages)
        self._make = make
        self.built: dict[str, QWidget] = {}
        for key, title, page_icon in self._pages:
            placeholder = QWidget(tabs)
            placeholder.setObjectName(f"{key}TabPending")
            tabs.addTab(placeholder, page_icon, title)
        tabs.currentChanged.connect(self._shown)

    def set_factory(self, make: Callable[[str], QWidget]) -> None:
        """From now on pages can be made: the current one is made at once."""
        self._make = make
        self._shown(self._tabs.currentIndex())

    def keys(self) -> list[str]:
        return [key for key, _, _ in self._pages]

    def __contains__(self, key: object) -> bool:
        return key in self.keys()

    def get(self, key: str) -> QWidget:
        """The page for `key`, made now if it was not yet; KeyError for a key with no page."""
        page = self.built.get(key)
        if page is not None:
            return page
        if key not in self:
            raise KeyError(key)
        if self._make is None:
            raise RuntimeError(f"The {key!r} page cannot be made before the window is composed")
        index = self.keys().index(key)
        page = self._make(key)
        self.built[key] = page
        _, title, page_icon = self._pages[index]
        placeholder = self._tabs.widget(index)
        current = self._tabs.currentIndex()
        was_blocked = self._tabs.blockSignals(True)  # the same page stays current: nobody needs telling
        try:
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, page, page_icon, title)
            self._tabs.setCurrentIndex(current)
        finally:
            self._tabs.blockSignals(was_blocked)
        placeholder.deleteLater()
        return page

    def all(self) -> dict[str, QWidget]:
        """Every page by key, in tab order (making those not made yet)."""
        return {key: self.get(key) for key in self.keys()}

    def build_after_next_paint(self, window: QWidget) -> None:
        """`SETTLE_MS` after `window` has painted again, make the remaining pages, one per loop turn."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self, self._build_next)
        return False

    def _build_next(self) -> None:
        pending = [key for key in self.keys() if key not in self.built]
        if pending:
            self.get(pending[0])
            if len(pending) > 1:
                QTimer.singleShot(0, self, self._build_next)

    def _shown(self, index: int) -> None:
        if self._make is not None and 0 <= index < len(self._pages):
            self.get(self._pages[index][0])
