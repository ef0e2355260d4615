"""Fault injection seen from a real client: statuses, Retry-After, dropped connections, slowness, outcomes."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import httpx
import pytest
from sim_media import HEADERS, eventually, png_bytes

from runway_desktop.simulator.config import SimConfig
from runway_desktop.simulator.faults import HTTP_FAULTS, SCOPES

IMAGE = {"model": "gen4_image", "promptText": "a lantern", "ratio": "720:720"}
STATUS_FAULTS = [f for f in HTTP_FAULTS if f[0].isdigit()]
SLOW = 0.4


async def stats(server) -> dict:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        return (await client.get("/_sim/stats")).json()


async def finished_task(api: httpx.AsyncClient) -> dict:
    created = (await api.post("/v1/text_to_image", json=IMAGE)).json()

    async def done():
        body = (await api.get(f"/v1/tasks/{created['id']}")).json()
        return body if body["status"] == "SUCCEEDED" else None

    return await eventually(done)


Request = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]


async def prepare(scope: str, api: httpx.AsyncClient) -> Request:
    """Set up what the scope's request needs (faults still off) and return the request itself."""
    if scope == "create":
        return lambda c: c.post("/v1/text_to_image", json=IMAGE, headers=HEADERS)
    if scope == "upload":
        return lambda c: c.post(
            "/v1/uploads", json={"filename": "a.png", "type": "ephemeral"}, headers=HEADERS
        )
    if scope == "storage":
        started = (await api.post("/v1/uploads", json={"filename": "a.png", "type": "ephemeral"})).json()
        content = png_bytes() + b"\0" * 1024
        return lambda c: c.post(
            started["uploadUrl"], data=started["fields"], files={"file": ("a.png", content, "image/png")}
        )
    if scope == "download":
        url = (await finished_task(api))["output"][0]
        return lambda c: c.get(url)
    task_id = (await api.post("/v1/text_to_image", json=IMAGE)).json()["id"]
    if scope == "poll":
        return lambda c: c.get(f"/v1/tasks/{task_id}", headers=HEADERS)
    return lambda c: c.delete(f"/v1/tasks/{task_id}", headers=HEADERS)


async def perform(server, request: Request, timeout: float = 10.0) -> httpx.Response:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=timeout) as client:
        return await request(client)


@pytest.fixture
async def faulty(start_sim):
    server = await start_sim(slow_delay=SLOW)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as api:
        yield server, api


@pytest.mark.parametrize("fault", STATUS_FAULTS)
@pytest.mark.parametrize("scope", SCOPES)
async def test_status_faults(scope, fault, faulty) -> None:
    server, api = faulty
    request = await prepare(scope, api)
    server.set_faults(f"{scope}:{fault}=1")
    response = await perform(server, request)
    assert response.status_code == int(fault[:3])
    if fault == "429-retry-after":
        assert response.headers["Retry-After"] == "1"
    else:
        assert "Retry-After" not in response.headers
    if scope in ("storage", "download"):
        assert response.text.startswith("<?xml") and "<Code>" in response.text
    else:
        assert response.headers["content-type"] == "application/json; charset=utf-8"
        assert response.json()["error"]
    assert (await stats(server))["faults"] == {scope: {fault: 1}}


@pytest.mark.parametrize("fault", ["drop", "drop-after"])
@pytest.mark.parametrize("scope", SCOPES)
async def test_dropped_connections_are_connection_errors(scope, fault, faulty) -> None:
    server, api = faulty
    request = await prepare(scope, api)
    before = await stats(server)
    server.set_faults(f"{scope}:{fault}=1")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        await perform(server, request)
    server.set_faults("")
    after = await stats(server)
    processed = fault == "drop-after"
    if scope == "create":
        assert after["creates"] - before["creates"] == (1 if processed else 0)
    if scope == "upload":
        assert after["uploads"] - before["uploads"] == (1 if processed else 0)
    if scope == "storage":
        assert after["uploads_stored"] - before["uploads_stored"] == (1 if processed else 0)
    if scope == "delete":
        assert after["deletes"] - before["deletes"] == (1 if processed else 0)
    assert after["faults"] == {scope: {fault: 1}}
    assert (await perform(server, await prepare(scope, api))).status_code < 300


@pytest.mark.parametrize("scope", SCOPES)
async def test_slow_answers_outlast_the_client_timeout(scope, faulty) -> None:
    server, api = faulty
    request = await prepare(scope, api)
    server.set_faults(f"{scope}:slow=1")
    with pytest.raises(httpx.ReadTimeout):
        await perform(server, request, timeout=SLOW / 4)


async def test_slow_create_is_processed_after_the_delay(faulty) -> None:
    server, _ = faulty
    server.set_faults("create:slow=1")
    with pytest.raises(httpx.ReadTimeout):
        await perform(
            server, lambda c: c.post("/v1/text_to_image", json=IMAGE, headers=HEADERS), timeout=SLOW / 4
        )
    assert (await stats(server))["creates"] == 0
    await eventually(lambda: _creates(server, 1))
    started = time.monotonic()
    response = await perform(server, lambda c: c.post("/v1/text_to_image", json=IMAGE, headers=HEADERS))
    assert response.status_code == 200
    assert time.monotonic() - started >= SLOW


async def _creates(server, count: int) -> bool:
    return (await stats(server))["creates"] == count


def test_default_slow_delay_outlasts_the_sdk_timeout() -> None:
    assert SimConfig().slow_delay > 60


async def _final(api: httpx.AsyncClient, task_id: str) -> dict:
    async def check():
        body = (await api.get(f"/v1/tasks/{task_id}")).json()
        return body if body["status"] in ("SUCCEEDED", "FAILED") else None

    return await eventually(check)


async def test_safety_outcome_fails_and_charges(faulty) -> None:
    server, api = faulty
    server.set_faults("safety=1,seed=1")
    created = (await api.post("/v1/text_to_image", json=IMAGE)).json()
    body = await _final(api, created["id"])
    assert body["status"] == "FAILED"
    assert body["failureCode"].startswith(("SAFETY.INPUT.TEXT", "SAFETY.OUTPUT."))
    assert body["failure"] and "moderation" in body["failure"]
    assert body["cost"] == {"credits": created["estimatedCost"]["credits"]}


async def test_internal_outcome_fails_and_refunds(faulty) -> None:
    server, api = faulty
    before = (await api.get("/v1/organization")).json()["creditBalance"]
    server.set_faults("internal=1")
    created = (await api.post("/v1/text_to_image", json=IMAGE)).json()
    body = await _final(api, created["id"])
    assert (body["status"], body["failureCode"], body["cost"]) == (
        "FAILED",
        "INTERNAL.BAD_OUTPUT.CODE01",
        {"credits": 0},
    )
    assert (await api.get("/v1/organization")).json()["creditBalance"] == before


async def test_throttle_outcome_spends_a_throttled_phase(start_sim) -> None:
    server = await start_sim(faults="throttle=1", pending_seconds=0.0, throttle_seconds=2000.0)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS) as api:
        created = (await api.post("/v1/text_to_image", json=IMAGE)).json()

        async def throttled():
            return (await api.get(f"/v1/tasks/{created['id']}")).json()["status"] == "THROTTLED"

        await eventually(throttled)
        assert (await api.get("/v1/organization")).json()["usage"]["models"]["gen4_image"][
            "dailyGenerations"
        ] == 1


async def _statuses(start_sim, spec: str) -> list[int]:
    server = await start_sim(faults=spec)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS) as api:
        return [
            (await api.post("/v1/uploads", json={"filename": "a.png", "type": "ephemeral"})).status_code
            for _ in range(16)
        ]


async def test_faults_are_reproducible_with_a_seed(start_sim) -> None:
    first = await _statuses(start_sim, "upload:500=0.5,seed=11")
    again = await _statuses(start_sim, "upload:500=0.5,seed=11")
    other = await _statuses(start_sim, "upload:500=0.5,seed=12")
    assert first == again
    assert {200, 500} <= set(first)
    assert first != other


async def test_faults_change_at_run_time(faulty) -> None:
    server, api = faulty
    async with httpx.AsyncClient(base_url=server.base_url) as admin:
        response = await admin.post(
            "/_sim/faults", content="create:503=1", headers={"Content-Type": "text/plain"}
        )
        assert response.status_code == 200
        assert response.json()["faults"]["http"] == {"create": {"503": 1.0}}
        assert (await api.post("/v1/text_to_image", json=IMAGE)).status_code == 503
        response = await admin.post("/_sim/faults", json={"spec": ""})
        assert response.json()["faults"]["http"] == {}
        assert (await api.post("/v1/text_to_image", json=IMAGE)).status_code == 200
        assert (await admin.get("/_sim/faults")).json()["faults"]["spec"] == ""


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("create:418=1", "unknown fault '418'"),
        ("nowhere:500=1", "unknown fault scope 'nowhere'"),
        ("create:500=2", "must be from 0 to 1"),
        ("create:500=lots", "must be a number from 0 to 1"),
        ("create:500", "expected SCOPE:FAULT=RATE"),
        ("create:500=0.6,any:503=0.6", "add up to 1.2"),
        ("seed=x", "seed in 'seed=x' must be a whole number"),
        ("create:safety=1", "'safety' is a task outcome"),
    ],
)
async def test_bad_spec_is_a_clear_400(faulty, spec, message) -> None:
    server, _ = faulty
    async with httpx.AsyncClient(base_url=server.base_url) as admin:
        response = await admin.post("/_sim/faults", content=spec)
    assert response.status_code == 400
    assert message in response.json()["error"]


async def test_any_scope_applies_everywhere(faulty) -> None:
    server, api = faulty
    server.set_faults("any:502=1")
    assert (await api.post("/v1/uploads", json={"filename": "a.png", "type": "ephemeral"})).status_code == 502
    assert (await api.get("/v1/tasks/00000000-0000-4000-8000-000000000000")).status_code == 502
    assert (await api.get("/v1/organization")).status_code == 200  # not a fault scope
