"""Task states and their fields (contract §3.2), throttling, progress, DELETE, organization and usage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sim_media import HEADERS, eventually

IMAGE = {"model": "gen4_image", "promptText": "a quiet harbour", "ratio": "720:720"}
VIDEO = {"model": "gen4.5", "promptText": "waves", "ratio": "1280:720", "duration": 2}
FIELDS = {
    "PENDING": {"id", "status", "createdAt", "estimatedCost"},
    "THROTTLED": {"id", "status", "createdAt", "estimatedCost"},
    "RUNNING": {"id", "status", "createdAt", "estimatedCost", "progress"},
    "SUCCEEDED": {"id", "status", "createdAt", "output", "cost"},
    "FAILED": {"id", "status", "createdAt", "failure", "failureCode", "cost"},
    "CANCELLED": {"id", "status", "createdAt", "cost"},
}


def client_for(server) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30)


async def create(api: httpx.AsyncClient, body: dict, endpoint: str = "text_to_image") -> dict:
    response = await api.post(f"/v1/{endpoint}", json=body)
    assert response.status_code == 200, response.text
    return response.json()


async def task(api: httpx.AsyncClient, task_id: str) -> dict:
    response = await api.get(f"/v1/tasks/{task_id}")
    assert response.status_code == 200, response.text
    return response.json()


async def finished(api: httpx.AsyncClient, task_id: str) -> dict:
    async def check():
        body = await task(api, task_id)
        return body if body["status"] in ("SUCCEEDED", "FAILED", "CANCELLED") else None

    return await eventually(check)


def assert_shape(body: dict) -> None:
    assert set(body) == FIELDS[body["status"]], body
    datetime.fromisoformat(body["createdAt"].replace("Z", "+00:00"))


async def test_create_answers_id_and_estimated_cost(api) -> None:
    body = await create(api, IMAGE)
    assert set(body) == {"id", "estimatedCost"}
    assert isinstance(body["estimatedCost"]["credits"], int) and body["estimatedCost"]["credits"] > 0
    assert len(body["id"]) == 36


async def test_pending_task_has_exactly_its_fields(start_sim) -> None:
    server = await start_sim(speed=1.0)
    async with client_for(server) as api:
        created = await create(api, IMAGE)
        body = await task(api, created["id"])
    assert body["status"] == "PENDING"
    assert body["estimatedCost"] == created["estimatedCost"]
    assert_shape(body)


async def test_concurrency_limit_throttles_then_runs_in_order(start_sim) -> None:
    server = await start_sim(speed=1.0, pending_seconds=0.0, max_concurrent_generations=1)
    async with client_for(server) as api:
        first = await create(api, VIDEO, "text_to_video")
        second = await create(api, VIDEO, "text_to_video")
        running = await eventually(lambda: _status(api, first["id"], "RUNNING"))
        throttled = await eventually(lambda: _status(api, second["id"], "THROTTLED"))
        assert_shape(running)
        assert_shape(throttled)
        other_model = await create(api, {**VIDEO, "model": "veo3.1", "duration": 4}, "text_to_video")
        assert_shape(await eventually(lambda: _status(api, other_model["id"], "RUNNING")))
        assert (await api.delete(f"/v1/tasks/{first['id']}")).status_code == 204
        assert_shape(await eventually(lambda: _status(api, second["id"], "RUNNING")))


async def _status(api, task_id: str, status: str) -> dict | None:
    body = await task(api, task_id)
    return body if body["status"] == status else None


async def test_progress_rises_while_running(start_sim) -> None:
    server = await start_sim(speed=30.0, pending_seconds=0.0)
    async with client_for(server) as api:
        created = await create(api, VIDEO, "text_to_video")
        seen: list[float] = []

        async def sample():
            body = await task(api, created["id"])
            if body["status"] == "RUNNING":
                seen.append(body["progress"])
            return body["status"] == "SUCCEEDED"

        await eventually(sample, interval=0.05)
    assert len(seen) >= 3
    assert seen == sorted(seen) and seen[-1] > seen[0]
    assert all(0 <= p < 1 for p in seen)


async def test_succeeded_task_has_output_urls_and_cost(api) -> None:
    created = await create(api, IMAGE)
    body = await finished(api, created["id"])
    assert body["status"] == "SUCCEEDED"
    assert_shape(body)
    assert body["cost"] == {"credits": created["estimatedCost"]["credits"]}
    download = await api.get(body["output"][0])
    assert download.status_code == 200 and download.content.startswith(b"\x89PNG")


async def test_failed_task_has_failure_code_and_cost(start_sim) -> None:
    server = await start_sim(faults="internal=1")
    async with client_for(server) as api:
        created = await create(api, IMAGE)
        body = await finished(api, created["id"])
    assert body["status"] == "FAILED"
    assert_shape(body)
    assert body["failureCode"] == "INTERNAL.BAD_OUTPUT.CODE01"
    assert body["cost"] == {"credits": 0}


async def test_cancel_before_running_is_refunded(start_sim) -> None:
    server = await start_sim(speed=1.0)
    async with client_for(server) as api:
        before = (await api.get("/v1/organization")).json()["creditBalance"]
        created = await create(api, IMAGE)
        assert (await api.get("/v1/organization")).json()["creditBalance"] == before - created[
            "estimatedCost"
        ]["credits"]
        response = await api.delete(f"/v1/tasks/{created['id']}")
        assert response.status_code == 204 and response.content == b""
        body = await task(api, created["id"])
        assert body["status"] == "CANCELLED"
        assert_shape(body)
        assert body["cost"] == {"credits": 0}
        assert (await api.get("/v1/organization")).json()["creditBalance"] == before


async def test_cancel_while_running_is_charged(start_sim) -> None:
    server = await start_sim(speed=1.0, pending_seconds=0.0)
    async with client_for(server) as api:
        created = await create(api, VIDEO, "text_to_video")
        await eventually(lambda: _status(api, created["id"], "RUNNING"))
        assert (await api.delete(f"/v1/tasks/{created['id']}")).status_code == 204
        body = await task(api, created["id"])
    assert body["status"] == "CANCELLED"
    assert body["cost"] == {"credits": created["estimatedCost"]["credits"]}


async def test_deleting_a_finished_task_removes_it(api) -> None:
    created = await create(api, IMAGE)
    done = await finished(api, created["id"])
    assert (await api.delete(f"/v1/tasks/{created['id']}")).status_code == 204
    for response in (
        await api.get(f"/v1/tasks/{created['id']}"),
        await api.delete(f"/v1/tasks/{created['id']}"),
    ):
        assert response.status_code == 404
        assert response.json() == {"error": "Task not found."}
    assert (await api.get(done["output"][0])).status_code == 404


async def test_unknown_task_is_404(api) -> None:
    response = await api.get("/v1/tasks/00000000-0000-4000-8000-000000000000")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json; charset=utf-8"


async def test_organization_balance_falls_and_daily_count_rises(api) -> None:
    before = (await api.get("/v1/organization")).json()
    assert set(before) == {"creditBalance", "tier", "usage"}
    limits = before["tier"]["models"]["gen4_image"]
    assert limits == {"maxConcurrentGenerations": 2, "maxDailyGenerations": 500}
    assert before["tier"]["maxMonthlyCreditSpend"] > 0
    created = await create(api, IMAGE)
    await finished(api, created["id"])
    after = (await api.get("/v1/organization")).json()
    assert after["creditBalance"] == before["creditBalance"] - created["estimatedCost"]["credits"]
    count = after["usage"]["models"]["gen4_image"]["dailyGenerations"]
    assert count == before["usage"]["models"]["gen4_image"]["dailyGenerations"] + 1


async def test_usage_reports_credits_per_day_and_model(api, clock) -> None:
    created = await create(api, IMAGE)
    await finished(api, created["id"])
    today = datetime.fromtimestamp(clock(), UTC).date()
    response = await api.post("/v1/organization/usage", json={})
    assert response.status_code == 200
    body = response.json()
    assert body["models"] == ["gen4_image"]
    assert body["results"] == [
        {
            "date": today.isoformat(),
            "usedCredits": [{"model": "gen4_image", "amount": created["estimatedCost"]["credits"]}],
        }
    ]
    assert body["apiKeys"] is None and body["resultsByApiKey"] is None
    window = {"startDate": (today - timedelta(days=3)).isoformat(), "beforeDate": today.isoformat()}
    assert (await api.post("/v1/organization/usage", json=window)).json()["results"] == []


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"startDate": "2024/11/06"}, "startDate: must be a date as YYYY-MM-DD"),
        ({"startDate": "2024-11-06", "beforeDate": "2024-11-06"}, "beforeDate: must be after startDate"),
        (
            {"startDate": "2024-01-01", "beforeDate": "2024-06-01"},
            "beforeDate: must be at most 90 days after startDate",
        ),
        ({"from": "2024-01-01"}, "from: unknown field"),
    ],
)
async def test_usage_validates_its_dates(api, body, named) -> None:
    response = await api.post("/v1/organization/usage", json=body)
    assert response.status_code == 400
    assert response.json()["error"].startswith(named)


async def test_daily_limit_answers_429(start_sim) -> None:
    server = await start_sim(max_daily_generations=1)
    async with client_for(server) as api:
        await create(api, IMAGE)
        response = await api.post("/v1/text_to_image", json=IMAGE)
        assert response.status_code == 429
        assert response.json() == {"error": "Your daily task limit has been reached."}
        assert (await api.get("/_sim/stats")).json()["creates"] == 1


async def test_not_enough_credits_is_a_clear_400(start_sim) -> None:
    server = await start_sim(credit_balance=3)
    async with client_for(server) as api:
        response = await api.post("/v1/text_to_image", json=IMAGE)
    assert response.status_code == 400
    assert "not have enough credits" in response.json()["error"]


async def test_video_estimate_follows_the_published_rate(api) -> None:
    created = await create(api, {**VIDEO, "duration": 5}, "text_to_video")
    assert created["estimatedCost"] == {"credits": 60}  # gen4.5: 12 credits per second
