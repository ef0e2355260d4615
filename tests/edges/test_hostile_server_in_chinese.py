"""The window in Chinese against a server that answers garbage: every edge ends in a stated condition.

Generate is clicked on a real tab; the server (tests/api/hostile_server.py) answers the create or
the task's poll with an HTML page, a 500, JSON cut short or bytes that are not HTTP. The task ends
(or says it will check again) with a reason in Chinese, within bounded time, and is never sent twice.
"""

from __future__ import annotations

import json
import uuid

import pytest
from english_words import catalogue_names, english_words
from forms_support import Backend, make_tab, pick_model, run_coro
from hostile_server import HostileServer, garbage, json_text, respond
from PySide6.QtCore import Qt

from runway_desktop.core.running.tasks import TaskState
from runway_desktop.ui.i18n import core_text
from runway_desktop.ui.queue.text import failure_reason

CREATE = "/v1/text_to_image"
ANSWERS = {
    "an HTML page": respond(200, b"<html><body>Sign in</body></html>", {"Content-Type": "text/html"}),
    "a 500": respond(500, b"Internal Server Error", {"Content-Type": "text/plain"}),
    "JSON cut short": respond(200, b'{"id": "abc', {"Content-Type": "application/json"}),
    "bytes that are not HTTP": garbage(),
}


@pytest.fixture
def hostile(qtbot, qloop):
    server = HostileServer()
    run_coro(qtbot, server.start())
    yield server
    run_coro(qtbot, server.stop())


def generate(qtbot, tmp_path, url: str):
    backend = Backend(qtbot, tmp_path, url)
    tab = make_tab(qtbot, backend.harness, "image")
    pick_model(qtbot, tab, "text_to_image", "gen4_image")
    qtbot.keyClicks(tab.form.prompt.edit, "a lighthouse at dusk")
    with qtbot.waitSignal(tab.submitted, timeout=10000) as sent:
        qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    return backend, sent.args[0].id


@pytest.mark.parametrize("answer", list(ANSWERS))
def test_a_create_answered_with_garbage_ends_unknown_and_says_why_in_chinese(
        qtbot, tmp_path, chinese, hostile, answer):
    hostile.on(CREATE, ANSWERS[answer])
    backend, task_id = generate(qtbot, tmp_path, hostile.url)
    try:
        engine = backend.bridge.engine
        qtbot.waitUntil(lambda: engine.get(task_id).state is TaskState.UNKNOWN, timeout=60000)
        said = failure_reason(engine.get(task_id))
        assert "不确定任务是否已创建" in said  # "unknown whether the task was created"
        assert english_words(said, catalogue_names()) == []
        assert hostile.hits[CREATE] == 1  # never sent again by itself: a duplicate would be billed
    finally:
        backend.close()


def test_a_poll_answered_with_a_web_page_says_so_and_when_it_looks_again(qtbot, tmp_path, chinese, hostile):
    runway_id = str(uuid.uuid4())
    hostile.on(CREATE, json_text(200, json.dumps({"id": runway_id})))
    hostile.on(f"/v1/tasks/{runway_id}", ANSWERS["an HTML page"])
    backend, task_id = generate(qtbot, tmp_path, hostile.url)
    said: list[str] = []
    backend.bridge.failed.connect(lambda message, _detail: said.append(core_text(message)))
    try:
        qtbot.waitUntil(lambda: bool(said), timeout=30000)
        assert "是网页而不是 API 数据" in said[0]  # "a web page, not the API's data"
        assert "秒后再次检查" in said[0]  # "checking again in N s"
        assert english_words(said[0], catalogue_names()) == []
        assert backend.bridge.engine.get(task_id).state is TaskState.PENDING  # still followed
    finally:
        backend.close()
