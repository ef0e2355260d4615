"""The shipped translations are complete: every string the window's code can show is in each
language's catalogue, translated, and compiled into the .qm that ships."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_string_in_the_code_is_translated_and_compiled():
    problems = _tool().check()
    more = f"\n… and {len(problems) - 40} more" if len(problems) > 40 else ""
    assert problems == [], "\n".join(problems[:40]) + more


@pytest.mark.parametrize("language", ["zh_CN"])
def test_the_shipped_catalogue_translates_the_menus(qapp, language):
    from runway_desktop.ui.i18n.language import translation_file

    translator = QTranslator()
    assert translator.load(translation_file(language))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Quit") == "退出(&Q)"
    finally:
        qapp.removeTranslator(translator)


def test_the_language_follows_the_locale_unless_settings_choose():
    from PySide6.QtCore import QLocale

    from runway_desktop.ui.i18n import language_for

    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    taiwan = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert language_for("system", chinese) == "zh_CN"
    assert language_for("system", taiwan) == "zh_CN"
    assert language_for("system", french) == "en"
    assert language_for("en", chinese) == "en"
    assert language_for("zh_CN", french) == "zh_CN"
