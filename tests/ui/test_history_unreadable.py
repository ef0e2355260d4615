"""A history SQLite cannot read, or a data folder that cannot be one: said plainly, nothing lost."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from keychain import no_keychain
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.core.storage.unreadable import set_aside
from runway_desktop.session import Options, Session


def test_an_unreadable_history_is_kept_aside_and_a_new_one_starts(qtbot, qloop, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"not a database at all " * 200
    (data / "tasks.sqlite3").write_bytes(damaged)
    (data / "tasks.sqlite3-wal").write_bytes(b"journal")
    session = Session(Options(data_dir=data), secrets=no_keychain(), make_tab=StandInTab,
                      make_queue=StandInQueue)
    try:
        window = run_coro(qtbot, session.start(), timeout=30000)
        assert window.composed and session.engine is not None
        kept = {p.name.rsplit("-", 1)[-1] if p.name.endswith(("-wal", "-shm")) else "file": p
                for p in data.glob("tasks.sqlite3.unreadable-*")}
        assert kept["file"].read_bytes() == damaged and kept["wal"].read_bytes() == b"journal"  # nothing lost
        message = window.banner.current()[0]
        assert "could not be read" in message and kept["file"].name in message and "new, empty one" in message
        assert run_coro(qtbot, session.engine.store.load_all()) == []  # the new history works
    finally:
        close_session(qtbot, session)


def test_setting_aside_twice_in_one_second_keeps_both(tmp_path):
    from datetime import datetime

    moment = datetime(2026, 12, 2, 6, 0, 0)
    first = tmp_path / "tasks.sqlite3"
    first.write_text("one")
    kept_one = set_aside(first, moment)
    first.write_text("two")
    kept_two = set_aside(first, moment)
    assert kept_one != kept_two and kept_one.read_text() == "one" and kept_two.read_text() == "two"


# The real entry point over a "data folder" that is a file: a message that says why and what to do,
# then exit status 1 — no traceback.
CANNOT_START = textwrap.dedent("""
    import json, os, sys
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from runway_desktop import app as entry

    application = QApplication([sys.argv[0]])
    seen = {}

    def look():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen["title"], seen["text"] = widget.windowTitle(), widget.text()
                widget.button(QMessageBox.StandardButton.Close).click()
                return
        QTimer.singleShot(50, look)

    QTimer.singleShot(0, look)
    code = entry.main(["--data-dir", sys.argv[1]])
    print(json.dumps({**seen, "exit": code}))
""")


def test_a_data_folder_that_cannot_be_made_ends_start_up_with_a_reason(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    done = subprocess.run([sys.executable, "-c", CANNOT_START, str(blocker / "data")],
                          capture_output=True, text=True, timeout=120)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["exit"] == 1 and seen["title"] == "Runway Desktop cannot start"
    assert str(blocker / "data") in seen["text"] and "--data-dir" in seen["text"]
    assert "Traceback" not in done.stderr
