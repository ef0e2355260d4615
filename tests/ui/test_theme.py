"""Light and dark themes: readable text in both, the system's scheme followed, Settings' choice winning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from runway_desktop.core.storage.settings import Settings, settings_from_json
from runway_desktop.ui.shell import theme as theme_module
from runway_desktop.ui.shell.assets import resource_path, stylesheet
from runway_desktop.ui.shell.theme import DARK, LIGHT, TABLES, TEXT_PAIRS, Theme, contrast


@pytest.mark.parametrize("name", [DARK, LIGHT])
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_every_text_pair_reads_at_wcag_aa(name, foreground, background):
    table = TABLES[name]
    ratio = contrast(table[foreground], table[background])
    assert ratio >= 4.5, f"{name}: {foreground} on {background} is {ratio:.2f}:1"


def test_contrast_matches_known_wcag_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_both_tables_name_the_same_colours_and_the_sheet_uses_only_them():
    assert TABLES[DARK].keys() == TABLES[LIGHT].keys()
    sheet = Path(resource_path("style.qss")).read_text(encoding="utf-8")
    used = set(re.findall(r"@([a-z_]+)", sheet))
    assert used <= TABLES[DARK].keys()
    assert not re.findall(r"#[0-9a-fA-F]{6}\b", sheet), "a fixed colour bypasses the theme"
    for name in (DARK, LIGHT):
        filled = stylesheet(TABLES[name])
        assert "@" not in filled and "{icons}" not in filled
        assert TABLES[name]["window"] in filled


class FakeScheme:
    """The desktop's colour scheme, which QStyleHints does not let a test set."""

    def __init__(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme

    def __call__(self) -> Qt.ColorScheme:
        return self.scheme


@pytest.fixture
def theme(qapp):
    saved_palette, saved_sheet, saved_current = qapp.palette(), qapp.styleSheet(), theme_module.current()
    desktop = FakeScheme(Qt.ColorScheme.Light)
    made = Theme(qapp, stylesheet, scheme_source=desktop)
    made.desktop = desktop
    theme_module.install(made)
    yield made
    qapp.styleHints().colorSchemeChanged.disconnect(made.system_scheme_changed)
    theme_module.install(saved_current)
    qapp.setStyleSheet(saved_sheet)
    qapp.setPalette(saved_palette)


def _window_colour(qapp) -> str:
    return qapp.palette().color(QPalette.ColorRole.Window).name()


def test_follows_the_system_scheme_as_it_changes(qapp, theme):
    theme.choose("system")
    assert theme.name == LIGHT and _window_colour(qapp) == TABLES[LIGHT]["window"]
    assert TABLES[LIGHT]["base"] in qapp.styleSheet()
    theme.desktop.scheme = Qt.ColorScheme.Dark
    theme.system_scheme_changed(Qt.ColorScheme.Dark)
    assert theme.name == DARK and _window_colour(qapp) == TABLES[DARK]["window"]
    assert theme_module.colour("error").name() == TABLES[DARK]["error"]


def test_the_settings_choice_wins_over_the_system(qapp, theme):
    theme.choose("dark")
    theme.desktop.scheme = Qt.ColorScheme.Light
    theme.system_scheme_changed(Qt.ColorScheme.Light)
    assert theme.name == DARK and _window_colour(qapp) == TABLES[DARK]["window"]
    theme_module.choose_theme("light")
    assert theme.name == LIGHT and _window_colour(qapp) == TABLES[LIGHT]["window"]
    theme_module.choose_theme("system")
    theme.desktop.scheme = Qt.ColorScheme.Dark
    theme.system_scheme_changed(Qt.ColorScheme.Dark)
    assert theme.name == DARK


def test_an_unknown_system_scheme_keeps_the_dark_look(qapp, theme):
    theme.desktop.scheme = Qt.ColorScheme.Unknown
    theme.choose("system")
    assert theme.name == DARK


def test_the_theme_setting_round_trips_and_rejects_nonsense():
    assert settings_from_json({"theme": "light"}).settings.theme == "light"
    loaded = settings_from_json({"theme": "purple"})
    assert loaded.settings.theme == Settings().theme == "system"
    assert any("theme" in problem for problem in loaded.problems)


def test_settings_dialog_offers_the_theme_and_saves_the_choice(qtbot, qloop, tmp_path):
    from keychain import no_keychain

    from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(theme="dark"), tmp_path / "settings.json", no_keychain())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status is not None)
    combo = dialog.theme_combo
    assert combo.currentData() == "dark" and combo.accessibleName() == "Theme"
    combo.setCurrentIndex(combo.findData("light"))
    assert dialog.current_settings().theme == "light"
