"""The generation record as text: exact JSON for machines, one readable paragraph for people."""

from __future__ import annotations

import json
import re
from typing import Any

from runway_desktop import __version__

KEY = "runway-desktop"
# Characters that XML 1.0 forbids or that trip strict tag readers; inside JSON strings they are
# written as \uXXXX escapes, which decode to the same text.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


class EmbedError(Exception):
    """The record could not be written into (or read from) a file; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def dumps(record: dict[str, Any]) -> str:
    """Compact JSON with unicode kept readable and every risky character escaped."""
    if not isinstance(record, dict):
        raise EmbedError(f"A generation record must be a JSON object, not {type(record).__name__}.")
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise EmbedError(f"The generation record cannot be written as JSON: {exc}.") from exc
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def loads(text: str | bytes) -> dict[str, Any] | None:
    """The record from embedded text, or None when the text is not one."""
    try:
        value = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def with_app_version(record: dict[str, Any]) -> dict[str, Any]:
    """A copy of `record` naming the app version that made the file (kept if already named)."""
    return {**record, "app_version": record.get("app_version", __version__)}


def record_for_file(sidecar: dict[str, Any]) -> dict[str, Any]:
    """What to embed from a sidecar: everything but the file's own hash and size (which embedding
    changes), plus the app version."""
    return with_app_version({k: v for k, v in sidecar.items() if k not in ("sha256", "size")})


def parameters_text(record: dict[str, Any]) -> str:
    """A plain summary other tools show as-is: the prompt, then `Key: value` pairs on one line."""
    prompt = record.get("prompt")
    pairs: list[tuple[str, Any]] = [
        ("Model", record.get("model")),
        ("Endpoint", record.get("endpoint")),
        ("Seed", record.get("seed")),
    ]
    params = record.get("parameters")
    if isinstance(params, dict):
        pairs += [(str(k), v) for k, v in params.items() if k not in ("promptText", "seed", "model")]
    pairs += [
        ("Task", record.get("runway_task_id") or record.get("task_id")),
        ("Credits", record.get("cost_credits", record.get("estimated_credits"))),
        ("Generator", f"Runway Desktop {record.get('app_version', __version__)}"),
    ]
    tail = ", ".join(f"{k}: {_plain(v)}" for k, v in pairs if v not in (None, "", [], {}))
    return f"{prompt}\n{tail}" if prompt else tail


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value.replace("\n", " ")
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
