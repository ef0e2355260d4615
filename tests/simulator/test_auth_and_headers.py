"""Bearer-token and X-Runway-Version checks, JSON error bodies, and the routes that need neither."""

from __future__ import annotations

import httpx
import pytest
from sim_media import HEADERS

BODY = {"model": "gen4_image", "promptText": "a bird", "ratio": "720:720"}


@pytest.mark.parametrize(
    ("headers", "status", "contains"),
    [
        ({"X-Runway-Version": "2024-11-06"}, 401, "Authorization: Bearer"),
        ({**HEADERS, "Authorization": "Basic abc"}, 401, "Authorization: Bearer"),
        ({**HEADERS, "Authorization": "Bearer"}, 401, "Authorization: Bearer"),
        ({"Authorization": "Bearer key_test"}, 400, "X-Runway-Version"),
        ({**HEADERS, "X-Runway-Version": "2025-01-01"}, 400, "Unsupported API version '2025-01-01'"),
    ],
)
async def test_auth_and_version_headers_are_required(sim, headers, status, contains) -> None:
    async with httpx.AsyncClient(base_url=sim.base_url) as client:
        for response in (
            await client.post("/v1/text_to_image", json=BODY, headers=headers),
            await client.get("/v1/organization", headers=headers),
        ):
            assert response.status_code == status
            assert response.headers["content-type"] == "application/json; charset=utf-8"
            assert contains in response.json()["error"]
        assert (await client.get("/_sim/stats")).json()["creates"] == 0


async def test_any_key_is_accepted_unless_one_is_configured(start_sim) -> None:
    open_server = await start_sim()
    locked = await start_sim(api_key="key_only")
    async with httpx.AsyncClient() as client:
        any_key = {**HEADERS, "Authorization": "Bearer key_anything"}
        assert (
            await client.get(f"{open_server.base_url}/v1/organization", headers=any_key)
        ).status_code == 200
        response = await client.get(f"{locked.base_url}/v1/organization", headers=any_key)
        assert response.status_code == 401 and "not valid" in response.json()["error"]
        good = {**HEADERS, "Authorization": "Bearer key_only"}
        assert (await client.get(f"{locked.base_url}/v1/organization", headers=good)).status_code == 200


async def test_unknown_routes_and_methods_answer_json(api) -> None:
    missing = await api.post("/v1/text_to_song", json=BODY)
    assert missing.status_code == 404
    assert missing.json() == {"error": "Not found: POST /v1/text_to_song"}
    wrong_method = await api.get("/v1/text_to_image")
    assert wrong_method.status_code == 405
    assert "GET is not allowed" in wrong_method.json()["error"]


async def test_every_endpoint_in_the_catalogue_is_served(api) -> None:
    from runway_desktop.core.catalogue.spec import load_catalogue

    for name, endpoint in load_catalogue().endpoints.items():
        response = await api.post(endpoint.path, json={"model": "no_such_model"})
        assert response.status_code == 400, name
        assert response.json()["error"].startswith(
            "model: 'no_such_model' is not a model of " + endpoint.path
        )


async def test_admin_endpoints_need_no_auth(sim) -> None:
    async with httpx.AsyncClient(base_url=sim.base_url) as client:
        stats = (await client.get("/_sim/stats")).json()
        assert {"creates", "task_ids", "requests", "faults", "uploads", "deletes"} <= set(stats)
        assert (await client.get("/_sim/faults")).status_code == 200
