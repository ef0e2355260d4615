"""Undoing a reply's Content-Encoding a bounded amount at a time, so a small compressed body cannot
expand into gigabytes in one step (httpx's own decoders inflate each network chunk whole)."""

from __future__ import annotations

import zlib

# What the client asks for; a server answering in another encoding is not understood.
ACCEPTED_ENCODINGS = "gzip, deflate"


class EncodingError(Exception):
    """The body's encoding is unknown or its bytes do not decode; `reason` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BoundedInflater:
    """Decodes a body of one Content-Encoding (identity, gzip or deflate), never more than asked per step."""

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise EncodingError(f"an encoding this app does not read ({content_encoding[:40]})")
        self._coding = codings[0] if codings else None
        wbits = 31 if self._coding in ("gzip", "x-gzip") else 15
        self._inflater = zlib.decompressobj(wbits) if self._coding else None
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """At most `room` decoded bytes of `data`; more remain only when `room` was too small."""
        if self._inflater is None:
            return data
        try:
            out = self._inflater.decompress(data, max(room, 1))
        except zlib.error as exc:
            if self._coding == "deflate" and not self._started:  # some servers send raw deflate
                self._inflater = zlib.decompressobj(-15)
                self._coding = "raw deflate"
                return self.feed(data, room)
            raise EncodingError(f"a body that does not decode ({exc})") from exc
        self._started = True
        return out
