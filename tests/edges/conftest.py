"""Edge tests: the real widgets, engine and store, against the simulator or a hostile server.

They reuse the window tests' qasync loop and simulator thread (tests/ui/conftest.py), the window
tests' helpers and the wire tests' hostile server (tests/api), whose folders go on the path here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent.parent
for folder in ("ui", "api"):
    if str(TESTS / folder) not in sys.path:
        sys.path.insert(0, str(TESTS / folder))

_spec = importlib.util.spec_from_file_location("ui_fixtures", TESTS / "ui" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_ui = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ui)
qloop = _ui.qloop
simulator_url = _ui.simulator_url


@pytest.fixture
def chinese(qapp):
    from runway_desktop.ui.i18n import install_language

    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")
