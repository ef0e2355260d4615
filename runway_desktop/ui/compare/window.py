"""The compare window: 2–4 takes of one kind, the page for that kind, the keys, and `open_compare`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from runway_desktop.ui.compare.audio_page import AudioPage
from runway_desktop.ui.compare.image_page import ImagePage
from runway_desktop.ui.compare.labels import SharedLabel
from runway_desktop.ui.compare.takes import CompareRefused, Take, why_not_comparable
from runway_desktop.ui.compare.video_page import VideoPage

PAGES = {"video": VideoPage, "image": ImagePage, "audio": AudioPage}
KEYS_HINT = {
    "video": QT_TRANSLATE_NOOP("CompareWindow",
                               "Space play/pause · ←/→ one frame · 1–4 show one take · Esc close"),
    "image": QT_TRANSLATE_NOOP("CompareWindow",
                               "Drag pans · wheel or +/− zooms · 1–4 show one take · Esc close"),
    "audio": QT_TRANSLATE_NOOP("CompareWindow",
                               "Space play/pause · ←/→ step · 1–4 solo a take · Esc close"),
}
# Always 2–4 takes: the plural form is the only one needed.
TITLES = {
    "video": QT_TRANSLATE_NOOP("CompareWindow", "Compare {count} videos"),
    "image": QT_TRANSLATE_NOOP("CompareWindow", "Compare {count} images"),
    "audio": QT_TRANSLATE_NOOP("CompareWindow", "Compare {count} sounds"),
}
FOCUS_STYLE = """
#compareWindow QToolButton:focus, #compareWindow QComboBox:focus { border: 2px solid palette(link); }
#compareWindow QSlider:focus { border: 1px solid palette(link); border-radius: 4px; }
"""
DEFAULT_SIZE = QSize(1240, 800)


def _text(source: str) -> str:
    return QCoreApplication.translate("CompareWindow", source)


class CompareWindow(QWidget):
    """A top-level window over the takes; closing it stops every player."""

    def __init__(self, takes: list[Take], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        reason = why_not_comparable(takes)
        if reason:
            raise CompareRefused(reason)
        self.setObjectName("compareWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.takes = takes
        self.kind = takes[0].kind
        heading = _text(TITLES[self.kind]).format(count=QLocale().toString(len(takes)))
        self.setWindowTitle(f"{heading} — Runway Desktop")
        self.setStyleSheet(FOCUS_STYLE)
        self.page: VideoPage | ImagePage | AudioPage = PAGES[self.kind](takes, self)
        title = QLabel(heading, self)
        title.setProperty("role", "title")
        keys = QLabel(_text(KEYS_HINT[self.kind]), self)
        keys.setProperty("role", "hint")
        keys.setObjectName("compareKeys")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(keys)
        self.shared = SharedLabel(takes, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.shared)
        self._released = False
        self._shortcut(Qt.Key.Key_Space, self._toggle)
        self._shortcut(Qt.Key.Key_Left, lambda: self._step(-1))
        self._shortcut(Qt.Key.Key_Right, lambda: self._step(1))
        self._shortcut(Qt.Key.Key_Escape, self.close)
        for number in range(1, len(takes) + 1):
            self._shortcut(getattr(Qt.Key, f"Key_{number}"), lambda i=number - 1: self.page.solo(i))

    def _shortcut(self, key: Qt.Key, slot) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def _toggle(self) -> None:
        if isinstance(self.page, VideoPage | AudioPage):
            self.page.toggle()

    def _step(self, frames: int) -> None:
        if isinstance(self.page, VideoPage | AudioPage):
            self.page.step(frames)

    def release(self) -> None:
        """Stop every player and background read (idempotent)."""
        if not self._released:
            self._released = True
            self.page.release()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)


def placement(parent_frame: QRect | None, available: QRect, wanted: QSize = DEFAULT_SIZE,
              minimum: QSize = QSize(0, 0)) -> QRect:  # noqa: B008 - an immutable default
    """Where the window goes: at most 90 % of the available screen (never under `minimum`, never over
    the screen), centred over the parent's frame (or the screen), moved back onto the screen if need be."""
    width = min(available.width(), max(minimum.width(), min(wanted.width(), available.width() * 9 // 10)))
    height = min(available.height(),
                 max(minimum.height(), min(wanted.height(), available.height() * 9 // 10)))
    size = QSize(width, height)
    rect = QRect(QPoint(0, 0), size)
    over = parent_frame if parent_frame is not None and parent_frame.isValid() else available
    rect.moveCenter(over.center())
    rect.moveLeft(max(available.left(), min(rect.left(), available.right() + 1 - rect.width())))
    rect.moveTop(max(available.top(), min(rect.top(), available.bottom() + 1 - rect.height())))
    return rect


def _screen_of(parent: QWidget | None) -> QScreen | None:
    """The screen the parent window is mostly on (the primary screen without a parent)."""
    if parent is not None:
        window = parent.window()
        return QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()
    return QGuiApplication.primaryScreen()


def open_compare(parent: QWidget | None, takes: list[Take]) -> CompareWindow:
    """Open a compare window over 2–4 takes of one kind; otherwise raise CompareRefused with a sentence."""
    window = CompareWindow(list(takes), parent)
    screen = _screen_of(parent)
    available = screen.availableGeometry() if screen is not None else QRect()
    frame = parent.window().frameGeometry() if parent is not None else None
    if available.isEmpty():
        window.resize(DEFAULT_SIZE)
    else:
        rect = placement(frame, available, minimum=window.minimumSizeHint())
        window.resize(rect.size())
        window.winId()  # the native window exists now, so its frame's margins are known where they can be
        margins = window.frameGeometry().size() - window.geometry().size()
        framed = placement(frame, available, rect.size() + margins, window.minimumSizeHint() + margins)
        window.resize(framed.size() - margins)
        window.move(framed.topLeft())  # move() places the frame
    window.show()
    window.raise_()
    window.activateWindow()
    return window
