"""The first-run welcome: add a key, or try everything with the offline simulator. Never blocking."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.ui.shell.assets import icon

SIDE_BY_SIDE_WIDTH = 860  # narrower than this, the buttons go below the words
# In a window shorter than this the card is compact (no logo or title, buttons beside the words):
# the form below keeps the height for its fields.
COMPACT_BELOW_HEIGHT = 820
TITLE = QT_TRANSLATE_NOOP("WelcomeView", "Welcome to Runway Desktop")
TEXT = QT_TRANSLATE_NOOP(
    "WelcomeView",
    "To generate with Runway, add your API key from dev.runwayml.com — it is kept in your "
    "system keychain (or for this session only where there is none). Or try every tab first "
    "with the offline simulator: it runs on this computer, sends nothing to Runway and spends "
    "no credits.",
)
SIMULATING_TEXT = QT_TRANSLATE_NOOP(
    "WelcomeView",
    "You are trying the offline simulator: nothing is sent to Runway and no credits are spent. "
    "To generate with Runway, add your API key from dev.runwayml.com — Settings offers to use "
    "it at once, without a restart.",
)


def _words(text: str) -> str:
    return QCoreApplication.translate("WelcomeView", text)


class WelcomeView(QFrame):
    """A card above the tabs; the tabs stay usable while it is shown."""

    addKeyRequested = Signal()
    simulatorRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        # As tall as its words and buttons at its width, never more (the tabs below keep the rest, and
        # no gap opens above the buttons) and never less (the words are not cut): see `_fit_height`.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(20)
        # The words and the buttons side by side when there is room, the buttons below otherwise.
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(48, 48))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(logo)
        self._logo = logo
        words = QVBoxLayout()
        words.setSpacing(4)
        title = QLabel(_words(TITLE))
        title.setObjectName("welcomeTitle")
        title.setWordWrap(True)
        words.addWidget(title)
        self._title = title
        self.text_label = QLabel(_words(TEXT))
        self.text_label.setObjectName("welcomeText")
        self.text_label.setWordWrap(True)
        words.addWidget(self.text_label)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        words.addWidget(self.status_label)
        words.addStretch(1)  # beside taller buttons, the words stay together at the top
        body.addLayout(words, 1)
        buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        buttons.setSpacing(8)
        self.add_key_button = QPushButton(self.tr("Add API key"))
        self.add_key_button.setIcon(icon("key"))
        self.add_key_button.setProperty("primary", True)
        self.add_key_button.clicked.connect(self.addKeyRequested)
        buttons.addWidget(self.add_key_button)
        self.simulator_button = QPushButton(self.tr("Try with the offline simulator"))
        self.simulator_button.setIcon(icon("simulator"))
        self.simulator_button.clicked.connect(self._try_simulator)
        buttons.addWidget(self.simulator_button)
        self.hide_button = QPushButton(self.tr("Not now"))
        self.hide_button.setToolTip(self.tr("Hide this card; Settings (Ctrl+,) takes a key at any time"))
        self.hide_button.clicked.connect(self._dismiss)
        self.hide_button.hide()
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)  # side by side with the words, the buttons stay at the top
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        self._body, self._buttons = body, buttons
        self.simulating = False  # shown while the offline simulator is already in use (first run)
        self.compact = False
        self._watched: QWidget | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        top = self.window()
        if top is not self and top is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = top
            top.installEventFilter(self)
        self._arrange(self.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._arrange(self.width())
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Side by side when wide or compact, stacked otherwise; compact in a short window."""
        top = self._watched
        compact = top is not None and top.height() < COMPACT_BELOW_HEIGHT
        if compact != self.compact:
            self.compact = compact
            self._logo.setVisible(not compact)
            self._title.setVisible(not compact)
            layout = self.layout()
            if layout is not None:
                layout.setContentsMargins(*((16, 10, 16, 10) if compact else (20, 16, 20, 16)))
        wide = width >= SIDE_BY_SIDE_WIDTH or compact
        body = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        buttons = QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight
        if self._body.direction() != body:
            self._body.setDirection(body)
            self._buttons.setDirection(buttons)
        self._fit_height(width)

    def _needed_height(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return 0
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return layout.totalSizeHint().height()

    def sizeHint(self) -> QSize:
        """The height the contents need at the card's own width (not at the layout's preferred one)."""
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(max(1, self._needed_height(self.width())))
        return hint

    def _fit_height(self, width: int | None = None) -> None:
        """Never shorter than the words and buttons need at `width` (the card's own by default).

        Called on every resize and whenever the words or the buttons change: a height kept from
        the longer first-run text, or from a status line since hidden, would leave empty space.
        """
        needed = self._needed_height(self.width() if width is None else width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        self.updateGeometry()  # the notice area above the tabs takes the new height

    def show_simulating(self, on: bool) -> None:
        """The simulator is in use and no key exists yet: say so and offer only the key."""
        self.simulating = on
        self.text_label.setText(_words(SIMULATING_TEXT if on else TEXT))
        self.simulator_button.setVisible(not on)
        self.hide_button.setVisible(on)
        if on:
            self.status_label.hide()
        self._fit_height()

    def _dismiss(self) -> None:
        self.show_simulating(False)
        self.hide()

    def _try_simulator(self) -> None:
        self.set_busy(self.tr("Starting the offline simulator…"))
        self.simulatorRequested.emit()

    def set_busy(self, text: str) -> None:
        self.simulator_button.setEnabled(False)
        self._say(text, "hint")

    def set_error(self, text: str) -> None:
        """The simulator did not start: say why and offer the button again."""
        self.simulator_button.setEnabled(True)
        self._say(text, "error")

    def reset(self) -> None:
        self.simulator_button.setEnabled(True)
        self.status_label.hide()
        self._fit_height()

    def _say(self, text: str, role: str) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("role", role)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.status_label.show()
        self._fit_height()
