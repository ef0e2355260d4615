"""The client drives the offline Runway end to end: create, poll, download, upload, organization."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator

import numpy as np
import pytest
from PIL import Image
from scripted_server import KEY, RecordingSleep

from runway_desktop.api import (
    AuthenticationError,
    BadRequestError,
    OutcomeUnknownError,
    RetryPolicy,
    RunwayClient,
    TaskSnapshot,
)
from runway_desktop.simulator.config import SimConfig
from runway_desktop.simulator.server import SimulatorServer


@pytest.fixture
async def sim(tmp_path) -> AsyncIterator[SimulatorServer]:
    config = SimConfig(speed=200.0, api_key=KEY, data_dir=str(tmp_path / "sim"), render_workers=1)
    server = SimulatorServer(config)
    await server.start()
    yield server
    await server.stop()


async def _until_finished(client: RunwayClient, task_id: str, deadline: float = 20.0) -> TaskSnapshot:
    """Poll until the task is terminal, giving up after `deadline` seconds."""
    give_up = time.monotonic() + deadline
    while True:
        task = await client.retrieve(task_id)
        if task.is_terminal or time.monotonic() > give_up:
            return task
        await asyncio.sleep(0.05)


def _noise_png(path, size=(64, 48)) -> None:
    pixels = np.random.default_rng(1).integers(0, 255, (*size[::-1], 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path, "PNG")


async def test_create_poll_download_upload_and_organization(sim, tmp_path):
    async with RunwayClient(KEY, sim.base_url) as client:
        created = await client.create("text_to_image",
                                      {"model": "gen4_image", "promptText": "a red fox", "ratio": "720:720"})
        assert created.estimated_credits and created.estimated_credits > 0
        task = await _until_finished(client, created.id)
        assert task.raw_status == "SUCCEEDED" and task.outputs
        assert task.created_at is not None and task.cost_credits is not None
        for number, url in enumerate(task.outputs):
            dest = tmp_path / f"out{number}.part"
            written = await client.download(url, dest)
            assert written == dest.stat().st_size > 0
            with Image.open(io.BytesIO(dest.read_bytes())) as image:
                assert image.size == (720, 720)

        source = tmp_path / "hero.png"
        _noise_png(source)
        uri = await client.upload(source)
        assert uri.startswith("runway://")
        turbo = await client.create("text_to_image", {
            "model": "gen4_image_turbo", "promptText": "@hero in the snow", "ratio": "960:720",
            "referenceImages": [{"uri": uri, "tag": "hero"}]})
        assert (await _until_finished(client, turbo.id)).raw_status == "SUCCEEDED"

        org = await client.organization()
        assert org.credit_balance is not None and org.credit_balance > 0
        assert org.models["gen4_image"].daily_used >= 1
        assert org.models["gen4_image"].max_concurrent == 2


async def test_a_wrong_key_and_a_bad_body_are_typed_errors(sim):
    async with RunwayClient("key_" + "f" * 128, sim.base_url) as client:
        with pytest.raises(AuthenticationError):
            await client.organization()
    async with RunwayClient(KEY, sim.base_url) as client:
        with pytest.raises(BadRequestError) as caught:
            await client.create("text_to_image", {"model": "gen4_image", "promptText": "x", "ratio": "1:1"})
        assert caught.value.field == "ratio"


async def test_reads_survive_injected_faults_and_a_dropped_create_is_not_repeated(sim):
    sleep = RecordingSleep()
    async with RunwayClient(KEY, sim.base_url, sleep=sleep, retry=RetryPolicy(max_attempts=8)) as client:
        created = await client.create("text_to_image",
                                      {"model": "gen4_image", "promptText": "a red fox", "ratio": "720:720"})
        sim.set_faults("poll:503=0.4,poll:drop=0.3,seed=3")
        for _ in range(5):
            await client.retrieve(created.id)
        assert sleep.delays, "the fault plan should have forced at least one retry"
        sim.set_faults("create:drop-after=1")
        with pytest.raises(OutcomeUnknownError):
            await client.create("text_to_image",
                                {"model": "gen4_image", "promptText": "again", "ratio": "720:720"})
