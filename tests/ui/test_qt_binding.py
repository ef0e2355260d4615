"""PySide6 6.12 on Python 3.11 dropped a reference to None on every void call (pinned out); guard the pin."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 30_000  # far more than None's references at start-up (about 5,000)

SCRIPT = f"""
import runway_desktop.ui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range({CALLS}):
    label.setText("a")  # returns None from C++
print("alive")
"""


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
