"""Charges as the API reports them: balance, each task's `cost` and /v1/organization/usage agree."""

from __future__ import annotations

import httpx
import pytest
from sim_media import HEADERS, data_uri, eventually, png_bytes

from runway_desktop.core.catalogue.pricing import quote
from runway_desktop.core.catalogue.spec import load_catalogue

VIDEO = {"model": "gen4.5", "promptText": "waves", "ratio": "1280:720", "duration": 2}


async def _balance(api: httpx.AsyncClient) -> int:
    return (await api.get("/v1/organization")).json()["creditBalance"]


async def _used(api: httpx.AsyncClient) -> int:
    usage = (await api.post("/v1/organization/usage", json={})).json()
    return sum(entry["amount"] for day in usage["results"] for entry in day["usedCredits"])


async def _status(api: httpx.AsyncClient, task_id: str, *wanted: str) -> dict | None:
    body = (await api.get(f"/v1/tasks/{task_id}")).json()
    return body if body["status"] in wanted else None


@pytest.mark.parametrize("cancel_when", ["PENDING", "RUNNING"])
async def test_a_cancel_charges_what_the_task_reports_as_cost(start_sim, cancel_when) -> None:
    server = await start_sim(speed=1.0, pending_seconds=0.0 if cancel_when == "RUNNING" else 30.0)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as api:
        start = await _balance(api)
        created = (await api.post("/v1/text_to_video", json=VIDEO)).json()
        estimate = created["estimatedCost"]["credits"]
        await eventually(lambda: _status(api, created["id"], cancel_when))
        # While live, the estimate is reserved: the balance and usage show the same reservation.
        assert start - await _balance(api) == await _used(api) == estimate
        assert (await api.delete(f"/v1/tasks/{created['id']}")).status_code == 204
        cancelled = await _status(api, created["id"], "CANCELLED")
        assert cancelled is not None
        cost = cancelled["cost"]["credits"]
        # Refunded in full while waiting; no refund once running (the API's DELETE docstring).
        assert cost == (estimate if cancel_when == "RUNNING" else 0)
        assert start - await _balance(api) == cost
        assert await _used(api) == cost


async def test_balance_costs_and_usage_agree_over_mixed_outcomes(start_sim) -> None:
    server = await start_sim(faults="internal=0.5,seed=11")
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as api:
        start = await _balance(api)
        ids = [(await api.post("/v1/text_to_video", json=VIDEO)).json()["id"] for _ in range(6)]
        finals = [await eventually(lambda i=i: _status(api, i, "SUCCEEDED", "FAILED")) for i in ids]
        assert {f["status"] for f in finals} == {"SUCCEEDED", "FAILED"}
        total = sum(f["cost"]["credits"] for f in finals)
        assert start - await _balance(api) == total == await _used(api)


async def test_a_refund_goes_back_to_the_day_the_credits_were_taken(start_sim, clock) -> None:
    server = await start_sim(speed=1.0, pending_seconds=30.0)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as api:
        created = (await api.post("/v1/text_to_video", json=VIDEO)).json()
        clock.advance(86_400)
        assert (await api.delete(f"/v1/tasks/{created['id']}")).status_code == 204
        usage = (await api.post("/v1/organization/usage", json={})).json()
    amounts = [entry["amount"] for day in usage["results"] for entry in day["usedCredits"]]
    assert amounts == [0], usage


@pytest.mark.parametrize("audio", [True, False, None])
@pytest.mark.parametrize("model", ["veo3.1", "veo3.1_fast"])
async def test_veo_audio_is_priced_the_same_in_the_quote_and_the_simulator(api, model, audio) -> None:
    body = {"model": model, "promptImage": data_uri(png_bytes(), "image/png"), "ratio": "1280:720",
            "duration": 4}
    if audio is not None:
        body["audio"] = audio
    created = await api.post("/v1/image_to_video", json=body)
    assert created.status_code == 200, created.text
    expected = quote(load_catalogue().get("image_to_video", model), body)
    assert expected.known
    assert created.json()["estimatedCost"]["credits"] == expected.credits
    with_audio = {"veo3.1": 40, "veo3.1_fast": 15}[model]
    without = {"veo3.1": 20, "veo3.1_fast": 10}[model]
    assert expected.credits == 4 * (without if audio is False else with_audio)
