"""The engine against a misbehaving server on a real loopback socket: every reply ends somewhere stated."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from media_factory import make_gif, make_png

from runway_desktop.api.client import RunwayClient
from runway_desktop.api.retry import RetryPolicy
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.output_check import verify_output
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.config import EngineConfig, PollLimits
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.redaction import Redactor
from runway_desktop.core.running.states import NextStep, OutputState, TaskState
from runway_desktop.core.storage.library import Library
from runway_desktop.core.storage.store import Store


def _load_scripted_server():
    """The API tests' scripted server (tests/api is not a package)."""
    path = Path(__file__).parents[1] / "api" / "scripted_server.py"
    spec = importlib.util.spec_from_file_location("scripted_server", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("scripted_server", module)
    spec.loader.exec_module(module)
    return module


ss = _load_scripted_server()
Reply, ScriptedServer, KEY = ss.Reply, ss.ScriptedServer, ss.KEY
SPEC = load_catalogue().get("text_to_image", "gen4_image")
CONFIG = EngineConfig(
    timing=PollTiming(min_interval=0.01, max_interval=0.05, throttled_interval=0.01),
    polls_per_second=500.0, poll_burst=50, download_retry_delay=0.01, download_attempts=2,
    limits=PollLimits(attempts=2, unknown_status_polls=2, backoff_start=0.01, backoff_cap=0.02),
)


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def broken(tmp_path) -> AsyncIterator[tuple[ScriptedServer, Engine]]:
    server = ScriptedServer()
    url = await server.start()
    store = Store(tmp_path / "tasks.sqlite3")
    await store.open()
    client = RunwayClient(KEY, url, retry=RetryPolicy(max_attempts=2, base=0.01, cap=0.02))
    redactor = Redactor()
    redactor.add(KEY)
    engine = Engine(client, store, Library(tmp_path / "library", verify=verify_output), load_catalogue(),
                    config=CONFIG, redactor=redactor)
    await engine.start()
    yield server, engine
    await engine.close()
    await client.aclose()
    await store.close()
    await server.stop()


async def submit(server, engine, runway_id: str = "rw-1", prompt: str = "a red fox"):
    server.script("POST", "/v1/text_to_image", Reply(json={"id": runway_id}))
    task = await engine.submit(build_request(SPEC, {"promptText": prompt, "ratio": "1024:1024"}), {})
    return task


def task_json(status: str, *outputs: str, runway_id: str = "rw-1", **extra) -> dict:
    return {"id": runway_id, "status": status, "createdAt": "2026-01-01T00:00:00Z", "output": list(outputs),
            **extra}


async def settled(engine, task):
    return await engine.wait_until_settled(task.id, timeout=30)


async def test_a_rejected_key_on_get_needs_attention(broken):
    server, engine = broken
    server.always("GET", "/v1/tasks/rw-1", Reply(401, {"error": "Invalid API key"}))
    done = await settled(engine, await submit(server, engine))
    assert done.state is TaskState.NEEDS_ATTENTION and done.attention.action is NextStep.REENTER_KEY


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, body=b"{not json", headers={"Content-Type": "application/json"}),
        Reply(200, json=["a", "list"]),
        Reply(302, headers={"Location": "https://elsewhere.example/login"}),
        Reply(400, {"error": "id: Invalid"}),
    ],
    ids=["invalid-json", "wrong-shape", "redirect", "bad-request"],
)
async def test_an_unusable_task_reply_ends_in_attention(broken, reply):
    server, engine = broken
    server.always("GET", "/v1/tasks/rw-1", reply)
    done = await settled(engine, await submit(server, engine))
    assert done.state is TaskState.NEEDS_ATTENTION and done.attention.reason
    assert len(server.seen("GET", "/v1/tasks/rw-1")) <= 2 * 2  # bounded: engine attempts x client attempts


async def test_success_with_a_string_for_output_is_stated(broken):
    server, engine = broken
    server.always("GET", "/v1/tasks/rw-1", Reply(json={"id": "rw-1", "status": "SUCCEEDED", "output": "x"}))
    done = await settled(engine, await submit(server, engine))
    assert done.state is TaskState.NEEDS_ATTENTION and "no output" in done.attention.reason


async def test_a_login_page_instead_of_the_output_is_not_a_media_file(broken):
    server, engine = broken
    server.always("GET", "/v1/tasks/rw-1", Reply(json=task_json("SUCCEEDED", f"{server.url}/out/0.png")))
    server.always("GET", "/out/0.png", Reply(200, body=b"<html><body>Sign in</body></html>",
                                             headers={"Content-Type": "text/html"}))
    done = await settled(engine, await submit(server, engine))
    assert done.outputs[0].state is OutputState.NOT_SAVED and "not a media file" in done.outputs[0].error


async def test_a_gif_served_as_html_is_saved_as_a_gif(broken, tmp_path):
    server, engine = broken
    gif = make_gif(tmp_path / "g.gif").read_bytes()
    server.always("GET", "/v1/tasks/rw-1", Reply(json=task_json("SUCCEEDED", f"{server.url}/o/result.html")))
    binary = {"Content-Type": "application/octet-stream"}
    server.always("GET", "/o/result.html", Reply(200, body=gif, headers=binary))
    done = await settled(engine, await submit(server, engine))
    assert done.all_outputs_saved and done.outputs[0].path.endswith(".gif")


async def test_retry_after_forever_on_one_task_does_not_stall_the_others(broken, tmp_path):
    server, engine = broken
    png = make_png(tmp_path / "o.png").read_bytes()
    forever = Reply(429, {"error": "slow down"}, headers={"Retry-After": "999999"})
    server.always("GET", "/v1/tasks/rw-slow", forever)
    slow = await submit(server, engine, "rw-slow")
    quick = []
    for i in range(3):
        server.always("GET", f"/v1/tasks/rw-{i}",
                      Reply(json=task_json("SUCCEEDED", f"{server.url}/o/{i}.png", runway_id=f"rw-{i}")))
        server.always("GET", f"/o/{i}.png", Reply(200, body=png))
        quick.append(await submit(server, engine, f"rw-{i}", prompt=f"fox {i}"))
    for task in quick:
        assert (await settled(engine, task)).all_outputs_saved
    assert engine.get(slow.id).state is TaskState.PENDING


async def test_a_key_echoed_by_the_server_never_reaches_the_database(broken, tmp_path):
    server, engine = broken
    server.always("GET", "/v1/tasks/rw-1", Reply(json=task_json("FAILED", failure=f"key {KEY} is odd",
                                                               failureCode=f"X.{KEY}")))
    done = await settled(engine, await submit(server, engine))
    assert done.state is TaskState.FAILED and KEY not in done.failure
    for path in tmp_path.glob("tasks.sqlite3*"):
        assert KEY.encode() not in path.read_bytes()
