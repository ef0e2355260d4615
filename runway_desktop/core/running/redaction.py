"""Keeping the API key out of everything a server sends back, before it is stored, shown or logged.

A hostile or careless server may echo the key in a failure text, an output URL or an error body,
raw, URL-encoded or base64-encoded (at any byte alignment). Every text from Runway passes here
first; the patterns of `api.redact` (key-shaped tokens, Authorization values) apply as well.
"""

from __future__ import annotations

import base64
import dataclasses
import logging
from urllib.parse import quote, quote_plus

from runway_desktop.api.redact import REDACTED, redact_text
from runway_desktop.core.running.tasks import OutputFile, TaskRecord

# Encoded fragments shorter than this would match ordinary text by chance.
_MIN_FRAGMENT = 8


def _base64_fragments(secret: bytes) -> set[str]:
    """The part of base64(prefix + secret + suffix) that depends on the secret alone, for each alignment."""
    fragments: set[str] = set()
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + secret).decode("ascii")
        start = -(-offset * 4 // 3)  # characters touched by the prefix bytes
        end = (offset + len(secret)) * 8 // 6  # characters made of the secret's bits only
        core = encoded[start:end]
        fragments |= {core, core.replace("+", "-").replace("/", "_")}
    return {f for f in fragments if len(f) >= _MIN_FRAGMENT}


def secret_forms(secret: str) -> list[str]:
    """Every spelling of `secret` to hide, longest first."""
    forms = {secret, quote(secret, safe=""), quote_plus(secret)} | _base64_fragments(secret.encode())
    return sorted((f for f in forms if f), key=len, reverse=True)


class Redactor:
    """Rewrites the known secrets (and anything shaped like a key) out of texts and task records."""

    def __init__(self) -> None:
        self._forms: list[str] = []

    def add(self, secret: str | None) -> None:
        """Remember a key in use; keys too short to recognise safely are hidden only where whole."""
        if not secret or not secret.strip():
            return
        secret = secret.strip()
        forms = secret_forms(secret) if len(secret) >= _MIN_FRAGMENT else [secret]
        self._forms = sorted(set(self._forms) | set(forms), key=len, reverse=True)

    def text(self, value: str) -> str:
        for form in self._forms:
            if form in value:
                value = value.replace(form, REDACTED)
        return redact_text(value)

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def record(self, task: TaskRecord) -> TaskRecord:
        """The record with every server-sourced text redacted (unchanged fields keep their identity)."""
        changes: dict[str, object] = {}
        for name in ("runway_id", "failure", "failure_code", "error"):
            value = getattr(task, name)
            if value is not None and (clean := self.text(value)) != value:
                changes[name] = clean
        outputs = tuple(self._output(o) for o in task.outputs)
        if outputs != task.outputs:
            changes["outputs"] = outputs
        if (
            task.attention is not None
            and (reason := self.text(task.attention.reason)) != task.attention.reason
        ):
            changes["attention"] = dataclasses.replace(task.attention, reason=reason)
        return task.evolve(**changes) if changes else task

    def _output(self, output: OutputFile) -> OutputFile:
        url, error = self.optional(output.url), self.optional(output.error)
        if url == output.url and error == output.error:
            return output
        return dataclasses.replace(output, url=url, error=error)


class RedactingLogFilter(logging.Filter):
    """Rewrites a log record's message and traceback through a Redactor (every spelling of the key)."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self._redactor = redactor
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler to report
            return True
        record.msg, record.args = self._redactor.text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redactor.text(record.exc_text)
        return True


def install_log_filter(redactor: Redactor, logger: logging.Logger | None = None) -> None:
    """Attach one RedactingLogFilter to `logger` (the root by default) and its handlers; idempotent."""
    logger = logger if logger is not None else logging.getLogger()
    for target in (logger, *logger.handlers):
        if not any(isinstance(f, RedactingLogFilter) for f in target.filters):
            target.addFilter(RedactingLogFilter(redactor))


# The keys this process has used: wiring adds each key it builds a client with.
SECRETS = Redactor()
