"""The API secret: in the OS keychain (service "runway-desktop"), or the environment.

The secret never reaches settings, the database, logs, sidecars or any file. When no
keychain backend exists, it is kept in memory for this session only, and the status says so.
"""

from __future__ import annotations

import enum
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from runway_desktop.failure_words import failure_reason

SERVICE = "runway-desktop"
USERNAME = "api-key"
ENV_VAR = "RUNWAYML_API_SECRET"


class KeySource(enum.Enum):
    ENVIRONMENT = "environment"
    KEYCHAIN = "keychain"
    SESSION = "session"  # no keychain backend: memory only, gone when the app quits
    NONE = "none"


@dataclass(frozen=True)
class SecretStatus:
    source: KeySource
    backend: str  # the keychain backend's name, or "none"
    message: str  # what the settings dialog tells the user


def _errors() -> ModuleType:
    """keyring's exceptions; keyring itself loads only when a keychain is first used (not at import)."""
    import keyring.errors

    return keyring.errors


def _usable(backend: Any) -> bool:
    """False for keyring's fail/null backends (nothing would be stored)."""
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name or "null" in name:
        return False
    if name.endswith("chainer.ChainerBackend"):
        return bool(getattr(backend, "backends", ()))
    return getattr(backend, "priority", 1) > 0


class Secrets:
    """Reads and stores the API secret; never writes it anywhere but the keychain."""

    def __init__(self, backend: Any | None = None, environ: Mapping[str, str] | None = None) -> None:
        self._chosen_backend = backend  # None: keyring's, looked up on first use
        self._backend_lock = threading.Lock()
        self._environ = environ if environ is not None else os.environ
        self._session_key: str | None = None

    @property
    def _backend(self) -> Any:
        """The keychain backend, found on first use (by whichever thread asks first)."""
        # Finding it loads keyring and every plugin it has: a tenth of a second, kept off start-up.
        with self._backend_lock:
            if self._chosen_backend is None:
                import keyring

                self._chosen_backend = keyring.get_keyring()
            return self._chosen_backend

    @property
    def keychain_available(self) -> bool:
        return _usable(self._backend)

    def get(self) -> str | None:
        env = self._environ.get(ENV_VAR, "").strip()
        if env:
            return env
        if self._session_key:
            return self._session_key
        if self.keychain_available:
            try:
                return self._backend.get_password(SERVICE, USERNAME) or None
            except _errors().KeyringError:
                return None
        return None

    def set(self, key: str) -> SecretStatus:
        key = key.strip()
        if not key:
            raise ValueError("The API key is empty.")
        if self.keychain_available:
            try:
                self._backend.set_password(SERVICE, USERNAME, key)
                self._session_key = None
                return self.status()
            except _errors().KeyringError:
                pass  # locked or broken keychain: fall through to the session-only path
        self._session_key = key
        return self.status()

    def delete(self) -> None:
        self._session_key = None
        if self.keychain_available:
            try:
                self._backend.delete_password(SERVICE, USERNAME)
            except _errors().PasswordDeleteError:
                pass  # nothing stored

    def status(self) -> SecretStatus:
        backend = type(self._backend).__name__ if self.keychain_available else "none"
        if self._environ.get(ENV_VAR, "").strip():
            return SecretStatus(
                KeySource.ENVIRONMENT,
                backend,
                f"Using the key from {ENV_VAR}; it overrides the keychain for this process.",
            )
        if self._session_key:
            return SecretStatus(
                KeySource.SESSION,
                backend,
                "No system keychain is available, so the key is kept for this session only "
                "and will be asked for again next time. It is never written to a file.",
            )
        if self.keychain_available:
            try:
                stored = self._backend.get_password(SERVICE, USERNAME)
            except _errors().KeyringError as exc:
                unread = f"The system keychain could not be read: {failure_reason(exc)}"
                return SecretStatus(KeySource.NONE, backend, unread)
            if stored:
                return SecretStatus(
                    KeySource.KEYCHAIN, backend, f"Stored in the system keychain ({backend})."
                )
            return SecretStatus(KeySource.NONE, backend, "No API key yet.")
        return SecretStatus(
            KeySource.NONE,
            "none",
            "No system keychain is available: a key you enter is kept for this session only.",
        )


def fingerprint(key: str) -> str:
    """A short, non-reversible label for a key (shown as key_…abcd), safe to display."""
    return f"key_…{key[-4:]}" if len(key) >= 8 else "key_…"
