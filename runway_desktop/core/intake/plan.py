"""How each input travels to Runway: inline as a data URI, as an ephemeral upload, or as a URL.

Reading, base64 and hashing are blocking: the async functions run them in worker threads.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import ipaddress
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlsplit, urlunsplit

from runway_desktop.core.intake.errors import IntakeError, display_name, human_size
from runway_desktop.core.intake.media import DATA_URI_LIMIT, UPLOAD_MAX_BYTES, MediaInfo

HASH_CHUNK = 1024 * 1024

# Runway's input docs: "URL ≤ 2048 characters" (contract §7).
MAX_URL_LENGTH = 2048
# Characters left as they are when a URL's path and query are percent-encoded ("%" keeps
# existing escapes intact).
_URL_SAFE = "/%:@!$&'()*+,;=-._~?"
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa")
# Hosts spelled as numbers in any base ("127.1", "0x7f000001") are IP addresses too.
_DOMAIN = re.compile(r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)+")
_NUMERIC_HOST = re.compile(r"(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+))*\.?")


@dataclass(frozen=True)
class InputPlan:
    """How one local file is sent, and how many bytes that puts on the wire."""

    method: Literal["data-uri", "upload"]
    encoded_size: int  # the data URI's length, or the file's size for an upload


def data_uri_length(size: int, mime: str) -> int:
    """The exact length of `data:<mime>;base64,<…>` for `size` bytes, without encoding anything."""
    return len(f"data:{mime};base64,") + 4 * math.ceil(size / 3)


def plan_input(info: MediaInfo) -> InputPlan:
    """A data URI when the whole string fits Runway's 5 MB limit; an ephemeral upload otherwise."""
    length = data_uri_length(info.size, info.mime)
    if length <= DATA_URI_LIMIT:
        return InputPlan("data-uri", length)
    if info.size > UPLOAD_MAX_BYTES:
        raise IntakeError(
            f"'{display_name(info.path)}' is {human_size(info.size)}; Runway accepts files up to "
            f"{human_size(UPLOAD_MAX_BYTES)}.",
            path=info.path,
            code="too-large",
        )
    return InputPlan("upload", info.size)


def make_data_uri(path: str | Path, mime: str) -> str:
    """The file as a base64 data URI. Blocking: reads and encodes the whole file."""
    size = os.stat(path).st_size
    if data_uri_length(size, mime) > DATA_URI_LIMIT:
        raise IntakeError(
            f"'{display_name(path)}' is {human_size(size)}, too big for a data URI (Runway's limit is "
            f"{human_size(DATA_URI_LIMIT)} for the encoded text): send it as an upload.",
            path=path,
            code="too-large",
        )
    with open(path, "rb") as fh:
        data = fh.read()
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


async def encode_data_uri(path: str | Path, mime: str) -> str:
    """`make_data_uri` in a worker thread."""
    return await asyncio.to_thread(make_data_uri, path, mime)


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's content (hex), read in 1 MB chunks. Blocking."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


async def hash_file(path: str | Path) -> str:
    """`file_sha256` in a worker thread."""
    return await asyncio.to_thread(file_sha256, path)


def check_url(url: str) -> str:
    """The normalised form of an HTTPS media URL Runway can fetch; runway:// URIs pass through.

    Raises IntakeError naming the URL and the rule: HTTPS only, a domain name (not an IP
    address or a local name), no credentials, at most 2048 characters.
    """
    text = url.strip()
    shown = text if len(text) <= 80 else text[:60] + "…" + text[-15:]
    if not text:
        raise IntakeError("The URL is empty.", path=url, code="bad-url")
    if text.lower().startswith("runway://"):
        return text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise IntakeError(f"'{shown}' is not a valid URL ({exc}).", path=url, code="bad-url") from None
    scheme = parts.scheme.lower()
    if scheme == "http":
        raise IntakeError(
            f"'{shown}' uses plain HTTP, but Runway only fetches media over HTTPS: use the https:// address, "
            "or download the file and add it from disk.",
            path=url,
            code="http",
        )
    if scheme != "https":
        raise IntakeError(
            f"'{shown}' is not an HTTPS URL: Runway fetches media only from https:// addresses.",
            path=url,
            code="bad-url",
        )
    if parts.username is not None or parts.password is not None:
        raise IntakeError(
            f"'{shown}' contains a user name or password; Runway cannot use them and they would be shared "
            "with every request: use a public or signed link instead.",
            path=url,
            code="credentials",
        )
    host = _checked_host(parts.hostname or "", shown, url)
    netloc = host if port in (None, 443) else f"{host}:{port}"
    path = quote(parts.path, safe=_URL_SAFE)
    query = quote(parts.query, safe=_URL_SAFE)
    normalised = urlunsplit(("https", netloc, path, query, ""))  # fragments never reach the server
    if len(normalised) > MAX_URL_LENGTH:
        raise IntakeError(
            f"'{shown}' is {len(normalised)} characters long; "
            f"Runway accepts URLs of at most {MAX_URL_LENGTH} characters.",
            path=url,
            code="too-long",
        )
    return normalised


def _checked_host(host: str, shown: str, url: str) -> str:
    if not host:
        raise IntakeError(f"'{shown}' has no host name.", path=url, code="bad-url")
    try:
        ipaddress.ip_address(host)
        is_ip = True
    except ValueError:
        is_ip = bool(_NUMERIC_HOST.fullmatch(host))
    if is_ip:
        raise IntakeError(
            f"'{shown}' points at the IP address {host}; Runway only fetches from domain names "
            "(like media.example.com).",
            path=url,
            code="ip-host",
        )
    bare = host.rstrip(".")
    if bare == "localhost" or bare.endswith(_LOCAL_SUFFIXES) or "." not in bare:
        raise IntakeError(
            f"'{shown}' points at '{host}', a local name Runway's servers cannot reach: use a public domain.",
            path=url,
            code="local-host",
        )
    try:
        ascii_host = bare.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_host = ""
    if not _DOMAIN.fullmatch(ascii_host):
        raise IntakeError(f"'{shown}' has an invalid host name '{host}'.", path=url, code="bad-url")
    return ascii_host
