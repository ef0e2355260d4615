"""The window as a first run shows it on each common screen, in English and in 简体中文.

A first run without a key: the offline simulator in use, its welcome card above the tabs, a
simulated balance in the status bar, a history of image, video and audio takes. The window has
the size the app gives it on that screen (`first_size`), and each time with nothing, then an
audio, an image and a video take selected it must hold: nothing cut, clipped or overlapping
(`layout_problems`), the balance whole with its "(simulated)", the list showing its rows above
the preview, the Video tab's ratio (below the prompt) whole above the footer, and neither the list
nor the buttons moving as the selection changes.
"""

from __future__ import annotations

import pytest
from layout_support import fully_visible, layout_problems
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QMainWindow
from test_layout_sizes import SETTLE_MS, history_window, language, themed  # noqa: F401  (fixtures)

from runway_desktop.core.running.account import AccountCheck
from runway_desktop.ui.generated.main_window_form import Ui_MainWindow
from runway_desktop.ui.shell.connection import ConnectionMode
from runway_desktop.ui.shell.queue_width import QUEUE_MIN_WIDTH, QUEUE_SHARE
from runway_desktop.ui.shell.window_state import first_size

SCREENS = [(1024, 700), (1280, 720), (1366, 768), (1600, 900), (1920, 1080), (2560, 1440)]
CASES = [(screen, lang) for lang in ("en", "zh_CN") for screen in SCREENS]
SIMULATED = {"en": "(simulated)", "zh_CN": "（模拟）"}
# Whole rows the list keeps above the preview of a take, at the smallest screen and up (Chinese
# lines are taller).
LEAST_ROWS = {"en": 3, "zh_CN": 2}
SELECTIONS = ("none", "audio", "image", "video")


def form_size() -> QSize:
    """The window's own size in its Qt Designer form (what `first_size` starts from)."""
    frame = QMainWindow()
    Ui_MainWindow().setupUi(frame)
    size = frame.size()
    frame.deleteLater()
    return size


def first_run(window) -> None:
    """As a first run without a key shows the window: simulating, welcomed, with a balance."""
    window.welcome.show_simulating(True)
    window.set_connection(ConnectionMode.SIMULATOR)
    window.bridge.accountChanged.emit(AccountCheck(ok=True, balance=100_000.0))


def places(window) -> dict[str, tuple]:
    """Where the things a person aims at are: the list, the queue's buttons, Generate."""
    view = window.queue.view
    found = {"list": (view.mapTo(window, view.rect().topLeft()).toTuple(), view.size().toTuple())}
    for action, button in window.queue.buttons.items():
        found[action.value] = button.mapTo(window, button.rect().topLeft()).toTuple()
    generate = window.tabs.currentWidget().generate_button
    found["generate"] = generate.mapTo(window, generate.rect().topLeft()).toTuple()
    return found


def whole_in_form(tab, widget) -> bool:
    """`widget` is shown whole in the form's scroll area (not cut by its edge, not under the footer)."""
    viewport = tab.scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def problems_of(window, lang: str, what: str) -> list[str]:
    found = layout_problems(window)
    tab = window.tab("video")
    ratio = tab.form.rows.get("ratio")
    if ratio is not None and not whole_in_form(tab, ratio.title):
        found.append(f"the Video tab's first field after the prompt, {ratio.title.text()!r}, is cut")
    balance = window.status.balance_label
    if not balance.isVisible() or SIMULATED[lang] not in balance.text():
        found.append(f"the balance reads {balance.text()!r}")
    if not fully_visible(balance):
        found.append("the balance is not whole")
    preview = window.queue.preview
    if preview.params.isVisible() and preview.params.width() < preview.width() // 3:
        found.append(f"the parameters are squeezed to {preview.params.width()} of {preview.width()} px")
    if not fully_visible(window.tabs.currentWidget().generate_button):
        found.append("Generate is not fully visible")
    return [f"{what}: {p}" for p in found]


@pytest.mark.parametrize(("screen", "language"), CASES, indirect=["language"],
                         ids=[f"{w}x{h}-{lang}" for (w, h), lang in CASES])
def test_a_first_run_holds_on_every_screen_whatever_is_selected(qtbot, language, history_window, screen):  # noqa: F811
    window, records = history_window
    size = first_size(form_size(), QSize(*screen))
    window.resize(*size)
    first_run(window)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    share = max(QUEUE_MIN_WIDTH, round(size[0] * QUEUE_SHARE))
    qtbot.waitUntil(lambda: abs(window.queue.width() - share) <= 2)  # the docks have taken the new width
    saved = {kind: next(r for r in records if r.tab == kind and r.outputs) for kind in SELECTIONS[1:]}
    # Then the takes without an output: a failure's reason and an unknown outcome's long sentence.
    saved.update({r.state.value: r for r in records if not r.outputs})
    problems: list[str] = []
    before: dict[str, tuple] | None = None
    for selection in (*SELECTIONS, *(key for key in saved if key not in SELECTIONS)):
        if selection == "none":
            window.queue.view.clearSelection()
        else:
            assert window.queue.select_task(saved[selection].id)
        what = f"{size[0]}×{size[1]} {language}, {selection} selected"
        found: list[str] = []

        def clean(found=found, what=what) -> bool:
            found[:] = problems_of(window, language, what)
            return not found

        try:
            qtbot.waitUntil(clean, timeout=SETTLE_MS)
        except qtbot.TimeoutError:
            problems += found
        now = places(window)
        if before is None:
            before = now
        problems += [f"{what}: {name} moved from {before[name]} to {now[name]}"
                     for name in now if now[name] != before[name]]
        if selection in SELECTIONS[1:]:
            view = window.queue.view
            rows = view.viewport().height() // max(1, view.sizeHintForRow(0))
            if rows < LEAST_ROWS[language]:
                problems.append(f"{what}: the list shows {rows} whole rows above the preview")
    assert not problems, "\n".join(dict.fromkeys(problems))
