"""`--notify`: a desktop notification when a long command ends, as Runway's pipeline runner offers.

Sent to the desktop's notification service (org.freedesktop.Notifications) on the session bus,
through the D-Bus library the keychain already uses. Where there is no such service (a server,
a terminal without a desktop), the command says so in one line; its result stands either way.
"""

from __future__ import annotations

from typing import Any

SERVICE = "org.freedesktop.Notifications"
APP_NAME = "Runway Desktop"
ICON = "runway-desktop"
TIMEOUT = 5.0  # seconds to wait for the service's answer


def notify(summary: str, body: str) -> str | None:
    """Show a notification; None when the service took it, else why it could not be shown."""
    try:
        from jeepney import DBusAddress, MessageType, new_method_call  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
    except ImportError:
        return "no D-Bus library is installed"
    address = DBusAddress("/org/freedesktop/Notifications", bus_name=SERVICE, interface=SERVICE)
    hints: dict[str, Any] = {}
    message = new_method_call(address, "Notify", "susssasa{sv}i",
                              (APP_NAME, 0, ICON, summary, body, [], hints, -1))
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            reply = connection.send_and_get_reply(message, timeout=TIMEOUT)
    except KeyError:
        return "there is no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set)"
    except (OSError, ValueError, TimeoutError) as error:
        return f"the desktop session bus could not be reached ({error or type(error).__name__})"
    if reply.header.message_type is not MessageType.error:
        return None
    if "ServiceUnknown" in str(reply.header.fields):
        return "the desktop has no notification service running"
    return f"the notification service refused it ({reply.body[0] if reply.body else 'no reason given'})"
