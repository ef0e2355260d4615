"""Ephemeral uploads: POST /v1/uploads hands out an S3-style presigned POST; the file is streamed to disk."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import BodyPartReader, web

from .config import SimConfig
from .signing import Signer, s3_error
from .sniff import HEAD_BYTES, Sniffed, sniff

STORAGE_PATH = "/_storage/uploads"
# Room for the multipart framing and form fields around the file itself.
_FORM_OVERHEAD = 1024 * 1024
_FIELD_LIMIT = 64 * 1024
_CHUNK = 256 * 1024
_WRITE_BATCH = 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Upload:
    """One ephemeral upload: announced by POST /v1/uploads, filled by the storage POST."""

    id: str
    filename: str
    key: str
    uri: str
    created: float
    expires: float
    path: Path
    size: int | None = None
    sniffed: Sniffed | None = None
    info: Any = None  # the probe result, cached once computed

    @property
    def complete(self) -> bool:
        return self.size is not None


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class UploadStore:
    """Announced and completed uploads, keyed by their runway:// URI and their storage key."""

    def __init__(self, root: Path, config: SimConfig, signer: Signer) -> None:
        self._root = root
        self._config = config
        self._signer = signer
        self._by_uri: dict[str, Upload] = {}
        self._by_key: dict[str, Upload] = {}
        self.completed = 0

    def begin(self, filename: str) -> Upload:
        now = self._config.clock()
        upload_id = str(uuid.uuid4())
        safe = _UNSAFE.sub("_", os.path.basename(filename)).strip("._") or "file"
        key = f"ephemeral/{upload_id}/{safe}"
        upload = Upload(
            id=upload_id,
            filename=safe,
            key=key,
            uri=f"runway://{key}",
            created=now,
            expires=now + self._config.upload_ttl,
            path=self._root / upload_id,
        )
        self._by_uri[upload.uri] = upload
        self._by_key[key] = upload
        return upload

    def lookup(self, uri: str) -> Upload | None:
        return self._by_uri.get(uri)

    def presigned_fields(self, upload: Upload) -> dict[str, str]:
        """The form fields the client must send back verbatim, S3 presigned-POST style."""
        policy = {
            "expiration": _iso(upload.created + self._config.presign_ttl),
            "conditions": [
                {"bucket": "runway-ephemeral"},
                {"key": upload.key},
                ["content-length-range", self._config.upload_min_bytes, self._config.upload_max_bytes],
            ],
        }
        encoded = base64.b64encode(json.dumps(policy, separators=(",", ":")).encode()).decode()
        return {
            "key": upload.key,
            "policy": encoded,
            "x-amz-algorithm": "AWS4-HMAC-SHA256",
            "x-amz-date": datetime.fromtimestamp(upload.created, UTC).strftime("%Y%m%dT%H%M%SZ"),
            "x-amz-signature": self._signer.sign(encoded),
        }

    def too_large_for(self, content_length: int | None) -> web.Response | None:
        """The early 400 for a body that cannot fit, judged by its Content-Length alone."""
        limit = self._config.upload_max_bytes
        if content_length is not None and content_length > limit + _FORM_OVERHEAD:
            return _too_large(content_length, limit)
        return None

    async def receive(self, request: web.Request) -> web.Response:
        """Handle the presigned multipart POST: fields first, then the `file` part, streamed to disk."""
        early = self.too_large_for(request.content_length)
        if early is not None:
            return early
        if not request.content_type.startswith("multipart/form-data"):
            return s3_error(
                412, "PreconditionFailed", "Bucket POST must be of the enclosure-type multipart/form-data."
            )
        reader = await request.multipart()
        fields: dict[str, str] = {}
        while True:
            part = await reader.next()
            if part is None:
                return s3_error(400, "InvalidArgument", "POST requires exactly one file upload per request.")
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if part.name != "file":
                value = await _read_field(part)
                if value is None:
                    return s3_error(
                        400, "MaxPostPreDataLengthExceeded", "Your POST form fields exceed the limit."
                    )
                fields[part.name] = value
                continue
            upload, limits, refusal = self._authorise(fields)
            if refusal is not None:
                return refusal
            assert upload is not None and limits is not None
            return await self._store(part, upload, limits)

    def _authorise(
        self, fields: dict[str, str]
    ) -> tuple[Upload | None, tuple[int, int] | None, web.Response | None]:
        policy, signature, key = fields.get("policy"), fields.get("x-amz-signature"), fields.get("key")
        if not key:
            return (
                None,
                None,
                s3_error(400, "InvalidArgument", "Bucket POST must contain a field named 'key'."),
            )
        if not policy or not signature:
            return (
                None,
                None,
                s3_error(
                    403, "AccessDenied", "Access Denied: the policy and x-amz-signature fields are required."
                ),
            )
        if not self._signer.verify(policy, signature):
            return (
                None,
                None,
                s3_error(
                    403,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.",
                ),
            )
        document = json.loads(base64.b64decode(policy))
        expiration = datetime.strptime(document["expiration"], "%Y-%m-%dT%H:%M:%S.000Z").replace(tzinfo=UTC)
        if expiration.timestamp() < self._config.clock():
            return None, None, s3_error(403, "AccessDenied", "Invalid according to Policy: Policy expired.")
        conditions = document["conditions"]
        allowed_key = next(c["key"] for c in conditions if isinstance(c, dict) and "key" in c)
        low, high = next(c[1:] for c in conditions if isinstance(c, list) and c[0] == "content-length-range")
        upload = self._by_key.get(key)
        if key != allowed_key or upload is None:
            return (
                None,
                None,
                s3_error(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: key"),
            )
        return upload, (low, high), None

    async def _store(self, part: BodyPartReader, upload: Upload, limits: tuple[int, int]) -> web.Response:
        low, high = limits
        partial = upload.path.with_suffix(".part")
        handle = await asyncio.to_thread(partial.open, "wb")
        size, head, batch = 0, b"", bytearray()
        try:
            while chunk := await part.read_chunk(_CHUNK):
                size += len(chunk)
                if size > high:
                    handle.close()
                    await asyncio.to_thread(partial.unlink, missing_ok=True)
                    # aiohttp drains the unwanted rest of the body, so the client still reads this answer.
                    return _too_large(size, high)
                if len(head) < HEAD_BYTES:
                    head += chunk[: HEAD_BYTES - len(head)]
                batch += chunk
                if len(batch) >= _WRITE_BATCH:
                    await asyncio.to_thread(handle.write, bytes(batch))
                    batch.clear()
            if batch:
                await asyncio.to_thread(handle.write, bytes(batch))
        finally:
            if not handle.closed:
                await asyncio.to_thread(handle.close)
        if size < low:
            await asyncio.to_thread(partial.unlink, missing_ok=True)
            return s3_error(
                400,
                "EntityTooSmall",
                "Your proposed upload is smaller than the minimum allowed size",
                ProposedSize=size,
                MinSizeAllowed=low,
            )
        await asyncio.to_thread(os.replace, partial, upload.path)
        upload.size, upload.sniffed, upload.info = size, sniff(head), None
        self.completed += 1
        return web.Response(status=204)


async def _read_field(part: BodyPartReader) -> str | None:
    """A form field's text, or None when it is longer than any presigned field can be."""
    raw = bytearray()
    while chunk := await part.read_chunk(_FIELD_LIMIT):
        raw += chunk
        if len(raw) > _FIELD_LIMIT:
            return None
    return raw.decode("utf-8", "replace")


def _too_large(size: int, limit: int) -> web.Response:
    return s3_error(
        400,
        "EntityTooLarge",
        "Your proposed upload exceeds the maximum allowed size",
        ProposedSize=size,
        MaxSizeAllowed=limit,
    )
