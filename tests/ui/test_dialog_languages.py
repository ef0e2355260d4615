"""The dialogs' words: Settings' Language is saved and applies at the next start (the dialog says so),
and the dialogs speak Simplified Chinese when it is installed, numbers written by its locale."""

from __future__ import annotations

import pytest
from keychain import no_keychain
from layout_support import layout_problems
from PySide6.QtCore import Qt

from runway_desktop.app import chosen_look
from runway_desktop.core.plans import Total
from runway_desktop.core.storage.settings import Settings, load_settings, save_settings, settings_path
from runway_desktop.ui.dialogs.money import total_words
from runway_desktop.ui.dialogs.plan_view import PlanView
from runway_desktop.ui.dialogs.settings_dialog import SettingsDialog
from runway_desktop.ui.dialogs.spending import Spend, SpendGuard, _question
from runway_desktop.ui.i18n import install_language
from runway_desktop.ui.shell.assets import apply_theme

NOTE = "The language changes when Runway Desktop next starts."


@pytest.fixture
def chinese(qapp):
    """Simplified Chinese installed as a start with that setting does; English again afterwards."""
    assert install_language(qapp, "zh_CN") == "zh_CN"
    yield
    install_language(qapp, "en")


def open_settings(qtbot, data, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, settings_path(data), no_keychain())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status is not None)  # the keychain has answered
    return dialog


def test_choosing_a_language_saves_it_and_says_it_applies_at_the_next_start(qtbot, qloop, tmp_path):
    data = tmp_path / "data"
    dialog = open_settings(qtbot, data, Settings(library_dir=str(tmp_path / "outputs")))
    combo = dialog.language_combo
    # Each language named in itself.
    assert [combo.itemText(i) for i in range(combo.count())] == ["Follow the system", "English", "简体中文"]
    assert combo.currentData() == "system"
    assert not dialog.language_note.isVisible()  # this desktop's language is the one spoken now

    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert dialog.language_note.isVisible() and dialog.language_note.text() == NOTE
    assert dialog.save_button.text() == "Save"  # this session keeps its words: nothing restarts
    combo.setCurrentIndex(combo.findData("en"))
    assert not dialog.language_note.isVisible()  # English is spoken already: nothing would change
    combo.setCurrentIndex(combo.findData("zh_CN"))

    with qtbot.waitSignal(dialog.saved, timeout=30000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].language == "zh_CN"
    stored = load_settings(settings_path(data)).settings
    assert stored.language == "zh_CN"
    assert stored.library_dir == str(tmp_path / "outputs")  # nothing else of the settings lost


def test_the_next_start_speaks_the_saved_language(qapp, qtbot, qloop, tmp_path):
    data = tmp_path / "data"
    save_settings(settings_path(data), Settings(language="zh_CN"))
    choice, _theme = chosen_look(data)  # what the app reads before its first widget
    assert choice == "zh_CN"
    try:
        assert install_language(qapp, choice) == "zh_CN"
        dialog = open_settings(qtbot, data, load_settings(settings_path(data)).settings)
        assert dialog.windowTitle() == "设置 — Runway Desktop"
        assert dialog.save_button.text() == "保存"
        assert dialog.language_combo.currentText() == "简体中文"
        assert not dialog.language_note.isVisible()  # it is the language spoken now
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        assert dialog.language_note.text() == "语言将在 Runway Desktop 下次启动时更改。"
        assert dialog.language_note.isVisible()
    finally:
        install_language(qapp, "en")
    assert chosen_look(tmp_path / "elsewhere")[0] == "system"  # no settings yet: follow the desktop


def test_a_plan_and_the_spending_question_in_chinese(qtbot, chinese):
    view = PlanView()
    qtbot.addWidget(view)
    headers = [view.table.horizontalHeaderItem(i).text() for i in range(view.table.columnCount())]
    assert headers == ["运行", "模型", "内容", "报价"]
    total = Total(credits=1234, dollars=12.34, runs=12, unknown=0)
    assert total_words(total) == "12 次运行共 1,234 积分（12.34 美元）"
    partly = Total(credits=96, dollars=0.96, runs=3, unknown=1)
    assert total_words(partly) == "3 次运行中的 2 次共 96 积分（0.96 美元）；1 次运行没有公布价格"

    spend = Spend(what="这个包含 12 次运行的批量", fingerprint="x", credits=1234, dollars=12.34)
    title, text, more = _question(SpendGuard(warn_above=1000), spend)
    assert title == "高花费生成"
    assert text == ("这个包含 12 次运行的批量预计花费 1,234 积分（12.34 美元），"
                    "超过了您设定的上限 1,000 积分。")
    assert "仍要生成吗" in more


def test_the_same_words_in_english(qtbot):
    one = Total(credits=1234, dollars=12.34, runs=1, unknown=0)
    assert total_words(one) == "1,234 credits ($12.34) for 1 run"
    partly = Total(credits=96, dollars=0.96, runs=3, unknown=2)
    assert total_words(partly) == "96 credits ($0.96) for 1 of 3 runs; 2 runs have no published price"
    spend = Spend(what="This batch of 12 runs", fingerprint="x", credits=1234, dollars=12.34)
    _title, text, _more = _question(SpendGuard(warn_above=1000), spend)
    assert text == ("This batch of 12 runs is estimated at 1,234 credits ($12.34), "
                    "above your limit of 1,000 credits.")


LONG_KEY_ERROR = ("Runway 未接受此密钥（401 Unauthorized）：它可能已被撤销，或属于其他组织。请在 "
                  "dev.runwayml.com → API Keys 创建新密钥，粘贴到这里并再次测试。未保存任何内容。")


def test_settings_in_chinese_fit_the_smallest_window(qapp, qtbot, qloop, tmp_path, chinese):
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp)  # sizes depend on the app's own style sheet
    try:
        dialog = open_settings(qtbot, tmp_path / "data", Settings())
        dialog.check_label.setText(LONG_KEY_ERROR)  # what a failed key test shows, under the key field
        dialog.check_label.show()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))  # and the note
        found: list[str] = []

        def settled() -> bool:
            found[:] = layout_problems(dialog)
            return not found

        try:
            qtbot.waitUntil(settled, timeout=2000)
        except qtbot.TimeoutError:
            pytest.fail("\n".join(found))
        assert dialog.language_note.isVisible()
        assert dialog.width() <= 1024 and dialog.height() <= 700, (dialog.width(), dialog.height())
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setStyle(style)
