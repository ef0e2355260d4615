"""HMAC signatures for output URLs and presigned uploads, and S3-style error bodies."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from urllib.parse import quote
from xml.sax.saxutils import escape

from aiohttp import web


class Signer:
    """Signs and verifies strings with a secret that lives as long as the server."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def sign(self, message: str) -> str:
        return hmac.new(self._secret, message.encode(), hashlib.sha256).hexdigest()

    def verify(self, message: str, signature: str) -> bool:
        return hmac.compare_digest(self.sign(message), signature)


class UrlSigner:
    """Output URLs of the form `<path>?expires=<epoch>&signature=<hmac(path, expires)>`."""

    def __init__(self, signer: Signer, ttl: float, clock: Callable[[], float]) -> None:
        self._signer = signer
        self._ttl = ttl
        self._clock = clock

    def sign(self, base_url: str, path: str) -> str:
        expires = int(self._clock() + self._ttl)
        signature = self._signer.sign(f"{path}\n{expires}")
        return f"{base_url}{quote(path)}?expires={expires}&signature={signature}"

    def problem(self, path: str, expires: str | None, signature: str | None) -> tuple[str, str] | None:
        """None when the URL is valid; otherwise the S3 error code and message it is refused with."""
        if not expires or not signature:
            return "AccessDenied", "Query-string authentication requires the expires and signature parameters"
        if not expires.isdigit() or not self._signer.verify(f"{path}\n{expires}", signature):
            return (
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        if int(expires) < self._clock():
            return "AccessDenied", "Request has expired"
        return None

    def check(self, path: str, expires: str | None, signature: str | None) -> web.Response | None:
        """None when the URL is valid; otherwise the 403 to answer with."""
        refused = self.problem(path, expires, signature)
        if refused is None:
            return None
        code, message = refused
        details = {"Expires": expires} if message == "Request has expired" else {}
        return s3_error(403, code, message, **details)


def s3_error(status: int, code: str, message: str, **details: object) -> web.Response:
    """An error in the XML shape S3 answers with."""
    extra = "".join(f"<{k}>{escape(str(v))}</{k}>" for k, v in details.items())
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{escape(message)}</Message>{extra}</Error>"
    )
    return web.Response(status=status, text=body, content_type="application/xml")
