"""A screen reader's view of the window, read from outside its process over the AT-SPI bus.

The app runs as `runway-desktop --simulator` would, on an X server (Xvfb) with QT_ACCESSIBILITY=1,
inside this test's D-Bus session (tools/keyring-session); the test tells the session a screen
reader is running (org.a11y.Status, as Orca does), then reads the registry on the accessibility
bus with an AT-SPI client (`atspi_client`): it finds Generate by its name and role, sees it
disabled until the prompt has text, types the prompt through EditableText, presses Generate through
the Action interface and follows the new queue row's name (model, prompt, state) to Succeeded. On the
way it hears what a screen reader would say unasked: the name-change events of the live labels
("Added to the queue: …", then "Nothing running"), the queue's new row (children-changed:add) and
the row's new state (its name-change event). Every wait wakes on the events the app sends, never on
a timer. In Simplified Chinese, every name and description it reads is Chinese (model names, units
and the like aside, as in test_window_in_chinese.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from atspi_client import Node, Reader, child_added, name_change, set_screen_reader_enabled, source
from english_words import catalogue_names, english_words

from runway_desktop.core.running.tasks import TaskState

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
PROMPT = "a harbour in fog at dawn"
START_S, STEP_S, FINISH_S = 90, 30, 180  # generous: two cores shared by many processes
STATES = {state.label for state in TaskState}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not shutil.which("Xvfb"), reason="needs an X server (apt-get install xvfb)"),
    pytest.mark.skipif(not LAUNCHER.exists(), reason="needs the AT-SPI bus (apt-get install at-spi2-core)"),
    pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                       reason="needs a D-Bus session: run inside tools/keyring-session"),
]


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server on a free display; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(15)


@pytest.fixture
def reader() -> Iterator[Reader]:
    set_screen_reader_enabled(True)
    with Reader() as connection:
        yield connection
    set_screen_reader_enabled(False)


@contextlib.contextmanager
def launched(data_dir: Path, log: Path) -> Iterator[subprocess.Popen]:
    """`runway-desktop --simulator --data-dir DATA_DIR` on its own X server with accessibility on;
    closed with SIGTERM after, which must end it cleanly."""
    with xvfb() as display, log.open("w") as output:
        env = dict(os.environ, DISPLAY=display, QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
        process = subprocess.Popen(
            [sys.executable, "-m", "runway_desktop.app", "--simulator", "--data-dir", str(data_dir)],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            yield process
        finally:
            process.terminate()  # closes as Quit does, without asking
            try:
                code = process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                code = process.wait(15)
    assert code == 0, f"the window did not close cleanly ({code}):\n{log.read_text()[-3000:]}"


@pytest.fixture
def app(reader, tmp_path) -> Iterator[tuple[subprocess.Popen, Path]]:
    log = tmp_path / "app.log"
    with launched(tmp_path / "data", log) as process:
        yield process, log


def application_of(reader: Reader, pid: int) -> Node | None:
    """The registry's application whose bus connection belongs to process `pid`."""
    for application in reader.applications():
        if reader.process_id(application.bus) == pid:
            return application
    return None


def alive(process: subprocess.Popen, log: Path) -> None:
    """Fail at once, with the app's own words, when it has ended."""
    assert process.poll() is None, f"the app exited ({process.returncode}):\n{log.read_text()[-3000:]}"


def only(nodes: list[Node], what: str) -> Node:
    assert len(nodes) == 1, f"expected one {what}, found {len(nodes)}"
    return nodes[0]


def test_a_screen_reader_generates_and_follows_the_new_row(reader, app):
    process, log = app

    def application() -> Node | None:
        alive(process, log)
        return application_of(reader, process.pid)

    root = reader.wait_for(application, "the app on the accessibility bus", START_S)
    assert reader.role(root) == "application"
    assert reader.name(root) == "Runway Desktop"

    def generate_button() -> list[Node]:
        alive(process, log)
        return reader.find(root, "push button", lambda name: name == "Generate")

    generate = only(reader.wait_for(generate_button, "a Generate push button", START_S), "Generate button")
    assert "org.a11y.atspi.Action" in reader.interfaces(generate)
    prompt = only(reader.find(root, "text", lambda name: name == "Prompt"), "Prompt text box")
    assert not reader.enabled(generate), "Generate is offered before there is a prompt"
    assert reader.find(root, "label", lambda name: name == "Prompt is required."), "no reason is shown"

    assert reader.set_text(prompt, PROMPT)
    assert reader.text(prompt) == PROMPT
    reader.wait_for(lambda: reader.enabled(generate), "Generate to be enabled with a prompt", STEP_S)
    assert "Press" in reader.actions(generate)
    with reader.events() as spoken, reader.events() as heard:
        assert reader.do_action(generate, "Press")
        # What a screen reader says unasked: the live labels' new names, as events.
        reader.heard(spoken, lambda name: name.startswith("Added to the queue: gen4.5"), STEP_S)
        queue, row = follow_the_row(reader, root, process, log)
        reader.heard(spoken, lambda name: name == "Nothing running", STEP_S)
        # The queue itself says so too: its new row (children-changed:add) and the row's new state.
        reader.heard_event(heard, lambda m: source(m) == queue.path and child_added(m) == row.path,
                           STEP_S, "the queue's new row")
        done = f"gen4.5, {PROMPT}, {TaskState.SUCCEEDED.label}"
        reader.heard_event(heard, lambda m: source(m) == row.path and name_change(m) == done,
                           STEP_S, "the row's new state")


def follow_the_row(reader: Reader, root: Node, process: subprocess.Popen, log: Path) -> tuple[Node, Node]:
    """The queue's new row, read from the tree: model, prompt and a state, then Succeeded."""
    queue = only(reader.find(root, "list", lambda name: name == "Queue"), "Queue list")

    def rows() -> list[tuple[str, str, str]]:
        alive(process, log)
        return [(reader.role(row), reader.name(row), reader.description(row))
                for row in reader.children(queue)]

    first = reader.wait_for(rows, "a row in the queue", STEP_S)
    assert len(first) == 1
    role, name, description = first[0]
    assert role == "list item"
    model, prompt_text, state = name.split(", ", 2)
    assert (model, prompt_text) == ("gen4.5", PROMPT)
    assert any(state.startswith(label) for label in STATES), f"no state in {name!r}"
    assert PROMPT in description and "credits" in description

    seen: list[str] = []

    def succeeded() -> bool:
        name = rows()[0][1]
        seen.append(name.split(", ", 2)[2])
        return name == f"gen4.5, {PROMPT}, {TaskState.SUCCEEDED.label}"

    reader.wait_for(succeeded, "the row to say Succeeded", FINISH_S)
    assert len(rows()) == 1, "pressing Generate once made more than one task"
    assert "credits" in rows()[0][2]
    assert any(state.startswith(TaskState.RUNNING.label) or state == TaskState.PENDING.label
               for state in [state, *seen]), f"the row never said it was at Runway: {seen}"
    return queue, only(reader.children(queue), "row")


def test_a_screen_reader_hears_the_window_in_chinese(reader, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps({"language": "zh_CN"}), encoding="utf-8")
    log = tmp_path / "app.log"
    with launched(data_dir, log) as process:
        root = reader.wait_for(lambda: alive(process, log) or application_of(reader, process.pid),
                        "the app on the accessibility bus", START_S)

        def composed() -> list[tuple[str, str, str]] | None:
            alive(process, log)
            nodes = [(reader.role(n), reader.name(n), reader.description(n)) for n in reader.walk(root)]
            roles = [role for role, _name, _description in nodes]
            return nodes if {"tree", "list", "text"} <= set(roles) and roles.count("page tab") >= 3 else None

        nodes = reader.wait_for(composed, "the window's tabs, model list, prompt and queue", START_S)
    kept = catalogue_names()
    english = {text: role for role, name, description in nodes for text in (name, description)
               if text and english_words(text, kept)}
    if english:
        lines = [f"  {role}: {text!r}" for text, role in sorted(english.items(), key=lambda item: item[1])]
        pytest.fail(f"{len(english)} names and descriptions a screen reader reads in English:\n"
                    + "\n".join(lines), pytrace=False)
