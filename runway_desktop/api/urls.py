"""Checks on what a server hands us before we use it: output and storage URLs, and task ids."""

from __future__ import annotations

import ipaddress
import re
import socket
import unicodedata
from urllib.parse import urlsplit

from runway_desktop.api.errors import InvalidTaskIdError, UnsafeUrlError

MAX_URL_LENGTH = 8 * 1024
MAX_TASK_ID_LENGTH = 128
# Runway's ids are UUIDs; letters, digits, "-", "_" and "." leave room for other shapes and stay
# safe in a URL path and in a file name (the first character is never a dot).
_TASK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def is_loopback_host(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _literal_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names literally, in any form resolvers accept ("127.1", "2130706433", "0x7f.1")."""
    host = host.strip("[]")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            address = ipaddress.IPv4Address(socket.inet_aton(host))
        except (OSError, ValueError):
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_local_address(host: str) -> bool:
    """Loopback, link-local (cloud metadata lives there) or the unspecified address."""
    if is_loopback_host(host):
        return True
    address = _literal_address(host)
    return address is not None and (address.is_loopback or address.is_link_local or address.is_unspecified)


def _shown(url: str) -> str:
    """The start of a URL, printable, without its query (which may hold a signature)."""
    head = url.split("?", 1)[0][:80]
    return "".join(c if c.isprintable() and not c.isspace() else "?" for c in head) + (
        "…" if len(url) > 80 else "")


def check_output_url(url: object, api_base: str | None = None, *, what: str = "output file") -> str:
    """`url` when it is safe to fetch, else UnsafeUrlError naming why.

    https anywhere; plain http only to loopback (the offline simulator), and only while the API
    itself is on loopback. While talking to a remote API, loopback and link-local hosts are refused:
    a reply must not steer the app at services on this machine.
    """
    if not isinstance(url, str) or not url:
        raise UnsafeUrlError(f"Runway gave no usable address for the {what}.", reason="empty")
    if len(url) > MAX_URL_LENGTH:
        raise UnsafeUrlError(
            f"Runway gave an address for the {what} that is {len(url):,} characters long "
            f"(at most {MAX_URL_LENGTH:,} are accepted), so it was not fetched.", reason="too long")
    if any(unicodedata.category(char)[0] in "CZ" for char in url):
        raise UnsafeUrlError(
            f"Runway gave an address for the {what} containing spaces or control characters "
            f"({_shown(url)}), so it was not fetched.", reason="control characters")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise UnsafeUrlError(f"Runway gave an address for the {what} that is not a valid URL "
                             f"({_shown(url)}).", reason="malformed") from None
    scheme = parts.scheme.lower()
    api_is_local = api_base is None or is_loopback_host(urlsplit(api_base).hostname or "")
    allowed = scheme == "https" or (scheme == "http" and is_loopback_host(host) and api_is_local)
    if not allowed:
        kind = f"a {scheme}: address" if scheme else "an address without a scheme"
        raise UnsafeUrlError(
            f"Runway gave {kind} for the {what} ({_shown(url)}); only https:// addresses are fetched "
            "(plain http only from the offline simulator).", reason=f"scheme {scheme or 'missing'}")
    if not host:
        raise UnsafeUrlError(f"Runway gave an address for the {what} without a host ({_shown(url)}).",
                             reason="no host")
    if parts.username is not None or parts.password is not None:
        raise UnsafeUrlError(f"Runway gave an address for the {what} that holds credentials, so it was "
                             "not fetched.", reason="credentials")
    if not api_is_local and _is_local_address(host):
        raise UnsafeUrlError(
            f"Runway gave an address on this computer or its local network for the {what} ({_shown(url)}), "
            "so it was not fetched.", reason="local host")
    return url


def check_task_id(task_id: object) -> str:
    """`task_id` (stripped) when it is safe in a URL path and a file name, else InvalidTaskIdError."""
    text = task_id.strip() if isinstance(task_id, str) else ""
    if not text:
        raise InvalidTaskIdError(f"A task id must be a non-empty string, not {task_id!r:.60}.")
    if len(text) > MAX_TASK_ID_LENGTH:
        raise InvalidTaskIdError(
            f"The task id is {len(text):,} characters long (at most {MAX_TASK_ID_LENGTH} are accepted); "
            "it cannot be a Runway task id.")
    if not _TASK_ID.fullmatch(text):
        raise InvalidTaskIdError(
            f"The task id {_shown(text)!r} holds characters a Runway task id cannot have "
            "(letters, digits, '-', '_' and '.' only).")
    return text
