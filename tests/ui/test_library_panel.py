"""The library browser with real widgets: search, filters, stars, favourites, trash with undo, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_coro
from library_samples import DAY, T0, saved_task, store_tasks
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPushButton, QToolButton

from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.takes import TakeFilters, TakesIndex
from runway_desktop.ui.library.delegate import geometry
from runway_desktop.ui.library.model import TakeRole
from runway_desktop.ui.library.panel import LibraryPanel
from runway_desktop.ui.library.thumbnails import TileThumbnails


@pytest.fixture
def library(qtbot, qloop, tmp_path, monkeypatch):
    """Seven takes (images, videos, audio) saved by the real store, in a panel at 1024×700."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))  # the desktop trash goes here
    files = tmp_path / "library"
    files.mkdir()
    tasks = [
        saved_task(files, 1, prompt="A red fox running through snow", created_at=T0),
        saved_task(files, 2, kind="video", model="gen4.5", prompt="Slow dolly over a neon city in rain",
                   created_at=T0 + DAY, group="batch-a"),
        saved_task(files, 3, kind="video", model="gen4.5", prompt="Neon city at dawn",
                   created_at=T0 + 2 * DAY, group="batch-a"),
        saved_task(files, 4, kind="audio", model="eleven_text_to_sound_v2", prompt="Rain on a tin roof",
                   created_at=T0 + 3 * DAY),
        saved_task(files, 5, prompt="Portrait of an old sailor", created_at=T0 + 4 * DAY, outputs=2),
        saved_task(files, 6, prompt="Paper boat on a river", created_at=T0 + 5 * DAY),
    ]
    loaded = run_coro(qtbot, store_tasks(tmp_path / "tasks.sqlite3", tasks))
    index = TakesIndex(tmp_path / "tasks.sqlite3")
    run_coro(qtbot, index.open())
    run_coro(qtbot, index.backfill_from_tasks(loaded))
    panel = LibraryPanel(index, ThumbnailCache(tmp_path / "thumbs"))
    qtbot.addWidget(panel)
    panel.resize(1024, 700)
    panel.show()
    panel.start()
    qtbot.waitUntil(lambda: panel.model.count() == 7, timeout=10000)
    yield panel, index, tmp_path
    panel.shutdown()
    run_coro(qtbot, index.close())


def shown(panel):
    """The (task id, output index) of every row, in order, once their pages are loaded."""
    takes = [panel.model.take_at(flat) for flat in range(panel.model.count())]
    return [t.key for t in takes] if all(takes) else None


def select(panel, rows):
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(panel.model.index_of(row), selection.SelectionFlag.Select)


def click_part(qtbot, panel, row, part):
    """Click a tile's star (1–5) or its heart, where the delegate paints them."""
    rect = panel.view.visualRect(panel.model.index_of(row))
    parts = geometry(rect, grid=True)
    target = parts.heart if part == "heart" else parts.stars[part - 1]
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=target.center())


def test_typing_a_search_shows_the_matching_takes(qtbot, library):
    panel, _, _ = library
    assert shown(panel)[0] == ("t0006", 0)  # newest first
    qtbot.keyClicks(panel.filter_bar.search, "neon ci")
    qtbot.waitUntil(lambda: shown(panel) == [("t0003", 0), ("t0002", 0)], timeout=5000)
    assert panel.status_label.text() == "2 takes"
    panel.filter_bar.search.clear()
    qtbot.keyClicks(panel.filter_bar.search, "volcano")
    qtbot.waitUntil(lambda: panel.model.count() == 0, timeout=5000)
    assert panel.empty_label.isVisible() and "match" in panel.empty_label.text()


def test_each_filter_and_sort_from_its_widget(qtbot, library):
    panel, _, _ = library
    bar = panel.filter_bar
    bar.kind_box.setCurrentIndex(bar.kind_box.findData("video"))
    qtbot.waitUntil(lambda: shown(panel) == [("t0003", 0), ("t0002", 0)], timeout=5000)
    bar.kind_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: bar.model_box.findData("eleven_text_to_sound_v2") >= 0, timeout=5000)
    bar.model_box.setCurrentIndex(bar.model_box.findData("eleven_text_to_sound_v2"))
    qtbot.waitUntil(lambda: shown(panel) == [("t0004", 0)], timeout=5000)
    bar.model_box.setCurrentIndex(0)
    bar.group_box.setCurrentIndex(bar.group_box.findData("batch-a"))
    qtbot.waitUntil(lambda: shown(panel) == [("t0003", 0), ("t0002", 0)], timeout=5000)
    bar.group_box.setCurrentIndex(0)
    bar.date_box.setCurrentIndex(bar.date_box.findData(-1))  # custom range: the second and third day
    assert bar.date_from.isVisible()
    from PySide6.QtCore import QDateTime

    bar.date_from.setDate(QDateTime.fromSecsSinceEpoch(int(T0 + DAY)).date())
    bar.date_to.setDate(QDateTime.fromSecsSinceEpoch(int(T0 + 2 * DAY)).date())
    qtbot.waitUntil(lambda: shown(panel) == [("t0003", 0), ("t0002", 0)], timeout=5000)
    bar.date_box.setCurrentIndex(0)
    bar.sort_box.setCurrentIndex(bar.sort_box.findData("oldest"))
    qtbot.waitUntil(lambda: shown(panel) is not None and shown(panel)[0] == ("t0001", 0), timeout=5000)


def test_clicking_stars_and_heart_marks_the_take_and_the_filters_find_it(qtbot, library):
    panel, index, _ = library
    first = panel.model.take_at(0)
    click_part(qtbot, panel, 0, 4)
    qtbot.waitUntil(lambda: panel.model.take_at(0).rating == 4, timeout=5000)
    assert run_coro(qtbot, index.get([first.key]))[0].rating == 4  # written to the index
    click_part(qtbot, panel, 0, "heart")
    qtbot.waitUntil(lambda: panel.model.take_at(0).favourite, timeout=5000)
    click_part(qtbot, panel, 2, 2)
    qtbot.waitUntil(lambda: panel.model.take_at(2).rating == 2, timeout=5000)

    panel.filter_bar.favourite_button.click()
    qtbot.waitUntil(lambda: shown(panel) == [first.key], timeout=5000)
    panel.filter_bar.favourite_button.click()
    bar = panel.filter_bar
    bar.rating_box.setCurrentIndex(bar.rating_box.findData(2))
    qtbot.waitUntil(lambda: panel.model.count() == 2, timeout=5000)
    bar.rating_box.setCurrentIndex(0)
    bar.sort_box.setCurrentIndex(bar.sort_box.findData("rating"))
    qtbot.waitUntil(lambda: shown(panel) is not None and shown(panel)[0] == first.key
                    and panel.model.count() == 7, timeout=5000)

    # Clicking the same star again clears the rating; keys rate the selection.
    click_part(qtbot, panel, 0, 4)
    qtbot.waitUntil(lambda: panel.model.take_at(0).rating == 0, timeout=5000)
    select(panel, [1, 2])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: panel.model.take_at(1).rating == 5 and panel.model.take_at(2).rating == 5,
                    timeout=5000)


def test_delete_moves_files_to_the_desktop_trash_and_undo_puts_them_back(qtbot, library):
    panel, index, tmp_path = library
    select(panel, [0, 1])
    takes = [panel.model.take_at(0), panel.model.take_at(1)]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.count() == 5, timeout=10000)
    trash = tmp_path / "xdg-data" / "Trash"
    for take in takes:
        name = Path(take.path).name
        assert not Path(take.path).exists() and not take.sidecar.exists()
        assert (trash / "files" / name).is_file() and (trash / "files" / f"{name}.json").is_file()
        info = (trash / "info" / f"{name}.trashinfo").read_text()
        assert f"Path={take.path}" in info
    assert "Moved 2 takes to the trash." in panel.notice_label.text()
    assert panel.undo_button.isVisible()
    assert run_coro(qtbot, index.count(TakeFilters(trashed=True))) == 2

    panel.undo_button.click()
    qtbot.waitUntil(lambda: panel.model.count() == 7, timeout=10000)
    for take in takes:
        assert Path(take.path).is_file() and take.sidecar.is_file()
        assert not (trash / "info" / f"{Path(take.path).name}.trashinfo").exists()
    assert shown(panel)[:2] == [t.key for t in takes]
    assert "Put 2 takes back." in panel.notice_label.text()


def test_export_copies_the_selection_with_sidecars(qtbot, library):
    panel, _, tmp_path = library
    select(panel, [0, 3])
    names = sorted(Path(panel.model.take_at(r).path).name for r in (0, 3))
    out = tmp_path / "exported"
    panel.export_selected(out)
    qtbot.waitUntil(lambda: "Exported 4 files" in panel.notice_label.text(), timeout=10000)
    assert sorted(p.name for p in out.iterdir()) == sorted([*names, *(n + ".json" for n in names)])


def test_double_click_activates_and_compare_takes_two_to_four(qtbot, library):
    panel, _, _ = library
    target = panel.model.take_at(2)
    rect = panel.view.visualRect(panel.model.index_of(2))
    on_picture = rect.center() - QPoint(0, 30)
    with qtbot.waitSignal(panel.take_activated, timeout=5000) as activated:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=on_picture)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=on_picture)
    assert activated.args == [target.task_id, target.output_index]

    select(panel, [0])
    assert not panel.compare_button.isEnabled()
    select(panel, [0, 1, 2, 3, 4])
    assert not panel.compare_button.isEnabled()
    select(panel, [0, 2, 4])
    assert panel.compare_button.isEnabled()
    with qtbot.waitSignal(panel.compare_requested, timeout=5000) as compared:
        panel.compare_button.click()
    assert [t.key for t in compared.args[0]] == [panel.model.take_at(r).key for r in (0, 2, 4)]


def test_thumbnails_arrive_from_worker_threads_and_a_missing_file_says_so(qtbot, library):
    panel, _, tmp_path = library
    cells = [panel.model.index_of(r) for r in range(7)]
    qtbot.waitUntil(lambda: all(cell.data(TakeRole.THUMBNAIL) is not None for cell in cells), timeout=20000)
    pixmap = panel.model.index_of(0).data(TakeRole.THUMBNAIL)
    assert pixmap.width() <= 192 and pixmap.height() <= 108
    # A take whose file has gone is marked as such instead of being retried on every paint.
    gone = str(tmp_path / "library" / "moved-away.png")
    tiles = TileThumbnails(ThumbnailCache(tmp_path / "fresh-thumbs"))
    assert tiles.pixmap(gone, "image") is None
    qtbot.waitUntil(lambda: tiles.failed(gone), timeout=5000)
    assert tiles.pixmap(gone, "image") is None and tiles.failed(gone)
    tiles.close()


def test_layout_holds_at_1024_by_700_with_names_for_assistive_technology(qtbot, library):
    panel, _, _ = library
    assert panel.size().width() == 1024
    right = panel.mapToGlobal(QPoint(panel.width(), 0)).x()
    kinds = (QComboBox, QLineEdit, QPushButton, QToolButton)
    widgets = [w for kind in kinds for w in panel.findChildren(kind)]
    for widget in widgets:
        if widget.isVisible():
            assert widget.mapToGlobal(QPoint(widget.width(), 0)).x() <= right, widget.accessibleName()
            assert widget.accessibleName() or widget.text(), widget
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget
    assert panel.view.accessibleName() == "Takes"
    assert panel.view.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
    assert panel.view.height() > 300  # room for two rows of tiles
    assert panel.model.columns == 4  # 208-pixel tiles across a 1024-pixel window
    select(panel, [5])
    panel.filter_bar.grid_button.click()  # the list: one take per row, the selection kept
    assert panel.model.columns == 1 and panel.selected_rows() == [5]
    rect = panel.view.visualRect
    assert rect(panel.model.index_of(1)).top() > rect(panel.model.index_of(0)).top()
    panel.resize(700, 700)
    panel.filter_bar.grid_button.click()
    qtbot.waitUntil(lambda: panel.model.columns == 3, timeout=5000)
    assert panel.selected_rows() == [5]


def test_new_takes_appear_but_never_under_a_selection(qtbot, library):
    panel, index, tmp_path = library
    select(panel, [3])
    chosen = panel.model.take_at(3)
    run_coro(qtbot, index.upsert_from_task(saved_task(tmp_path / "library", 9, prompt="A new lighthouse",
                                                      created_at=T0 + 9 * DAY)))
    with qtbot.waitSignal(panel._new_takes_timer.timeout, timeout=5000):
        panel.takes_added()
    assert panel.model.count() == 7 and panel.selected_rows() == [3]  # the selection is left alone
    assert panel.model.take_at(3) == chosen
    panel.view.clearSelection()
    qtbot.waitUntil(lambda: panel.model.count() == 8, timeout=5000)
    qtbot.waitUntil(lambda: shown(panel) is not None and shown(panel)[0] == ("t0009", 0), timeout=5000)
