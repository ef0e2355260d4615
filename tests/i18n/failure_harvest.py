"""Messages made from real OS, network and PyAV failures, as the window receives them (in English).

Each harvester provokes one common failure through the code that words it (a client against a
closed port, a server that resets or speaks plain HTTP to TLS, a file that is a folder, a video
that is not one) and returns the sentence that reaches the window. The zh test reads them through
`core_text` and counts those that come out wholly Chinese. Run as a script to print the figures:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/i18n/failure_harvest.py
"""

from __future__ import annotations

import asyncio
import errno
import os
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from runway_desktop.api import RetryPolicy, RunwayClient, RunwayError

KEY = "key_" + "0" * 60
# Acronyms a Chinese sentence keeps as they are, like API and URL.
KEPT = ("TLS", "DNS")
TASK = "00000000-0000-4000-8000-000000000000"
RUNWAY = "https://api.dev.runwayml.com"  # never reached: a transport raises what the OS would


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _server(answer: Callable[[socket.socket], None]) -> Iterator[int]:
    """A loopback server that treats every connection with `answer` (in a thread) until closed."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                answer(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _reset(conn: socket.socket) -> None:
    conn.recv(1024)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with RST


def _plain_http(conn: socket.socket) -> None:
    conn.recv(1024)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")


async def _client_error(base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> str:
    client = RunwayClient(KEY, base_url, retry=RetryPolicy(max_attempts=1), transport=transport,
                          timeout=httpx.Timeout(5.0))
    try:
        await client.retrieve(TASK)
    except RunwayError as exc:
        return exc.user_message
    finally:
        await client.aclose()
    raise AssertionError("the request did not fail")


def _raising(exc: Exception) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return httpx.MockTransport(handler)


def _wrapped(outer: type[httpx.TransportError], inner: BaseException) -> httpx.TransportError:
    """httpx's error with the OS's underneath, as httpx raises it."""
    try:
        raise outer(str(inner)) from inner
    except httpx.TransportError as exc:
        return exc


def refused() -> str:
    return asyncio.run(_client_error(f"http://127.0.0.1:{_closed_port()}"))


def reset() -> str:
    with _server(_reset) as port:
        return asyncio.run(_client_error(f"http://127.0.0.1:{port}"))


def tls_to_plain_server() -> str:
    with _server(_plain_http) as port:
        return asyncio.run(_client_error(f"https://127.0.0.1:{port}"))


def no_such_host() -> str:
    lookup = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return asyncio.run(_client_error(RUNWAY, _raising(_wrapped(httpx.ConnectError, lookup))))


def untrusted_certificate() -> str:
    bad = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    return asyncio.run(_client_error(RUNWAY, _raising(_wrapped(httpx.ConnectError, bad))))


def _os_error(code: int, path: Path) -> OSError:
    """The error the OS raises for `code` (as root, a read-only folder is still writable)."""
    return OSError(code, os.strerror(code), str(path))


def disk_read_only(tmp: Path) -> str:
    from runway_desktop.core.storage.library import disk_error_message

    return disk_error_message(_os_error(errno.EROFS, tmp / "out.mp4"), tmp)


def disk_permission(tmp: Path) -> str:
    from runway_desktop.core.storage.library import disk_error_message

    return disk_error_message(_os_error(errno.EACCES, tmp / "out.mp4"), tmp)


def disk_folder_is_a_file(tmp: Path) -> str:
    from runway_desktop.core.storage.library import disk_error_message

    blocker = tmp / "library"
    blocker.write_text("a file where the library folder should be")
    try:
        (blocker / "2026-01-01").mkdir(parents=True)
    except OSError as exc:
        return disk_error_message(exc, blocker)
    raise AssertionError("mkdir under a file succeeded")


def export_into_a_file(tmp: Path) -> str:
    from runway_desktop.core.takes.files import export_takes

    blocker = tmp / "export"
    blocker.write_text("not a folder")
    return export_takes([], blocker / "takes").problems[0]


def settings_is_a_folder(tmp: Path) -> str:
    from runway_desktop.core.storage.settings import load_settings

    folder = tmp / "settings.json"
    folder.mkdir()
    return load_settings(folder).problems[0]


def _not_a_video(tmp: Path) -> Path:
    path = tmp / "clip.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(range(256)) * 64)
    return path


def damaged_video_dropped(tmp: Path) -> str:
    from runway_desktop.core.intake.errors import IntakeError
    from runway_desktop.core.intake.inspect import inspect_file

    try:
        inspect_file(_not_a_video(tmp))
    except IntakeError as exc:
        return exc.message
    raise AssertionError("the damaged video was accepted")


def damaged_video_downloaded(tmp: Path) -> str:
    from runway_desktop.core.intake.output_check import OutputInvalid, verify_output

    try:
        verify_output(_not_a_video(tmp))
    except OutputInvalid as exc:
        return str(exc)
    raise AssertionError("the damaged output was accepted")


def record_of_a_vanished_file(tmp: Path) -> str:
    from runway_desktop.core.embed import EmbedError, read_record

    try:
        read_record(tmp / "gone.png")
    except EmbedError as exc:
        return exc.message
    raise AssertionError("a missing file had a record")


def unexpected_reset(tmp: Path) -> str:
    from runway_desktop.core.running.problems import unexpected

    return unexpected(ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"), "Saving the output")


def _history(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE tasks (id TEXT PRIMARY KEY, body TEXT)")
    db.close()


def history_full(tmp: Path) -> str:
    """SQLite's SQLITE_FULL, with the database capped at its current size instead of a full disk."""
    import sqlite3

    from runway_desktop.core.running.problems import unexpected

    _history(tmp / "history.sqlite3")
    db = sqlite3.connect(tmp / "history.sqlite3")
    try:
        db.execute("PRAGMA max_page_count = 2")
        db.execute("INSERT INTO tasks VALUES (?, ?)", ("t1", "x" * 100_000))
    except sqlite3.Error as exc:
        return unexpected(exc, "Saving the output")
    finally:
        db.close()
    raise AssertionError("the capped database took the row")


def history_read_only(tmp: Path) -> str:
    import sqlite3

    from runway_desktop.core.running.problems import unexpected

    _history(tmp / "history.sqlite3")
    db = sqlite3.connect(f"file:{tmp / 'history.sqlite3'}?mode=ro", uri=True)
    try:
        db.execute("INSERT INTO tasks VALUES (?, ?)", ("t1", "{}"))
    except sqlite3.Error as exc:
        return unexpected(exc, "Saving the output")
    finally:
        db.close()
    raise AssertionError("a read-only database took the row")


NETWORK: dict[str, Callable[[], str]] = {
    "connection refused": refused,
    "connection reset": reset,
    "TLS to a plain HTTP server": tls_to_plain_server,
    "DNS failure": no_such_host,
    "untrusted certificate": untrusted_certificate,
}
FILES: dict[str, Callable[[Path], str]] = {
    "read-only disk": disk_read_only,
    "permission denied": disk_permission,
    "library folder is a file": disk_folder_is_a_file,
    "export folder under a file": export_into_a_file,
    "settings file is a folder": settings_is_a_folder,
    "damaged video dropped": damaged_video_dropped,
    "damaged video downloaded": damaged_video_downloaded,
    "record of a vanished file": record_of_a_vanished_file,
    "unexpected connection reset": unexpected_reset,
    "history database full": history_full,
    "history database read-only": history_read_only,
}


def harvest(tmp: Path) -> dict[str, str]:
    """Every harvested message by the failure that made it (English, as core and api word it)."""
    found = {name: make() for name, make in NETWORK.items()}
    for name, make in FILES.items():
        place = tmp / name.replace(" ", "-")
        place.mkdir()
        found[name] = make(place)
    return found

if __name__ == "__main__":
    import sys
    import tempfile

    from PySide6.QtCore import QCoreApplication

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
    from english_words import english_words

    from runway_desktop.ui.i18n import core_text, install_language

    app = QCoreApplication([])
    install_language(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        messages = harvest(Path(tmp))
    whole = 0
    for name, text in messages.items():
        left = english_words(core_text(text), KEPT)
        whole += not left
        print(f"{name}: {core_text(text)}" + (f"   [English: {', '.join(left)}]" if left else ""))
    print(f"wholly Chinese: {whole} of {len(messages)}")
