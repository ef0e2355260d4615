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


@pytest.fixture
def secret_service():
    """The real Secret Service (the suite runs inside tools/keyring-session); the key is removed after."""
    import keyring.errors
    from keychain import require_secret_service

    from runway_desktop.core.storage.secrets import SERVICE, USERNAME

    backend = require_secret_service()
    yield backend
    try:
        backend.delete_password(SERVICE, USERNAME)
    except keyring.errors.PasswordDeleteError:
        pass
