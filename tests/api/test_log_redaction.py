"""Secrets never reach a log line, however they are smuggled into the record."""

from __future__ import annotations

import io
import logging

import pytest

from runway_desktop.api import SecretRedactor, install_redaction, redact_text

KEY = "key_" + "9f" * 64


@pytest.fixture
def captured():
    """A private logger with one handler writing to a buffer, torn down afterwards."""
    logger = logging.getLogger("test.redact")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    logger.addHandler(handler)
    yield logger, stream
    logger.removeHandler(handler)
    logger.filters.clear()


@pytest.mark.parametrize(("text", "expected"), [
    (f"using {KEY} now", "using key_…REDACTED now"),
    (f"Authorization: Bearer {KEY}", "Authorization: Bearer key_…REDACTED"),
    ("authorization=Basic dXNlcjpwYXNz", "authorization=Basic key_…REDACTED"),
    ("{'Authorization': 'sk-live-123'}", "{'Authorization': 'key_…REDACTED'}"),
    ("header bearer abc.def-ghi ok", "header bearer key_…REDACTED ok"),
    ("nothing to see", "nothing to see"),
])
def test_redact_text(text, expected):
    assert redact_text(text) == expected


def test_a_known_secret_of_any_shape_is_redacted():
    assert redact_text("the key is hunter2-xyz!", secret="hunter2-xyz") == "the key is key_…REDACTED!"


def test_message_args_and_tracebacks_are_redacted(captured):
    logger, stream = captured
    install_redaction(logger)
    logger.debug("plain %s", KEY)
    logger.info("mapping %(auth)s", {"auth": f"Bearer {KEY}"})
    logger.warning("object %r", {"headers": {"Authorization": f"Bearer {KEY}"}})
    try:
        raise RuntimeError(f"failed with {KEY}")
    except RuntimeError:
        logger.exception("boom")
    output = stream.getvalue()
    assert KEY not in output
    assert output.count("key_…REDACTED") >= 4
    assert "RuntimeError: failed with key_…REDACTED" in output


def test_installing_twice_adds_one_filter_and_covers_child_loggers(captured):
    logger, stream = captured
    first = install_redaction(logger)
    second = install_redaction(logger)
    assert first is second
    assert [type(f) for f in logger.filters] == [SecretRedactor]
    assert [type(f) for f in logger.handlers[0].filters] == [SecretRedactor]
    logging.getLogger("test.redact.child").error("child says %s", KEY)
    assert KEY not in stream.getvalue() and "child says key_…REDACTED" in stream.getvalue()


def test_the_root_logger_is_the_default(monkeypatch):
    root = logging.getLogger()
    handler = logging.StreamHandler(io.StringIO())
    monkeypatch.setattr(root, "handlers", [handler])
    monkeypatch.setattr(root, "filters", [])
    install_redaction()
    assert any(isinstance(f, SecretRedactor) for f in handler.filters)
    assert any(isinstance(f, SecretRedactor) for f in root.filters)
