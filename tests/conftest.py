"""Shared fixtures: every test gets private data, config and cache folders."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    """No test reads or writes the real user's folders or sees a real API key."""
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = tmp_path / f"xdg-{var.lower()}"
        path.mkdir()
        monkeypatch.setenv(var, str(path))
    monkeypatch.delenv("RUNWAYML_API_SECRET", raising=False)
    monkeypatch.delenv("RUNWAYML_BASE_URL", raising=False)
