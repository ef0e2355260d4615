"""This server's own output URLs used as inputs: resolved to the stored file while the signature holds.

On Runway an output URL is an ordinary HTTPS URL that a later request may use until it expires;
here outputs are served from loopback over plain HTTP, so they are recognised by host, port and
path, and answered exactly as a download of that URL would be: a valid signature yields the
file, an expired or forged one is refused like any URL that cannot be fetched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from .signing import UrlSigner

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class Fetched:
    """The stored file behind an output URL, or the HTTP answer that refused it."""

    file: Path | None
    status: int = 200
    reason: str = ""


def unfetchable(uri: str, status: int, reason: str) -> str:
    """The one message for a URL that cannot be fetched (dead, expired, forged or gone)."""
    shown = uri if len(uri) <= 100 else uri[:97] + "…"
    return (
        f"could not fetch {shown}: the server answered HTTP {status} ({reason}). "
        "Output URLs expire; fetch the task again (GET /v1/tasks/{id}) for a fresh URL"
    )


class OwnOutputs:
    """Recognises this server's output URLs and finds their files."""

    def __init__(
        self,
        signer: UrlSigner,
        prefix: str,
        base_url: Callable[[], str],
        output_file: Callable[[str, str], Path | None],
    ) -> None:
        self._signer = signer
        self._prefix = prefix.rstrip("/") + "/"
        self._base_url = base_url
        self._output_file = output_file

    def fetch(self, uri: str) -> Fetched | None:
        """None when `uri` is not one of this server's output URLs; otherwise what fetching it gives."""
        try:
            parts = urlsplit(uri)
            base = urlsplit(self._base_url())
            port, base_port = parts.port, base.port
        except ValueError:
            return None
        if parts.scheme.lower() not in ("http", "https") or port is None or port != base_port:
            return None
        host = (parts.hostname or "").lower()
        if host != (base.hostname or "").lower() and host not in _LOOPBACK:
            return None
        path = unquote(parts.path)
        if not path.startswith(self._prefix):
            return None
        query = parse_qs(parts.query)
        expires = query.get("expires", [None])[0]
        signature = query.get("signature", [None])[0]
        refused = self._signer.problem(path, expires, signature)
        if refused is not None:
            return Fetched(None, 403, refused[1])
        task_id, _, name = path.removeprefix(self._prefix).partition("/")
        file = self._output_file(task_id, name)
        if file is None:
            return Fetched(None, 404, "The specified key does not exist.")
        return Fetched(file)
