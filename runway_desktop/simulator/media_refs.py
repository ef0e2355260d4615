"""Media references in a request (data URIs, HTTPS URLs, runway:// URIs): their checks and their bytes."""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .config import SimConfig
from .issues import Issue
from .issues import Path as IssuePath
from .own_outputs import OwnOutputs, unfetchable
from .sniff import IMAGE_TYPES, Sniffed, fits_declared, sniff
from .storage import UploadStore

# Decoding below this size is quicker than handing it to a thread.
_INLINE_BYTES = 64 * 1024
_MAX_URL = 2048
_DATA_URI = re.compile(r"^data:([^,;]*)((?:;[^,;]*)*),", re.IGNORECASE)
_KIND_WORD = {"image": "an image", "video": "a video", "audio": "an audio file"}
_SNIFF_BYTES = 64


@dataclass(frozen=True)
class MediaRef:
    """One URI in a request and the media kinds its place accepts."""

    path: IssuePath
    uri: str
    kinds: tuple[str, ...]


@dataclass
class ResolvedMedia:
    """A reference whose content is available here: decoded bytes or an uploaded file."""

    ref: MediaRef
    source: str  # data | upload | output | https
    kind: str | None = None
    data: bytes | None = None
    file: Path | None = None
    info: Any = None  # MediaInfo from the probe, when the content could be read

    @property
    def available(self) -> bool:
        return self.data is not None or self.file is not None


def _read_head(file: Path) -> bytes:
    with file.open("rb") as stream:
        return stream.read(_SNIFF_BYTES)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _kinds_text(kinds: tuple[str, ...]) -> str:
    return " or ".join(_KIND_WORD.get(k, k) for k in kinds)


class MediaResolver:
    """Checks each reference against the rules of its place and loads what can be loaded."""

    def __init__(
        self,
        config: SimConfig,
        uploads: UploadStore,
        probe: Callable[[str | bytes], Any],
        outputs: OwnOutputs | None = None,
    ) -> None:
        self._config = config
        self._uploads = uploads
        self._probe = probe
        self._outputs = outputs

    async def resolve(
        self, refs: list[MediaRef], *, lenient: bool
    ) -> tuple[list[Issue], list[ResolvedMedia]]:
        """Issues (none in lenient mode) and the references resolved so far."""
        issues: list[Issue] = []
        resolved: list[ResolvedMedia] = []
        for ref in refs:
            problem, media = await self._resolve_one(ref)
            if media is not None and problem is None:
                problem = await self._probe_into(media)
            if problem is not None:
                if not lenient:
                    issues.append(Issue("invalid_media", ref.path, problem))
                continue
            if media is not None:
                resolved.append(media)
        return issues, resolved

    async def _resolve_one(self, ref: MediaRef) -> tuple[str | None, ResolvedMedia | None]:
        uri = ref.uri
        head = uri[:16]  # a data URI may be megabytes long; its scheme is in the first few characters
        scheme = head.split(":", 1)[0].lower() if ":" in head else ""
        if scheme == "data":
            return await self._data_uri(ref)
        if scheme == "runway":
            return self._runway_uri(ref)
        if scheme in ("https", "http") and self._outputs is not None:
            fetched = self._outputs.fetch(uri)
            if fetched is not None:
                return await self._own_output(ref, fetched.file, fetched.status, fetched.reason)
        if scheme in ("https", "http"):
            return self._https_url(ref), ResolvedMedia(ref, "https")
        return (
            f"must be an HTTPS URL, a runway:// URI from POST /v1/uploads, or a base64 data URI "
            f"(data:<type>;base64,...); got {uri[:40]!r}",
            None,
        )

    def _https_url(self, ref: MediaRef) -> str | None:
        uri = ref.uri
        if len(uri) > _MAX_URL:
            return f"URL is {len(uri)} characters long; the limit is {_MAX_URL}"
        try:
            parts = urlsplit(uri)
        except ValueError as error:
            return f"is not a valid URL ({error})"
        if parts.scheme.lower() != "https":
            return "URL must use HTTPS (http:// is not accepted)"
        host = parts.hostname or ""
        if not host:
            return "URL has no host name"
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return None
        return f"URL host must be a domain name, not an IP address ({host})"

    def _runway_uri(self, ref: MediaRef) -> tuple[str | None, ResolvedMedia | None]:
        upload = self._uploads.lookup(ref.uri)
        if upload is None:
            return (
                f"{ref.uri} is not an upload known to this server; upload the file with POST /v1/uploads",
                None,
            )
        if not upload.complete:
            return (
                f"{ref.uri} was announced but its file never reached storage (the presigned POST is missing)",
                None,
            )
        if upload.expires < self._config.clock():
            hours = self._config.upload_ttl / 3600
            return (
                f"{ref.uri} has expired (uploads are valid for {hours:g} hours); upload the file again",
                None,
            )
        problem = self._kind_problem(ref, upload.sniffed, ref.uri)
        if problem:
            return problem, None
        kind = self._pick_kind(ref, upload.sniffed)
        return None, ResolvedMedia(ref, "upload", kind=kind, file=upload.path, info=upload.info)

    async def _own_output(
        self, ref: MediaRef, file: Path | None, status: int, reason: str
    ) -> tuple[str | None, ResolvedMedia | None]:
        """One of this server's outputs: its file, checked like an upload of the same content."""
        if file is None:
            return unfetchable(ref.uri, status, reason), None
        try:
            head = await asyncio.to_thread(_read_head, file)
        except OSError:
            return unfetchable(ref.uri, 404, "The specified key does not exist."), None
        sniffed = sniff(head)
        label = ref.uri.split("?", 1)[0]
        problem = self._kind_problem(ref, sniffed, label)
        if problem:
            return problem, None
        return None, ResolvedMedia(ref, "output", kind=self._pick_kind(ref, sniffed), file=file)

    async def _data_uri(self, ref: MediaRef) -> tuple[str | None, ResolvedMedia | None]:
        uri = ref.uri
        match = _DATA_URI.match(uri)
        if not match:
            return "is not a valid data URI; expected data:<media type>;base64,<data>", None
        declared = match[1].strip().lower()
        params = [p.strip().lower() for p in match[2].split(";") if p.strip()]
        if not declared:
            return "data URI must name its media type, e.g. data:image/png;base64,...", None
        if "base64" not in params:
            return "data URI must be base64-encoded (data:<type>;base64,...)", None
        problem = self._declared_problem(ref, declared)
        if problem:
            return problem, None
        payload = uri[match.end() :]
        # Runway's limit applies to the whole data URI as sent (5 MB of base64 text), not to the
        # decoded file, which may therefore be at most about 3.7 MB.
        limit = self._config.data_uri_max_bytes
        if len(uri) > limit:
            return self._too_big(len(uri), limit), None
        try:
            if len(payload) > _INLINE_BYTES:
                data = await asyncio.to_thread(base64.b64decode, payload, validate=True)
            else:
                data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            return "data URI is not valid base64", None
        mismatch = fits_declared(declared, sniff(data[:64]))
        if mismatch:
            return f"data URI declares {declared} but {mismatch}", None
        return None, ResolvedMedia(ref, "data", kind=declared.split("/", 1)[0], data=data)

    def _too_big(self, size: int, limit: int) -> str:
        return (
            f"data URI is {_mb(size)} long ({size} characters); the limit is {_mb(limit)} "
            f"({limit} characters of base64, about {_mb(limit * 3 // 4)} of file). "
            "Upload larger files with POST /v1/uploads"
        )

    def _declared_problem(self, ref: MediaRef, declared: str) -> str | None:
        family = declared.split("/", 1)[0]
        if declared == "image/gif":
            return "GIF images are not supported; use JPEG, PNG or WebP"
        if family not in ref.kinds:
            return f"expects {_kinds_text(ref.kinds)}, but the data URI is {declared}"
        if family == "image" and declared not in IMAGE_TYPES:
            return f"image type {declared} is not supported; use image/jpeg, image/png or image/webp"
        return None

    def _kind_problem(self, ref: MediaRef, sniffed: Sniffed | None, name: str) -> str | None:
        if sniffed is None:
            return f"{name} is not a recognisable image, video or audio file"
        if sniffed.format == "gif" and "image" in ref.kinds:
            return f"{name} is a GIF image; GIF images are not supported, use JPEG, PNG or WebP"
        if not sniffed.kinds & set(ref.kinds):
            found = _kinds_text(tuple(sorted(sniffed.kinds)))
            return f"{name} is {sniffed.label} ({found}), but this field expects {_kinds_text(ref.kinds)}"
        if (
            "image" in sniffed.kinds
            and ref.kinds == ("image",)
            and sniffed.format not in IMAGE_TYPES.values()
        ):
            return f"{name} is a {sniffed.label} image; use JPEG, PNG or WebP"
        return None

    @staticmethod
    def _pick_kind(ref: MediaRef, sniffed: Sniffed | None) -> str | None:
        if sniffed is None:
            return None
        for kind in ref.kinds:
            if kind in sniffed.kinds:
                return kind
        return None

    async def _probe_into(self, media: ResolvedMedia) -> str | None:
        """Read the media's size and duration; a problem when the content cannot be decoded."""
        if not media.available or media.info is not None:
            return None
        source: str | bytes = media.data if media.data is not None else str(media.file)
        try:
            media.info = await asyncio.to_thread(self._probe, source)
        except ValueError as error:
            what = _KIND_WORD.get(media.kind or "", "media")
            return f"could not be decoded as {what}: {error}"
        if media.source == "upload":
            upload = self._uploads.lookup(media.ref.uri)
            if upload is not None:
                upload.info = media.info
        if (
            media.kind
            and media.info.kind != media.kind
            and not (media.kind == "audio" and media.info.kind == "video")
        ):
            found = _KIND_WORD.get(media.info.kind, media.info.kind)
            return f"holds {found}, not {_KIND_WORD.get(media.kind, media.kind)}"
        return None
