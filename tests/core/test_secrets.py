"""The API secret against a real Secret Service (tools/keyring-session runs the suite in one)."""

from __future__ import annotations

import secrets as pysecrets

import pytest
from keychain import NoBackend

from runway_desktop.core.storage.secrets import ENV_VAR, SERVICE, USERNAME, KeySource, Secrets


def fake_key() -> str:
    return "key_" + pysecrets.token_hex(64)


def test_key_round_trips_through_the_real_secret_service(secret_service):
    key = fake_key()
    status = Secrets(environ={}).set(key)
    assert status.source is KeySource.KEYCHAIN
    # A fresh object (as after a restart) reads it back from the keychain itself.
    assert Secrets(environ={}).get() == key
    assert secret_service.get_password(SERVICE, USERNAME) == key
    Secrets(environ={}).delete()
    assert Secrets(environ={}).get() is None
    assert Secrets(environ={}).status().source is KeySource.NONE


def test_environment_overrides_the_keychain_and_says_so(secret_service):
    Secrets(environ={}).set(fake_key())
    env_key = fake_key()
    secrets = Secrets(environ={ENV_VAR: env_key})
    assert secrets.get() == env_key
    status = secrets.status()
    assert status.source is KeySource.ENVIRONMENT
    assert ENV_VAR in status.message


def test_without_a_backend_the_key_is_kept_for_the_session_only_and_disclosed(tmp_path):
    secrets = Secrets(backend=NoBackend(), environ={})
    assert not secrets.keychain_available
    assert "session only" in secrets.status().message
    key = fake_key()
    status = secrets.set(key)
    assert status.source is KeySource.SESSION
    assert "this session only" in status.message and "never written to a file" in status.message
    assert secrets.get() == key
    # Nothing survives the session: a new object (next start) has no key.
    assert Secrets(backend=NoBackend(), environ={}).get() is None


def test_empty_key_is_refused():
    with pytest.raises(ValueError, match="empty"):
        Secrets(backend=NoBackend(), environ={}).set("   ")
