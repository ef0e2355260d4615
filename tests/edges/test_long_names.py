"""Very long file names dropped on the real window at 1024×700: the form never grows sideways.

A name is elided in the middle (its extension stays, the full path is the tooltip); a message that
quotes a long name (a refused drop, a file being checked, a damaged file) wraps inside it.
"""

from __future__ import annotations

import pytest
from forms_support import drop, file_mime
from keychain import no_keychain
from layout_support import fully_visible, layout_problems
from media_factory import make_mp3, make_png
from shell_support import close_session, run_coro

from runway_desktop.session import Options, Session
from runway_desktop.ui.i18n import install_language
from runway_desktop.ui.i18n.line_breaks import unwrapped
from runway_desktop.ui.shell.assets import apply_theme


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, qloop, qapp, tmp_path):
    install_language(qapp, request.param)
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp)
    session = Session(Options(data_dir=tmp_path / "data"), secrets=no_keychain())
    window = run_coro(qtbot, session.start(), timeout=60000)
    window.resize(1024, 700)
    yield window
    close_session(qtbot, session)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
    install_language(qapp, "en")


def problems(qtbot, window) -> list[str]:
    """What is wrong once the layout has settled (it takes a few turns after a drop)."""
    tab = window.tab("video")
    found: list[str] = []

    def clean() -> bool:
        found[:] = layout_problems(window)
        if tab.scroll.horizontalScrollBar().isVisible():
            found.append("the form scrolls sideways")
        if not fully_visible(tab.generate_button):
            found.append("Generate is not fully visible")
        return not found

    try:
        qtbot.waitUntil(clean, timeout=2000)
    except qtbot.TimeoutError:
        pass
    return found


def test_long_file_names_never_widen_the_form(qtbot, window, tmp_path):
    window.tabs.setCurrentWidget(window.tab("video"))
    tab = window.tab("video")
    tab.select_model("image_to_video", "gen4_turbo")
    assert problems(qtbot, window) == []
    cell = tab.form.editor("promptImage").cells[0]

    image = make_png(tmp_path / ("湖" * 40 + "_harbour_at_dawn" * 6 + ".png"), 1280, 720)
    assert drop(cell, file_mime([image]))
    qtbot.waitUntil(lambda: cell.filled, timeout=10000)
    assert problems(qtbot, window) == []
    assert cell.name.text().endswith(".png") and "…" in cell.name.text()  # the type stays in view
    assert cell.name.toolTip() == str(image)

    song = make_mp3(tmp_path / ("x" * 200 + ".mp3"))
    assert drop(tab.drop_zone, file_mime([song]))
    qtbot.waitUntil(lambda: tab.drop_hint.property("tone") == "error", timeout=5000)
    assert song.name in unwrapped(tab.drop_hint.text())  # said in full, wrapped
    assert problems(qtbot, window) == []

    damaged = tmp_path / ("y" * 150 + ".png")
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert drop(cell, file_mime([damaged]))
    qtbot.waitUntil(lambda: cell.error.isVisible(), timeout=10000)
    assert damaged.name in unwrapped(cell.error.text())
    assert problems(qtbot, window) == []
