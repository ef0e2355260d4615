"""`pipeline run --notify` (an option of Runway's runner): the desktop's notification service is told
when the run ends, with its counts; without one, a line says so and the result stands."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import cli, simulator

pytestmark = pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                                reason="needs a D-Bus session (make test runs inside one)")


@pytest.fixture(scope="module")
def sim_url():
    with simulator(speed=200) as url:
        yield url


@contextlib.contextmanager
def notification_service() -> Iterator[list[tuple]]:
    """A desktop notification service on the session bus, as a desktop runs one; yields what it was sent."""
    from jeepney import HeaderFields, MessageType, new_method_return
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    connection = open_dbus_connection(bus="SESSION")
    connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"), timeout=5)
    received: list[tuple] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                message = connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            if (message.header.message_type is MessageType.method_call
                    and message.header.fields.get(HeaderFields.member) == "Notify"):
                received.append(message.body)
                connection.send(new_method_return(message, "u", (len(received),)))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield received
    finally:
        stop.set()
        thread.join(5)
        connection.close()


def one_image(folder: Path) -> Path:
    path = folder / "poster.json"
    path.write_text(json.dumps({"steps": [{"action": "generate_image", "prompt": "a poster of a harbour",
                                           "ratio": "1024:1024"}]}), encoding="utf-8")
    return path


def test_notify_tells_the_desktop_when_the_run_ends(tmp_path, sim_url):
    with notification_service() as received:
        done = cli("pipeline", "run", str(one_image(tmp_path)), "--notify", data_dir=tmp_path / "app",
                   url=sim_url, timeout=300)
    assert done.returncode == 0, done.stderr
    (body,) = received
    app, _replaces, _icon, summary, text, _actions, _hints, _timeout = body
    assert app == "Runway Desktop" and summary == "Pipeline “poster” finished"
    assert text.startswith("1 of 1 done") and "credits" in text
    assert "--notify" not in done.stderr


def test_without_a_notification_service_it_says_so_and_the_result_stands(tmp_path, sim_url):
    done = cli("pipeline", "run", str(one_image(tmp_path)), "--notify", data_dir=tmp_path / "app",
               url=sim_url, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ("runway-desktop-cli pipeline run: --notify: no desktop notification: the desktop has no "
            "notification service running.") in done.stderr
