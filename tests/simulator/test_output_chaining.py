"""An output URL is a valid input while its signature holds: image → video through the official SDK."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from runwayml import AsyncRunwayML, RunwayML
from sim_media import HEADERS, describe_media

pytestmark = pytest.mark.usefixtures("fast_polling")

IMAGE = {"model": "gen4_image", "promptText": "a red car on a coast road", "ratio": "1280:720"}


@pytest.mark.parametrize("client_kind", ["sync", "async"])
async def test_sdk_chains_image_to_video_through_the_output_url(client_kind, sim) -> None:
    options = {"base_url": sim.base_url, "api_key": "key_test"}
    if client_kind == "sync":
        client = RunwayML(**options)

        def chain() -> tuple[str, list[str]]:
            image = client.text_to_image.create(
                model="gen4_image", prompt_text="a red car on a coast road", ratio="1280:720"
            ).wait_for_task_output(timeout=30)
            video = client.image_to_video.create(
                model="gen4.5", prompt_image=image.output[0], prompt_text="the car drives off",
                ratio="1280:720", duration=2,
            ).wait_for_task_output(timeout=30)
            return image.output[0], video.output

        image_url, outputs = await asyncio.to_thread(chain)
        client.close()
    else:
        aclient = AsyncRunwayML(**options)
        image = await (
            await aclient.text_to_image.create(
                model="gen4_image", prompt_text="a red car on a coast road", ratio="1280:720"
            )
        ).wait_for_task_output(timeout=30)
        video = await (
            await aclient.image_to_video.create(
                model="gen4.5", prompt_image=[{"uri": image.output[0], "position": "first"}],
                prompt_text="the car drives off", ratio="1280:720", duration=2,
            )
        ).wait_for_task_output(timeout=30)
        image_url, outputs = image.output[0], video.output
        await aclient.close()
    assert "/_outputs/" in image_url
    async with httpx.AsyncClient(timeout=30) as http:
        media = describe_media((await http.get(outputs[0])).content)
    assert media["kind"] == "video" and (media["width"], media["height"]) == (1280, 720)
    assert media["duration"] == pytest.approx(2.0, abs=0.2)


async def _image_output(api: httpx.AsyncClient) -> tuple[str, str]:
    created = (await api.post("/v1/text_to_image", json=IMAGE)).json()
    for _ in range(1500):
        body = (await api.get(f"/v1/tasks/{created['id']}")).json()
        if body["status"] == "SUCCEEDED":
            return created["id"], body["output"][0]
        assert body["status"] in ("PENDING", "THROTTLED", "RUNNING"), body
        await asyncio.sleep(0.02)
    raise AssertionError("the image task did not finish")


def _i2v(url: str) -> dict:
    return {"model": "gen4.5", "promptImage": url, "promptText": "drive", "ratio": "1280:720", "duration": 2}


async def test_an_expired_output_url_is_refused_like_a_dead_url(start_sim, clock) -> None:
    server = await start_sim(url_ttl=600)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as api:
        _task_id, url = await _image_output(api)
        assert (await api.post("/v1/image_to_video", json=_i2v(url))).status_code == 200
        clock.advance(601)
        expired = await api.post("/v1/image_to_video", json=_i2v(url))
        forged = await api.post("/v1/image_to_video", json=_i2v(url.replace("signature=", "signature=0")))
    assert expired.status_code == 400 and forged.status_code == 400
    error = expired.json()["error"]
    assert error.startswith("promptImage: could not fetch http://")
    assert "HTTP 403 (Request has expired)" in error and "fetch the task again" in error
    assert forged.json()["error"].startswith("promptImage: could not fetch http://")
    assert "HTTP 403" in forged.json()["error"]


async def test_an_output_of_a_deleted_task_is_gone_and_the_kind_is_checked(api) -> None:
    task_id, url = await _image_output(api)
    wrong_kind = await api.post(
        "/v1/video_to_video", json={"model": "aleph2", "videoUri": url, "promptText": "winter"}
    )
    assert wrong_kind.status_code == 400
    assert wrong_kind.json()["error"].startswith("videoUri: ")
    assert "this field expects a video" in wrong_kind.json()["error"]
    assert (await api.delete(f"/v1/tasks/{task_id}")).status_code == 204
    gone = await api.post("/v1/image_to_video", json=_i2v(url))
    assert gone.status_code == 400
    assert "HTTP 404" in gone.json()["error"]


async def test_lenient_mode_chains_outputs_too(start_sim) -> None:
    server = await start_sim(lenient=True)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as api:
        _task_id, url = await _image_output(api)
        created = await api.post("/v1/image_to_video", json=_i2v(url))
        assert created.status_code == 200, created.text
