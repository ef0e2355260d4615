"""No key echoed by a server reaches the store, the library or a listener, however it is spelled."""

from __future__ import annotations

import base64
from urllib.parse import quote

from fakes.client import FAKE_KEY, snapshot

from runway_desktop.api.errors import NetworkError
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.redaction import secret_forms
from runway_desktop.core.running.states import TaskState


def spellings() -> list[bytes]:
    """The key raw, URL-encoded and as the stable core of its base64 at each alignment."""
    return [form.encode() for form in secret_forms(FAKE_KEY)]


def leaks(fake) -> list[str]:
    found = []
    for path in fake.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {s[:12]!r}" for s in spellings() if s in data]
    for event in fake.events:
        text = repr(event).encode()
        found += [f"{type(event).__name__}: {s[:12]!r}" for s in spellings() if s in text]
    return found


async def test_a_key_echoed_in_a_failure_is_never_stored_or_shown(fake):
    fake.client.push("retrieve", snapshot("FAILED", failure=f"bad key {FAKE_KEY} used",
                                          failure_code=f"AUTH.{quote(FAKE_KEY)}"))
    task = await fake.submit()
    done = await fake.settled(task.id)
    assert done.state is TaskState.FAILED and "REDACTED" in done.failure and "REDACTED" in done.failure_code
    assert leaks(fake) == []


async def test_a_key_in_an_output_url_or_base64_in_an_error_is_never_stored(fake, png_bytes):
    for prefix in (b"", b"x", b"xy"):
        encoded = base64.b64encode(prefix + FAKE_KEY.encode() + b"!").decode()
        fake.client.push("retrieve", NetworkError(f"proxy said {encoded}"))  # three failed polls
    fake.client.push("retrieve", snapshot("SUCCEEDED", f"https://cdn.example.test/o.png?k={FAKE_KEY}"))
    fake.client.always("download", png_bytes)
    task = await fake.submit()
    flagged = await fake.engine.wait_for(task.id, lambda t: t.state is TaskState.NEEDS_ATTENTION, timeout=10)
    assert "proxy said" in flagged.attention.reason
    fake.client.push("retrieve", snapshot("SUCCEEDED", f"https://cdn.example.test/o.png?k={FAKE_KEY}"))
    await fake.engine.check_again(task.id)
    done = await fake.settled(task.id)
    assert "REDACTED" in done.outputs[0].url
    assert any(isinstance(e, ev.EngineError) and "proxy said" in e.message for e in fake.events)
    assert leaks(fake) == []
