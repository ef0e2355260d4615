"""Languages by name in the window's language: Qt names them only in English or in themselves."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

# Qt's English names of every language a form offers (the catalogue's and the common open list).
NAMES = (
    QT_TRANSLATE_NOOP("LanguageNames", "Arabic"),
    QT_TRANSLATE_NOOP("LanguageNames", "Bulgarian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Chinese"),
    QT_TRANSLATE_NOOP("LanguageNames", "Croatian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Czech"),
    QT_TRANSLATE_NOOP("LanguageNames", "Danish"),
    QT_TRANSLATE_NOOP("LanguageNames", "Dutch"),
    QT_TRANSLATE_NOOP("LanguageNames", "English"),
    QT_TRANSLATE_NOOP("LanguageNames", "Filipino"),
    QT_TRANSLATE_NOOP("LanguageNames", "Finnish"),
    QT_TRANSLATE_NOOP("LanguageNames", "French"),
    QT_TRANSLATE_NOOP("LanguageNames", "German"),
    QT_TRANSLATE_NOOP("LanguageNames", "Greek"),
    QT_TRANSLATE_NOOP("LanguageNames", "Hindi"),
    QT_TRANSLATE_NOOP("LanguageNames", "Indonesian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Italian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Japanese"),
    QT_TRANSLATE_NOOP("LanguageNames", "Korean"),
    QT_TRANSLATE_NOOP("LanguageNames", "Malay"),
    QT_TRANSLATE_NOOP("LanguageNames", "Polish"),
    QT_TRANSLATE_NOOP("LanguageNames", "Portuguese"),
    QT_TRANSLATE_NOOP("LanguageNames", "Romanian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Russian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Slovak"),
    QT_TRANSLATE_NOOP("LanguageNames", "Spanish"),
    QT_TRANSLATE_NOOP("LanguageNames", "Swedish"),
    QT_TRANSLATE_NOOP("LanguageNames", "Tamil"),
    QT_TRANSLATE_NOOP("LanguageNames", "Turkish"),
    QT_TRANSLATE_NOOP("LanguageNames", "Ukrainian"),
)


def language_name(code: str) -> str:
    """"French (fr)" in English, "法语 (fr)" in Chinese; the bare code when Qt does not know the language."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = QCoreApplication.translate("LanguageNames", QLocale.languageToString(locale.language()))
    return QCoreApplication.translate("LanguageNames", "{language} ({code})").format(language=name, code=code)
