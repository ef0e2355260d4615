"""Light and dark themes: a colour table each; the system's scheme followed live unless Settings says."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

LIGHT, DARK, SYSTEM = "light", "dark", "system"
CHOICES = (SYSTEM, LIGHT, DARK)

# Every `@name` in resources/style.qss, and the colours widgets paint in code, come from here.
DARK_COLOURS: dict[str, str] = {
    "window": "#17181c", "text": "#e4e6eb", "text_strong": "#ffffff", "text_soft": "#c3c8d4",
    "text_muted": "#9aa0ab", "text_disabled": "#6b707b", "text_unavailable": "#8a8f99",
    "chrome": "#131417", "divider": "#24262d", "base": "#1f2127", "list": "#1a1b20",
    "list_alternate": "#1e2025", "menu_border": "#34373f", "tooltip_border": "#3a3e49",
    "selection_soft": "#2f3440", "selection": "#4a5fd0", "on_accent": "#ffffff",
    "button": "#2a2d35", "button_border": "#373a44", "button_hover": "#323640",
    "button_hover_border": "#454a56", "button_pressed": "#262930", "button_disabled": "#202228",
    "checked": "#2f3a66", "checked_hover": "#36437a", "accent": "#7089ff", "accent_border": "#6f86ff",
    "primary": "#4a5fd0", "primary_hover": "#5568e0", "primary_disabled": "#2c3150",
    "primary_disabled_border": "#353b5c", "primary_disabled_text": "#8a90a8",
    "input_border": "#363944", "input_disabled": "#1b1c21", "invalid": "#e5484d",
    "spin_border": "#30333c", "spin_button": "#262830", "indicator_border": "#5a5f6b",
    "focus": "#8fa6ff", "focus_checked": "#b8c4ff", "handle": "#3a3e48", "handle_hover": "#4a4f5b",
    "group_border": "#2c2f37", "group_title": "#c5c9d3", "error": "#ff8a8f", "warning": "#f5b94a",
    "ok": "#6fd39a", "banner": "#3a1d21", "banner_border": "#6b2b31", "banner_text": "#ffd6d8",
    "banner_muted": "#d99aa0", "banner_button_border": "#7a3a40", "banner_button_text": "#ffe5e6",
    "welcome_start": "#232842", "welcome_end": "#1c1e26", "welcome_border": "#343b5e",
    "status_text": "#b7bcc6", "badge": "#3a2e12", "badge_text": "#f5c56b", "badge_border": "#6a5320",
    "veil": "rgba(255, 255, 255, 0.08)", "banner_veil": "rgba(255, 255, 255, 0.06)",
    "banner_veil_hover": "rgba(255, 255, 255, 0.12)", "chevron": "#b7bcc6",
    "state_queued": "#9aa7b8", "state_pending": "#e3b341", "state_running": "#58a6ff",
    "state_succeeded": "#3fb97f", "state_failed": "#f2686a", "state_cancelled": "#8b949e",
    "state_unknown": "#f0883e",
}

LIGHT_COLOURS: dict[str, str] = {
    "window": "#f4f5f7", "text": "#1d1f24", "text_strong": "#0b0c0f", "text_soft": "#3f4450",
    "text_muted": "#555b66", "text_disabled": "#8a8f99", "text_unavailable": "#5f646e",
    "chrome": "#e9ebef", "divider": "#d6d9df", "base": "#ffffff", "list": "#ffffff",
    "list_alternate": "#f5f6f8", "menu_border": "#c3c7cf", "tooltip_border": "#b8bcc6",
    "selection_soft": "#dfe5ff", "selection": "#3d55c9", "on_accent": "#ffffff",
    "button": "#e6e8ec", "button_border": "#c3c7cf", "button_hover": "#dcdfe5",
    "button_hover_border": "#a9aeb9", "button_pressed": "#d0d4db", "button_disabled": "#eef0f3",
    "checked": "#dfe5ff", "checked_hover": "#cfd8ff", "accent": "#3d55c9", "accent_border": "#3d55c9",
    "primary": "#3d55c9", "primary_hover": "#3449b3", "primary_disabled": "#cfd6f3",
    "primary_disabled_border": "#b7c1ec", "primary_disabled_text": "#5b6280",
    "input_border": "#b8bcc6", "input_disabled": "#eceef1", "invalid": "#c62828",
    "spin_border": "#d0d3d9", "spin_button": "#eceef2", "indicator_border": "#7d828d",
    "focus": "#2f47b8", "focus_checked": "#1f3290", "handle": "#c3c7cf", "handle_hover": "#a9aeb9",
    "group_border": "#d6d9df", "group_title": "#2f333c", "error": "#b3261e", "warning": "#855400",
    "ok": "#1b7340", "banner": "#fdecee", "banner_border": "#f1b7bd", "banner_text": "#6e1a21",
    "banner_muted": "#8a3640", "banner_button_border": "#e39aa2", "banner_button_text": "#5f151b",
    "welcome_start": "#e6ebff", "welcome_end": "#f6f7fb", "welcome_border": "#c3ccf5",
    "status_text": "#3f4450", "badge": "#fff3d1", "badge_text": "#5f4200", "badge_border": "#e0bf66",
    "veil": "rgba(0, 0, 0, 0.06)", "banner_veil": "rgba(0, 0, 0, 0.04)",
    "banner_veil_hover": "rgba(0, 0, 0, 0.08)", "chevron": "#555b66",
    "state_queued": "#55606e", "state_pending": "#855400", "state_running": "#1f5fbf",
    "state_succeeded": "#1b7340", "state_failed": "#b3261e", "state_cancelled": "#5f656e",
    "state_unknown": "#a04600",
}

TABLES = {DARK: DARK_COLOURS, LIGHT: LIGHT_COLOURS}

# Text over background as the style sheet and the painted widgets pair them; each must read at 4.5:1.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"), ("text", "base"), ("text", "button"), ("text", "list"), ("text", "list_alternate"),
    ("text", "selection_soft"), ("text", "button_hover"), ("text", "chrome"), ("text_strong", "window"),
    ("text_strong", "checked"), ("text_strong", "checked_hover"), ("text_soft", "window"),
    ("text_soft", "base"), ("text_muted", "window"), ("text_muted", "base"), ("text_muted", "chrome"),
    ("text_unavailable", "chrome"), ("on_accent", "primary"), ("on_accent", "primary_hover"),
    ("on_accent", "selection"), ("group_title", "window"), ("error", "window"), ("error", "base"),
    ("warning", "window"), ("warning", "base"), ("ok", "window"), ("ok", "base"),
    ("banner_text", "banner"), ("banner_muted", "banner"), ("banner_button_text", "banner"),
    ("text_strong", "welcome_start"), ("text_soft", "welcome_start"), ("text_soft", "welcome_end"),
    ("status_text", "chrome"), ("badge_text", "badge"),
    *((f"state_{state}", ground)
      for state in ("queued", "pending", "running", "succeeded", "failed", "cancelled", "unknown")
      for ground in ("list", "list_alternate")),
)


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window", QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "base", QPalette.ColorRole.AlternateBase: "list_alternate",
        QPalette.ColorRole.ToolTipBase: "button", QPalette.ColorRole.ToolTipText: "text",
        QPalette.ColorRole.PlaceholderText: "text_disabled", QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "button", QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.BrightText: "error", QPalette.ColorRole.Link: "accent",
        QPalette.ColorRole.Highlight: "selection", QPalette.ColorRole.HighlightedText: "on_accent",
        QPalette.ColorRole.Light: "handle", QPalette.ColorRole.Midlight: "spin_border",
        QPalette.ColorRole.Mid: "divider", QPalette.ColorRole.Dark: "chrome",
        QPalette.ColorRole.Shadow: "chrome",
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(colours[name]))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["text_disabled"]))
    return palette


class Theme(QObject):
    """The theme in use: Settings' choice, or the system's scheme when the choice is "system"."""

    def __init__(self, app: QGuiApplication, stylesheet: Callable[[dict[str, str]], str],
                 scheme_source: Callable[[], Qt.ColorScheme] | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._stylesheet = stylesheet
        self._scheme_source = scheme_source or (lambda: app.styleHints().colorScheme())
        self.choice = SYSTEM
        self.name = DARK
        app.styleHints().colorSchemeChanged.connect(self.system_scheme_changed)

    @property
    def colours(self) -> dict[str, str]:
        return TABLES[self.name]

    def choose(self, choice: str) -> None:
        """Settings' System / Light / Dark, applied at once."""
        self.choice = choice if choice in CHOICES else SYSTEM
        self.apply()

    def system_scheme_changed(self, _scheme: Qt.ColorScheme | None = None) -> None:
        if self.choice == SYSTEM:
            self.apply()

    def resolved(self) -> str:
        if self.choice != SYSTEM:
            return self.choice
        # Dark unless the system says light: the app's look before themes, and Qt reports
        # "Unknown" on desktops that publish no preference.
        return LIGHT if self._scheme_source() == Qt.ColorScheme.Light else DARK

    def apply(self) -> None:
        self.name = self.resolved()
        self._app.setPalette(_palette(self.colours))
        self._app.setStyleSheet(self._stylesheet(self.colours))  # type: ignore[attr-defined]


_current: Theme | None = None


def install(theme: Theme) -> None:
    global _current
    _current = theme


def current() -> Theme | None:
    return _current


def colour(name: str) -> QColor:
    """A named colour of the theme in use (dark when no theme is installed, as in most tests)."""
    table = _current.colours if _current is not None else DARK_COLOURS
    return QColor(table[name])


def choose_theme(choice: str) -> None:
    """Apply Settings' theme choice to the installed theme (none is installed in most tests)."""
    if _current is not None and (_current.choice != choice or _current.name != _current.resolved()):
        _current.choose(choice)
