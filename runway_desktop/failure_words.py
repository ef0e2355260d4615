"""The common failures of the OS, the network, SQLite and PyAV in phrases the window can translate.

An exception's own text ("[Errno 28] No space left on device", "All connection attempts failed",
"Invalid data found when processing input") is English whatever the window speaks, and would stay
English inside a translated sentence. `failure_reason` names the usual causes by type and errno
in phrases of our own, listed for the translators with core's sentences; the original text goes
to the log, where a bug report finds it. Every layer uses this module (api, core and ui alike), so
it imports nothing of theirs.
"""

from __future__ import annotations

import errno
import logging

log = logging.getLogger(__name__)

# Each phrase fits "… ({reason})" and "…: {reason}." alike: lower case, no full stop.
_BY_ERRNO = {
    errno.ENOENT: "the file or folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "the operation is not permitted",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EMFILE: "too many files are open",
    errno.EIO: "the disk reported an input/output error",
    errno.ECONNREFUSED: "the connection was refused",
    errno.ECONNRESET: "the connection was reset",
    errno.ECONNABORTED: "the connection was aborted",
    errno.EPIPE: "the other side closed the connection",
    errno.ETIMEDOUT: "the connection timed out",
    errno.ENETUNREACH: "the network is unreachable",
    errno.ENETDOWN: "the network is down",
    errno.EHOSTUNREACH: "the host is unreachable",
}
_NO_SUCH_HOST = "DNS could not find the server's name"
_CERTIFICATE = "the server's TLS certificate could not be verified"
_TLS = "a secure TLS connection could not be set up"
_TIMED_OUT = "the connection timed out"
_CUT_OFF = "the server closed the connection before answering in full"
_NOT_MEDIA = "the data is not in a format that can be decoded"
# httpx and httpcore wrap the OS's error; their own classes (and PyAV's, keyring's) name the few
# cases without one.
_BY_CLASS_NAME = {
    "RemoteProtocolError": _CUT_OFF,
    "InvalidDataError": _NOT_MEDIA,  # PyAV's AVERROR_INVALIDDATA
    "KeyringLocked": "the keychain is locked",  # keyring's, when the keychain was not unlocked
}
# SQLite's primary result codes (the history and the takes index are SQLite files).
_BY_SQLITE_CODE = {
    13: "the disk is full",  # SQLITE_FULL: "database or disk is full"
    8: "the database file is read-only",  # SQLITE_READONLY
    5: "another program is holding the database",  # SQLITE_BUSY
    6: "another program is holding the database",  # SQLITE_LOCKED
    10: "the disk reported an input/output error",  # SQLITE_IOERR
    14: "the database file cannot be opened",  # SQLITE_CANTOPEN
    11: "the database file is damaged",  # SQLITE_CORRUPT
    26: "the database file is damaged",  # SQLITE_NOTADB
}
_CHAIN_LIMIT = 8


def _own_phrase(exc: BaseException) -> str | None:
    import socket  # here, not at start-up: this runs only once something has failed
    import ssl

    if isinstance(exc, ssl.SSLCertVerificationError):
        return _CERTIFICATE
    if isinstance(exc, ssl.SSLError):
        return _TLS
    if isinstance(exc, socket.gaierror):
        return _NO_SUCH_HOST
    if isinstance(exc, OSError) and exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    if isinstance(exc, TimeoutError) or type(exc).__name__.endswith("Timeout"):
        return _TIMED_OUT
    code = getattr(exc, "sqlite_errorcode", None)  # sqlite3.Error's, extended codes included
    if isinstance(code, int) and code & 0xFF in _BY_SQLITE_CODE:
        return _BY_SQLITE_CODE[code & 0xFF]
    return _BY_CLASS_NAME.get(type(exc).__name__)


def plain_reason(exc: BaseException) -> str | None:
    """The phrase for `exc` or the error it wraps (first known one in its chain); None when unknown."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < _CHAIN_LIMIT:
        seen.add(id(current))
        phrase = _own_phrase(current)
        if phrase is not None:
            return phrase
        current = current.__cause__ or current.__context__
    return None


def original_text(exc: BaseException) -> str:
    """The exception's own words on one line: its strerror for an OS error, else its text or type."""
    strerror = getattr(exc, "strerror", None)  # OSError's, and PyAV's without its errno and file name
    text = strerror if isinstance(strerror, str) and strerror else str(exc)
    return " ".join(text.split()) or type(exc).__name__


def failure_reason(exc: BaseException) -> str:
    """Why `exc` happened, in a phrase the window translates; its own English text when uncommon.

    A worded failure logs its original text (the session's log file keeps it for a bug report).
    """
    phrase = plain_reason(exc)
    if phrase is None:
        return original_text(exc)
    log.info("%s (%s: %s)", phrase, type(exc).__name__, original_text(exc))
    return phrase
