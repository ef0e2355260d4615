"""A small AT-SPI client: what a screen reader sees of the desktop, read over the accessibility bus.

It speaks the AT-SPI 2 D-Bus protocol with jeepney (no Qt): it asks the session bus for the
accessibility bus (org.a11y.Bus, started on demand by at-spi-bus-launcher), lists the applications
the registry knows, walks their accessible objects (role, name, states, children), sets text
through EditableText and presses through Action, as Orca does. Like a screen reader it registers
for the events applications send (children added or removed, states, names) and waits on them
rather than reading the tree over and over.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    Properties,
    message_bus,
    new_method_call,
)
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
OBJECT_EVENTS = "org.a11y.atspi.Event.Object"
# What a screen reader registers for, and what `wait_for` wakes on: a child added or removed (the
# registry's own root says so for applications), a state (enabled, showing, …), a new name.
EVENTS = ("object:children-changed", "object:state-changed", "object:property-change:accessible-name")
EVENT_BUFFER = 100_000
CALL_TIMEOUT = 5.0
# AtspiStateType bit numbers (at-spi2-core's atspi-constants.h).
STATE_ENABLED, STATE_SENSITIVE, STATE_SHOWING = 8, 24, 25


class AtspiError(RuntimeError):
    """The accessibility bus or an application on it answered with an error."""


@dataclass(frozen=True)
class Node:
    """One accessible object: the application's bus name and the object's path."""

    bus: str
    path: str


def accessibility_bus_address() -> str:
    """The accessibility bus's address, from org.a11y.Bus on the session bus (launched on demand)."""
    with open_dbus_connection(bus="SESSION") as session:
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        reply = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=CALL_TIMEOUT)
        return _body(reply)[0]


def set_screen_reader_enabled(on: bool = True) -> None:
    """Say on the session bus that a screen reader runs, as Orca does when it starts."""
    with open_dbus_connection(bus="SESSION") as session:
        status = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Status")
        for name in ("IsEnabled", "ScreenReaderEnabled"):
            message = Properties(status).set(name, "b", on)
            _body(session.send_and_get_reply(message, timeout=CALL_TIMEOUT))


def member(message: Message) -> str:
    return message.header.fields.get(HeaderFields.member, "")


def source(message: Message) -> str:
    """The path of the object an event is about."""
    return message.header.fields.get(HeaderFields.path, "")


def name_change(message: Message) -> str | None:
    """The new name an accessible-name event carries (None for any other event)."""
    if member(message) == "PropertyChange" and message.body[0] == "accessible-name":
        value = message.body[3][1]
        return value if isinstance(value, str) else None
    return None


def child_added(message: Message) -> str | None:
    """The path of the child a children-changed:add event announces (None for any other event)."""
    if member(message) == "ChildrenChanged" and message.body[0] == "add":
        return message.body[3][1][1]
    return None


def describe(message: Message) -> str:
    return f"{member(message)} {message.body[0]!r} on {source(message)}: {message.body[3]!r}"


def _body(reply) -> tuple:
    if reply.header.message_type is MessageType.error:
        raise AtspiError(f"{reply.header.fields} {reply.body}")
    return reply.body


class Reader:
    """A connection to the accessibility bus, reading and acting on accessible objects."""

    def __init__(self, address: str | None = None) -> None:
        self.connection: DBusConnection = open_dbus_connection(bus=address or accessibility_bus_address())
        self._events = MatchRule(type="signal", interface=OBJECT_EVENTS)
        Proxy(message_bus, self.connection).AddMatch(self._events)
        self._registry = DBusAddress("/org/a11y/atspi/registry", bus_name=REGISTRY[0],
                                     interface="org.a11y.atspi.Registry")
        # Registered with the registry, as libatspi does, so that applications send them at all.
        for event in EVENTS:
            self.call_at(self._registry, "RegisterEvent", event)

    def close(self) -> None:
        with contextlib.suppress(AtspiError, TimeoutError, OSError):
            for event in EVENTS:
                self.call_at(self._registry, "DeregisterEvent", event)
        self.connection.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def call(self, node: Node, interface: str, method: str, signature: str | None = None,
             body: tuple = ()) -> tuple:
        address = DBusAddress(node.path, bus_name=node.bus, interface=interface)
        message = new_method_call(address, method, signature, body)
        return _body(self.connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))

    def prop(self, node: Node, interface: str, name: str) -> Any:
        address = DBusAddress(node.path, bus_name=node.bus, interface=interface)
        reply = self.connection.send_and_get_reply(Properties(address).get(name), timeout=CALL_TIMEOUT)
        return _body(reply)[0][1]

    # -- reading -------------------------------------------------------------------------------------

    def process_id(self, bus: str) -> int:
        """The process behind a connection to the accessibility bus."""
        daemon = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                             interface="org.freedesktop.DBus")
        message = new_method_call(daemon, "GetConnectionUnixProcessID", "s", (bus,))
        return _body(self.connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))[0]

    def applications(self) -> list[Node]:
        return self.children(Node(*REGISTRY))

    def children(self, node: Node) -> list[Node]:
        return [Node(bus, path) for bus, path in self.call(node, ACCESSIBLE, "GetChildren")[0]]

    def name(self, node: Node) -> str:
        return self.prop(node, ACCESSIBLE, "Name")

    def description(self, node: Node) -> str:
        return self.prop(node, ACCESSIBLE, "Description")

    def role(self, node: Node) -> str:
        """The role as AT-SPI names it: "push button", "list item", "text", "frame", …"""
        return self.call(node, ACCESSIBLE, "GetRoleName")[0]

    def states(self, node: Node) -> set[int]:
        words = self.call(node, ACCESSIBLE, "GetState")[0]
        return {index * 32 + bit for index, word in enumerate(words) for bit in range(32) if word >> bit & 1}

    def interfaces(self, node: Node) -> list[str]:
        return self.call(node, ACCESSIBLE, "GetInterfaces")[0]

    def showing(self, node: Node) -> bool:
        return STATE_SHOWING in self.states(node)

    def enabled(self, node: Node) -> bool:
        return {STATE_ENABLED, STATE_SENSITIVE} <= self.states(node)

    def walk(self, root: Node, limit: int = 4000) -> Iterator[Node]:
        """`root` and every showing object below it, breadth first, at most `limit` of them."""
        queue, seen = [root], {root}
        while queue and limit > 0:
            node = queue.pop(0)
            limit -= 1
            yield node
            for child in self.children(node):
                if child not in seen and child.path != "/org/a11y/atspi/null" and self.showing(child):
                    seen.add(child)
                    queue.append(child)

    def find(self, root: Node, role: str, name: Callable[[str], bool]) -> list[Node]:
        return [n for n in self.walk(root) if self.role(n) == role and name(self.name(n))]

    # -- listening -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def events(self) -> Iterator[deque]:
        """Every object event applications send from now on (children, states, names), as messages."""
        with self.connection.filter(self._events, bufsize=EVENT_BUFFER) as queue:
            yield queue

    def next_event(self, queue: deque, deadline: float) -> bool:
        """Wait until `queue` (from `events`) holds an event or `deadline` passes; False when it passed."""
        while not queue:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                queue.appendleft(self.connection.recv_until_filtered(queue, timeout=remaining))
        return True

    def wait_for(self, condition: Callable[[], Any], what: str, timeout: float) -> Any:
        """`condition`'s first truthy value: checked now, then again after each event applications send.

        Events that arrive while it is checked (its own calls receive them) wake the next check, so
        none is missed, and a burst of them costs one check. A bus error counts as not yet.
        """
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        with self.events() as queue:
            while True:
                queue.clear()
                try:
                    value = condition()
                except (AtspiError, TimeoutError) as error:
                    last, value = error, None
                if value:
                    return value
                if not self.next_event(queue, deadline):
                    detail = f" (last: {last})" if last else ""
                    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}{detail}")

    def heard_event(self, queue: deque, wanted: Callable[[Message], bool], timeout: float,
                    what: str) -> Message:
        """The first event in `queue` (from `events`) that is `wanted`, waiting at most `timeout`."""
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while True:
            while queue:
                message = queue.popleft()
                if wanted(message):
                    return message
                seen.append(describe(message))
            if not self.next_event(queue, deadline):
                recent = "\n  ".join(seen[-12:])
                raise AssertionError(f"{what} not heard within {timeout:g} s; the last events:\n  {recent}")

    def heard(self, queue: deque, wanted: Callable[[str], bool], timeout: float) -> str:
        """The first new accessible name in `queue` (from `events`) that is `wanted`: a live label's words."""

        def spoken(message: Message) -> bool:
            name = name_change(message)
            return name is not None and wanted(name)

        return name_change(self.heard_event(queue, spoken, timeout, "the name")) or ""

    def call_at(self, address: DBusAddress, method: str, text: str) -> tuple:
        message = new_method_call(address, method, "s", (text,))
        return _body(self.connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))

    # -- acting --------------------------------------------------------------------------------------

    def actions(self, node: Node) -> list[str]:
        count = self.prop(node, "org.a11y.atspi.Action", "NActions")
        return [self.call(node, "org.a11y.atspi.Action", "GetName", "i", (i,))[0] for i in range(count)]

    def do_action(self, node: Node, action: str) -> bool:
        index = self.actions(node).index(action)
        return bool(self.call(node, "org.a11y.atspi.Action", "DoAction", "i", (index,))[0])

    def set_text(self, node: Node, text: str) -> bool:
        return bool(self.call(node, "org.a11y.atspi.EditableText", "SetTextContents", "s", (text,))[0])

    def text(self, node: Node) -> str:
        count = self.prop(node, "org.a11y.atspi.Text", "CharacterCount")
        return self.call(node, "org.a11y.atspi.Text", "GetText", "ii", (0, count))[0]
