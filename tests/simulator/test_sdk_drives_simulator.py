"""The official runwayml SDK (sync and async) drives the simulator end to end for every seed model.

Each case creates a task, waits with wait_for_task_output(), downloads every output URL and decodes
it with PyAV: the size and length must be what the request asked for.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import runwayml
from runwayml import AsyncRunwayML, RunwayML
from sim_media import data_uri, describe_media, image_bytes, png_bytes, write_audio, write_mp4

pytestmark = pytest.mark.usefixtures("fast_polling")


class Driver:
    """Runs SDK calls with either client, so one case body serves both."""

    def __init__(
        self, kind: str, base_url: str, tmp_path: Path, api_key: str = "key_test", **options: Any
    ) -> None:
        self.kind = kind
        self.tmp_path = tmp_path
        options.update(base_url=base_url, api_key=api_key)
        self.client: RunwayML | AsyncRunwayML = (
            RunwayML(**options) if kind == "sync" else AsyncRunwayML(**options)
        )

    async def call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self.kind == "sync":
            return await asyncio.to_thread(method, *args, **kwargs)
        return await method(*args, **kwargs)

    async def upload(self, path: Path) -> str:
        result = await self.call(self.client.uploads.create_ephemeral, file=path)
        assert result.uri.startswith("runway://")
        return result.uri

    async def run(self, resource: str, **params: Any) -> Any:
        """Create a task on `resource` and wait for its output."""
        created = await self.call(getattr(self.client, resource).create, **params)
        return await self.call(created.wait_for_task_output, timeout=30)

    async def close(self) -> None:
        if self.kind == "sync":
            self.client.close()
        else:
            await self.client.close()


@dataclass(frozen=True)
class Case:
    name: str
    resource: str
    params: Callable[[Driver], Awaitable[dict[str, Any]]]
    kind: str
    size: tuple[int, int] | None = None
    seconds: float | tuple[float, float] | None = None
    outputs: int = 1


def _png() -> str:
    return data_uri(png_bytes(96, 64), "image/png")


async def _static(params: dict[str, Any]) -> dict[str, Any]:
    return params


async def _aleph2(d: Driver) -> dict[str, Any]:
    video = await d.upload(write_mp4(d.tmp_path / "source.mp4", 2.0))
    return {"model": "aleph2", "video_uri": video, "prompt_text": "make it winter", "ratio": "640:360"}


async def _act_two(d: Driver) -> dict[str, Any]:
    reference = await d.upload(write_mp4(d.tmp_path / "performance.mp4", 3.0))
    return {
        "model": "act_two",
        "character": {"type": "image", "uri": _png()},
        "reference": {"type": "video", "uri": reference},
        "ratio": "960:960",
    }


async def _dubbing(d: Driver) -> dict[str, Any]:
    speech = await d.upload(write_audio(d.tmp_path / "speech.mp3", 2.0, codec="libmp3lame"))
    return {"model": "eleven_voice_dubbing", "audio_uri": speech, "target_lang": "es"}


async def _isolation(d: Driver) -> dict[str, Any]:
    wav = write_audio(d.tmp_path / "noisy.wav", 5.0, rate=8000).read_bytes()  # isolation takes > 4.6 s
    return {"model": "eleven_voice_isolation", "audio_uri": data_uri(wav, "audio/wav")}


async def _sts(d: Driver) -> dict[str, Any]:
    wav = write_audio(d.tmp_path / "voice.wav", 1.5).read_bytes()
    return {
        "model": "eleven_multilingual_sts_v2",
        "media": {"type": "audio", "uri": data_uri(wav, "audio/wav")},
        "voice": {"type": "runway-preset", "preset_id": "Noah"},
    }


CASES = [
    Case(
        "gen4.5-t2v",
        "text_to_video",
        lambda d: _static(
            {"model": "gen4.5", "prompt_text": "a lighthouse at dusk", "ratio": "1280:720", "duration": 2}
        ),
        "video",
        (1280, 720),
        2.0,
    ),
    Case(
        "gen4.5-i2v",
        "image_to_video",
        lambda d: _static(
            {
                "model": "gen4.5",
                "prompt_image": _png(),
                "prompt_text": "the sea moves",
                "ratio": "960:960",
                "duration": 2,
            }
        ),
        "video",
        (960, 960),
        2.0,
    ),
    Case(
        "gen4_turbo",
        "image_to_video",
        lambda d: _static(
            {
                "model": "gen4_turbo",
                "prompt_image": [{"uri": _png(), "position": "first"}],
                "ratio": "832:1104",
                "duration": 2,
            }
        ),
        "video",
        (832, 1104),
        2.0,
    ),
    Case(
        "veo3.1-t2v",
        "text_to_video",
        lambda d: _static(
            {"model": "veo3.1", "prompt_text": "rain on a window", "ratio": "1280:720", "duration": 4}
        ),
        "video",
        (1280, 720),
        4.0,
    ),
    Case(
        "veo3.1-i2v",
        "image_to_video",
        lambda d: _static(
            {"model": "veo3.1", "prompt_image": _png(), "ratio": "720:1280", "duration": 4, "audio": True}
        ),
        "video",
        (720, 1280),
        4.0,
    ),
    Case(
        "veo3.1_fast-t2v",
        "text_to_video",
        lambda d: _static(
            {"model": "veo3.1_fast", "prompt_text": "a paper boat", "ratio": "720:1280", "duration": 4}
        ),
        "video",
        (720, 1280),
        4.0,
    ),
    Case(
        "veo3.1_fast-i2v",
        "image_to_video",
        lambda d: _static(
            {
                "model": "veo3.1_fast",
                "prompt_image": _png(),
                "prompt_text": "zoom in",
                "ratio": "1280:720",
                "duration": 4,
            }
        ),
        "video",
        (1280, 720),
        4.0,
    ),
    Case("aleph2", "video_to_video", _aleph2, "video", (640, 360), 2.0),
    Case("act_two", "character_performance", _act_two, "video", (960, 960), 3.0),
    Case(
        "gen4_image",
        "text_to_image",
        lambda d: _static({"model": "gen4_image", "prompt_text": "a red fox", "ratio": "720:720"}),
        "image",
        (720, 720),
    ),
    Case(
        "gen4_image_turbo",
        "text_to_image",
        lambda d: _static(
            {
                "model": "gen4_image_turbo",
                "prompt_text": "@hero in the snow",
                "ratio": "960:720",
                "reference_images": [{"uri": _png(), "tag": "hero"}],
            }
        ),
        "image",
        (960, 720),
    ),
    Case(
        "gemini_2.5_flash",
        "text_to_image",
        lambda d: _static(
            {"model": "gemini_2.5_flash", "prompt_text": "a blue teapot", "ratio": "1024:1024"}
        ),
        "image",
        (1024, 1024),
    ),
    Case(
        "eleven_multilingual_v2",
        "text_to_speech",
        lambda d: _static(
            {
                "model": "eleven_multilingual_v2",
                "prompt_text": "Hello from the offline Runway.",
                "voice": {"type": "runway-preset", "preset_id": "Maya"},
            }
        ),
        "audio",
        None,
        (1.0, 4.0),
    ),
    Case(
        "eleven_text_to_sound_v2",
        "sound_effect",
        lambda d: _static(
            {"model": "eleven_text_to_sound_v2", "prompt_text": "a door creaks", "duration": 1.5}
        ),
        "audio",
        None,
        1.5,
    ),
    Case("eleven_voice_isolation", "voice_isolation", _isolation, "audio", None, 5.0),
    Case("eleven_voice_dubbing", "voice_dubbing", _dubbing, "audio", None, 2.0),
    Case("eleven_multilingual_sts_v2", "speech_to_speech", _sts, "audio", None, 1.5),
]


def _close_to(actual: float | None, expected: float | tuple[float, float], tolerance: float = 0.3) -> bool:
    if actual is None:
        return False
    if isinstance(expected, tuple):
        return expected[0] - tolerance <= actual <= expected[1] + tolerance
    return abs(actual - expected) <= tolerance


@pytest.mark.parametrize("client_kind", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_sdk_generates_real_media(case: Case, client_kind: str, sim, tmp_path) -> None:
    driver = Driver(client_kind, sim.base_url, tmp_path)
    try:
        params = await case.params(driver)
        task = await driver.run(case.resource, **params)
    finally:
        await driver.close()
    assert task.status == "SUCCEEDED"
    assert len(task.output) == case.outputs
    assert isinstance(task.cost.credits, int) and task.cost.credits > 0
    async with httpx.AsyncClient(timeout=30) as http:
        for url in task.output:
            response = await http.get(url)
            assert response.status_code == 200, response.text
            media = describe_media(response.content)
            assert media["kind"] == case.kind, media
            if case.size:
                assert (media["width"], media["height"]) == case.size
            if case.kind == "video":
                assert media["codec"] == "h264"
                # Veo 3.1 generates audio unless told not to (and is priced with it); others only on request.
                audio_default = params["model"].startswith("veo3.1")
                assert media["has_audio"] == params.get("audio", audio_default), params
            if case.seconds is not None:
                assert _close_to(media["duration"], case.seconds), media


async def test_cancelling_a_running_task_shows_cancelled(start_sim, tmp_path) -> None:
    sim = await start_sim(speed=1.0, pending_seconds=0.0)
    sync = RunwayML(base_url=sim.base_url, api_key="key_test")
    client = AsyncRunwayML(base_url=sim.base_url, api_key="key_test")
    try:
        created = await client.text_to_video.create(
            model="gen4.5", prompt_text="slow", ratio="1280:720", duration=2
        )
        running = await client.tasks.retrieve(created.id)
        assert running.status in ("PENDING", "RUNNING")
        await asyncio.to_thread(sync.tasks.delete, created.id)
        later = await asyncio.to_thread(sync.tasks.retrieve, created.id)
        assert later.status == "CANCELLED"
        with pytest.raises(runwayml.TaskFailedError) as failed:
            await created.wait_for_task_output(timeout=10)
        assert failed.value.task_details.status == "CANCELLED"
    finally:
        sync.close()
        await client.close()


@pytest.mark.parametrize("client_kind", ["sync", "async"])
async def test_safety_failure_raises_task_failed_with_its_code(client_kind, start_sim, tmp_path) -> None:
    sim = await start_sim(faults="safety=1,seed=3")
    driver = Driver(client_kind, sim.base_url, tmp_path)
    try:
        with pytest.raises(runwayml.TaskFailedError) as failed:
            await driver.run("text_to_image", model="gen4_image", prompt_text="anything", ratio="720:720")
    finally:
        await driver.close()
    details = failed.value.task_details
    assert details.status == "FAILED"
    assert details.failure_code.startswith("SAFETY.")
    assert details.failure


def _seed_failing_first_then_passing(spec: str) -> int:
    from runway_desktop.simulator.faults import FaultInjector, parse_faults

    for seed in range(1000):
        injector = FaultInjector(parse_faults(f"{spec},seed={seed}"))
        if injector.http_fault("create") and not injector.http_fault("create"):
            return seed
    raise AssertionError("no suitable seed")


@pytest.mark.parametrize("client_kind", ["sync", "async"])
async def test_sdk_retries_a_429_and_creates_one_task(client_kind, start_sim, tmp_path) -> None:
    seed = _seed_failing_first_then_passing("create:429=0.5")
    sim = await start_sim(faults=f"create:429=0.5,seed={seed}")
    driver = Driver(client_kind, sim.base_url, tmp_path)
    try:
        task = await driver.run("text_to_image", model="gen4_image", prompt_text="retry me", ratio="720:720")
    finally:
        await driver.close()
    assert task.status == "SUCCEEDED"
    async with httpx.AsyncClient() as http:
        stats = (await http.get(f"{sim.base_url}/_sim/stats")).json()
    assert stats["creates"] == 1
    assert stats["faults"]["create"] == {"429": 1}
    assert stats["requests"]["create.text_to_image"] == 2


@pytest.mark.parametrize("client_kind", ["sync", "async"])
async def test_wrong_or_missing_key_is_an_authentication_error(client_kind, start_sim, tmp_path) -> None:
    sim = await start_sim(api_key="key_right")
    without_key = {"default_headers": {"Authorization": runwayml.Omit()}}
    for key, options in (("key_right", without_key), ("key_wrong", {})):
        driver = Driver(client_kind, sim.base_url, tmp_path, api_key=key, **options)
        try:
            with pytest.raises(runwayml.AuthenticationError):
                await driver.call(driver.client.organization.retrieve)
        finally:
            await driver.close()
    driver = Driver(client_kind, sim.base_url, tmp_path, api_key="key_right")
    try:
        organization = await driver.call(driver.client.organization.retrieve)
        assert organization.credit_balance > 0
    finally:
        await driver.close()


_TOO_LONG = "🎬" + "x" * 999  # 1001 UTF-16 code units, 1000 code points
_GIF = data_uri(image_bytes("GIF"), "image/gif")
_HUGE = data_uri(png_bytes() + b"\0" * (5 * 1024 * 1024), "image/png")


@pytest.mark.parametrize(
    ("resource", "params", "named"),
    [
        (
            "text_to_video",
            {"model": "gen4.5", "prompt_text": "x", "ratio": "960:960", "duration": 2},
            "ratio: invalid value '960:960'",
        ),
        (
            "text_to_video",
            {"model": "gen4.5", "prompt_text": _TOO_LONG, "ratio": "1280:720", "duration": 2},
            "promptText: is 1001 characters long (UTF-16 code units); the limit is 1000",
        ),
        (
            "image_to_video",
            {"model": "gen4_turbo", "prompt_image": _GIF, "ratio": "960:960"},
            "promptImage: GIF images are not supported",
        ),
        (
            "image_to_video",
            {"model": "gen4_turbo", "prompt_image": _HUGE, "ratio": "960:960"},
            "promptImage: data URI is ",
        ),
    ],
    ids=["ratio", "utf16-prompt", "gif", "over-5mb"],
)
async def test_bad_requests_raise_bad_request_naming_the_field(resource, params, named, sim) -> None:
    client = AsyncRunwayML(base_url=sim.base_url, api_key="key_test")
    try:
        with pytest.raises(runwayml.BadRequestError) as error:
            await getattr(client, resource).create(**params)
    finally:
        await client.close()
    assert named in str(error.value)
    assert error.value.status_code == 400
