"""Every output either ends saved under a name from the task, or NOT_SAVED with its reason and a next step."""

from __future__ import annotations

import asyncio
import io
import zipfile
from pathlib import Path

import pytest
from fakes.client import Gate, snapshot
from media_factory import make_gif

from runway_desktop.api.errors import NotFoundError, PermissionDeniedError, ServerError
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.config import EngineRefused
from runway_desktop.core.running.states import Action, NextStep, OutputState, TaskState, actions_for

CDN = "https://cdn.example.test/out"


def urls(count: int, name: str = "out.png") -> list[str]:
    return [f"{CDN}/{i}/{name}?sig=s{i}" for i in range(count)]


async def test_four_outputs_saved_in_parallel_are_all_recorded(fake, png_bytes):
    links = urls(4)
    fake.client.push("retrieve", snapshot("SUCCEEDED", *links))
    gates = [Gate(then=png_bytes) for _ in links]
    fake.client.push("download", *gates)
    task = await fake.submit()
    await asyncio.wait_for(asyncio.gather(*(g.entered.wait() for g in gates)), 10)
    for gate in gates:  # all four finish together: every save lands on the latest record
        gate.opened.set()
    done = await fake.settled(task.id)
    assert [o.state for o in done.outputs] == [OutputState.SAVED] * 4
    paths = {o.path for o in done.outputs}
    assert len(paths) == 4 and all(Path(p).exists() and p.endswith(".png") for p in paths)
    assert (await fake.stored())[task.id].outputs == done.outputs
    saved_events = [e for e in fake.events if isinstance(e, ev.OutputSaved)]
    assert len(saved_events) == 4  # one event per change, none announced twice


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "a file: address"),
        ("data:image/png;base64,AAAA", "a data: address"),
        ("ftp://cdn.example.test/out.png", "a ftp: address"),
        ("https://cdn.example.test/a\x00b.png", "control characters"),
        ("https://cdn.example.test/a\r\nSet-Cookie: x", "control characters"),
        ("https://cdn.example.test/" + "a" * 10_000, "characters long"),
        ("http://cdn.example.test/out.png", "a http: address"),
        ("https:///nohost", "without a host"),
        ("https://user:pw@cdn.example.test/o.png", "credentials"),
    ],
)
async def test_an_output_link_that_must_not_be_fetched_is_stated(fake, url, why):
    fake.client.push("retrieve", snapshot("SUCCEEDED", url))
    task = await fake.submit()
    done = await fake.settled(task.id)
    output = done.outputs[0]
    assert output.state is OutputState.NOT_SAVED and why in output.error
    assert fake.client.count("download") == 0
    assert done.attention is not None and done.attention.reason.startswith("The output could not be saved")


async def test_a_page_instead_of_media_is_refused_at_once(fake):
    html = b"<!doctype html><html><body>Please sign in to the proxy</body></html>"
    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)))
    fake.client.always("download", html)
    task = await fake.submit()
    done = await fake.settled(task.id)
    assert done.outputs[0].state is OutputState.NOT_SAVED
    assert "not a media file" in done.outputs[0].error
    assert fake.client.count("download") == 1  # trying again would fetch the same page
    assert Action.DOWNLOAD_AGAIN in actions_for(done)
    assert not [p for p in (fake.data_dir / "library").rglob("*") if p.is_file()]


async def test_the_name_comes_from_the_task_and_the_extension_from_the_content(fake, tmp_path):
    gif = make_gif(tmp_path / "anim.gif").read_bytes()
    fake.client.push("retrieve", snapshot("SUCCEEDED", f"{CDN}/result.html?x=../../evil"))
    fake.client.push("download", gif)
    task = await fake.submit(prompt="A fox / in the snow")
    done = await fake.settled(task.id)
    path = Path(done.outputs[0].path)
    assert path.suffix == ".gif" and path.name.startswith("gen4-image_a-fox-in-the-snow_")
    assert path.parent.parent == fake.data_dir / "library" and path.with_name(path.name + ".json").exists()


async def test_an_archive_keeps_its_own_extension(fake):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("frame_0001.png", b"frame")
    fake.client.push("retrieve", snapshot("SUCCEEDED", f"{CDN}/result.desktop"))
    fake.client.push("download", buffer.getvalue())
    done = await fake.settled((await fake.submit()).id)
    assert done.outputs[0].path.endswith(".zip")


async def test_media_of_another_kind_is_not_what_the_model_produces(fake, tmp_path):
    from media_factory import make_wav

    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)))
    fake.client.push("download", make_wav(tmp_path / "a.wav").read_bytes())
    done = await fake.settled((await fake.submit()).id)
    assert "image model does not produce" in done.outputs[0].error


async def test_an_expired_link_is_renewed_then_saved(fake, png_bytes):
    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)), snapshot("SUCCEEDED", f"{CDN}/fresh.png"))
    fake.client.push("download", PermissionDeniedError(status=403), png_bytes)
    done = await fake.settled((await fake.submit()).id)
    assert done.all_outputs_saved and done.outputs[0].url == f"{CDN}/fresh.png"


async def test_a_link_that_answers_403_forever_ends_not_saved_and_download_again_works(fake, png_bytes):
    fake.client.always("retrieve", snapshot("SUCCEEDED", *urls(1)))
    fake.client.always("download", PermissionDeniedError(status=403))
    task = await fake.submit()
    done = await fake.settled(task.id)
    assert done.outputs[0].state is OutputState.NOT_SAVED and "expired" in done.outputs[0].error
    assert done.attention.action is NextStep.DOWNLOAD_AGAIN
    assert fake.client.count("download") == 3  # the first link and two renewals, then it stops
    assert (await fake.stored())[task.id].outputs[0].state is OutputState.NOT_SAVED

    fake.client.always("download", png_bytes)
    await fake.engine.download_again(task.id)
    again = await fake.settled(task.id)
    assert again.all_outputs_saved and again.attention is None and again.error is None
    with pytest.raises(EngineRefused, match="not saved can be downloaded again"):
        await fake.engine.download_again(task.id)


async def test_a_vanished_output_is_stated(fake):
    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)))
    fake.client.always("retrieve", NotFoundError(status=404))
    fake.client.always("download", NotFoundError(status=404))
    done = await fake.settled((await fake.submit()).id)
    assert "Runway may have deleted the task" in done.outputs[0].error


async def test_a_flaky_host_is_retried_and_a_lying_length_is_caught(fake, png_bytes):
    def lying(url, dest):
        Path(dest).write_bytes(png_bytes)
        return len(png_bytes) + 100

    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)))
    fake.client.push("download", ServerError(status=502), lying, png_bytes)
    done = await fake.settled((await fake.submit()).id)
    assert done.all_outputs_saved and fake.client.count("download") == 3


async def test_undecodable_media_is_tried_a_bounded_number_of_times(fake, png_bytes):
    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)))
    fake.client.always("download", png_bytes[: len(png_bytes) // 2])
    done = await fake.settled((await fake.submit()).id)
    assert done.outputs[0].state is OutputState.NOT_SAVED and "does not decode" in done.outputs[0].error
    assert fake.client.count("download") == 3
    assert any("Trying again (attempt 2 of 3)" in (e.task.outputs[0].error or "")
               for e in fake.events if isinstance(e, ev.TaskChanged) and e.task.outputs)


async def test_one_output_lost_of_two_names_the_count(fake, png_bytes):
    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(2)))
    fake.client.always("download", lambda url, _dest: png_bytes if "/0/" in url else b"<html>no</html>")
    done = await fake.settled((await fake.submit()).id)
    assert [o.state for o in done.outputs] == [OutputState.SAVED, OutputState.NOT_SAVED]
    assert done.attention.reason.startswith("1 of 2 outputs could not be saved")
    assert {Action.OPEN, Action.DOWNLOAD_AGAIN} <= actions_for(done)
    assert Action.DELETE_AT_RUNWAY not in actions_for(done)


async def test_remove_while_downloading_stops_the_download_first(fake, png_bytes):
    gate = Gate(then=png_bytes)
    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)))
    fake.client.push("download", gate)
    task = await fake.submit()
    await asyncio.wait_for(gate.entered.wait(), 10)
    await fake.engine.remove(task.id)
    assert fake.engine.get(task.id) is None and task.id not in await fake.stored()
    assert not [p for p in (fake.data_dir / "library").rglob("*") if p.is_file()]
    assert any(isinstance(e, ev.TaskRemoved) for e in fake.events)


async def test_no_client_means_no_download_and_says_so(fake, png_bytes):
    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(1)))
    gate = Gate(then=png_bytes)
    fake.client.push("download", gate)
    task = await fake.submit()
    await asyncio.wait_for(gate.entered.wait(), 10)
    fake.engine.client = None
    gate.then = ServerError(status=503)
    gate.opened.set()
    done = await fake.settled(task.id)
    assert "No Runway key" in done.outputs[0].error and done.attention.action is NextStep.REENTER_KEY
    assert done.state is TaskState.SUCCEEDED and fake.client.count("download") == 1


async def test_download_again_while_another_output_is_still_downloading(fake, png_bytes):
    gate = Gate(then=png_bytes)
    second_replies = [b"<html>proxy</html>", png_bytes]

    def serve(url, _dest):
        return gate(url) if "/0/" in url else second_replies.pop(0)

    fake.client.push("retrieve", snapshot("SUCCEEDED", *urls(2)))
    fake.client.always("download", serve)
    task = await fake.submit()
    await fake.engine.wait_for(task.id, lambda t: t.outputs and t.outputs[1].state is OutputState.NOT_SAVED,
                               timeout=10)
    await fake.engine.download_again(task.id)  # the first output's download is still running
    gate.opened.set()
    done = await fake.settled(task.id)
    assert done.all_outputs_saved and done.attention is None
