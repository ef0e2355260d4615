"""The real window at the sizes people use, with image, video and audio takes in its history.

Each size opens the composed window (real tabs, queue and preview on a real history with real
files; in English, and at the common sizes in 简体中文 too), selects every take and the model with
the most "More settings", and checks with `layout_problems` that nothing is outside the window,
cut off, elided without a tooltip or drawn over something else; that the form never scrolls
sideways, the queue keeps its share and Generate is whole.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from keychain import no_keychain
from layout_support import fully_visible, layout_problems
from PySide6.QtWidgets import QMessageBox, QSplitter
from shell_support import close_session, run_coro

from runway_desktop.session import Options, Session
from runway_desktop.ui.i18n import install_language
from runway_desktop.ui.shell.assets import apply_theme
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.queue_width import QUEUE_MAX_SHARE, QUEUE_MIN_WIDTH, QUEUE_SHARE

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from sample_history import write_history  # noqa: E402

SETTLE_MS = 1000
EXPECT_RATIO = "LAYOUT_EXPECT_PIXEL_RATIO"
SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
# Other sizes people use, checked too (the window is measured from outside on such sizes as well).
MORE_SIZES = [(1280, 720), (1440, 900), (1600, 900), (2560, 1440), (3840, 2160)]
# The model of each tab whose form has the most fields under "More settings".
BUSIEST = {"video": ("image_to_video", "veo3.1"), "image": ("text_to_image", "gen4_image"),
           "audio": ("text_to_speech", "eleven_multilingual_v2")}


@pytest.fixture
def themed(qapp):
    """The app's own style sheet and palette (sizes depend on them), put back afterwards."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def history_window(qtbot, qloop, themed, tmp_path):
    data_dir = tmp_path / "data"
    records = run_coro(qtbot, write_history(data_dir), timeout=60000)
    session = Session(Options(data_dir=data_dir), secrets=no_keychain())
    window = run_coro(qtbot, session.start(), timeout=60000)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == len(records), timeout=20000)
    yield window, records
    close_session(qtbot, session)


def check(window, what: str) -> list[str]:
    problems = layout_problems(window)
    tab = window.tabs.currentWidget()
    if tab.scroll.horizontalScrollBar().isVisible():
        problems.append("the form scrolls sideways")
    if not fully_visible(tab.generate_button):
        problems.append("Generate is not fully visible")
    queue = window.queue.width()
    if not QUEUE_MIN_WIDTH <= queue <= max(QUEUE_MIN_WIDTH, window.width() * QUEUE_MAX_SHARE) + 1:
        problems.append(f"the queue is {queue} px wide")
    return [f"{what}: {p}" for p in problems]


def settled(qtbot, window, what: str) -> list[str]:
    """The problems left once the layout has had its turns (a new pane settles within a few)."""
    found: list[str] = []

    def clean() -> bool:
        found[:] = check(window, what)
        return not found

    try:
        qtbot.waitUntil(clean, timeout=SETTLE_MS)
    except qtbot.TimeoutError:
        pass  # `found` holds what is still wrong
    return found


# Every size in English; the sizes people use most in Chinese too (other widths, taller lines).
SIZED = [(size, "en") for size in SIZES + MORE_SIZES] + [(size, "zh_CN") for size in SIZES]


@pytest.fixture
def language(request, qapp):
    """The window's language for this run (installed before the window is built), English afterwards."""
    chosen = getattr(request, "param", "en")
    assert install_language(qapp, chosen) == chosen
    yield chosen
    install_language(qapp, "en")


@pytest.mark.parametrize(("size", "language"), SIZED, indirect=["language"],
                         ids=[f"{w}x{h}-{lang}" for (w, h), lang in SIZED])
def test_the_window_holds_at_every_size_and_selection(qtbot, language, history_window, size):
    window, records = history_window
    assert window.tab("video").generate_button.text() == ("生成" if language == "zh_CN" else "Generate")
    window.resize(*size)
    expected_ratio = float(os.environ.get(EXPECT_RATIO, "0") or 0)
    if expected_ratio:  # run again by the test below, at 200 %
        assert window.devicePixelRatio() == expected_ratio
    problems = []
    for mode in (ConnectionMode.NONE, ConnectionMode.SIMULATOR):
        window.set_connection(mode)
        for key in ("video", "image", "audio"):
            window.tabs.setCurrentWidget(window.tab(key))
            tab = window.tab(key)
            tab.select_model(*BUSIEST[key])
            if tab.form.more_button is not None:
                tab.form.set_more_visible(True)
            for record in records:
                assert window.queue.select_task(record.id)
                what = f"{size} {mode.name} {key} tab, {record.tab} {record.state.value}"
                problems += settled(qtbot, window, what)
    assert not problems, "\n".join(dict.fromkeys(problems))


LONG_KEY_ERROR = (
    "Runway did not accept this key (401 Unauthorized): it may have been revoked, or it belongs to "
    "another organization. Create a new key at dev.runwayml.com → API Keys, paste it here and press "
    "Test again. Nothing was saved."
)


@pytest.mark.parametrize("size", SIZES[:1], ids=["1024x700"])
def test_settings_and_the_other_dialogs_lay_out_without_clipping_at_the_smallest_size(
        qtbot, history_window, size):
    window, _records = history_window
    window.resize(*size)
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.isVisible)
    problems = []
    for check in ("", LONG_KEY_ERROR):
        if check:  # what a failed key test shows, under the key field
            dialog.check_label.setText(check)
            dialog.check_label.show()
        found: list[str] = []

        def clean(found=found) -> bool:
            found[:] = layout_problems(dialog)
            return not found

        try:
            qtbot.waitUntil(clean, timeout=SETTLE_MS)
        except qtbot.TimeoutError:
            problems += found
        if dialog.height() > size[1] or dialog.width() > size[0]:
            problems.append(f"the dialog is {dialog.width()}×{dialog.height()}, larger than the window")
    dialog.close()
    window.show_about()
    about = window.findChild(QMessageBox)
    qtbot.waitUntil(lambda: about is not None and about.isVisible())
    problems += layout_problems(about)
    about.close()
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.slow
def test_the_window_holds_at_200_percent_scaling(tmp_path):
    """The same checks in a process of its own with QT_SCALE_FACTOR=2 (device pixel ratio 2)."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", EXPECT_RATIO: "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"),
         f"{__file__}::test_the_window_holds_at_every_size_and_selection",
         "-k", "not 2560x1440 and not 3840x2160"],  # 4K at 200 % is 1920×1080 of room, checked above
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:]


def _places(window) -> dict[str, object]:
    """Where the things a person aims at are: the queue's edge, its buttons, the model list's edge."""
    tab = window.tabs.currentWidget()
    generate = tab.generate_button
    places: dict[str, object] = {"queue": window.queue.geometry().getRect(),
                                 "generate": generate.mapTo(window, generate.rect().topLeft())}
    for action, button in window.queue.buttons.items():
        places[action.value] = button.mapTo(window, button.rect().topLeft())
    places["more"] = window.queue.more_button.mapTo(window, window.queue.more_button.rect().topLeft())
    places["splitter"] = tab.findChild(QSplitter, "tabSplitter").sizes()[0]
    return places


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_nothing_moves_under_the_cursor_as_models_and_tasks_are_selected(qtbot, history_window, size):
    window, records = history_window
    window.resize(*size)
    window.set_connection(ConnectionMode.SIMULATOR)
    share = max(QUEUE_MIN_WIDTH, round(size[0] * QUEUE_SHARE))
    qtbot.waitUntil(lambda: abs(window.queue.width() - share) <= 2)  # the window has settled at its size
    for key in ("video", "image", "audio"):
        window.tabs.setCurrentWidget(window.tab(key))
        tab = window.tab(key)
        qtbot.wait(50)
        before = _places(window)
        moved = []
        for model in tab.picker.models()[:12]:
            tab.select_model(model.endpoint, model.id)
            for record in records:
                window.queue.select_task(record.id)
                qtbot.wait(5)
                now = _places(window)
                moved += [f"{key} tab, {model.id}, {record.tab} {record.state.value}: {name} moved"
                          for name in before if now[name] != before[name]]
        assert not moved, "\n".join(dict.fromkeys(moved))
