"""Which language the window speaks, and installing its translators before the first widget exists.

The choice is Settings' `language`: "system" follows the desktop's locale (any Chinese locale gets
Simplified Chinese, every other one English), or a fixed "en" / "zh_CN". Widgets take their words
when they are built, so a change in Settings applies at the next start (the dialog says so).
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

ENGLISH = "en"
SIMPLIFIED_CHINESE = "zh_CN"
SYSTEM = "system"
# Shown in Settings in their own language, as language pickers do.
LANGUAGE_NAMES = {ENGLISH: "English", SIMPLIFIED_CHINESE: "简体中文"}
CATALOGUE_STEM = "runway_desktop"

# Chinese UI fonts, preferred first (Linux, Windows, macOS). Qt measures a line by the font's
# first family: with a Latin font first, Chinese glyphs from a fallback font are taller than the
# line Qt reserved, and they are clipped where a widget sizes itself to one line (dock titles).
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                "PingFang SC", "Noto Sans SC")

_installed: list[QTranslator] = []
_latin_font: QFont | None = None


def language_for(choice: str, system: QLocale | None = None) -> str:
    """The language a Settings choice means on this desktop: "en" or "zh_CN"."""
    if choice in LANGUAGE_NAMES:
        return choice
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return SIMPLIFIED_CHINESE
    return ENGLISH


def translation_file(language: str) -> str:
    """The compiled catalogue shipped in resources for `language` (English has none: it is the source)."""
    return str(files("runway_desktop.resources").joinpath("translations", f"{CATALOGUE_STEM}_{language}.qm"))


def install_language(app: QCoreApplication, choice: str = SYSTEM) -> str:
    """Install the translators for `choice` on `app` (replacing earlier ones); returns the language used.

    Qt's own dialogs and context menus (qtbase) are translated from Qt's catalogues when present;
    numbers and dates follow the language through the default QLocale.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language_for(choice)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == SIMPLIFIED_CHINESE \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    _choose_font(app, language)
    if language == ENGLISH:
        return language
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def _choose_font(app: QCoreApplication, language: str) -> None:
    """In Chinese, a Chinese UI font first (Latin text still drawn in it); back to the original in English."""
    global _latin_font
    if not isinstance(app, QGuiApplication):
        return
    if _latin_font is None:
        _latin_font = QGuiApplication.font()
    if language != SIMPLIFIED_CHINESE:
        QGuiApplication.setFont(_latin_font)
        return
    available = set(QFontDatabase.families())
    chosen = next((family for family in CJK_FAMILIES if family in available), None)
    if chosen is None:
        return
    font = QFont(_latin_font)
    font.setFamilies([chosen, *_latin_font.families()])
    QGuiApplication.setFont(font)
