"""Keychain doubles and checks shared by the keyring tests."""

from __future__ import annotations

import os

import keyring
import keyring.backend
import keyring.errors
import pytest

from runway_desktop.core.storage.secrets import Secrets


class NoBackend(keyring.backend.KeyringBackend):
    """What keyring reports on a machine without any keychain."""

    priority = 0

    def get_password(self, service, username):
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service, username, password):
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service, username):
        raise keyring.errors.NoKeyringError("no backend")


def no_keychain(environ: dict[str, str] | None = None) -> Secrets:
    return Secrets(backend=NoBackend(), environ=environ if environ is not None else {})


def require_secret_service():
    """The real keyring backend, or skip (fail inside tools/keyring-session, where it must exist)."""
    backend = keyring.get_keyring()
    if "SecretService" not in type(backend).__module__ + type(backend).__name__:
        if os.environ.get("KEYRING_SESSION_INNER") == "1":
            pytest.fail(f"inside tools/keyring-session but keyring chose {backend!r}")
        pytest.skip("no Secret Service: run the suite with `make test` (tools/keyring-session)")
    return backend
