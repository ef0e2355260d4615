"""Keeps API secrets out of log output: a logging.Filter that rewrites them before any handler writes."""

from __future__ import annotations

import logging
import re

REDACTED = "key_…REDACTED"

# Runway keys are "key_" + hex; "Authorization: <scheme> <token>" and "Bearer <token>" hide any token.
_PATTERNS = (
    re.compile(r"key_[0-9A-Fa-f]{16,}"),
    re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(?:(bearer|basic|token)\s+)?[^\s\"',;}]+"),
    re.compile(r"(?i)\b(bearer)\s+(?!key_…REDACTED)[A-Za-z0-9._~+/=-]+"),
)


def _authorization(match: re.Match[str]) -> str:
    scheme = f"{match.group(2)} " if match.group(2) else ""
    return f"{match.group(1)}{scheme}{REDACTED}"


def redact_text(text: str, secret: str | None = None) -> str:
    """The text with the given secret and anything shaped like a key or bearer token replaced."""
    if secret:
        text = text.replace(secret, REDACTED)
    text = _PATTERNS[0].sub(REDACTED, text)
    text = _PATTERNS[1].sub(_authorization, text)
    return _PATTERNS[2].sub(lambda m: f"{m.group(1)} {REDACTED}", text)


class SecretRedactor(logging.Filter):
    """Rewrites keys and Authorization/Bearer values in a record's message, args and traceback."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        # Formatting here covers secrets hidden in any arg's str(), whatever its type.
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler to report
            return True
        record.msg = redact_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True


def install_redaction(logger: logging.Logger | None = None) -> SecretRedactor:
    """Attach one SecretRedactor to `logger` (the root by default) and each of its handlers; idempotent.

    Records propagated from child loggers skip the parent logger's filters but not its handlers'
    filters, hence both. Handlers added later need their own call.
    """
    logger = logger if logger is not None else logging.getLogger()
    existing = [f for f in logger.filters if isinstance(f, SecretRedactor)]
    redactor = existing[0] if existing else SecretRedactor()
    if not existing:
        logger.addFilter(redactor)
    for handler in logger.handlers:
        if not any(isinstance(f, SecretRedactor) for f in handler.filters):
            handler.addFilter(redactor)
    return redactor
